"""`serve`: run the web UI and API with uvicorn, on loopback unless a token protects writes."""

from __future__ import annotations

import ipaddress
import secrets
from pathlib import Path

from ..errors import CasegraphError
from ..store import display_location, open_store


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    if not is_loopback(host) and not token:
        raise CasegraphError(
            f"refusing to serve on {host} without an API token: set CASEGRAPH_TOKEN or pass --token "
            "(writes would otherwise be open to the network)"
        )


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8321, token: str | None = None) -> None:
    """Serve the database; prints the review token when one was generated."""
    import uvicorn

    from .app import create_app

    check_bind(host, token)
    open_store(db, create=False).close()  # a graph that was never built is an error, not an empty UI
    chosen = token or secrets.token_urlsafe(18)
    if not token:
        print(f"review token for this session: {chosen}")
    print(f"casegraph serving {display_location(str(db))} on http://{host}:{port}/"
          f"  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(create_app(db, chosen), host=host, port=port, log_level="warning")
