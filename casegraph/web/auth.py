"""Write access: a token in the `Authorization: Bearer` header, or in a cookie set by /login."""

from __future__ import annotations

import hmac

from fastapi import Request

from ..errors import PermissionDenied

COOKIE = "casegraph_token"


def check_write(request: Request) -> None:
    expected: str = request.app.state.token
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip() or request.cookies.get(COOKIE, "")
    if not expected or not given or not hmac.compare_digest(given, expected):
        raise PermissionDenied("writes need the API token (Authorization: Bearer TOKEN, or log in on the web page)")


def can_write(request: Request) -> bool:
    try:
        check_write(request)
    except PermissionDenied:
        return False
    return True
