"""Train casegraph's learned attribution model on PolNeAR-format folders (text/*.txt, attributions/*.ann).

Each article runs through casegraph's English pipeline up to the claims component (the parse and
entities the model will see at prediction time). Every candidate of
casegraph.nlp.attribution_features is labelled positive when a gold attribution has that cue head and
that content head; a logistic regression over the binary features is fitted and written as JSON
for the `attribution_model` setting (CASEGRAPH_ATTRIBUTION_MODEL).

Usage: python benchmarks/attribution/train.py [DATA_DIR ...] -o MODEL.json[.gz] [--threshold T]
                                             [--exclude-last N] [--min-weight W]
       (default ../shared/datasets/polnear/train; 4 to 9 minutes on 2 cores)
`make attribution-model` writes the model casegraph ships (casegraph/data/attribution-en.json.gz,
the `builtin` setting) this way: weights below 0.1 are left out (a tenth of the size, the same
PolNeAR dev scores), and the gzipped file is the same bytes on every run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.progress import Progress
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, Token

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from polnear import Attribution, Fragments, annotation_file, parse_ann  # noqa: E402

from casegraph.nlp.attribution_features import candidates, features  # noqa: E402
from casegraph.nlp.attribution_model import AttributionModel  # noqa: E402
from casegraph.nlp.pipeline import build_pipeline  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "datasets" / "polnear" / "train"
MIN_WEIGHT = 1e-3  # weights smaller than this change no decision; leaving them out keeps the file small


def head_of(doc: Doc, frags: Fragments) -> Token | None:
    """The syntactic head of a gold span: its word whose head lies outside it (the widest such)."""
    tokens = [t for t in doc if any(s <= t.idx < e for s, e in frags) and not t.is_punct]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return max(heads, key=lambda t: (len(list(t.subtree)), -t.i)) if heads else None


def gold_pairs(doc: Doc, gold: list[Attribution]) -> set[tuple[int, int]]:
    pairs = set()
    for attribution in gold:
        if "Cue" in attribution.spans and "Content" in attribution.spans:
            cue, content = head_of(doc, attribution.spans["Cue"]), head_of(doc, attribution.spans["Content"])
            if cue is not None and content is not None:
                pairs.add((cue.i, content.i))
    return pairs


def articles(folders: list[Path], exclude_last: int) -> list[tuple[Path, Path]]:
    found: list[tuple[Path, Path]] = []
    for folder in folders:
        if not (folder / "text").is_dir():
            sys.exit(f"{folder} has no text/ folder (PolNeAR layout: text/*.txt, attributions/*.ann)")
        texts = sorted((folder / "text").glob("*.txt"))
        found += [(t, annotation_file(folder, t.stem)) for t in texts[: len(texts) - exclude_last]]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("-o", "--output", type=Path, required=True, help="model file to write (JSON)")
    parser.add_argument("--threshold", type=float, default=0.25,
                        help="score from which a candidate becomes a claim (0.25: best on a held-out tenth of train)")
    parser.add_argument("--exclude-last", type=int, default=0, help="leave out the last N articles of each folder")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--min-weight", type=float, default=MIN_WEIGHT,
                        help="leave out features whose weight is smaller than this (in absolute value)")
    args = parser.parse_args()
    pairs = articles(args.data, args.exclude_last)
    nlp = build_pipeline()
    nlp.select_pipes(disable=["casegraph_claims", "casegraph_relations", "casegraph_events"])
    rows: list[dict[str, int]] = []
    labels: list[bool] = []
    with Progress() as progress:
        task = progress.add_task("parsing", total=len(pairs))
        texts = ((text.read_text(encoding="utf-8"), ann) for text, ann in pairs)
        for doc, ann in nlp.pipe(texts, as_tuples=True, batch_size=8):
            positive = gold_pairs(doc, parse_ann(ann))
            for cue, content, kind in candidates(doc):
                rows.append(dict.fromkeys(features(cue, content, kind), 1))
                labels.append((cue.i, content.i) in positive)
            progress.advance(task)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    classifier = LogisticRegression(C=args.c, max_iter=3000).fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, classifier.coef_[0]) if abs(w) >= args.min_weight}
    model = AttributionModel(weights, round(float(classifier.intercept_[0]), 4), args.threshold, meta={
        "trained_on": [str(d) for d in args.data], "articles": len(pairs), "candidates": len(rows),
        "positives": sum(labels), "c": args.c, "features": len(weights), "min_weight": args.min_weight,
    })
    model.save(args.output)
    print(f"{len(pairs)} articles, {len(rows)} candidates ({sum(labels)} gold attributions among them), "
          f"{len(weights)} features -> {args.output}")


if __name__ == "__main__":
    main()
