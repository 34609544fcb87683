"""One root error; subclasses carry the data the CLI and API need to explain themselves."""

from __future__ import annotations

from typing import Any


class CasegraphError(Exception):
    """Root of every error casegraph raises on purpose."""

    exit_code = 1
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors travel back from Dask workers; subclasses take other arguments than the message.
        return _restore, (type(self), self.message, dict(self.__dict__))


def _restore(cls: type[CasegraphError], message: str, state: dict[str, Any]) -> CasegraphError:
    error = cls.__new__(cls, message)
    error.__dict__.update(state)
    return error


class SettingError(CasegraphError):
    def __init__(self, name: str, value: str, reason: str) -> None:
        super().__init__(f"setting {name}={value!r}: {reason}")
        self.name, self.value, self.reason = name, value, reason


class SourceError(CasegraphError):
    """A file or record that could not be read; the rest of the build goes on."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path, self.reason, self.line = path, reason, line


class ModelError(CasegraphError):
    def __init__(self, model: str, reason: str, kind: str = "spaCy model") -> None:
        super().__init__(f"{kind} {model!r}: {reason}")
        self.model, self.reason = model, reason


class StoreError(CasegraphError):
    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location, self.reason = location, reason


class NotFound(CasegraphError):
    http_status = 404

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"no {kind} matches {key!r}")
        self.kind, self.key = kind, key


class Ambiguous(CasegraphError):
    http_status = 409

    def __init__(self, kind: str, key: str, candidates: list[str]) -> None:
        shown = ", ".join(candidates[:8])
        super().__init__(f"{key!r} matches several {kind}s: {shown}; use an id")
        self.kind, self.key, self.candidates = kind, key, candidates


class JudgementError(CasegraphError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PermissionDenied(CasegraphError):
    http_status = 401

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
