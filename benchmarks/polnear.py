"""Attribution (who said what) on PolNeAR-format folders: source, cue and content span F1.

Usage: python benchmarks/polnear.py [DATA_DIR] [--limit N | --last N] [--errors N]
                                    [--attribution-model builtin|none|MODEL.json[.gz] [--threshold T]]
       (default ../shared/datasets/polnear/dev; DATA_DIR holds text/*.txt and attributions/*.ann,
       and metadata.tsv beside it or one level up gives publication dates)
The pipeline is the one `casegraph build` runs: by default the rules plus the attribution model
casegraph ships (`builtin`); `--attribution-model none` scores the rules alone, a file another model
(benchmarks/attribution/train.py), as CASEGRAPH_ATTRIBUTION_MODEL does in a build; --threshold
overrides the model's own.

Every article runs through casegraph's full English pipeline; each Claim gives one predicted
attribution (speaker span as source, cue span, content span). Gold attributions are the brat
`Attribution` events (with or without a source). Per role, spans are compared one-to-one:
- exact: the same extent once whitespace, quotation marks and edge punctuation are trimmed
  (a discontinuous gold span counts as its outer extent);
- overlap: at least one shared non-space character (gold fragments only, not the gaps between them).
The last row counts whole attributions: content and source (when gold has one) both overlap.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casegraph.models import DateValue
from casegraph.nlp.attribution_model import AttributionModel, load_model, model_file
from casegraph.nlp.extensions import doc_list, register_extensions
from casegraph.nlp.pipeline import build_pipeline
from casegraph.settings import get_settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "polnear" / "dev"
ROLES = ("Source", "Cue", "Content")
TRIM = " \t\n\"'“”‘’«».,;:—–-"

Fragments = tuple[tuple[int, int], ...]


@dataclass
class Attribution:
    spans: dict[str, Fragments]  # role -> fragments; a missing role is absent


def parse_ann(path: Path) -> list[Attribution]:
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            frags = tuple(tuple(int(x) for x in f.split()) for f in offsets.split(";"))
            spans[parts[0]] = (label, frags)  # type: ignore[assignment]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    found: list[Attribution] = []
    for event in events:
        roles = {role: spans[tid][1] for role, tid in event.items() if role in ROLES and tid in spans}
        if "Content" in roles or "Cue" in roles:
            found.append(Attribution(roles))
    return found


def annotation_file(data: Path, stem: str) -> Path:
    """`<stem>.ann`, or `<stem>_<annotator>.ann` as PolNeAR names them (the first when several)."""
    exact = data / "attributions" / f"{stem}.ann"
    if exact.exists():
        return exact
    return sorted((data / "attributions").glob(f"{stem}_*.ann"))[0]


def publication_dates(data: Path) -> dict[str, str]:
    for candidate in (data / "metadata.tsv", data.parent / "metadata.tsv"):
        if candidate.exists():
            rows = [line.split("\t") for line in candidate.read_text(encoding="utf-8").splitlines()]
            head = rows[0]
            name, date = head.index("filename"), head.index("publication_date")
            return {r[name]: r[date] for r in rows[1:] if len(r) > date}
    return {}


def trimmed(text: str, frags: Fragments) -> tuple[int, int]:
    start, end = min(s for s, _ in frags), max(e for _, e in frags)
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def chars(text: str, frags: Fragments) -> set[int]:
    return {i for s, e in frags for i in range(s, e) if not text[i].isspace()}


def match(text: str, gold: list[Fragments], pred: list[Fragments], exact: bool) -> int:
    """One-to-one matches, greedily by shared characters."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                if trimmed(text, g) == trimmed(text, p):
                    pairs.append((1, gi, pi))
            else:
                shared = len(chars(text, g) & chars(text, p))
                if shared:
                    pairs.append((shared, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


def any_overlap(text: str, gold: list[Fragments], pred: list[Fragments]) -> tuple[int, int, int, int]:
    """(gold spans touched, gold count, predicted count) and precision from predicted spans touching gold."""
    touched = sum(1 for g in gold if any(chars(text, g) & chars(text, p) for p in pred))
    touching = sum(1 for p in pred if any(chars(text, g) & chars(text, p) for g in gold))
    return touched, len(gold), len(pred), touching


def overlaps(text: str, a: Fragments | None, b: Fragments | None) -> bool:
    return a is not None and b is not None and bool(chars(text, a) & chars(text, b))


def whole_matches(text: str, gold: list[Attribution], pred: list[Attribution]) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for pi, p in enumerate(pred):
            if pi in used or not overlaps(text, g.spans.get("Content"), p.spans.get("Content")):
                continue
            if "Source" in g.spans and not overlaps(text, g.spans["Source"], p.spans.get("Source")):
                continue
            used.add(pi)
            hits += 1
            break
    return hits


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def add(self, row: str, hits_gold: int, n_gold: int, n_pred: int, hits_pred: int | None = None) -> None:
        counts = self.counts.setdefault(row, [0, 0, 0, 0])
        counts[0] += hits_gold
        counts[1] += n_gold
        counts[2] += n_pred
        counts[3] += hits_gold if hits_pred is None else hits_pred

    def table(self) -> Iterator[str]:
        yield f"{'':22}{'gold':>7}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"
        for row, (hits, n_gold, n_pred, hits_pred) in self.counts.items():
            p = hits_pred / n_pred if n_pred else 0.0
            r = hits / n_gold if n_gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            yield f"{row:22}{n_gold:7}{n_pred:7}{hits:7}{p:8.3f}{r:8.3f}{f:8.3f}"


def predicted(doc: object) -> list[Attribution]:
    found: list[Attribution] = []
    for claim in doc_list(doc, "cg_claims"):  # type: ignore[arg-type]
        spans: dict[str, Fragments] = {
            "Cue": ((claim.cue_start, claim.cue_end),),
            "Content": ((claim.content_start, claim.content_end),),
        }
        if claim.speaker_start is not None and claim.speaker_end is not None:
            spans["Source"] = ((claim.speaker_start, claim.speaker_end),)
        found.append(Attribution(spans))
    return found


def role_spans(items: list[Attribution], role: str) -> list[Fragments]:
    return list(dict.fromkeys(a.spans[role] for a in items if role in a.spans))


def model_path(setting: str, threshold: float | None) -> str:
    """The attribution_model setting to use: `setting` itself, or a copy of its model with another threshold."""
    path = model_file(setting)
    if path is None or threshold is None:
        return setting
    model = load_model(path)
    copy = Path(tempfile.mkdtemp()) / "attribution.json"
    AttributionModel(model.weights, model.bias, threshold, model.meta).save(copy)
    return str(copy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--last", type=int, default=0, help="only the last N articles (a held-out part of train)")
    parser.add_argument("--errors", type=int, default=0, help="print up to N missed gold contents")
    parser.add_argument("--attribution-model", default=get_settings().attribution_model,
                        help="builtin (default), none (rules only) or a model file")
    parser.add_argument("--threshold", type=float, help="score from which the model's candidates become claims")
    args = parser.parse_args()
    if not (args.data / "text").is_dir():
        sys.exit(f"{args.data} has no text/ folder (PolNeAR layout: text/*.txt, attributions/*.ann)")
    register_extensions()
    nlp = build_pipeline(get_settings(attribution_model=model_path(args.attribution_model, args.threshold)))
    dates = publication_dates(args.data)
    texts = sorted((args.data / "text").glob("*.txt"))
    texts = texts[-args.last :] if args.last else texts[: args.limit or None]
    tally = Tally()
    lenient = Tally()
    missed: list[str] = []
    began = time.perf_counter()
    for path in texts:
        text = path.read_text(encoding="utf-8")
        gold = parse_ann(annotation_file(args.data, path.stem))
        doc = nlp.make_doc(text)
        doc._.cg_article_id = path.stem
        if path.stem in dates:
            doc._.cg_published = DateValue(dates[path.stem], "day", None)
        pred = predicted(nlp(doc))
        for role in ROLES:
            g, p = role_spans(gold, role), role_spans(pred, role)
            tally.add(f"{role} exact", match(text, g, p, exact=True), len(g), len(p))
            tally.add(f"{role} overlap", match(text, g, p, exact=False), len(g), len(p))
            lenient.add(f"{role} any-overlap", *any_overlap(text, g, p))
        tally.add("attribution overlap", whole_matches(text, gold, pred), len(gold), len(pred))
        for attribution in gold:
            content = attribution.spans.get("Content")
            if content and not any(overlaps(text, content, p.spans.get("Content")) for p in pred):
                missed.append(f"{path.stem}: {text[slice(*trimmed(text, content))][:160]!r}")
    seconds = time.perf_counter() - began
    model = f", attribution model {args.attribution_model}"
    threshold = f" at threshold {args.threshold}" if args.threshold is not None else ""
    print(f"PolNeAR attribution, {len(texts)} articles from {args.data}{model}{threshold} ({seconds:.0f}s)")
    for line in tally.table():
        print(line)
    print("lenient (not one-to-one): P = predicted spans touching a gold span, R = gold spans touched")
    for line in lenient.table():
        print(line)
    for line in missed[: args.errors]:
        print("missed", line)


if __name__ == "__main__":
    main()
