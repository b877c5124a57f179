"""find_money and parse_money: forms by where they are written, then properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralnews import Money, ParseError, find_money, parse_article, parse_money
from mineralnews.money import stated_dollar

from strategies import money_mentions, prose

Row = tuple[str, str, str | None, str]  # (amount, currency, per, text)

# (text, [(amount, currency, per, text), ...])
US_NEWS_WIRES = [
    ("a $12 billion buyback", [("12000000000", "USD", None, "$12 billion")]),
    ("it paid $2.5B in cash", [("2500000000", "USD", None, "$2.5B")]),
    ("a $10bn writedown", [("10000000000", "USD", None, "$10bn")]),
    ("revenue of $7.25 million", [("7250000", "USD", None, "$7.25 million")]),
    ("the stock closed at $18.40", [("18.40", "USD", None, "$18.40")]),
    ("a dividend of $0.15 per share", [("0.15", "USD", "share", "$0.15")]),
    ("EPS of $1.07 per diluted share", [("1.07", "USD", "share", "$1.07")]),
    ("Dividend of $0.35 Per Share", [("0.35", "USD", "share", "$0.35")]),
    ("gold at $1,920/oz", [("1920", "USD", "ounce", "$1,920")]),
    ("copper at $4.10 a pound", [("4.10", "USD", "pound", "$4.10")]),
    ("ore at $7,000 a tonne", [("7000", "USD", "tonne", "$7,000")]),
    ("oil at $81 a barrel", [("81", "USD", "barrel", "$81")]),
    ("a 1.5 billion dollars deal", [("1500000000", "USD", None, "1.5 billion dollars")]),
    ("one billion dollars of debt", [("1000000000", "USD", None, "one billion dollars")]),
    ("twenty-five million dollars", [("25000000", "USD", None, "twenty-five million dollars")]),
    ("90 cents a pound", [("0.90", "USD", "pound", "90 cents")]),
    ("a net loss of $(3.2) million", [("-3200000", "USD", None, "$(3.2) million")]),
    ("a change of -$4 million", [("-4000000", "USD", None, "-$4 million")]),
    ("proceeds of $12,500,300", [("12500300", "USD", None, "$12,500,300")]),
    ("a $5mm note", [("5000000", "USD", None, "$5mm")]),
    ("a $75k grant", [("75000", "USD", None, "$75k")]),
    ("a $1.2 trillion plan", [("1200000000000", "USD", None, "$1.2 trillion")]),
    ("USD34.6 million in cash", [("34600000", "USD", None, "USD34.6 million")]),
    ("a US$480 million loan", [("480000000", "USD", None, "US$480 million")]),
    ("at U.S.$12", [("12", "USD", None, "U.S.$12")]),
    ("up $2.05 to $61.10", [("2.05", "USD", None, "$2.05"), ("61.10", "USD", None, "$61.10")]),
]

CANADIAN_PRESS_RELEASES = [
    ("to raise C$50M", [("50000000", "CAD", None, "C$50M")]),
    ("a CAD 1.5 million grant", [("1500000", "CAD", None, "CAD 1.5 million")]),
    ("Cdn $667,000 in fees", [("667000", "CAD", None, "Cdn $667,000")]),
    ("units at CAD$0.40", [("0.40", "CAD", None, "CAD$0.40")]),
    ("a C$410m deal", [("410000000", "CAD", None, "C$410m")]),
    ("C$2.15/share in cash", [("2.15", "CAD", "share", "C$2.15")]),
    (
        "8 million Canadian dollars ($5.8 million)",
        [
            ("8000000", "CAD", None, "8 million Canadian dollars"),
            ("5800000", "USD", None, "$5.8 million"),
        ],
    ),
    (
        "a warrant to buy one share at C$0.30 a share",
        [("0.30", "CAD", "share", "C$0.30")],
    ),
    (
        "it will issue 12 million units at a price of C$0.05 apiece",
        [("0.05", "CAD", "unit", "C$0.05")],
    ),
]

AUSTRALIAN_PRESS = [
    ("raised A$37.93 million", [("37930000", "AUD", None, "A$37.93 million")]),
    ("a A$15-million placement", [("15000000", "AUD", None, "A$15-million")]),
    ("AU$2.1 billion", [("2100000000", "AUD", None, "AU$2.1 billion")]),
    (
        "A$5-million raised from new shares at 6.5c each.",
        [("5000000", "AUD", None, "A$5-million"), ("0.065", "AUD", "share", "6.5c")],
    ),
    ("plus US7.5c a share", [("0.075", "USD", "share", "US7.5c")]),
    ("for every Tamar share held plus A3c cash", [("0.03", "AUD", "share", "A3c")]),
    ("a $US50 million loan", [("50000000", "USD", None, "$US50 million")]),
    ("worth $A1.2 billion", [("1200000000", "AUD", None, "$A1.2 billion")]),
    # Cents named with their dollar: the dollar's code, whatever the article's.
    ("a dividend of 4 Australian cents", [("0.04", "AUD", None, "4 Australian cents")]),
    ("a 3.5 Australian cent dividend", [("0.035", "AUD", None, "3.5 Australian cent")]),
    ("or 71.5 U.S. cents", [("0.715", "USD", None, "71.5 U.S. cents")]),
    ("priced at 9 US\u00a0cents a share", [("0.09", "USD", "share", "9 US\u00a0cents")]),
    (
        "C$1.10, or 80 Canadian cents",
        [("1.10", "CAD", None, "C$1.10"), ("0.80", "CAD", None, "80 Canadian cents")],
    ),
]

BRITISH_PAPERS = [
    ("£3m of funding", [("3000000", "GBP", None, "£3m")]),
    ("a £675mln charge", [("675000000", "GBP", None, "£675mln")]),
    ("fell 129p to £41.20", [("1.29", "GBP", None, "129p"), ("41.20", "GBP", None, "£41.20")]),
    ("shares at 0.0071p", [("0.000071", "GBP", None, "0.0071p")]),
    ("placing at 2.5p/share", [("0.025", "GBP", "share", "2.5p")]),
    ("up 12 pence", [("0.12", "GBP", None, "12 pence")]),
    ("a toll of 15 euro cents", [("0.15", "EUR", None, "15 euro cents")]),
    ("GBP 27 million", [("27000000", "GBP", None, "GBP 27 million")]),
    (
        "an offer of £29 a share (about $36.80)",
        [
            ("29", "GBP", "share", "£29"),
            ("36.80", "USD", "share", "$36.80"),
        ],
    ),
]

OTHER_MARKETS = [
    ("a €40 million grant", [("40000000", "EUR", None, "€40 million")]),
    ("¥500 billion of bonds", [("500000000000", "JPY", None, "¥500 billion")]),
    ("HK$2 a share", [("2", "HKD", "share", "HK$2")]),
    ("R$3 billion", [("3000000000", "BRL", None, "R$3 billion")]),
    ("closed at R142.35 per share", [("142.35", "ZAR", "share", "R142.35")]),
    ("a R4 billion bond", [("4000000000", "ZAR", None, "R4 billion")]),
    ("a R1 250 levy", [("1250", "ZAR", None, "R1 250")]),
    ("traded at R86 a share", [("86", "ZAR", "share", "R86")]),
    (
        "Halden rose to R95.40 and Carrow to R312",
        [("95.40", "ZAR", None, "R95.40"), ("312", "ZAR", None, "R312")],
    ),
    ("the rand firmed and Tamar closed at R48", [("48", "ZAR", None, "R48")]),
    ("palladium at $1 150 per ounce", [("1150", "USD", "ounce", "$1 150")]),
    ("500 million EUR", [("500000000", "EUR", None, "500 million EUR")]),
    ("300 billion yen", [("300000000000", "JPY", None, "300 billion yen")]),
    ("3 trillion won", [("3000000000000", "KRW", None, "3 trillion won")]),
    ("Rs 450 crore", [("4500000000", "INR", None, "Rs 450 crore")]),
    ("Rs 2.4 lakh crore", [("2400000000000", "INR", None, "Rs 2.4 lakh crore")]),
    ("Rs 6 lakh", [("600000", "INR", None, "Rs 6 lakh")]),
    ("Rs 1,200 crores", [("12000000000", "INR", None, "Rs 1,200 crores")]),
]

RANGES = [
    (
        "between 420 and 460 South African cents",
        [
            ("4.20", "ZAR", None, "420 and 460 South African cents"),
            ("4.60", "ZAR", None, "420 and 460 South African cents"),
        ],
    ),
    (
        "from 380 to 460 cents",
        [("3.80", "USD", None, "380 to 460 cents"), ("4.60", "USD", None, "380 to 460 cents")],
    ),
    # Without "between" or "from", the first figure is no bound.
    (
        "rose 12 to 460 cents in 2024 and 90 cents",
        [("4.60", "USD", None, "460 cents"), ("0.90", "USD", None, "90 cents")],
    ),
    (
        "$3.6 million to $4 million",
        [("3600000", "USD", None, "$3.6 million"), ("4000000", "USD", None, "$4 million")],
    ),
    (
        "$3-4 million",
        [("3000000", "USD", None, "$3-4 million"), ("4000000", "USD", None, "$3-4 million")],
    ),
    (
        "AISC of US$16-19 per ounce",
        [("16", "USD", "ounce", "US$16-19"), ("19", "USD", "ounce", "US$16-19")],
    ),
    (
        "between $2 and $3 billion",
        [("2000000000", "USD", None, "$2"), ("3000000000", "USD", None, "$3 billion")],
    ),
    (
        "€15 billion to €60 billion",
        [("15000000000", "EUR", None, "€15 billion"), ("60000000000", "EUR", None, "€60 billion")],
    ),
    (
        "$1.5 to 2 billion",
        [
            ("1500000000", "USD", None, "$1.5 to 2 billion"),
            ("2000000000", "USD", None, "$1.5 to 2 billion"),
        ],
    ),
    (
        "from $10 to $12 a share",
        [("10", "USD", "share", "$10"), ("12", "USD", "share", "$12")],
    ),
]

PER_SHARE_CLAUSES = [
    (
        "a dividend of $0.15 per share, or $600,000 in all",
        [("0.15", "USD", "share", "$0.15"), ("600000", "USD", None, "$600,000")],
    ),
    (
        "Per-share earnings of $1.10 beat the $0.98 consensus.",
        [("1.10", "USD", "share", "$1.10"), ("0.98", "USD", "share", "$0.98")],
    ),
    (
        "Earnings per share were $2.31 against the $2.05 expected, while sales hit $9 billion.",
        [
            ("2.31", "USD", "share", "$2.31"),
            ("2.05", "USD", "share", "$2.05"),
            ("9000000000", "USD", None, "$9 billion"),
        ],
    ),
]

NOT_MONEY = [
    "$AAPL and $TSLA rallied",
    "US$ and C$ prices",
    "132,000 metric tons of ore",
    "the index fell 19.61 points",
    "output of 30-32Moz a year",
    "about 147 ounces/month",
    "see https://example.com/news/gold-for-311-million/ and www.example.com/$5",
    "the R2 and R10 zones",
    "the R712 and R88 models",
    "the team 5 won the vote",
    "prices rose 37 per cent",
    "we meet at 5p.m. today",
    "20 pounds of copper",
    "Q3 2024 results",
    "USD/CAD 1.3650 and EUR/USD 1.08",
    "$",
    "",
]


def _rows(found: tuple[Money, ...]) -> list[Row]:
    return [(str(m.amount), m.currency, m.per, m.text) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    US_NEWS_WIRES + CANADIAN_PRESS_RELEASES + AUSTRALIAN_PRESS + BRITISH_PAPERS + OTHER_MARKETS,
    ids=lambda v: str(v)[:40],
)
def test_money(text: str, expected: list[Row]) -> None:
    assert _rows(find_money(text)) == expected


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=lambda v: str(v)[:40])
def test_ranges_give_one_amount_per_bound(text: str, expected: list[Row]) -> None:
    assert _rows(find_money(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PER_SHARE_CLAUSES, ids=lambda v: str(v)[:40])
def test_per_share_clauses(text: str, expected: list[Row]) -> None:
    assert _rows(find_money(text)) == expected


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert find_money(text) == ()


def test_spans_slice() -> None:
    text = "Gold hit US$1,343 an ounce; the deal is worth C$50M and £3m."
    found = find_money(text)
    assert [(m.start, m.end) for m in found] == [(9, 17), (46, 51), (56, 59)]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_bare_dollar_follows_the_dollar_given() -> None:
    (m,) = find_money("a $5 million loan", dollar="CAD")
    assert (m.amount, m.currency) == (Decimal(5000000), "CAD")


def test_cents_follow_the_dollar_most_amounts_are_in() -> None:
    text = "It raised A$20 million and A$4 million at 9c a share; US$1 is 1.5 Australian dollars."
    cents = [m for m in find_money(text) if m.text == "9c"]
    assert [(m.amount, m.currency, m.per) for m in cents] == [(Decimal("0.09"), "AUD", "share")]


def test_cents_follow_the_rand_where_most_amounts_are_rand() -> None:
    text = "Halden added R7.20 to R350.70, while Carrow rose 66c to R113.14 and Atlas 5c to $1.20."
    cents = [(m.text, m.currency) for m in find_money(text) if m.text.endswith("c")]
    assert cents == [("66c", "ZAR"), ("5c", "ZAR")]
    assert [m.currency for m in find_money("Atlas rose 5c to $1.20 and Orion to R2.10.")] == [
        "USD",
        "USD",
        "ZAR",
    ]


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        ("All amounts are in Canadian dollars unless otherwise stated.", "CAD"),
        ("All figures in C$.", "CAD"),
        ("Revenue rose. (Expressed in Canadian dollars)", "CAD"),
        ("All dollar amounts in this release are expressed in Australian dollars.", "AUD"),
        ("Unless noted, all figures are in US dollars.", "USD"),
        ("Prices are quoted in euros.", None),
        ("The stake's value in Australian dollars rose.", None),
        ("(in thousands of Canadian dollars)", "CAD"),
        ("Nothing is said here.", None),
    ],
)
def test_stated_dollar(statement: str, code: str | None) -> None:
    assert stated_dollar(statement) == code


def test_parse_article_applies_the_stated_dollar_to_bare_dollars() -> None:
    text = "Tamar Gold raised $12 million and US$3 million. All amounts are in Canadian dollars."
    article = parse_article(text)
    assert [(m.currency, m.text) for m in article.money] == [
        ("CAD", "$12 million"),
        ("USD", "US$3 million"),
    ]
    assert [(m.currency, m.text) for m in parse_article("Tamar raised $12 million.").money] == [
        ("USD", "$12 million")
    ]


@pytest.mark.parametrize(
    ("cell", "amount", "currency", "per"),
    [
        ("US$1.5 billion", "1500000000", "USD", None),
        ("  C$2.5B ", "2500000000", "CAD", None),
        ("$1,920/oz", "1920", "USD", "ounce"),
        ("129p", "1.29", "GBP", None),
        ("5 million Canadian dollars", "5000000", "CAD", None),
    ],
)
def test_parse_money(cell: str, amount: str, currency: str, per: str | None) -> None:
    m = parse_money(cell)
    assert (str(m.amount), m.currency, m.per) == (amount, currency, per)
    assert cell[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "cell", ["", "5", "US$", "about $5", "$3-4 million", "$5 and $6", "$5 extra", "$AAPL"]
)
def test_parse_money_refuses_what_is_not_one_amount(cell: str) -> None:
    with pytest.raises(ParseError, match="not exactly one amount of money") as info:
        parse_money(cell)
    assert info.value.input == cell


@pytest.mark.parametrize("bad", [b"$5", None, 5])
def test_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_money(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        parse_money(bad)  # type: ignore[arg-type]


@given(st.text())
def test_any_text_never_raises_and_spans_slice(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.text


@given(st.text(alphabet="0123456789.,- $£€¥RUSCAp%c()bnmMkK\u00a0"))
def test_figure_soup_never_raises(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 dollar\u017f", [("5", "USD", None, "5 dollar\u017f")]),
        ("\u017fix million dollars", [("6000000", "USD", None, "\u017fix million dollars")]),
        ("$5 per \u017fhare", [("5", "USD", "share", "$5")]),
        ("5 \u212aorean won", [("5", "KRW", None, "5 \u212aorean won")]),
    ],
    ids=["long-s-word", "long-s-count", "long-s-unit", "kelvin-sign"],
)
def test_words_are_matched_and_looked_up_by_case_folding(text: str, expected: list[Row]) -> None:
    # "\u017f" (long s) folds to "s" and the Kelvin sign to "k": a pattern
    # matching in any case finds them, so the tables must too.
    assert _rows(find_money(text)) == expected


@given(st.text(alphabet="0123456789 $.,\u017f\u212akKsdolarhe-milonbtwxpcu"))
def test_case_folding_soup_never_raises(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.text


@given(prose(), money_mentions(), prose())
def test_generated_amount_in_prose_round_trips(
    before: str, mention: tuple[str, Decimal, str], after: str
) -> None:
    written, amount, currency = mention
    head = f"{before} "
    text = f"{head}{written} {after}"
    (m,) = find_money(text)
    assert (m.amount, m.currency) == (amount, currency)
    assert (m.start, m.end, m.text) == (len(head), len(head) + len(written), written)
    assert parse_money(written).amount == amount
