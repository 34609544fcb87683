"""`export --format json`: the whole graph as one document valid against graph.schema.json, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from .. import __version__
from ..store import Store
from . import records


def export_json(store: Store, out: TextIO) -> None:
    texts = records.ArticleTexts(store)
    sections: list[tuple[str, Iterable[dict[str, Any]]]] = [
        ("articles", records.articles(store)),
        ("entities", records.entities(store)),
        ("relations", records.relations(store, texts)),
        ("claims", records.claims(store, texts)),
        ("events", records.events(store, texts)),
        ("stories", records.stories(store)),
        ("conflicts", records.conflicts(store, texts)),
    ]
    out.write('{\n "casegraph_version": %s' % json.dumps(__version__))
    for name, items in sections:
        out.write(',\n "%s": [' % name)
        for i, item in enumerate(items):
            out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(item, ensure_ascii=False, sort_keys=True))
        out.write("\n ]" if name else "]")
    out.write("\n}\n")
