"""Server-rendered HTML pages (Jinja2 + htmx). Each page calls library functions and renders."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from .. import fact_queries, queries, review
from ..article_view import article_view
from ..errors import CasegraphError
from ..vocabulary import RELATION_TYPES
from .app import request_store, vendor_dir
from .auth import COOKIE, can_write, check_write

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(str(resources.files("casegraph.web"))) / "templates"))
templates.env.filters["basename"] = lambda source: Path(str(source or "")).name or source


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    context.update(
        request=request,
        can_write=can_write(request),
        has_vendor=vendor_dir() is not None,
        relation_types=list(RELATION_TYPES),
    )
    return templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str = "") -> HTMLResponse:
    with request_store(request) as store:
        result = queries.search(store, q) if q.strip() else None
        top = queries.entities(store, limit=15)
        counts = {
            t: store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]
            for t in ("articles", "entities", "relations", "claims", "events", "stories", "conflicts")
        }
    return render(request, "search.html", q=q, result=result, top=top, counts=counts)


@router.get("/search/results", response_class=HTMLResponse)
def search_results(request: Request, q: str = "") -> HTMLResponse:
    with request_store(request) as store:
        result = queries.search(store, q) if q.strip() else None
    return render(request, "_results.html", q=q, result=result)


@router.get("/entities", response_class=HTMLResponse)
def entity_list(request: Request, type: str | None = None) -> HTMLResponse:
    with request_store(request) as store:
        rows = queries.entities(store, type=type or None)
    return render(request, "entities.html", rows=rows, type=type)


@router.get("/entity/{name}", response_class=HTMLResponse)
def entity_page(request: Request, name: str) -> HTMLResponse:
    with request_store(request) as store:
        profile = queries.show(store, name)
        eid = profile.entity.id
        rels = fact_queries.relations(store, eid)
        grouped: dict[str, list[dict]] = {}
        for r in rels:
            grouped.setdefault(r["type"], []).append(r)
        context = {
            "p": profile,
            "relations": grouped,
            "claims_by": fact_queries.claims(store, by=eid),
            "claims_about": fact_queries.claims(store, about=eid),
            "timeline": fact_queries.timeline(store, eid),
        }
    return render(request, "entity.html", **context)


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, start: int | None = None, end: int | None = None) -> HTMLResponse:
    with request_store(request) as store:
        view = article_view(store, article_id, (start, end) if start is not None and end is not None else None)
    return render(request, "article.html", **view)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, entity: str = "", depth: int = 1, a: str = "", b: str = "") -> HTMLResponse:
    return render(request, "network.html", entity=entity, depth=depth, a=a, b=b)


@router.get("/timeline/{name}", response_class=HTMLResponse)
def timeline_page(request: Request, name: str) -> HTMLResponse:
    with request_store(request) as store:
        entity = queries.resolve_entity(store, name)
        items = fact_queries.timeline(store, entity.id)
    return render(request, "timeline.html", entity=entity, items=items)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request) -> HTMLResponse:
    with request_store(request) as store:
        rows = fact_queries.stories(store)
    return render(request, "stories.html", rows=rows)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    with request_store(request) as store:
        s = fact_queries.story(store, story_id)
    return render(request, "story.html", s=s)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request) -> HTMLResponse:
    with request_store(request) as store:
        rows = fact_queries.conflicts(store)
    return render(request, "conflicts.html", rows=rows)


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request) -> HTMLResponse:
    with request_store(request) as store:
        rows = review.audit(store)
    return render(request, "audit.html", rows=rows)


@router.post("/login")
def login(request: Request, token: str = Form(...), next: str = Form("/")) -> RedirectResponse:
    response = RedirectResponse(next if next.startswith("/") else "/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
    return response


@router.post("/review/{action}")
def review_action(
    request: Request,
    action: str,
    next: str = Form("/"),
    a: str = Form(""),
    b: str = Form(""),
    entity: str = Form(""),
    mentions: str = Form(""),
    name: str = Form(""),
    fact_id: str = Form(""),
    judgement: int = Form(0),
) -> RedirectResponse:
    check_write(request)
    with request_store(request) as store:
        anchor = _anchor_mention(store, a or entity)
        if action == "merge":
            review.merge(store, a, b)
        elif action == "split":
            review.split(store, entity, [m.strip() for m in mentions.split("|") if m.strip()])
        elif action == "rename":
            review.rename(store, entity, name)
        elif action in ("accept", "reject"):
            getattr(review, action)(store, fact_id)
        elif action == "undo":
            review.undo(store, judgement)
        else:
            raise CasegraphError(f"unknown review action {action!r}")
        if anchor and next.startswith("/entity/"):
            # Entity ids follow their mentions, so a merged entity has a new id: follow one of its mentions.
            rows = store.query("SELECT entity_id FROM mentions WHERE id = ?", (anchor,))
            if rows:
                next = f"/entity/{rows[0]['entity_id']}"
    return RedirectResponse(next if next.startswith("/") else "/", status_code=303)


def _anchor_mention(store: Any, name_or_id: str) -> str | None:
    if not name_or_id:
        return None
    try:
        entity_id = queries.resolve_entity(store, name_or_id).id
    except CasegraphError:
        return None
    rows = store.query("SELECT id FROM mentions WHERE entity_id = ? ORDER BY id LIMIT 1", (entity_id,))
    return str(rows[0]["id"]) if rows else None
