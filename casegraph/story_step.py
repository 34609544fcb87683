"""Copies and stories for the resolved graph (corpus level)."""

from __future__ import annotations

from collections.abc import Mapping

from .facts import set_outlets
from .graph import Graph
from .models import Annotation, Article


def assign_stories(graph: Graph, annotations: list[Annotation], articles: Mapping[str, Article]) -> None:
    """Find copies, group articles into stories, then count outlets per fact."""
    set_outlets(graph, articles)
