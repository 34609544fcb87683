"""The entity network: ego networks and shortest paths, filtered by relation type and modality."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from .queries import resolve_entity
from .store import Store


def _graph(store: Store, types: Iterable[str] | None, modalities: Iterable[str] | None) -> nx.MultiGraph:
    g = nx.MultiGraph()
    wanted_types, wanted_modalities = set(types or ()), set(modalities or ())
    rejected = {r["fact_id"] for r in store.query("SELECT fact_id FROM reviews WHERE verdict = 'rejected'")}
    for r in store.query("SELECT id, type, subject, object, modality, role, outlets FROM relations ORDER BY id"):
        if r["id"] in rejected or (wanted_types and r["type"] not in wanted_types):
            continue
        if wanted_modalities and r["modality"] not in wanted_modalities:
            continue
        g.add_edge(r["subject"], r["object"], key=r["id"], id=r["id"], type=r["type"], source=r["subject"],
                   target=r["object"], modality=r["modality"], role=r["role"], outlets=r["outlets"])
    return g


def _elements(store: Store, g: nx.MultiGraph, nodes: set[str], focus: set[str],
              depths: dict[str, int] | None = None) -> dict[str, Any]:
    info = {r["id"]: r for r in store.query("SELECT id, name, type, kind, articles FROM entities")}
    node_items = [
        {"data": {"id": n, "label": info[n]["name"], "type": info[n]["type"], "kind": info[n]["kind"],
                  "articles": info[n]["articles"], "focus": n in focus, "depth": (depths or {}).get(n, 1)}}
        for n in sorted(nodes) if n in info
    ]
    edges = []
    for a, b, data in g.edges(data=True):
        if a in nodes and b in nodes:
            edges.append({"data": {"id": data["id"], "source": data["source"], "target": data["target"],
                                   "label": data["type"].replace("_", " "), "type": data["type"],
                                   "modality": data["modality"], "role": data["role"], "outlets": data["outlets"]}})
    edges.sort(key=lambda e: e["data"]["id"])
    _attach_evidence(store, edges)
    return {"nodes": node_items, "edges": edges}


def _attach_evidence(store: Store, edges: list[dict[str, Any]]) -> None:
    """The first sentence each link rests on, so a click can jump to it."""
    by_id = {e["data"]["id"]: e["data"] for e in edges}
    if not by_id:
        return
    rows = store.query(
        'SELECT v.fact_id, v.article_id, v.start, v."end", substr(a.text, v.sentence_start + 1,'
        " v.sentence_end - v.sentence_start) AS sentence FROM evidence v JOIN articles a ON a.id = v.article_id"
        f" WHERE v.fact_kind = 'relation' AND v.fact_id IN ({','.join('?' * len(by_id))})"
        " ORDER BY v.fact_id, v.article_id, v.start", list(by_id))
    for r in rows:
        by_id[r["fact_id"]].setdefault("evidence", {"article_id": r["article_id"], "start": r["start"],
                                                    "end": r["end"], "sentence": r["sentence"].strip()})


def ego_network(store: Store, name: str, depth: int = 1, types: Iterable[str] | None = None,
                modalities: Iterable[str] | None = None) -> dict[str, Any]:
    """Nodes within `depth` (1-2) relations of an entity, as cytoscape elements."""
    center = resolve_entity(store, name).id
    g = _graph(store, types, modalities)
    depths = {center: 0}
    if center in g:
        depths = dict(nx.single_source_shortest_path_length(g, center, cutoff=max(1, min(depth, 2))))
    return _elements(store, g, set(depths), {center}, depths)


def shortest_paths(store: Store, a: str, b: str, types: Iterable[str] | None = None,
                   modalities: Iterable[str] | None = None, limit: int = 5) -> dict[str, Any]:
    """The shortest paths between two entities (up to `limit` of equal length)."""
    ea, eb = resolve_entity(store, a).id, resolve_entity(store, b).id
    g = _graph(store, types, modalities)
    nodes: set[str] = {ea, eb}
    paths: list[list[str]] = []
    if ea in g and eb in g and nx.has_path(g, ea, eb):
        for i, path in enumerate(nx.all_shortest_paths(g, ea, eb)):
            if i >= limit:
                break
            paths.append(path)
            nodes.update(path)
    elements = _elements(store, g, nodes, {ea, eb})
    elements["paths"] = paths
    return elements
