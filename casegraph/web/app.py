"""create_app: the FastAPI application over one database."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import CasegraphError
from ..store import Store, open_store


def vendor_dir() -> Path | None:
    """node_modules installed by `npm install` in casegraph/web (never copied into the repository)."""
    path = Path(str(resources.files("casegraph.web"))) / "node_modules"
    return path if path.is_dir() else None


def create_app(db: str | Path, token: str | None = None) -> FastAPI:
    app = FastAPI(title="casegraph", version=__version__, description="A sourced knowledge graph of news articles.")
    app.state.db = str(db)
    app.state.token = token or secrets.token_urlsafe(24)
    open_store(db).close()  # fail early on a bad path

    @app.exception_handler(CasegraphError)
    async def _casegraph_error(request: Request, exc: CasegraphError) -> Response:
        if request.url.path.startswith("/api"):
            return JSONResponse({"error": type(exc).__name__, "detail": exc.message}, status_code=exc.http_status)
        from .pages import render

        response = render(request, "error.html", title=type(exc).__name__, detail=exc.message)
        response.status_code = exc.http_status
        return response

    from .api import router as api_router
    from .pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)
    static = Path(str(resources.files("casegraph.web"))) / "static"
    app.mount("/static", StaticFiles(directory=static), name="static")
    vendor = vendor_dir()
    if vendor:
        app.mount("/vendor", StaticFiles(directory=vendor), name="vendor")
    return app


@contextmanager
def request_store(request: Request) -> Iterator[Store]:
    store = open_store(request.app.state.db)
    try:
        yield store
    finally:
        store.close()
