"""Cross-document entity coreference on ECB+ with casegraph's resolver.

Usage: python benchmarks/ecb_entity_coref.py [DATA_DIR]   (default ../shared/datasets/ecbplus)

Gold entity mentions (HUMAN_PART_*, NON_HUMAN_PART_*, LOC_* markables) are grouped within each
document by casegraph's own name matching (never the gold), turned into LocalEntities, resolved
per topic with resolve_entities, and scored against the gold CROSS_DOC_COREF instances with
MUC, B-cubed, CEAF-e and CoNLL F1. A same-head-word baseline is scored alongside.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coref_metrics import Score, conll

from casegraph.models import Annotation, EntityType, LocalEntity, Mention
from casegraph.resolve import resolve_entities
from casegraph.resolve.names import fold, partial_of, person_tokens

ENTITY_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_")
LABELS: dict[str, EntityType] = {
    "HUMAN_PART_ORG": "ORG",
    "HUMAN_PART_GPE": "GPE",
    "HUMAN_PART_VEH": "FACILITY",
    "LOC_GEO": "GPE",
    "LOC_FAC": "FACILITY",
    "LOC_OTHER": "LOC",
}
DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]
)
PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "one",
    ]
)
HEAD_STOPS = frozenset(["of", "in", "at", "on", "for", "from", "with", "who", "that", "which", ",", "(", "-"])


@dataclass
class GoldMention:
    doc: str
    m_id: str
    words: list[str]
    tag: str
    gold: str
    position: int

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.m_id}"

    @property
    def text(self) -> str:
        return " ".join(self.words).replace(" 's", "'s").replace(" ,", ",")


def read_document(path: Path) -> list[GoldMention]:
    root = ET.parse(path).getroot()
    doc = root.get("doc_name", path.name)
    words = {t.get("t_id", ""): (t.text or "") for t in root.iter("token")}
    gold: dict[str, str] = {}
    instances = {m.get("m_id", ""): m.get("instance_id") for m in root.find("Markables") or [] if m.get("instance_id")}
    for relation in root.find("Relations") or []:
        target = relation.find("target")
        target_id = target.get("m_id", "") if target is not None else ""
        cluster = instances.get(target_id) or f"{doc}:{target_id}"
        for source in relation.findall("source"):
            gold[source.get("m_id", "")] = cluster
    mentions = []
    for markable in root.find("Markables") or []:
        anchors = [a.get("t_id", "") for a in markable.findall("token_anchor")]
        if not anchors or not markable.tag.startswith(ENTITY_PREFIXES):
            continue
        m_id = markable.get("m_id", "")
        mentions.append(
            GoldMention(
                doc,
                m_id,
                [words[a] for a in anchors],
                markable.tag,
                gold.get(m_id, f"{doc}:{m_id}:single"),
                int(anchors[0]),
            )
        )
    return sorted(mentions, key=lambda m: m.position)


def head_word(m: GoldMention) -> str:
    head = m.words[-1]
    for word in m.words[1:]:
        if word.lower() in HEAD_STOPS:
            break
        head = word
    return head.lower() if len(m.words) > 1 else m.words[0].lower()


def name_form(m: GoldMention) -> str:
    words = list(m.words)
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words).replace(" 's", "'s")


def is_pronoun(m: GoldMention) -> bool:
    return len(m.words) == 1 and m.words[0].lower() in PRONOUNS


def label_of(m: GoldMention) -> EntityType:
    if m.tag in LABELS:
        return LABELS[m.tag]
    return "PERSON" if m.tag.startswith("HUMAN_PART") else "FACILITY"


def _same_local(a: GoldMention, b: GoldMention) -> bool:
    if fold(name_form(a)) == fold(name_form(b)):
        return True
    if label_of(a) == label_of(b) == "PERSON" and name_form(a)[:1].isupper() and name_form(b)[:1].isupper():
        ta, tb = person_tokens(name_form(a)), person_tokens(name_form(b))
        return partial_of(ta, tb) or partial_of(tb, ta)
    return not name_form(a)[:1].isupper() and head_word(a) == head_word(b) and label_of(a) == label_of(b)


def local_entities(doc: str, mentions: list[GoldMention]) -> tuple[Annotation, list[GoldMention]]:
    """Group a document's non-pronoun mentions by name; pronouns are left out as singletons."""
    groups: list[list[GoldMention]] = []
    left_out = []
    index = {id(m): i for i, m in enumerate(mentions)}
    for m in mentions:
        if is_pronoun(m):
            left_out.append(m)
            continue
        group = next((g for g in groups if any(_same_local(m, x) for x in g)), None)
        if group is None:
            groups.append([m])
        else:
            group.append(m)
    annotation = Annotation(article_id=doc, language="en")
    for key, group in enumerate(groups):
        forms = [name_form(m) for m in group]
        name = max(forms, key=lambda f: (f[:1].isupper(), len(f.split()), f))
        label = label_of(group[0])
        annotation.entities.append(LocalEntity(key, label, name, sorted(set(forms))))
        for m in group:
            annotation.mentions.append(Mention(doc, index[id(m)], index[id(m)] + 1, m.text, label, key))
    return annotation, left_out


def resolve_topic(docs: dict[str, list[GoldMention]]) -> list[set[str]]:
    annotations: list[Annotation] = []
    singles: list[set[str]] = []
    by_local: dict[tuple[str, int], set[str]] = {}
    for doc, mentions in sorted(docs.items()):
        annotation, left_out = local_entities(doc, mentions)
        annotations.append(annotation)
        singles.extend({m.id} for m in left_out)
        for mention in annotation.mentions:
            by_local.setdefault((doc, mention.entity), set()).add(mentions[mention.start].id)
    clusters = [set().union(*(by_local[ref] for ref in e.members)) for e in resolve_entities(annotations)]
    return clusters + singles


def head_baseline(docs: dict[str, list[GoldMention]]) -> list[set[str]]:
    clusters: dict[str, set[str]] = defaultdict(set)
    for mentions in docs.values():
        for m in mentions:
            clusters[head_word(m)].add(m.id)
    return list(clusters.values())


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ecbplus"
    if not data.is_dir():
        print(f"skipped: ECB+ data directory {data} not found")
        return 0
    gold: list[set[str]] = []
    ours: list[set[str]] = []
    baseline: list[set[str]] = []
    topics = sorted((p for p in data.iterdir() if p.is_dir()), key=lambda p: (len(p.name), p.name))
    count = 0
    for topic in topics:
        docs = {p.name: read_document(p) for p in sorted(topic.glob("*.xml"))}
        by_gold: dict[str, set[str]] = defaultdict(set)
        for mentions in docs.values():
            for m in mentions:
                by_gold[f"{topic.name}:{m.gold}"].add(m.id)
                count += 1
        gold.extend(by_gold.values())
        ours.extend(resolve_topic(docs))
        baseline.extend(head_baseline(docs))
    print(f"ECB+ entity coreference: {len(topics)} topics, {count} gold entity mentions, {len(gold)} gold clusters")
    print(f"{'system':<22}{'MUC F1':>8}{'B3 R':>7}{'B3 P':>7}{'B3 F1':>7}{'CEAF-e':>8}{'CoNLL':>8}")
    for title, response in (("same head word", baseline), ("casegraph resolve", ours)):
        s = conll(gold, response)
        muc, b3, ceaf = (s[k] for k in ("MUC", "B3", "CEAF-e"))
        assert isinstance(muc, Score) and isinstance(b3, Score) and isinstance(ceaf, Score)
        conll_f1 = s["CoNLL F1"]
        assert isinstance(conll_f1, float)
        print(
            f"{title:<22}{muc.f1 * 100:>8.1f}{b3.recall * 100:>7.1f}{b3.precision * 100:>7.1f}"
            f"{b3.f1 * 100:>7.1f}{ceaf.f1 * 100:>8.1f}{conll_f1 * 100:>8.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
