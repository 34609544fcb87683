"""Same-event document clustering on ECB+ with `cluster_stories`; prints B-cubed P/R/F1 and ARI.

Gold: topic t with sub-topic `ecb` or `ecbplus` is one cluster. Entities are the names among the
ECB+ participant and location markables (folded text); ECB+ documents carry no reliable dates,
so none are used.  Usage: python benchmarks/ecb_doc_clustering.py [DATA_DIR]
"""

from __future__ import annotations

import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from casegraph.resolve.stories import StoryDoc, cluster_stories
from casegraph.text import fold

DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ecbplus"
ENTITY_TAGS = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_")
_GOLD = re.compile(r"^(\d+)_\d+(ecbplus|ecb)\.xml$")


def read_doc(path: Path) -> tuple[StoryDoc, str]:
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): t.text or "" for t in root.iter("token")}
    text = " ".join(tokens.values())
    entities: list[str] = []
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        anchors = [tokens.get(a.get("t_id"), "") for a in m.iter("token_anchor")]
        if not m.tag.startswith(ENTITY_TAGS) or not anchors:
            continue
        if any(w[:1].isupper() for w in anchors):  # names, not pronouns or common nouns
            entities.append("ent:" + fold(" ".join(anchors)))
    match = _GOLD.match(path.name)
    gold = f"{match.group(1)}-{match.group(2)}" if match else path.name
    return StoryDoc(article_id=path.name, text=text, entity_ids=entities), gold


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, c in pred.items():
        by_pred[c].add(item)
    for item, c in gold.items():
        by_gold[c].add(item)
    p = r = 0.0
    for item in gold:
        same = by_pred[pred[item]] & by_gold[gold[item]]
        p += len(same) / len(by_pred[pred[item]])
        r += len(same) / len(by_gold[gold[item]])
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r)


def main(data_dir: Path = DATA_DIR) -> None:
    if not data_dir.exists():
        sys.exit(f"{data_dir} is absent")
    docs, gold = [], {}
    for path in sorted(data_dir.glob("*/*.xml")):
        doc, label = read_doc(path)
        docs.append(doc)
        gold[doc.article_id] = label
    started = time.perf_counter()
    stories = cluster_stories(docs)
    seconds = time.perf_counter() - started
    pred = {aid: s.id for s in stories for aid in s.article_ids}
    p, r, f = bcubed(pred, gold)
    ids = sorted(gold)
    ari = adjusted_rand_score([gold[i] for i in ids], [pred[i] for i in ids])
    print(f"documents {len(docs)}  gold clusters {len(set(gold.values()))}  predicted {len(stories)}")
    print(f"B-cubed P {p:.4f}  R {r:.4f}  F1 {f:.4f}  ARI {ari:.4f}  ({seconds:.2f}s)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA_DIR)
