"""The library's one exception type."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(ValueError):
    """A single-value parser was given a string that is not exactly one value.

    It is a :class:`ValueError`, so callers that already catch those keep
    working. The offending input is in the message and in :attr:`input`.
    """

    def __init__(self, message: str, input: str) -> None:
        super().__init__(f"{message}: {input!r}")
        self.input = input
