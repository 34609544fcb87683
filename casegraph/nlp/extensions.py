"""The Doc/Span extension attributes casegraph components read and write, all under the `cg_` prefix.

Contract between components:
- `doc._.cg_article_id`, `doc._.cg_published` (DateValue | None) and `doc._.cg_language` are set
  before the pipeline runs.
- `doc._.cg_passages`: list of (start_char, end_char, language) for each sentence-sized passage;
  `token._.cg_language` the language of the passage a token is in.
- `doc.ents` after `casegraph_entities`: corrected name spans labelled PERSON/ORG/GPE/LOC/FACILITY
  (other spaCy labels such as DATE or CARDINAL are left as the model gave them); on each name span
  `span._.cg_role` (role/title words the text attaches, e.g. "President", "drug lord") and
  `span._.cg_kind` (finer kind: criminal_organization, media, government_body, court, ...).
- `doc.spans[MENTIONS]`: every entity mention (may overlap, e.g. a nickname inside a full name);
  `span.label_` is the entity type, `span._.cg_entity` the local entity key, `span._.cg_via`
  one of name/alias/coreference.
- `doc._.cg_entities`: local entity key -> LocalEntity.
- `doc.spans[TIMEXES]`: time expressions, each with `span._.cg_timex` (a models.Timex).
- `doc._.cg_claims`, `doc._.cg_relations`, `doc._.cg_events`, `doc._.cg_conflicts`: lists of
  the records in casegraph.models, with character offsets into doc.text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

MENTIONS = "cg_mentions"
TIMEXES = "cg_timexes"

_DOC_ATTRS: dict[str, object] = {
    "cg_article_id": "",
    "cg_published": None,
    "cg_language": "en",
    "cg_passages": None,
    "cg_entities": None,
    "cg_claims": None,
    "cg_relations": None,
    "cg_events": None,
    "cg_conflicts": None,
}
_SPAN_ATTRS: dict[str, object] = {
    "cg_entity": None,
    "cg_via": "name",
    "cg_timex": None,
    "cg_role": None,
    "cg_kind": None,
}
_TOKEN_ATTRS: dict[str, object] = {"cg_language": None}


def register_extensions() -> None:
    """Register every cg_ extension; safe to call any number of times."""
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in _TOKEN_ATTRS.items():
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)


def doc_list(doc: Doc, name: str) -> list:
    """The list stored in a list-valued Doc extension, created on first use.

    Mutable defaults would be shared between docs, so lists are created per doc here.
    """
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


def doc_entities(doc: Doc) -> dict:
    value = doc._.cg_entities
    if value is None:
        value = {}
        doc._.cg_entities = value
    return value
