"""Words that scale a figure or stand for one: ``million``, ``bn``, ``K``, ``five``.

To teach mineralnews a magnitude, add its spelling and its power of ten to
:data:`MAGNITUDE_WORDS` (spelled words, matched in any case, spaced or
attached: ``$10 billion``, ``$10billion``, ``$49-billion``) or to
:data:`MAGNITUDE_LETTERS` (one- or two-letter suffixes, matched as written and
only when attached: ``$2.5B``, ``C$50M``, ``$5mm``): a lone ``m`` after a space
is more often metres than millions.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["COUNT_WORDS", "MAGNITUDES", "MAGNITUDE_LETTERS", "MAGNITUDE_WORDS"]

#: Spelled magnitudes (lower case) -> power of ten.
MAGNITUDE_WORDS: dict[str, int] = {
    "thousand": 3,
    "million": 6,
    "mln": 6,
    "mn": 6,
    "mil": 6,
    "billion": 9,
    "bln": 9,
    "bn": 9,
    "trillion": 12,
    "trn": 12,
    "tn": 12,
    # South Asian grouping: "Rs 500 crore" is five billion rupees.
    "lakh": 5,
    "lakhs": 5,
    "crore": 7,
    "crores": 7,
    "lakh crore": 12,
}

#: Attached letter suffixes, case as written -> power of ten.
MAGNITUDE_LETTERS: dict[str, int] = {
    "k": 3,
    "K": 3,
    "m": 6,
    "M": 6,
    "mm": 6,
    "MM": 6,
    "b": 9,
    "B": 9,
    "Bn": 9,
    "BN": 9,
    "T": 12,
}

#: Every magnitude, keyed by its lower-case spelling.
MAGNITUDES: dict[str, int] = {
    **{k.lower(): v for k, v in MAGNITUDE_LETTERS.items()},
    **MAGNITUDE_WORDS,
}

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

#: Spelled-out counts read only before a magnitude ("five million dollars"),
#: lower case -> value. Compounds such as "twenty-five" are built from these.
COUNT_WORDS: dict[str, Decimal] = {
    "a": Decimal(1),
    "half a": Decimal("0.5"),
    **{w: Decimal(i) for i, w in enumerate(_UNITS, 1)},
    **{w: Decimal(i) for i, w in enumerate(_TEENS, 10)},
    **{w: Decimal(i * 10) for i, w in enumerate(_TENS, 2)},
}
