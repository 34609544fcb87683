"""Union-find over 0..n-1 where the smallest index of a group is its root, so a group is named after
its first member (first mention in a document, first profile in a corpus)."""

from __future__ import annotations


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def union_unambiguous(self, pairs: list[tuple[int, int]]) -> None:
        """Join each pair whose two sides each match one group only, judged before any of these joins:
        "Sam Ortiz" beside "Samuel Ortiz" and "Samantha Ortiz" could be either and joins neither."""
        partners: dict[int, set[int]] = {}
        for a, b in pairs:
            partners.setdefault(a, set()).add(self.find(b))
            partners.setdefault(b, set()).add(self.find(a))
        for a, b in pairs:
            if len(partners[a]) == 1 and len(partners[b]) == 1:
                self.union(a, b)
