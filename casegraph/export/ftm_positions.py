"""Held posts for FollowTheMoney: "X, the governor of Sinaloa" becomes a Position ("Governor of
Sinaloa") held through an Occupancy, the way OpenSanctions records politically exposed persons.

The Position belongs to its organisation when the post is in one, to its country when the place is
a country, and names a sub-national area otherwise. One Position per role and place, shared by
everyone who holds it.
"""

from __future__ import annotations

import re
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.schema import Schema

from ..ids import short_hash
from ..resolve.org_keys import country_code
from ..text import fold

_FORMER = re.compile(r"^(?:former\s+|ex\s*-\s*|ex\s+)", re.IGNORECASE)  # not "executive"


def held_until_now(role: str) -> bool:
    """False for a post held in the past ("former governor", "ex-president")."""
    return _FORMER.match(role) is None


def position_name(role: str, place: str, language: str = "en") -> str:
    """"Governor of Sinaloa", "Gobernador de Sinaloa"; "Secretary of Public Security (Mexico)"."""
    title = role[:1].upper() + role[1:]
    joiner = "de" if language == "es" else "of"
    return f"{title} ({place})" if f" {joiner} " in role else f"{title} {joiner} {place}"


def position(
    relation: dict[str, Any], names: dict[str, str], schema_of: dict[str, Schema], language: str = "en",
) -> EntityProxy:
    """The Position a holds_position relation points at, built from its role and its object, named in
    the language of the article that states it."""
    role = _FORMER.sub("", (relation["role"] or "position").strip())  # one post, past and present holders
    where = relation["object"]
    place = names.get(where, where)
    post = model.make_entity("Position")
    post.id = "pos-" + short_hash(fold(role), where)
    post.add("name", position_name(role, place, language))
    owner = schema_of.get(where)
    if owner is not None and owner.is_a("Organization"):
        post.add("organization", where)
    elif (code := country_code(place)) is not None:
        post.add("country", code)
    else:
        post.add("subnationalArea", place)
    return post
