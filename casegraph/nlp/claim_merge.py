"""One claim per statement: a speaker's claim nested in the same speaker's larger claim is dropped.

"She said she thinks the port was sold" is one claim by her, not two; the inner cue ("thinks")
sits inside the outer content.
"""

from __future__ import annotations

from ..models import Claim


def _nested(inner: Claim, outer: Claim) -> bool:
    return (
        inner is not outer
        and inner.speaker == outer.speaker
        and outer.content_start <= inner.cue_start
        and inner.content_end <= outer.content_end
        and outer.content_start <= inner.content_start
        and (outer.content_end - outer.content_start) > (inner.content_end - inner.content_start)
    )


def drop_nested(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if not any(_nested(c, other) for other in claims)]
