"""The store's tables, declared once (SQLAlchemy Core) and created in SQLite or PostgreSQL alike.

Extracted rows are rebuilt from per-article annotations on every build; judgements (human
decisions) are append-only and replayed after each rebuild. Full-text search is the one part each
database does its own way (stores add it after these tables).
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, Table, Text
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.schema import CreateIndex, CreateTable

metadata = MetaData()
# Text sorts by code point in both databases (SQLite's default), whatever the server's locale.
TEXT = Text().with_variant(Text(collation="C"), "postgresql")


def _text(name: str, nullable: bool = True, **kw: object) -> Column:
    return Column(name, TEXT, nullable=nullable, **kw)  # type: ignore[arg-type]


def _int(name: str) -> Column:
    return Column(name, Integer, nullable=False)


Table("meta", metadata, _text("key", primary_key=True), _text("value", False))
Table(
    "articles", metadata,
    _text("id", primary_key=True), _text("source", False), _text("url"), _text("outlet"), _text("title"),
    _text("language", False), _text("published_value"), _text("published_precision"), _text("published_text"),
    _text("text", False), _int("text_chars"), _text("story_id"), _text("copy_of"),
)
# one row per annotated article: the plain records of models.Annotation as JSON
Table("annotations", metadata, _text("article_id", primary_key=True), _text("fingerprint", False), _text("data", False))
Table(
    "entities", metadata,
    _text("id", primary_key=True), _text("type", False), _text("kind"), _text("name", False), _int("articles"),
    _int("mentions"),
)
Table("aliases", metadata, _text("entity_id", False), _text("alias", False), _text("folded", False),
      Index("aliases_folded", "folded"), Index("aliases_entity", "entity_id"))
Table("roles", metadata, _text("entity_id", False), _text("role", False), Index("roles_entity", "entity_id"))
Table(
    "mentions", metadata,
    _text("id", primary_key=True), _text("article_id", False), _int("start"), _int("end"), _text("text", False),
    _text("type", False), _text("via", False), _int("local_key"), _text("entity_id", False),
    _int("sentence_start"), _int("sentence_end"),
    Index("mentions_entity", "entity_id"), Index("mentions_article", "article_id"),
)
# facts: relations, claims, events, conflicts; each with evidence rows
Table(
    "relations", metadata,
    _text("id", primary_key=True), _text("type", False), _text("subject", False), _text("object", False),
    _text("role"), _text("modality", False), _text("attributed_to"), _text("time"), _int("outlets"),
    Index("relations_subject", "subject"), Index("relations_object", "object"),
)
Table(
    "claims", metadata,
    _text("id", primary_key=True), _text("speaker", False), _text("stance", False), _text("cue", False),
    _text("text", False), _int("direct"), _text("medium"), _text("date"), _int("outlets"),
    Index("claims_speaker", "speaker"),
)
Table("claim_about", metadata, _text("claim_id", False), _text("entity_id", False),
      Index("claim_about_entity", "entity_id"))
Table(
    "events", metadata,
    _text("id", primary_key=True), _text("type", False), _text("status", False), _text("date"), _text("place"),
    _int("outlets"),
)
Table("event_participants", metadata, _text("event_id", False), _text("entity_id", False), _text("role"),
      Index("event_participants_entity", "entity_id"))
Table("conflicts", metadata, _text("id", primary_key=True), _text("kind", False), _text("description", False))
Table("stories", metadata, _text("id", primary_key=True), _text("label"))
Table(
    "evidence", metadata,
    _text("fact_kind", False), _text("fact_id", False), _text("article_id", False), _int("start"), _int("end"),
    _int("sentence_start"), _int("sentence_end"),
    Index("evidence_fact", "fact_kind", "fact_id"), Index("evidence_article", "article_id"),
)
Table(
    "judgements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _text("action", False),  # merge, split, rename, accept, reject, undo
    _text("payload", False),  # JSON
    _text("author", False), _text("created_at", False),
    sqlite_autoincrement=True,  # ids are never reused: undo names a judgement by id
)
# accept/reject verdicts on facts, derived from judgements on every rebuild
Table("reviews", metadata, _text("fact_id", primary_key=True), _text("verdict", False))

RESOLVED_TABLES = (
    "entities", "aliases", "roles", "mentions", "relations", "claims", "claim_about", "events",
    "event_participants", "conflicts", "stories", "evidence",
)


def schema_statements(dialect: Dialect) -> list[str]:
    """CREATE TABLE / CREATE INDEX statements for the dialect, each a no-op when the object exists."""
    statements: list[str] = []
    for table in metadata.sorted_tables:
        statements.append(str(CreateTable(table, if_not_exists=True).compile(dialect=dialect)).strip())
        statements += [str(CreateIndex(index, if_not_exists=True).compile(dialect=dialect)).strip()
                       for index in sorted(table.indexes, key=lambda i: str(i.name))]
    return statements
