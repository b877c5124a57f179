"""Stock exchanges as written in news, and their ISO 10383 market identifiers.

To teach mineralnews a venue, add its spellings under its MIC below. A
spelling is matched as written and in upper case (``Nasdaq`` also finds
``NASDAQ``). Spellings in :data:`NEEDS_PARENTHESES` are ordinary words or
very short codes (``TO``, ``SET``, ``BIT``): they count as an exchange only
inside a parenthesised listing such as ``(TO:BPY_u)``, never in running text.
"""

from __future__ import annotations

__all__ = ["EXCHANGES", "MIC_BY_SPELLING", "NEEDS_PARENTHESES", "NUMERIC_SYMBOL_MICS", "mic_for"]

#: MIC -> the ways news writes that venue.
EXCHANGES: dict[str, tuple[str, ...]] = {
    # United States
    "XNYS": ("NYSE", "New York Stock Exchange", "N.Y.S.E."),
    "XNAS": (
        "Nasdaq",
        "NasdaqGS",
        "NasdaqGM",
        "NasdaqCM",
        "Nasdaq GS",
        "Nasdaq GM",
        "Nasdaq CM",
        "Nasdaq Global Select",
        "Nasdaq Global Select Market",
        "Nasdaq Global Market",
        "Nasdaq Capital Market",
        "Nasdaq Stock Market",
        "NMS",
    ),
    "XASE": (
        "NYSE American",
        "NYSEAMERICAN",
        "NYSE MKT",
        "NYSEMKT",
        "NYSE-MKT",
        "AMEX",
        "NYSE Amex",
        "NYSEAMEX",
        "American Stock Exchange",
        "NYSE American LLC",
    ),
    "ARCX": ("NYSE Arca", "NYSEARCA", "NYSE ARCA"),
    "BATS": ("BATS", "Cboe BZX", "Cboe", "CBOE", "BZX"),
    "OTCM": (
        "OTC",
        "OTCQB",
        "OTCQX",
        "OTC Pink",
        "OTCPINK",
        "OTCMKTS",
        "OTC Markets",
        "OTCBB",
        "OTC BB",
        "Pink Sheets",
        "OTC Pink Sheets",
        "OTCQB Venture Market",
        "OTCQX Best Market",
        "OTC US",
        "OTCPK",
        "PNK",
    ),
    # Canada
    "XTSE": ("TSX", "Toronto Stock Exchange", "TSE", "TOR", "TO"),
    "XTSX": (
        "TSXV",
        "TSX-V",
        "TSX.V",
        "TSX V",
        "TSX Venture",
        "TSX Venture Exchange",
        "TSX-Venture",
        "CVE",
        "V",
    ),
    "XCNQ": ("CSE", "CNSX", "CNQ", "Canadian Securities Exchange"),
    "NEOE": ("NEO", "NEO Exchange", "Cboe Canada", "CBOE Canada", "Cboe CA", "NEOE"),
    # Australia, New Zealand
    "XASX": ("ASX", "Australian Securities Exchange"),
    "XNZE": ("NZX", "NZE"),
    # United Kingdom, Ireland
    "XLON": ("LSE", "LON", "AIM", "London Stock Exchange", "LSE AIM"),
    "XDUB": ("Euronext Dublin", "ISE"),
    # Europe
    "XFRA": ("FSE", "FRA", "Frankfurt", "Frankfurt Stock Exchange", "FWB", "Börse Frankfurt"),
    "XETR": ("XETRA", "Xetra", "ETR"),
    "XBER": ("Berlin", "BER"),
    "XSTU": ("Stuttgart", "STU"),
    "XMUN": ("Munich", "MUN"),
    "XDUS": ("Düsseldorf", "DUS"),
    "XPAR": ("Euronext Paris", "EPA", "Euronext"),
    "XAMS": ("Euronext Amsterdam", "AMS"),
    "XBRU": ("Euronext Brussels", "EBR"),
    "XLIS": ("Euronext Lisbon", "ELI"),
    "XOSL": ("Oslo Børs", "Oslo Bors", "OSE", "OSL", "Euronext Oslo"),
    "XSWX": ("SIX", "SWX", "SIX Swiss Exchange"),
    "XMIL": ("Borsa Italiana", "BIT", "MIL"),
    "XMAD": ("BME", "BMAD"),
    "XSTO": ("Nasdaq Stockholm", "STO"),
    "XCSE": ("Nasdaq Copenhagen", "CPH"),
    "XHEL": ("Nasdaq Helsinki", "HEL"),
    "XWAR": ("WSE", "GPW"),
    "XWBO": ("Wiener Börse", "VIE"),
    # Asia, Middle East, Africa
    "XHKG": ("HKEX", "HKEx", "HKG", "SEHK", "HKSE", "Hong Kong Stock Exchange"),
    "XSHG": ("SSE", "SHA", "Shanghai Stock Exchange"),
    "XSHE": ("SZSE", "SHE", "Shenzhen Stock Exchange"),
    "XTKS": ("TYO", "TSE Tokyo", "Tokyo Stock Exchange", "JPX"),
    "XKRX": ("KRX", "KOSPI"),
    "XKOS": ("KOSDAQ",),
    "XTAI": ("TWSE", "TPE"),
    "XSES": ("SGX",),
    "XNSE": ("NSE",),
    "XBOM": ("BSE",),
    "XIDX": ("IDX",),
    "XBKK": ("SET",),
    "XKLS": ("Bursa Malaysia", "KLSE", "MYX"),
    "XTAE": ("TASE",),
    "XSAU": ("Tadawul",),
    "XJSE": ("JSE", "Johannesburg Stock Exchange"),
    # Latin America
    "XMEX": ("BMV",),
    "BVMF": ("B3", "BOVESPA", "BM&FBOVESPA"),
    "XBUE": ("BCBA", "BYMA"),
    "XSGO": ("BCS",),
    "XLIM": ("BVL",),
    "XBOG": ("BVC",),
    # Asia again: the Philippines, written only inside a listing.
    "XPHS": ("PSE",),
}

#: Spellings that name another venue when the symbol is all digits: Tokyo's
#: codes are numbers ("TSE: 7203"), Toronto's letters ("TSE: ABX").
NUMERIC_SYMBOL_MICS: dict[str, str] = {"TSE": "XTKS"}

#: Spellings that are ordinary words or one- and two-letter codes: exchanges
#: only inside a parenthesised listing.
NEEDS_PARENTHESES: frozenset[str] = frozenset(
    {
        "TO",
        "V",
        "SET",
        "BIT",
        "SHE",
        "ISE",
        "AMS",
        "HEL",
        "STO",
        "MIL",
        "BER",
        "MUN",
        "STU",
        "DUS",
        "VIE",
        "ELI",
        "EBR",
        "CPH",
        "TOR",
        "OSE",
        "OSL",
        "SHA",
        "TPE",
        "BCS",
        "BVL",
        "BVC",
        "PSE",
        "IDX",
        "NMS",
        "PNK",
        "CVE",
        "CNQ",
        "SIX",
        "Euronext",
        "Berlin",
        "Munich",
        "Stuttgart",
        "Frankfurt",
        "Düsseldorf",
        "Cboe",
        "CBOE",
    }
)


def _squeeze(spelling: str) -> str:
    return "".join(ch for ch in spelling.upper() if ch.isalnum())


#: Every spelling, squeezed to upper-case letters and digits, -> MIC.
MIC_BY_SPELLING: dict[str, str] = {}
for _mic, _spellings in EXCHANGES.items():
    for _spelling in (_mic, *_spellings):
        _key = _squeeze(_spelling)
        if MIC_BY_SPELLING.get(_key, _mic) != _mic:
            raise AssertionError(f"{_spelling!r} is listed under two MICs")
        MIC_BY_SPELLING[_key] = _mic


# The MIC of each exchange as written, once looked up: news writes few
# venues, each many times. Emptied when full, so it stays small.
_MIC_SEEN: dict[str, str | None] = {}
_MIC_SEEN_MAX = 4096


def mic_for(exchange: str) -> str | None:
    """The MIC of an exchange as written (``"TSX-V"`` -> ``"XTSX"``), or None."""
    try:
        return _MIC_SEEN[exchange]
    except KeyError:
        pass
    if len(_MIC_SEEN) >= _MIC_SEEN_MAX:
        _MIC_SEEN.clear()
    mic = _MIC_SEEN[exchange] = MIC_BY_SPELLING.get(_squeeze(exchange))
    return mic
