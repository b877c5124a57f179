"""Read the package's docstrings as Markdown for the API reference.

Docstrings hold their examples as bare ``>>>`` blocks, which doctest runs;
Markdown would read them as prose (and ``[...]`` in an output as a link).
This griffe extension, named in mkdocs.yml, fences each block as ``pycon``
and turns Sphinx roles (``:func:`x` ``) into plain code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """``text`` with every ``>>>`` block, up to the next blank line, fenced."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].lstrip()
        if not stripped.startswith(">>>"):
            out.append(lines[i])
            i += 1
            continue
        indent = lines[i][: len(lines[i]) - len(stripped)]
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        if out and out[-1].strip():
            out.append("")
        out += [f"{indent}```pycon", *lines[i:j], f"{indent}```"]
        i = j
    return "\n".join(out)


# :role:`target`, :role:`~pkg.mod.Name`, :role:`title <target>`
_ROLE = re.compile(r":[a-z]+:`(?:(?P<title>[^`<]*?)\s*<[^`>]*>|~?(?P<target>[^`]*))`")


def _role(m: re.Match[str]) -> str:
    if m["title"] is not None:
        return f"`{m['title']}`"
    target = m["target"]
    return f"`{target.rsplit('.', 1)[-1]}`" if m[0].count("~") else f"`{target}`"


def plain_roles(text: str) -> str:
    """``text`` with each Sphinx role written as code."""
    return _ROLE.sub(_role, text)


class DoctestFences(griffe.Extension):
    """Fence the doctest blocks of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = plain_roles(fence_doctests(obj.docstring.value))
