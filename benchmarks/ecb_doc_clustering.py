"""Same-event document clustering on ECB+ with `cluster_stories`; prints B-cubed P/R/F1 and ARI.

Gold: topic t with sub-topic `ecb` or `ecbplus` is one cluster. Entities are the names inside the
ECB+ participant and location markables: each run of capitalised words (with "of", "de", "the" ...
between them), folded, so "a Harry Winston boutique on a posh Paris avenue" gives "harry winston" and
"paris", as resolved entity ids would; ECB+ documents carry no reliable dates,
so none are used. Also printed: the same run with each topic folder clustered on its own (gold
topics given, as many cross-document papers assume) and a same-lemma baseline: documents whose most
frequent event word (ACTION_* markables, lower case, crude suffix stripping) is the same form one cluster.
With --ner, the person and organisation names the English spaCy model finds (the model casegraph
annotates with) are added to each document's entities, closer to what the corpus step hands over.
With --pipeline, nothing of the annotation is used: the documents' text goes through the whole
`casegraph build` (ecb_pipeline.py) and the stories it stores are scored, which is what a user gets.
The standard ECB+ split (Cybulska and Vossen 2015) has dev topics 2 5 12 18 21 23 34 35 and train
topics the other folders up to 35; pass topic folders to score a split.
Undated articles are placed in article-id order; --orders N re-clusters the built articles under N other
id orders to show how much the figure owes to that order.
Usage: python benchmarks/ecb_doc_clustering.py [FOLDER ...] [--ner | --pipeline [--keep-db FILE] [--orders N]]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
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


_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


def lemma(word: str) -> str:
    word = word.lower()
    return _SUFFIX.sub("", word) if len(word) > 5 else word


def main_event_lemma(path: Path) -> str:
    """The most frequent event word of a document (ties by form), the same-lemma baseline's key."""
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): t.text or "" for t in root.iter("token")}
    counts: dict[str, int] = defaultdict(int)
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        if m.tag.startswith("ACTION") and m.tag != "ACTION_REPORTING":
            words = [tokens.get(a.get("t_id"), "") for a in m.iter("token_anchor")]
            if words:
                counts[lemma(words[-1])] += 1
    return min(counts, key=lambda w: (-counts[w], w)) if counts else path.name


NAME_JOINERS = {"of", "de", "del", "la", "the", "and", "&"}
NOT_NAMES = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their"}


def names_in(words: list[str]) -> list[str]:
    """The runs of capitalised words in a markable ("a Harry Winston boutique" -> ["Harry Winston"])."""
    found, run = [], []
    for word in [*words, ""]:
        if word[:1].isupper() or (run and word.lower() in NAME_JOINERS):
            run.append(word)
            continue
        while run and run[-1].lower() in NAME_JOINERS:
            run.pop()
        while run and run[0].lower() in ("the", "a", "an"):  # "The Harry Winston store"
            run.pop(0)
        if run and not (len(run) == 1 and run[0].lower() in NOT_NAMES):
            found.append(" ".join(run))
        run = []
    return found


def read_doc(path: Path) -> tuple[StoryDoc, str]:
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): t.text or "" for t in root.iter("token")}
    text = " ".join(tokens.values())
    entities: list[str] = []
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        anchors = [tokens.get(a.get("t_id"), "") for a in m.iter("token_anchor")]
        if m.tag.startswith(ENTITY_TAGS):  # names, not pronouns or common nouns
            entities += ["ent:" + fold(name) for name in names_in(anchors) if fold(name)]
    match = _GOLD.match(path.name)
    gold = f"{match.group(1)}-{match.group(2)}" if match else path.name
    return StoryDoc(article_id=path.name, text=text, entity_ids=entities), gold


def add_ner_entities(docs: list[StoryDoc], labels: tuple[str, ...] = ("PERSON", "ORG")) -> None:
    from casegraph.nlp.pipeline import load_model

    nlp = load_model("en_core_web_sm")
    nlp.select_pipes(enable=[name for name in ("tok2vec", "ner") if name in nlp.pipe_names])
    for doc, parsed in zip(docs, nlp.pipe([d.text for d in docs], batch_size=32)):
        doc.entity_ids += ["ent:" + fold(e.text) for e in parsed.ents if e.label_ in labels and fold(e.text)]


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


def scores(pred: dict[str, str], gold: dict[str, str]) -> str:
    p, r, f = bcubed(pred, gold)
    ids = sorted(gold)
    ari = adjusted_rand_score([gold[i] for i in ids], [pred[i] for i in ids])
    return f"clusters {len(set(pred.values())):>4}  B-cubed P {p:.4f}  R {r:.4f}  F1 {f:.4f}  ARI {ari:.4f}"


def document_paths(folders: list[Path]) -> list[Path]:
    """The ECB+ documents of the given folders: the data set folder (every topic) or topic folders."""
    paths: list[Path] = []
    for folder in folders:
        if not folder.exists():
            sys.exit(f"{folder} is absent")
        paths += sorted(folder.glob("*.xml")) or sorted(folder.glob("*/*.xml"))
    return sorted(set(paths), key=lambda p: (p.parent.name, p.name))


def main(folders: list[Path], ner: bool = False, pipeline: bool = False, keep_db: Path | None = None,
         orders: int = 0) -> None:
    docs, gold, topic = [], {}, {}
    paths = document_paths(folders)
    for path in paths:
        doc, label = read_doc(path)
        docs.append(doc)
        gold[doc.article_id] = label
        topic[doc.article_id] = path.parent.name
    print(f"documents {len(docs)}  topics {len(set(topic.values()))}  gold clusters {len(set(gold.values()))}")
    if pipeline:
        from ecb_pipeline import order_spread, pipeline_stories

        with tempfile.TemporaryDirectory(prefix="casegraph-ecb-db-") as tmp:
            db = keep_db or Path(tmp) / "ecb.db"
            started = time.perf_counter()
            stored, counts = pipeline_stories(paths, db)
            seconds = time.perf_counter() - started
            print(f"casegraph build (whole pipeline)         {scores(stored, gold)}  ({seconds:.0f}s)")
            print("  build: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
            if orders:
                f1s = [f for _, _, f in order_spread(db, gold, orders)]
                print(f"  the same articles under {orders} other id orders: B-cubed F1 mean {sum(f1s) / len(f1s):.4f}"
                      f"  min {min(f1s):.4f}  max {max(f1s):.4f}")
        return
    if ner:
        add_ner_entities(docs)
    print("entities: names in markables" + (" + spaCy NER" if ner else ""))
    started = time.perf_counter()
    pred = {aid: s.id for s in cluster_stories(docs) for aid in s.article_ids}
    print(f"cluster_stories, all documents together   {scores(pred, gold)}  ({time.perf_counter() - started:.2f}s)")
    within: dict[str, str] = {}
    for t in sorted(set(topic.values())):
        part = [d for d in docs if topic[d.article_id] == t]
        within.update({aid: f"{t}:{s.id}" for s in cluster_stories(part) for aid in s.article_ids})
    print(f"cluster_stories, within each gold topic   {scores(within, gold)}")
    lemmas = {path.name: main_event_lemma(path) for path in paths}  # article ids are the file names
    print(f"same-lemma baseline, all documents        {scores(lemmas, gold)}")
    print(f"same-lemma baseline, within gold topics   {scores({a: topic[a] + w for a, w in lemmas.items()}, gold)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[DATA_DIR],
                        help="the ECB+ data set folder or topic folders (default: ../shared/datasets/ecbplus)")
    parser.add_argument("--ner", action="store_true", help="add spaCy PERSON and ORG names to the markable names")
    parser.add_argument("--pipeline", action="store_true",
                        help="run the whole casegraph build on the documents' text and score its stories")
    parser.add_argument("--keep-db", type=Path, help="with --pipeline: the SQLite file to build (kept afterwards)")
    parser.add_argument("--orders", type=int, default=0,
                        help="with --pipeline: also re-cluster the articles under N other article-id orders")
    args = parser.parse_args()
    main(args.folders, ner=args.ner, pipeline=args.pipeline, keep_db=args.keep_db, orders=args.orders)
