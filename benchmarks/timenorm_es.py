"""Spanish time normalization from given spans (timenorm-es): accuracy of casegraph's values.

Usage: python benchmarks/timenorm_es.py [DATA_DIR_OR_FILE] [--errors N]
       (default ../shared/datasets/timenorm-es/train.tsv)

The file holds blocks separated by blank lines; a block's first line is the document date, each
other line `text<TAB>TYPE<TAB>value`. Every expression is normalized on its own with
casegraph.nlp.timex_normalize against the document date (no sentence, so no tense), and its TimeML
value compared with the gold one. Reported: accuracy overall and per TIMEX3 type.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casegraph.nlp.timex_normalize import normalize_timex

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "timenorm-es" / "train.tsv"

Item = tuple[date | None, str, str, str]  # anchor, text, type, gold value


def read_blocks(path: Path) -> Iterator[Item]:
    anchor: date | None = None
    fresh = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            fresh = True
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        text, kind, value = parts
        if fresh:
            fresh = False
            try:
                anchor = date.fromisoformat(value[:10])
            except ValueError:
                anchor = None
            continue
        yield anchor, text, kind, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong values")
    args = parser.parse_args()
    path = args.data / "train.tsv" if args.data.is_dir() else args.data
    if not path.exists():
        sys.exit(f"{path} is absent (the timenorm-es data lives in ../shared/datasets)")
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    errors: list[str] = []
    for anchor, text, kind, gold in read_blocks(path):
        _, value, _ = normalize_timex(text, anchor, lang="es")
        total[kind] += 1
        if value == gold:
            right[kind] += 1
        else:
            errors.append(f"{text!r:40} {kind:9} gold {gold:14} got {value}  (anchor {anchor})")
    count = sum(total.values())
    print(f"{count} expressions in {path}")
    print(f"{'type':<10}{'n':>6}{'accuracy':>10}")
    for kind in sorted(total):
        print(f"{kind:<10}{total[kind]:>6}{right[kind] / total[kind]:>10.3f}")
    print(f"{'all':<10}{count:>6}{sum(right.values()) / max(count, 1):>10.3f}")
    for line in errors[: args.errors]:
        print(line)


if __name__ == "__main__":
    main()
