"""Split converted CoNLL-2002 training docs into train and a held-out selection set.

Usage: python benchmarks/spanish_ner/split.py IN.spacy TRAIN.spacy HELDOUT.spacy [EVERY]

Every EVERY-th document (default 10) goes to the held-out set, which picks the best checkpoint, so
the dev file (esp.testa) stays unseen until benchmarks/conll2002_es.py scores the final model.
"""

from __future__ import annotations

import sys

import spacy
from spacy.tokens import DocBin


def main() -> None:
    source, train_out, heldout_out = sys.argv[1:4]
    every = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    nlp = spacy.blank("es")
    docs = list(DocBin().from_disk(source).get_docs(nlp.vocab))
    train = DocBin(docs=[d for i, d in enumerate(docs) if i % every])
    heldout = DocBin(docs=[d for i, d in enumerate(docs) if not i % every])
    train.to_disk(train_out)
    heldout.to_disk(heldout_out)
    print(f"{len(docs)} docs: {len(train)} train, {len(heldout)} held out")


if __name__ == "__main__":
    main()
