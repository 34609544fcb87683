"""TempEval-3 style evaluation of casegraph's time expressions on TimeML (.tml) files.

Usage: python benchmarks/tempeval.py [DATA_DIR] [--model NAME] [--errors N] [--limit N]
       (default ../shared/datasets/tempeval3-train, the development data)

Each file's TEXT is stripped of its markup; the gold TIMEX3 extents are kept as character offsets.
The document creation time (the TIMEX3 with functionInDocument="CREATION_TIME") is the anchor, as
casegraph uses a publication date. The text goes through the spaCy model (for the tense of the
governing verb) and casegraph_dates' detection; values are compared in TimeML form (1998-W02, P1W,
PAST_REF). Reported, as the official scorer does: extent P/R/F1 strict (same offsets) and relaxed
(overlap), and value and type F1 = attribute matches on relaxed-matched pairs over system and gold
counts.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casegraph.models import DateValue
from casegraph.nlp.dates import detect
from casegraph.nlp.extensions import register_extensions
from casegraph.nlp.pipeline import load_model

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "tempeval3-train"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|'
                  r'<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"')
TYPES = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Document:
    name: str
    text: str
    dct: str | None
    gold: list[Mark]


def read_tml(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    dct_match = _DCT.search(raw)
    dct = (dct_match[1] or dct_match[2])[:10] if dct_match else None
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    text: list[str] = []
    size, pos = 0, 0
    gold: list[Mark] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[pos : tag.start()])
        text.append(piece)
        size += len(piece)
        pos = tag.end()
        if tag[2] != "TIMEX3":
            continue
        if not tag[1]:
            open_timex = (size, dict(_ATTR.findall(tag[3])))
        elif open_timex is not None:
            attrs = open_timex[1]
            gold.append(Mark(open_timex[0], size, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    text.append(html.unescape(body[pos:]))
    return Document(path.stem, "".join(text), dct, gold)


def documents(root: Path) -> Iterator[Document]:
    paths = [root] if root.is_file() else sorted(root.rglob("*.tml"))
    for path in paths:
        yield read_tml(path)


def system_marks(nlp: Language, document: Document) -> list[Mark]:
    doc = nlp.make_doc(document.text)
    doc._.cg_published = DateValue(document.dct, "day", document.dct) if document.dct else None
    doc._.cg_language = "en"
    doc = nlp(doc)
    return [Mark(f.start, f.end, TYPES[f.kind], f.raw or "") for f in detect(doc)]


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value: int = 0
    type: int = 0

    def add(self, gold: list[Mark], system: list[Mark], errors: list[str], text: str) -> None:
        self.gold += len(gold)
        self.system += len(system)
        gold_set = {(g.start, g.end) for g in gold}
        self.strict += sum((s.start, s.end) in gold_set for s in system)
        self.relaxed_system += sum(any(_overlap(s, g) for g in gold) for s in system)
        for g in gold:
            match = next((s for s in system if _overlap(s, g)), None)
            if match is None:
                errors.append(f"missed  {text[g.start:g.end]!r} {g.type} {g.value}  | {_context(text, g)}")
                continue
            self.relaxed_gold += 1
            self.value += match.value == g.value
            self.type += match.type == g.type
            if match.value != g.value:
                got = text[match.start : match.end]
                errors.append(f"value   {text[g.start:g.end]!r} gold {g.value}  got {got!r} {match.value}"
                              f"  | {_context(text, g)}")
        for s in system:
            if not any(_overlap(s, g) for g in gold):
                errors.append(f"spurious {text[s.start:s.end]!r} {s.type} {s.value}  | {_context(text, s)}")


def _context(text: str, mark: Mark) -> str:
    return " ".join(text[max(0, mark.start - 70) : mark.end + 30].split())


def _overlap(a: Mark, b: Mark) -> bool:
    return a.start < b.end and b.start < a.end


def prf(hits_p: int, system: int, hits_r: int, gold: int) -> tuple[float, float, float]:
    p = hits_p / system if system else 0.0
    r = hits_r / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(t: Tally, docs: int, seconds: float) -> None:
    rows = [
        ("extent strict", prf(t.strict, t.system, t.strict, t.gold)),
        ("extent relaxed", prf(t.relaxed_system, t.system, t.relaxed_gold, t.gold)),
        ("value", prf(t.value, t.system, t.value, t.gold)),
        ("type", prf(t.type, t.system, t.type, t.gold)),
    ]
    print(f"{docs} documents, {t.gold} gold timexes, {t.system} found, {seconds:.1f}s")
    print(f"{'measure':<16}{'P':>8}{'R':>8}{'F1':>8}")
    for name, (p, r, f) in rows:
        print(f"{name:<16}{p:8.3f}{r:8.3f}{f:8.3f}")
    if t.relaxed_gold:
        print(f"value accuracy on matched timexes: {t.value / t.relaxed_gold:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--errors", type=int, default=0, help="print this many error lines")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} is absent (the TempEval-3 TimeML data lives in ../shared/datasets)")
    register_extensions()
    nlp = load_model(args.model)
    tally, errors, count, began = Tally(), list[str](), 0, time.perf_counter()
    for document in documents(args.data):
        tally.add(document.gold, system_marks(nlp, document), errors, document.text)
        count += 1
        if args.limit and count >= args.limit:
            break
    report(tally, count, time.perf_counter() - began)
    for line in errors[: args.errors]:
        print(line)


if __name__ == "__main__":
    main()
