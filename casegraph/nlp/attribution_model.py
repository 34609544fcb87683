"""A learned attribution model: logistic-regression weights over attribution_features, as JSON.

The file is written by benchmarks/attribution/train.py (from PolNeAR-format training folders) and
named by the `attribution_model` setting. casegraph ships one (`builtin`, the default: trained on
PolNeAR train, weights only, gzipped JSON in casegraph/data); `none` leaves claims to the rules; any
other value is the path of a model file (`.json` or `.json.gz`). Scoring is plain Python: a sum of
the weights of the features present, through the logistic function.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ModelError

FORMAT = "casegraph-attribution/1"
KIND = "attribution model"
BUILTIN = "builtin"
BUILTIN_FILE = "attribution-en.json.gz"
OFF = ("", "none")


def model_file(setting: str) -> str | None:
    """The model file an `attribution_model` setting names: None for rules only, the shipped file for `builtin`."""
    value = setting.strip()
    if value.lower() in OFF:
        return None
    if value.lower() == BUILTIN:
        return str(resources.files("casegraph.data").joinpath(BUILTIN_FILE))
    return value


@dataclass(frozen=True)
class AttributionModel:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5  # candidates scoring at least this become claims
    meta: dict[str, object] = field(default_factory=dict)  # what it was trained on, and how

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {"format": FORMAT, "bias": self.bias, "threshold": self.threshold, "meta": self.meta,
                "weights": dict(sorted(self.weights.items()))}

    def save(self, path: Path) -> None:
        """Write the model as JSON; gzipped (and byte-for-byte repeatable) when the name ends in .gz."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = (json.dumps(self.to_json(), ensure_ascii=False, indent=0) + "\n").encode("utf-8")
        if path.name.endswith(".gz"):
            data = gzip.compress(data, compresslevel=9, mtime=0)
        path.write_bytes(data)


def _number(value: object, what: str, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ModelError(path, kind=KIND, reason=f"{what} is not a number")
    return float(value)


def parse_model(data: object, path: str) -> AttributionModel:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(path, kind=KIND, reason=f"not a casegraph attribution model (expected format {FORMAT!r})")
    weights = data.get("weights")
    if not isinstance(weights, dict):
        raise ModelError(path, kind=KIND, reason="weights missing")
    meta = data.get("meta")
    return AttributionModel(
        weights={str(k): _number(v, f"weight of {k!r}", path) for k, v in weights.items()},
        bias=_number(data.get("bias"), "bias", path),
        threshold=_number(data.get("threshold", 0.5), "threshold", path),
        meta=meta if isinstance(meta, dict) else {},
    )


@lru_cache(maxsize=4)
def load_model(path: str) -> AttributionModel:
    """The model at `path` (read once per process); ModelError naming the file when it is unusable."""
    try:
        raw = Path(path).expanduser().read_bytes()
        data = json.loads(gzip.decompress(raw) if path.endswith(".gz") else raw)
    except FileNotFoundError:
        raise ModelError(path, kind=KIND, reason="file not found") from None
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(path, kind=KIND, reason=f"cannot be read ({exc})") from None
    return parse_model(data, path)
