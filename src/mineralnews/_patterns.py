"""Vocabulary written as patterns: helpers the finders' grammars share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

__all__ = ["letter_tree"]


def letter_tree(phrases: Iterable[str], *, reverse: bool = False, fold: bool = False) -> str:
    """An alternation of ``phrases`` as a tree of their shared beginnings (of
    their endings when ``reverse``, for a pattern read leftwards), case-folded
    when ``fold``, for a pattern with IGNORECASE; a space matches any run of
    spaces.

    An engine tries the branches of an alternation one by one: for a long
    list of words that is most of the time a match takes. In the tree a
    character rules out every phrase not beginning (ending) with it at once:
    ``Ju(?:ly?|ne?)`` for July, Jul, June and Jun. The longest phrase that
    matches still wins: a longer one is tried before the shorter ones it
    begins (ends) with. The pattern suits both ``regex`` and ``re``.

    >>> letter_tree(["Jul", "July", "Jun", "June"])
    'Ju(?:l(?:y)?|n(?:e)?)'
    """
    root: dict[str, dict[str, Any]] = {}
    for phrase in {p.casefold() if fold else p for p in phrases}:
        node = root
        for ch in reversed(phrase) if reverse else phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [
            (pattern(node[ch]) + piece if reverse else piece + pattern(node[ch]))
            for ch in sorted(node)
            if ch
            for piece in [r"\s++" if ch == " " else regex.escape(ch)]
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)
