"""Exchange-qualified listings: ``(NYSE: MP)``, ``(TSXV: ABC; OTCQB: ABCDF)``.

Contract: :func:`find_tickers` takes any ``str`` and returns the listings it
holds, or nothing; it never raises on text and runs in time linear in its
length. A listing is an exchange from :mod:`mineralnews.vocabulary.exchanges`,
a colon and one or more symbols. Several exchanges may share the symbols
(``(NYSE, LSE, ASX: BHP)``) and several symbols one exchange
(``(NYSE: EVEX, EVEXW)``); each exchange-symbol pair is one :class:`Ticker`.

Not listings: times (``10:30``), labels (``Note: A``, ``FILE PHOTO: A``),
ratios, and anything inside a URL or an e-mail address.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mineralnews._text import ensure_text, link_spans
from mineralnews.model import Ticker, _builder
from mineralnews.vocabulary.exchanges import (
    EXCHANGES,
    NEEDS_PARENTHESES,
    NUMERIC_SYMBOL_MICS,
    mic_for,
)
from mineralnews.vocabulary.names import (
    CONNECTORS,
    CORPORATE_SUFFIXES,
    NAME_ABBREVIATIONS,
    NOT_NAME_STARTS,
    PLACES,
    ROLES,
)

__all__ = ["find_tickers"]

# -- grammar -------------------------------------------------------------------


def _spelling_pattern(spelling: str) -> str:
    # Spaces may be any space (a non-breaking one too) and hyphens any hyphen.
    out = []
    for ch in spelling:
        if ch == " ":
            out.append(r"\s")
        elif ch == "-":
            out.append(r"[-‐‑]")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


def _exchange_alternation() -> str:
    spellings: set[str] = set()
    for names in EXCHANGES.values():
        for name in names:
            spellings.update({name, name.upper()})
    # Longest first, so "NYSE American" is preferred to "NYSE".
    ordered = sorted(spellings, key=lambda s: (-len(s), s))
    return "|".join(_spelling_pattern(s) for s in ordered)


# An exchange: one of the table's spellings, standing as a word of its own.
# A slash before it ("S&P/TSX") makes it part of another name, unless the
# exchange before the slash starts the listing (see _EXCHANGE_LINKED).
_EXCHANGE_WORD = rf"(?:{_exchange_alternation()})(?![\w&-])"
EXCHANGE = rf"(?<![\w@/&.-]){_EXCHANGE_WORD}"

# Between exchanges that share a symbol: "NYSE, LSE, ASX: BHP", "TSX/NYSE: X".
EXCHANGE_SEPARATOR = r"\s*+(?:[,/&]|\band\b)\s*+"

# The colon of a listing; a full-width one is seen in Asian sources.
COLON = r"\s?+[:：]\s*+"

# A symbol: upper-case letters and digits with an optional class or market
# suffix ("BRK.A", "VALE.P", "BPY_u"); all digits only for the four- to
# six-digit codes of Asian markets ("0700", "600519"). A cashtag "$" is
# allowed before it and not kept.
SYMBOL = r"""
    \$?+
    (?:
        (?=[0-9]{0,6}+[A-Z])[A-Z0-9]{1,8}+    # at least one letter
      | [0-9]{4,6}+
    )
    (?:[._-][A-Za-z0-9]{1,4}+(?![A-Za-z0-9]))?  # ".A", ".P", "_u": taken or left whole
    (?![A-Za-z0-9]|[:：,.]\d)                      # a word, a time, a figure go on
"""

# The exchanges of a listing, the longest spelling taken at each: what
# follows a chain of exchanges depends on where it ends alone.
CHAIN = rf"(?>(?P<ex>{EXCHANGE}))(?:{EXCHANGE_SEPARATOR}(?P<ex>{_EXCHANGE_WORD}))*+"

# The colon and the symbols after the chain.
SYMBOLS = rf"""
    {COLON}
    (?P<sym>{SYMBOL})(?:\s*+,\s*+(?!{EXCHANGE}{COLON})(?P<sym>{SYMBOL})(?!{COLON}))*+
"""

_FLAGS = regex.VERBOSE | regex.VERSION1
LISTING = regex.compile(CHAIN + SYMBOLS, _FLAGS)

# -- scanning --------------------------------------------------------------------
#
# LISTING tried at every position would read "ASX, ASX, ASX, ..." again from
# each exchange of a chain that ends without a colon: quadratic time. The
# scan below tries it where a listing can start only, and first follows the
# chain link by link, remembering where the chain from each exchange ends, so
# that no link is read twice and LISTING is run only where it will match.


def _exchange_spellings() -> set[str]:
    return {s for names in EXCHANGES.values() for name in names for s in (name, name.upper())}


def _first_two_characters(spellings: set[str]) -> str:
    # "A[IMSU]|B[3ACE]|...|V": a spelling's first character, then its second
    # unless a spelling is that one character or a space follows it.
    seconds: dict[str, set[str]] = {}
    alone: set[str] = set()
    for s in spellings:
        if len(s) == 1 or s[1].isspace():
            alone.add(s[0])
        else:
            seconds.setdefault(s[0], set()).add(s[1])
    return "|".join(
        regex.escape(first)
        + ("" if first in alone else f"[{''.join(map(regex.escape, sorted(seconds[first])))}]")
        for first in sorted(alone | seconds.keys())
    )


# Where an exchange can start: the first two characters of a spelling,
# standing as a word of its own as in EXCHANGE. Few capitals of prose pass,
# and the long alternation of EXCHANGE is tried at those only.
_SPELLINGS = _exchange_spellings()
_EXCHANGE_START = regex.compile(
    rf"(?<![\w@/&.-])(?:{_first_two_characters(_SPELLINGS)})", regex.VERSION1
)
_EXCHANGE_AT = regex.compile(EXCHANGE, _FLAGS)
# An exchange after a separator of a chain: "ASX/TSX: AGX".
_EXCHANGE_LINKED = regex.compile(_EXCHANGE_WORD, _FLAGS)
_LINK = regex.compile(EXCHANGE_SEPARATOR, _FLAGS)
_SYMBOLS_AT = regex.compile(SYMBOLS, _FLAGS)
_SYM = _SYMBOLS_AT.groupindex["sym"]


def _chain_end(text: str, first: regex.Match[str], ends: dict[int, int]) -> int:
    """Where the chain of exchanges that starts with ``first`` ends."""
    path = []
    link = first
    while link.start() not in ends:
        path.append(link.start())
        sep = _LINK.match(text, link.end())
        nxt = _EXCHANGE_LINKED.match(text, sep.end()) if sep is not None else None
        if nxt is None:
            ends[link.start()] = link.end()
            break
        link = nxt
    end = ends[link.start()]
    for start in path:
        ends[start] = end
    return end


# Every listing has a colon just after its chain of exchanges (one space
# between at most), and colons are rare in prose: they are found with
# str.find, many times faster than any pattern scan. From each colon a walk
# back over the words exchange spellings are made of finds where a chain
# ending there can start, and only that stretch is scanned for
# _EXCHANGE_START. Every start of a listing lies in such a stretch, so the
# listings found are those a scan of the whole text finds.


def _chain_words() -> frozenset[str]:
    words = {"and", "&"}  # the separators that are words
    for spelling in _SPELLINGS:
        for word in spelling.split(" "):
            # A hyphen of a spelling may be any hyphen.
            variants = [""]
            for ch in word:
                options = "-‐‑" if ch == "-" else ch
                variants = [v + o for v in variants for o in options]
            words.update(variants)
    return frozenset(words)


# The words of the chains of exchanges, split at spaces, commas and slashes.
_CHAIN_WORDS = _chain_words()
# Backwards from a position: the spaces and separators before it, and the
# word before those.
_GAP_BEFORE = regex.compile(r"[\s,/]*+", regex.REVERSE)
_WORD_BEFORE = regex.compile(r"[^\s,/]++", regex.REVERSE)


def _colons(text: str) -> Iterator[int]:
    """The positions of the colons of ``text``, ASCII and full-width, in order."""
    wide = text.find("：")
    if wide < 0:
        at = text.find(":")
        while at >= 0:
            yield at
            at = text.find(":", at + 1)
        return
    for m in regex.finditer("[:：]", text):
        yield m.start()


def _chain_floor(text: str, colon: int, lo: int) -> int:
    """A position, not before ``lo``, at or before the start of every chain
    of exchanges that ends just before ``colon``."""
    # Words set off by single spaces, the usual case, are found with
    # str.rfind; a word printable and without "," or "/" holds no separator
    # (every \s but the space is unprintable).
    p = colon
    while True:
        space = text.rfind(" ", lo, p)
        start = space + 1 if space >= 0 else lo
        word = text[start:p]
        if not word or not word.isprintable() or "," in word or "/" in word:
            break
        if word not in _CHAIN_WORDS or start == lo:
            return start  # "(NYSE" or "the": a chain may start inside it, not before
        before = text[start - 2] if start - 1 > lo else " "
        if before in " ,/" or not before.isprintable():
            p = start - 1  # a longer gap, or the window's start: read below
            break
        p = start - 1
    # The general case, by patterns.
    while p > lo:
        p = _GAP_BEFORE.match(text, lo, p).start()  # type: ignore[union-attr]
        token = _WORD_BEFORE.match(text, lo, p)
        if token is None:
            break
        p = token.start()
        if token.group() not in _CHAIN_WORDS:
            break  # "(NYSE" or "the": a chain may start inside it, not before
    return p


# The chains of exchanges that can end at a colon: each is the start of its
# first exchange, where that exchange ends and where the chain ends.
_Chain = tuple[int, int, int]


def _chains_to(text: str, lo: int, colon: int) -> list[_Chain]:
    """The chains, in order, that start in ``[lo, colon)`` and end at the
    colon or one character before it: only there can a colon follow.

    No colon lies in ``[lo, colon)``, and no chain crosses one, so the
    chains depend on ``text[lo - 1 : colon]`` alone (one character of
    lookbehind): those of the few stretches news repeats, "(NYSE",
    "(TSX", "New York Stock Exchange", are remembered.
    """
    key = text[lo - 1 : colon] if lo > 0 and colon - lo < _KEEP_CHAINS_UP_TO else None
    if key is not None:
        known = _CHAINS.get(key)
        if known is not None:
            base = lo - 1
            if len(known) == 1:  # "(NYSE": one chain, the usual case
                (a, b, c) = known[0]
                return [(a + base, b + base, c + base)]
            return [(a + base, b + base, c + base) for a, b, c in known]
    ends: dict[int, int] = {}
    chains = []
    for candidate in _EXCHANGE_START.finditer(text, lo, colon):
        start = candidate.start()
        first = _EXCHANGE_AT.match(text, start)
        if first is not None:
            end = _chain_end(text, first, ends)
            if end >= colon - 1:
                chains.append((start, first.end(), end))
    if key is not None:
        if len(_CHAINS) >= _CHAINS_MAX:
            _CHAINS.clear()
        base = lo - 1
        _CHAINS[key] = tuple((a - base, b - base, c - base) for a, b, c in chains)
    return chains


_KEEP_CHAINS_UP_TO = 48
_CHAINS: dict[str, tuple[_Chain, ...]] = {}
_CHAINS_MAX = 4096

# A listing found: its span, its exchanges with where each starts and its
# symbols as written with where each ends.
_Found = tuple[int, int, list[tuple[str, int]], list[tuple[str, int]]]


def _found(text: str, start: int, first_end: int, end: int, symbols: regex.Match[str]) -> _Found:
    """The listing of the chain from ``start`` to ``end`` and its symbols."""
    sym_spans = symbols.spans(_SYM)
    if first_end == end and len(sym_spans) == 1:  # "NYSE: MP", the usual case
        (a, b) = sym_spans[0]
        return start, symbols.end(), [(text[start:end], start)], [(text[a:b], b)]
    links = [(start, first_end)]
    while first_end < end:
        sep = _LINK.match(text, first_end)
        link = _EXCHANGE_LINKED.match(text, sep.end())  # type: ignore[union-attr]
        first_end = link.end()  # type: ignore[union-attr]
        links.append((link.start(), first_end))  # type: ignore[union-attr]
    return (
        start,
        symbols.end(),
        [(text[a:b], a) for a, b in links],
        [(text[a:b], b) for a, b in sym_spans],
    )


# Past one colon in so many characters (times, URLs, lists of labels), a
# scan of the whole text for exchanges costs less than a walk from each.
_COLONS_SPARSE = 64
# Short texts cost little either way.
_SHORT = 1024


def _scan(text: str) -> Iterator[_Found]:
    """The listings that ``LISTING.finditer(text)`` finds, as read by the scan.

    LISTING's chain is possessive: it is the chain that _chain_end follows,
    and LISTING matches where SYMBOLS matches at its end, with the links of
    the chain as its exchanges and the symbols SYMBOLS reads as its symbols.
    """
    if len(text) > _SHORT and (text.count(":") + text.count("：")) * _COLONS_SPARSE > len(text):
        yield from _scan_everywhere(text)
        return
    pos = 0  # where the last listing ended
    scanned = 0  # where the last stretch scanned ended
    for colon in _colons(text):
        if colon < pos:
            continue
        lo = _chain_floor(text, colon, max(pos, scanned))
        scanned = colon
        failed = set()  # chain ends where no symbols follow
        for start, first_end, end in _chains_to(text, lo, colon):
            if end in failed:
                continue  # another link of a chain already tried
            symbols = _SYMBOLS_AT.match(text, end)
            if symbols is None:
                failed.add(end)
                continue
            found = _found(text, start, first_end, end, symbols)
            pos = found[1]
            yield found
            break  # the listing runs past this colon


def _scan_everywhere(text: str) -> Iterator[_Found]:
    """What _scan finds, from every place an exchange can start."""
    ends: dict[int, int] = {}
    pos = 0
    for candidate in _EXCHANGE_START.finditer(text):
        start = candidate.start()
        if start < pos:
            continue
        first = _EXCHANGE_AT.match(text, start)
        if first is None:
            continue
        end = _chain_end(text, first, ends)
        symbols = _SYMBOLS_AT.match(text, end)
        if symbols is not None:
            found = _found(text, start, first.end(), end, symbols)
            pos = found[1]
            yield found


class _Listing:
    """A listing of the scan, answering as its match of LISTING would."""

    __slots__ = ("_found",)

    def __init__(self, found: _Found) -> None:
        self._found = found

    def span(self) -> tuple[int, int]:
        return self._found[0], self._found[1]

    def captures(self, name: str) -> list[str]:
        pairs = {"ex": self._found[2], "sym": self._found[3]}[name]
        return [written for written, _ in pairs]


def _listings(text: str) -> Iterator[_Listing]:
    """The matches of LISTING that ``LISTING.finditer(text)`` finds."""
    return map(_Listing, _scan(text))


# -- company names ---------------------------------------------------------------

# How far back from a listing the issuer's name may start.
_NAME_WINDOW = 160
# A slash joins the names of an index: "S&P/TSX Composite", "S&P/ASX 200".
_NAME_TOKEN = regex.compile(r"[\p{Lu}\d][\p{L}\p{N}&'’.\-]*+(?:/\p{L}[\p{L}\p{N}&'’.\-]*+)*+")
_QUOTES = "\"'“”‘’«»"
_MAX_NAME_TOKENS = 8


def _is_name_token(tok: str) -> bool:
    if tok.rstrip(".") in CORPORATE_SUFFIXES:  # "plc" is lower case
        return True
    if not _NAME_TOKEN.fullmatch(tok):
        return False
    if tok.endswith("."):
        # A full stop ends a sentence unless the word is an abbreviation
        # ("Corp.", "Inc.") or built of initials ("U.S.", "N.V.").
        bare = tok.rstrip(".")
        return tok in NAME_ABBREVIATIONS or "." in bare or len(bare) == 1
    return True


def _is_possessive_place(tok: str) -> bool:
    for mark in ("'s", "’s"):
        if tok.endswith(mark):
            return tok[: -len(mark)] in PLACES
    return False


# Whether a word may be part of a name, once worked out: names repeat.
# Emptied when full, so it stays small.
_NAME_WORDS: dict[str, bool] = {}
_NAME_WORDS_MAX = 8192


def _is_name_word(word: str) -> bool:
    try:
        return _NAME_WORDS[word]
    except KeyError:
        pass
    if len(_NAME_WORDS) >= _NAME_WORDS_MAX:
        _NAME_WORDS.clear()
    ok = _NAME_WORDS[word] = _is_name_token(word) and not _is_possessive_place(word)
    return ok


_TOKEN_BEFORE = regex.compile(r"\S++", regex.REVERSE)
# Most names are a few words: so many are split off the window at first.
_FIRST_WORDS = 6


def _words_before(text: str, lo: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The runs of \\S in ``text[lo:end]``, last first: start, end and text."""
    # str.split also splits at the separators U+001C to U+001F; \s does not.
    window = text[lo:end]
    rest = True
    if not ("\x1c" in window or "\x1d" in window or "\x1e" in window or "\x1f" in window):
        # str.rsplit is many times faster than a pattern; each word is found
        # again with str.rfind, as only spaces follow it up to ``end``.
        words = window.rsplit(None, _FIRST_WORDS)
        rest = len(words) > _FIRST_WORDS
        for word in reversed(words[1:] if rest else words):
            start = text.rfind(word, lo, end)
            yield start, start + len(word), word
            end = start
    if rest:
        for m in _TOKEN_BEFORE.finditer(text, lo, end):
            yield m.start(), m.end(), m.group()


def _company_before(text: str, end: int) -> str | None:
    """The issuer's name that ends at ``end`` (spaces allowed), as written."""
    lo = max(0, end - _NAME_WINDOW)
    # The words taken, the last word first.
    backwards: list[tuple[int, int, str]] = []
    # A line break between a word and the name after it ends the name.
    newline = text.rfind("\n", lo, end)
    cut = lo if lo > 0 else -1
    for start, stop, token in _words_before(text, lo, end):
        if start == cut:
            break  # cut off by the window
        word = token.strip(_QUOTES)
        if not word:
            break
        if newline >= stop and backwards:
            break
        if word[-1] == ",":
            # "Nasdaq, Inc.": a comma only before a corporate suffix.
            if backwards and backwards[-1][2].rstrip(".,") in CORPORATE_SUFFIXES:
                word = word[:-1]
                if _is_name_word(word):
                    backwards.append((start, stop - 1, word))
                    continue
            break
        if word in CONNECTORS and backwards:
            backwards.append((start, stop, word))
            continue
        ok = _NAME_WORDS.get(word)
        if not (_is_name_word(word) if ok is None else ok):
            break
        backwards.append((start, stop, word))
        if len(backwards) >= _MAX_NAME_TOKENS:
            break
        if newline >= start:
            newline = text.rfind("\n", lo, start)
    # "Board of Directors of Nasdaq, Inc.": a role and its "of" are not the
    # name (the last such "of" counts, the first one read here).
    for i in range(len(backwards) - 1):
        if backwards[i][2] == "of" and backwards[i + 1][2] in ROLES:
            del backwards[i:]
            break
    # A name neither starts with a connector nor with a sentence's first word.
    while backwards and (backwards[-1][2] in CONNECTORS or backwards[-1][2] in NOT_NAME_STARTS):
        backwards.pop()
    if not backwards:
        return None
    head = backwards[-1][2]
    first = backwards[-1][0] + (len(head) - len(head.lstrip(_QUOTES)))
    last = backwards[0][1]
    name = text[first:last].rstrip(_QUOTES + ",")
    # "Rio Tinto Ltd's (ASX: RIO) shares": the issuer is named without the mark.
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name or None


# What may stand between two listings of one issuer: "(CSE: MRM) (OTCQB: X)",
# "(TSXV: ABC; OTCQB: ABCDF)", "(AIM:SRB, TSX:SBI)", "(ASX: BFE | OTCQX: BFEEF)".
_SAME_GROUP = regex.compile(r"[\s()\[\];,|]*+(?:and\s++)?+")


# The opening brackets and spaces (str.isspace: \s and the separators
# U+001C to U+001F) just before a listing, read backwards, at most eight.
_BEFORE_LISTING = regex.compile(r"[(\[\s\x1c-\x1f]{0,8}+", regex.REVERSE)


def _name_end(text: str, start: int) -> int:
    """Where the issuer's name before a listing at ``start`` may end."""
    if start >= 3 and text[start - 2 : start] == " (":  # "Atlas Gold (TSX", the usual case
        before = text[start - 3]
        if before not in "([" and not before.isspace():
            return _before_alias(text, start - 2)
    end = _BEFORE_LISTING.match(text, max(0, start - 8), start).start()  # type: ignore[union-attr]
    return _before_alias(text, end)


# How far back the short names a release gives an issuer may reach.
_ALIAS_REACH = 100


def _before_alias(text: str, end: int) -> int:
    """Before the short names a release defines for its issuer, if ``end``
    follows them: 'Atlas Gold Corp. ("Atlas" or the "Company") (TSXV: AGX)'."""
    if text[end - 1 : end] != ")":
        return end
    opened = text.rfind("(", max(0, end - _ALIAS_REACH), end - 1)
    if opened < 0 or ")" in text[opened : end - 1]:
        return end
    if text[opened + 1 : end - 1].lstrip()[:1] not in _QUOTES:
        return end
    # Back over the spaces before the parenthesis, without copying the text
    # before it: a copy per listing would make the scan quadratic.
    while opened > 0 and text[opened - 1].isspace():
        opened -= 1
    return opened


def _needs_parentheses(exchange: str) -> bool:
    try:
        return _NEEDS_PARENTHESES[exchange]
    except KeyError:
        needs = " ".join(exchange.split()) in NEEDS_PARENTHESES
        if len(_NEEDS_PARENTHESES) < 4096:
            _NEEDS_PARENTHESES[exchange] = needs
        return needs


# Whether each exchange as written needs parentheses, once worked out.
_NEEDS_PARENTHESES: dict[str, bool] = {}


def _inside_parentheses(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 80)
    opened = text.rfind("(", lo, start)
    if opened < 0 or text.rfind(")", lo, start) > opened:
        return False
    rest = text[end : end + 2].lstrip()
    return rest[:1] in (")", ";", ",", "")


_new_ticker = _builder(Ticker)


def find_tickers(text: str) -> tuple[Ticker, ...]:
    """Every exchange-qualified listing in ``text``, in order of appearance.

    >>> [(t.exchange, t.mic, t.symbol, t.company)
    ...  for t in find_tickers("Energy Fuels (NYSE American: UUUU) rose.")]
    [('NYSE American', 'XASE', 'UUUU', 'Energy Fuels')]
    """
    text = ensure_text(text)
    if ":" not in text and "：" not in text:
        return ()
    links = link_spans(text)
    found: list[Ticker] = []
    prev_end = -1
    prev_company: str | None = None
    overlaps = links.overlaps if links else None
    for start, end, exchanges, symbols in _scan(text):
        if overlaps is not None and overlaps(start, end):
            continue
        needs = (
            _needs_parentheses(exchanges[0][0])
            if len(exchanges) == 1
            else any(_needs_parentheses(ex) for ex, _ in exchanges)
        )
        if needs and not _inside_parentheses(text, start, end):
            continue
        if prev_end >= 0 and _SAME_GROUP.fullmatch(text, prev_end, start):
            company = prev_company
        else:
            company = _company_before(text, _name_end(text, start))
        for ex, ex_start in exchanges:
            mic = mic_for(ex)
            for sym, sym_end in symbols:
                found.append(
                    _new_ticker(
                        exchange=ex,
                        mic=NUMERIC_SYMBOL_MICS.get(ex, mic) if sym.isdigit() else mic,
                        symbol=sym.lstrip("$").upper(),
                        company=company,
                        text=text[ex_start:sym_end],
                        start=ex_start,
                        end=sym_end,
                    )
                )
        prev_end, prev_company = end, company
    return tuple(found)
