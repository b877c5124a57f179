"""The vocabulary written as patterns: a tree of letters matches its phrases, and no more."""

from __future__ import annotations

import doctest

import regex
from hypothesis import given
from hypothesis import strategies as st

import mineralnews._patterns
from mineralnews._patterns import letter_tree

# Words of a few letters and marks; a phrase's words are written with single
# spaces, as the vocabulary tables write them.
_WORDS = st.text(alphabet="abAB.-", min_size=1, max_size=4)
_PHRASES = st.lists(st.lists(_WORDS, min_size=1, max_size=2).map(" ".join), min_size=1, max_size=8)


def test_examples_in_docstrings() -> None:
    assert doctest.testmod(mineralnews._patterns, raise_on_error=True).attempted > 0


@given(
    phrases=_PHRASES,
    probe=st.lists(_WORDS, min_size=1, max_size=2),
    spaces=st.sampled_from([" ", "  ", "\u00a0", "\n "]),
    reverse=st.booleans(),
)
def test_a_tree_matches_exactly_its_phrases(
    phrases: list[str], probe: list[str], spaces: str, reverse: bool
) -> None:
    tree = regex.compile(letter_tree(phrases, reverse=reverse))
    # A space in a phrase matches any run of spaces.
    assert (tree.fullmatch(spaces.join(probe)) is not None) == (" ".join(probe) in phrases)


@given(phrases=_PHRASES)
def test_the_longest_phrase_wins(phrases: list[str]) -> None:
    # Read forwards, the tree takes the longest phrase a text begins with.
    text = max(phrases, key=len) + "~"
    want = max((p for p in phrases if text.startswith(p)), key=len)
    got = regex.match(letter_tree(phrases), text)
    assert got is not None
    assert got.group() == want


@given(phrases=_PHRASES, probe=st.text(alphabet="abAB", max_size=6))
def test_fold_matches_in_any_case(phrases: list[str], probe: str) -> None:
    tree = regex.compile(letter_tree(phrases, fold=True), regex.IGNORECASE)
    folded = {p.casefold() for p in phrases}
    assert (tree.fullmatch(probe) is not None) == (probe.casefold() in folded)
