"""JSON API (OpenAPI docs at /docs). Each route parses input, calls the library, returns JSON."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel

from .. import fact_queries, network, queries, review
from ..article_view import article_view
from .app import request_store
from .auth import check_write

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/entities")
def entities(request: Request, type: str | None = None, sort: str = "articles", limit: int | None = None) -> list[dict]:
    with request_store(request) as store:
        return [asdict(e) for e in queries.entities(store, type=type, sort=sort, limit=limit)]


@router.get("/entities/{name}")
def entity(request: Request, name: str) -> dict[str, Any]:
    with request_store(request) as store:
        profile = queries.show(store, name)
        eid = profile.entity.id
        return {**asdict(profile), "relations": fact_queries.relations(store, eid),
                "claims_by": fact_queries.claims(store, by=eid), "claims_about": fact_queries.claims(store, about=eid),
                "timeline": fact_queries.timeline(store, eid)}


@router.get("/search")
def search(request: Request, q: str = Query(..., min_length=1)) -> dict[str, Any]:
    with request_store(request) as store:
        return asdict(queries.search(store, q))


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str) -> dict[str, Any]:
    with request_store(request) as store:
        view = article_view(store, article_id)
    return {"article": view["article"], "facts": view["facts"]}


@router.get("/relations")
def relations(request: Request, entity: str | None = None, type: str | None = None,
              modality: str | None = None) -> list[dict]:
    with request_store(request) as store:
        return fact_queries.relations(store, entity, type=type, modality=modality)


@router.get("/claims")
def claims(request: Request, by: str | None = None, about: str | None = None, stance: str | None = None) -> list[dict]:
    with request_store(request) as store:
        return fact_queries.claims(store, by=by, about=about, stance=stance)


@router.get("/events")
def events(request: Request, entity: str | None = None) -> list[dict]:
    with request_store(request) as store:
        return fact_queries.events(store, entity)


@router.get("/timeline/{name}")
def timeline(request: Request, name: str) -> list[dict]:
    with request_store(request) as store:
        return fact_queries.timeline(store, name)


@router.get("/network")
def ego_network(request: Request, entity: str, depth: int = Query(1, ge=1, le=2), type: list[str] = Query([]),
                modality: list[str] = Query([])) -> dict[str, Any]:
    with request_store(request) as store:
        return network.ego_network(store, entity, depth, type or None, modality or None)


@router.get("/paths")
def paths(request: Request, a: str, b: str, type: list[str] = Query([]), modality: list[str] = Query([])) -> dict:
    with request_store(request) as store:
        return network.shortest_paths(store, a, b, type or None, modality or None)


@router.get("/stories")
def stories(request: Request) -> list[dict]:
    with request_store(request) as store:
        return fact_queries.stories(store)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: str) -> dict[str, Any]:
    with request_store(request) as store:
        return fact_queries.story(store, story_id)


@router.get("/conflicts")
def conflicts(request: Request) -> list[dict]:
    with request_store(request) as store:
        return fact_queries.conflicts(store)


@router.get("/judgements")
def judgements(request: Request) -> list[dict]:
    with request_store(request) as store:
        return review.audit(store)


class MergeBody(BaseModel):
    a: str
    b: str
    author: str | None = None


class SplitBody(BaseModel):
    entity: str
    mentions: list[str]
    author: str | None = None


class RenameBody(BaseModel):
    entity: str
    name: str
    author: str | None = None


class FactBody(BaseModel):
    fact_id: str
    author: str | None = None


class UndoBody(BaseModel):
    judgement: int
    author: str | None = None


@router.post("/judgements/merge", dependencies=[Depends(check_write)])
def merge(request: Request, body: MergeBody) -> dict[str, int]:
    with request_store(request) as store:
        return {"judgement": review.merge(store, body.a, body.b, body.author)}


@router.post("/judgements/split", dependencies=[Depends(check_write)])
def split(request: Request, body: SplitBody) -> dict[str, int]:
    with request_store(request) as store:
        return {"judgement": review.split(store, body.entity, body.mentions, body.author)}


@router.post("/judgements/rename", dependencies=[Depends(check_write)])
def rename(request: Request, body: RenameBody) -> dict[str, int]:
    with request_store(request) as store:
        return {"judgement": review.rename(store, body.entity, body.name, body.author)}


@router.post("/judgements/accept", dependencies=[Depends(check_write)])
def accept(request: Request, body: FactBody) -> dict[str, int]:
    with request_store(request) as store:
        return {"judgement": review.accept(store, body.fact_id, body.author)}


@router.post("/judgements/reject", dependencies=[Depends(check_write)])
def reject(request: Request, body: FactBody) -> dict[str, int]:
    with request_store(request) as store:
        return {"judgement": review.reject(store, body.fact_id, body.author)}


@router.post("/judgements/undo", dependencies=[Depends(check_write)])
def undo(request: Request, body: UndoBody) -> dict[str, int]:
    with request_store(request) as store:
        return {"judgement": review.undo(store, body.judgement, body.author)}
