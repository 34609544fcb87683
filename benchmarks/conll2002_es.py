"""Spanish NER on CoNLL-2002 (EFE newswire) with a spaCy pipeline, on the gold tokenization.

Usage: python benchmarks/conll2002_es.py [DATA_FILE] [--model NAME] [--casegraph] [--limit N]
       (default ../shared/datasets/conll2002-es/esp.testa, the dev set; model: settings.spanish_model)

Each gold sentence becomes a Doc with the gold tokens, the model's own components run on it, and
its entity spans are compared with the gold spans by exact boundaries and type. Reported: P/R/F1
per type, micro F1 over PER, ORG and LOC (the figure casegraph uses), and MISC on its own line.
With --casegraph, casegraph's passages and entity correction run after the model (its PERSON, ORG,
GPE/LOC/FACILITY labels map to PER, ORG, LOC; it keeps no MISC), as casegraph uses the model.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casegraph.nlp.extensions import register_extensions
from casegraph.nlp.pipeline import load_model
from casegraph.settings import get_settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "conll2002-es" / "esp.testa"
MAIN_TYPES = ("PER", "ORG", "LOC")
# Labels other pipelines use for the same classes.
LABEL_MAP = {"PERSON": "PER", "GPE": "LOC", "FAC": "LOC", "FACILITY": "LOC", "NORP": "MISC"}
NOT_NAMES = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")

Sentence = tuple[list[str], set[tuple[int, int, str]]]


def read_conll(path: Path) -> Iterator[Sentence]:
    """(words, gold spans) per sentence of a two-column IOB2 file."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if parts and parts[0] != "-DOCSTART-":
            words.append(parts[0])
            tags.append(parts[-1])
        elif words:
            yield words, iob_spans(tags)
            words, tags = [], []


def iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            spans.add((start, i, label))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
    return spans


def score(
    gold: Counter[str], pred: Counter[str], hits: Counter[str], types: tuple[str, ...]
) -> tuple[float, float, float]:
    g, p, h = (sum(c[t] for t in types) for c in (gold, pred, hits))
    precision = h / p if p else 0.0
    recall = h / g if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def with_casegraph(nlp: Language) -> Language:
    import casegraph.nlp.entities
    import casegraph.nlp.passages  # noqa: F401  (registers the factories)

    register_extensions()
    nlp.add_pipe("casegraph_passages")
    nlp.add_pipe("casegraph_entities")
    return nlp


def make_doc(nlp: Language, words: list[str], casegraph: bool) -> Doc:
    doc = Doc(nlp.vocab, words=words)
    if casegraph:
        doc._.cg_language = "es"
    return doc


def evaluate(
    model: str, data: Path, limit: int | None = None, casegraph: bool = False
) -> dict[str, tuple[float, float, float]]:
    nlp = with_casegraph(load_model(model)) if casegraph else load_model(model)
    sentences = list(read_conll(data))[:limit]
    gold: Counter[str] = Counter()
    pred: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    docs = (make_doc(nlp, words, casegraph) for words, _ in sentences)
    started = time.perf_counter()
    for (_, gold_spans), doc in zip(sentences, nlp.pipe(docs, batch_size=64)):
        found = {(e.start, e.end, LABEL_MAP.get(e.label_, e.label_)) for e in doc.ents if e.label_ not in NOT_NAMES}
        gold.update(label for _, _, label in gold_spans)
        pred.update(label for _, _, label in found)
        hits.update(label for _, _, label in found & gold_spans)
    seconds = time.perf_counter() - started
    types = sorted(set(gold) | set(pred))
    results = {t: score(gold, pred, hits, (t,)) for t in types}
    results["micro PER+ORG+LOC"] = score(gold, pred, hits, MAIN_TYPES)
    results["micro all (with MISC)"] = score(gold, pred, hits, tuple(types))
    label = model + (" + casegraph entities" if casegraph else "")
    print(f"model {label} on {data.name}: {len(sentences)} sentences, {sum(gold.values())} gold spans, {seconds:.1f}s")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: settings.spanish_model)")
    parser.add_argument("--casegraph", action="store_true", help="run casegraph's entity correction after the model")
    parser.add_argument("--limit", type=int, default=None, help="first N sentences only")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} not found (../shared/datasets/conll2002-es)")
    results = evaluate(args.model or get_settings().spanish_model, args.data, args.limit, args.casegraph)
    print(f"{'type':24} {'P':>6} {'R':>6} {'F1':>6}")
    for name, (p, r, f) in results.items():
        print(f"{name:24} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f}")


if __name__ == "__main__":
    main()
