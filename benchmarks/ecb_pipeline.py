"""ECB+ documents through the whole casegraph build, as a user would run it on a folder of articles.

Each ECB+ XML document becomes a plain-text article (its tokens, one sentence per line, spaces before
punctuation removed); `casegraph build` annotates, resolves and clusters them into a fresh
SQLite database; the stories stored there are read back per document. Nothing of the ECB+
annotation reaches casegraph: no markables, no gold dates.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from casegraph.build import build
from casegraph.cli_render import RichProgress
from casegraph.store import open_store

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]]|n't|'s|'re|'ll|'ve|'d|'m)(?=\s|$)")
_NO_SPACE_AFTER = re.compile(r"([(\[$]) ")


def document_text(path: Path) -> str:
    """The document's tokens as plain text, one sentence per line (an address line without spaces)."""
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence") or 0), []).append(token.text or "")
    lines = []
    for _, words in sorted(sentences.items()):
        if words and words[0].lower() in ("http", "https"):  # an address the tokenizer cut up
            lines.append("".join(words))
            continue
        line = _NO_SPACE_BEFORE.sub(r"\1", " ".join(words))
        lines.append(_NO_SPACE_AFTER.sub(r"\1", line))
    return "\n".join(lines) + "\n"


def build_documents(paths: list[Path], db: Path) -> dict[str, int]:
    """Build a fresh casegraph database from the documents' text; the build's counts (and errors)."""
    with tempfile.TemporaryDirectory(prefix="casegraph-ecb-") as tmp:
        folder = Path(tmp)
        for path in paths:
            (folder / f"{path.stem}.txt").write_text(document_text(path), encoding="utf-8")
        if db.exists():
            db.unlink()
        with RichProgress() as progress:
            report = build([folder], db, progress=progress)
    for error in report.errors:
        print(f"error: {error}")
    return {**report.counts, "errors": len(report.errors)}


def _stored(db: Path) -> list[dict[str, str]]:
    """Each stored article's id, ECB+ document file name (`name.xml`) and story id."""
    store = open_store(db, create=False)
    try:
        rows = store.query("SELECT id, source, story_id FROM articles")
    finally:
        store.close()
    return [{"id": r["id"], "name": Path(r["source"]).stem + ".xml", "story": r["story_id"]} for r in rows]


def document_names(db: Path) -> dict[str, str]:
    """Article id -> ECB+ document file name."""
    return {r["id"]: r["name"] for r in _stored(db)}


def pipeline_stories(paths: list[Path], db: Path) -> tuple[dict[str, str], dict[str, int]]:
    """Build `db` from the documents; story id per document file name, and the build's counts."""
    counts = build_documents(paths, db)
    return {r["name"]: r["story"] or r["name"] for r in _stored(db)}, counts


def order_spread(db: Path, gold: dict[str, str], orders: int) -> list[tuple[float, float, float]]:
    """B-cubed (P, R, F1) of the stored articles re-clustered under `orders` other article-id orders.

    Undated articles are placed in id order, and ids are content hashes: renaming them (a salted hash)
    shows how much the figure depends on that arbitrary order.
    """
    from ecb_doc_clustering import bcubed

    from casegraph.corpus import story_docs_of
    from casegraph.resolve.stories import cluster_stories

    names = document_names(db)
    store = open_store(db, create=False)
    try:
        docs = story_docs_of(store)
    finally:
        store.close()
    out = []
    for k in range(1, orders + 1):
        renamed = {d.article_id: hashlib.sha1(f"{k}:{d.article_id}".encode()).hexdigest()[:16] for d in docs}
        salted = [replace(d, article_id=renamed[d.article_id],
                          copy_of=renamed.get(d.copy_of) if d.copy_of else None) for d in docs]
        pred = {a: s.id for s in cluster_stories(salted) for a in s.article_ids}
        out.append(bcubed(pred, {renamed[aid]: gold[names[aid]] for aid in renamed}))
    return out
