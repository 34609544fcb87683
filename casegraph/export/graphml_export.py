"""`export --format graphml` and `--format gexf`: the entity network for Gephi and networkx.

Nodes are entities; edges are relations (kind=relation) and claims (kind=claim, speaker -> each
entity it is about). Written as a stream, so the graph never has to be held in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO
from xml.sax.saxutils import quoteattr

from ..store import Store
from . import records

NODE_ATTRS = (("type", "string"), ("kind", "string"), ("name", "string"), ("articles", "int"), ("mentions", "int"))
EDGE_ATTRS = (("kind", "string"), ("type", "string"), ("modality", "string"), ("role", "string"),
              ("attributed_to", "string"), ("outlets", "int"), ("evidence", "string"))


def _nodes(store: Store) -> Iterator[dict[str, Any]]:
    for r in store.query("SELECT id, type, kind, name, articles, mentions FROM entities ORDER BY id"):
        yield dict(r)


def edges(store: Store) -> Iterator[dict[str, Any]]:
    texts = records.ArticleTexts(store)
    for r in records.relations(store, texts):
        yield {"id": r["id"], "source": r["subject"], "target": r["object"], "kind": "relation", "type": r["type"],
               "modality": r["modality"], "role": r["role"], "attributed_to": r["attributed_to"],
               "outlets": r["outlets"], "evidence": r["evidence"][0]["sentence"].strip()}
    for c in records.claims(store, texts):
        for about in c["about"]:
            yield {"id": f"{c['id']}-{about}", "source": c["speaker"], "target": about, "kind": "claim",
                   "type": c["stance"], "modality": c["stance"], "role": c["cue"], "attributed_to": c["speaker"],
                   "outlets": c["outlets"], "evidence": c["evidence"][0]["sentence"].strip()}


def _data(attrs: tuple[tuple[str, str], ...], item: dict[str, Any], tag: str) -> str:
    return "".join(
        f'<{tag} key="{name}">{_text(item.get(name))}</{tag}>' if tag == "data"
        else f'<attvalue for="{name}" value={quoteattr(str(item.get(name)))}/>'
        for name, _ in attrs if item.get(name) is not None
    )


def _text(value: Any) -> str:
    return quoteattr(str(value))[1:-1]


def export_graphml(store: Store, out: TextIO) -> None:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for name, kind in NODE_ATTRS:
        out.write(f'<key id="{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n')
    for name, kind in EDGE_ATTRS:
        out.write(f'<key id="{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n')
    out.write('<graph id="casegraph" edgedefault="directed">\n')
    for n in _nodes(store):
        out.write(f'<node id={quoteattr(n["id"])}>{_data(NODE_ATTRS, n, "data")}</node>\n')
    for e in edges(store):
        out.write(f'<edge id={quoteattr(e["id"])} source={quoteattr(e["source"])} target={quoteattr(e["target"])}>'
                  f'{_data(EDGE_ATTRS, e, "data")}</edge>\n')
    out.write("</graph>\n</graphml>\n")


def export_gexf(store: Store, out: TextIO) -> None:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n')
    out.write('<graph defaultedgetype="directed" mode="static">\n<attributes class="node">\n')
    for name, kind in NODE_ATTRS:
        out.write(f'<attribute id="{name}" title="{name}" type="{"integer" if kind == "int" else kind}"/>\n')
    out.write('</attributes>\n<attributes class="edge">\n')
    for name, kind in EDGE_ATTRS:
        out.write(f'<attribute id="{name}" title="{name}" type="{"integer" if kind == "int" else kind}"/>\n')
    out.write("</attributes>\n<nodes>\n")
    for n in _nodes(store):
        out.write(f'<node id={quoteattr(n["id"])} label={quoteattr(n["name"])}>'
                  f'<attvalues>{_data(NODE_ATTRS, n, "attvalue")}</attvalues></node>\n')
    out.write("</nodes>\n<edges>\n")
    for e in edges(store):
        out.write(f'<edge id={quoteattr(e["id"])} source={quoteattr(e["source"])} target={quoteattr(e["target"])}'
                  f' label={quoteattr(e["type"])}><attvalues>{_data(EDGE_ATTRS, e, "attvalue")}</attvalues></edge>\n')
    out.write("</edges>\n</graph>\n</gexf>\n")
