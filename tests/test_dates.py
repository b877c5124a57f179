"""find_dates, detect_published and the dates of an article.

Example tables by where the form is seen, then resolution rules, then
properties.
"""

from __future__ import annotations

import datetime as dt
import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mineralnews.dates
from mineralnews import DateMention, detect_published, find_dates, parse_article
from mineralnews.dates import find_article_dates

from strategies import FULL_DATE_STYLES, calendar_days, full_dates, prose, weekday_month_day

D = dt.date
# A Thursday.
REF = D(2025, 10, 16)

Row = tuple[str, str | None, str]


def _rows(found: tuple[DateMention, ...]) -> list[Row]:
    """(text, value as the gold labels write it, granularity) per mention."""
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    return [
        (d.text, d.value.strftime(fmt[d.granularity]) if d.value else None, d.granularity)
        for d in found
    ]


# (text, [(mention text, value, granularity), ...]) resolved against REF.
PRESS_RELEASES = [
    (
        "TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) -- Atlas Brine Corp. said",
        [("Jan. 5, 2024", "2024-01-05", "day")],
    ),
    (
        "The record date is September 12, 2025 and payment follows on September 30, 2025.",
        [
            ("September 12, 2025", "2025-09-12", "day"),
            ("September 30, 2025", "2025-09-30", "day"),
        ],
    ),
    (
        "for the three months ended 30 June 2025, compared with 1st April 2024",
        [("30 June 2025", "2025-06-30", "day"), ("1st April 2024", "2024-04-01", "day")],
    ),
    ("Results dated Sept. 3, 2025 were restated.", [("Sept. 3, 2025", "2025-09-03", "day")]),
    ("The offering closes on 2025-11-03.", [("2025-11-03", "2025-11-03", "day")]),
    ("Holders of record on 11/03/2025 qualify.", [("11/03/2025", "2025-11-03", "day")]),
    ("The meeting is set for 6th of March 2026.", [("6th of March 2026", "2026-03-06", "day")]),
    ("A conference runs March 3-5, 2026 in Denver.", [("March 3-5, 2026", "2026-03-03", "day")]),
    (
        "Settlement 14-Oct-2025, record 15-OCT-2025",
        [
            ("14-Oct-2025", "2025-10-14", "day"),
            ("15-OCT-2025", "2025-10-15", "day"),
        ],
    ),
    (
        "Kestrel Gold Securities Act of 1933 filing",
        [("1933", "1933", "year")],
    ),
]

NEWS_WIRES = [
    (
        "Miners climbed on Tuesday, October 14, after the talks.",
        [("Tuesday, October 14", "2025-10-14", "day")],
    ),
    ("On Oct. 13, the bank announced a fund.", [("Oct. 13", "2025-10-13", "day")]),
    ("the lowest close since 2 October.", [("2 October", "2025-10-02", "day")]),
    ("as of August 9th, the stake was sold", [("August 9th", "2025-08-09", "day")]),
    (
        "Shares fell on Monday and rose Tuesday afternoon.",
        [("Monday", "2025-10-13", "day"), ("Tuesday", "2025-10-14", "day")],
    ),
    (
        "Thursday's session ended higher, extending Wednesday's gain.",
        [("Thursday", "2025-10-16", "day"), ("Wednesday", "2025-10-15", "day")],
    ),
    ("The miner was lower mid-morning Friday.", [("Friday", "2025-10-10", "day")]),
    (
        "The stock rose today after falling yesterday.",
        [("today", "2025-10-16", "day"), ("yesterday", "2025-10-15", "day")],
    ),
    ("Why Atlas Stock Jumped Today", [("Today", "2025-10-16", "day")]),
    ("The deal closes tomorrow.", [("tomorrow", "2025-10-17", "day")]),
    ("Shares of Monday.com rose on Monday.", [("Monday", "2025-10-13", "day")]),
    ("Friday 10 October was quiet.", [("Friday 10 October", "2025-10-10", "day")]),
]

MONTHS_AND_YEARS = [
    ("Output has doubled since 2016.", [("2016", "2016", "year")]),
    (
        "Prices peaked in 2011 and again in 2022.",
        [("2011", "2011", "year"), ("2022", "2022", "year")],
    ),
    ("The miner filed 2024 accounts late.", [("2024", "2024", "year")]),
    ("the 2026 season and 2023's output", [("2026", "2026", "year"), ("2023", "2023", "year")]),
    ("Funding lasts until June 2026.", [("June 2026", "2026-06", "month")]),
    ("Trial mining began in September this year.", [("September this year", "2025-09", "month")]),
    ("In June, the board approved the split.", [("June", "2025-06", "month")]),
    ("The plant restarted in December.", [("December", "2024-12", "month")]),
    ("Work slowed in mid-August.", [("August", "2025-08", "month")]),
    ("The firm made a bid last year.", [("last year", "2024", "year")]),
    ("Shares have doubled this year.", [("this year", "2025", "year")]),
    ("news so far this month", [("this month", "2025-10", "month")]),
    ("Sales fell last month.", [("last month", "2025-09", "month")]),
    ("Output should rise next year.", [("next year", "2026", "year")]),
    (
        "Production rose between 2019 and 2021.",
        [("2019", "2019", "year"), ("2021", "2021", "year")],
    ),
    ("The outlook for 2026 is firm.", [("2026", "2026", "year")]),
    ("2024 was a record year.", [("2024", "2024", "year")]),
    ("Drilling resumes by mid-2026.", [("2026", "2026", "year")]),
    (
        "Output grew in 2019, 2020 and 2021.",
        [("2019", "2019", "year"), ("2020", "2020", "year"), ("2021", "2021", "year")],
    ),
    (
        "Shipments rose in June, July and August.",
        [
            ("June", "2025-06", "month"),
            ("July", "2025-07", "month"),
            ("August", "2025-08", "month"),
        ],
    ),
    ("October's decline was steep.", [("October", "2025-10", "month")]),
    (
        "The trial ran from May to September.",
        [("May", "2025-05", "month"), ("September", "2025-09", "month")],
    ),
]

# A bare year read from the words around it: a determiner and the noun it
# qualifies, a preposition of time, a verb whose object is a span of time.
BARE_YEARS = [
    ("A 2021 scoping study put the cost at $90m.", [("2021", "2021", "year")]),
    ("after the 2018 takeover of a rival smelter", [("2018", "2018", "year")]),
    ("Kestrel's 2026 drill budget doubled.", [("2026", "2026", "year")]),
    ("The 2030 Olympic bid", [("2030", "2030", "year")]),
    ("Cash should last well into 2028.", [("2028", "2028", "year")]),
    (
        "Rates stay high towards 2026 and beyond 2027.",
        [("2026", "2026", "year"), ("2027", "2027", "year")],
    ),
    ("The miner ended 2023 with no debt.", [("2023", "2023", "year")]),
    ("Entering 2025, the board cut costs.", [("2025", "2025", "year")]),
    ("Output could start as early as 2027.", [("2027", "2027", "year")]),
    ("First ore was pushed back to 2029.", [("2029", "2029", "year")]),
    ("Prices sit above pre-2020 levels.", [("2020", "2020", "year")]),
    ("Sales for calendar 2024 rose.", [("2024", "2024", "year")]),
    ("Net debt fell compared with 2022.", [("2022", "2022", "year")]),
    ("The firm closed out 2023 at a high.", [("2023", "2023", "year")]),
    ("2026 could bring a deficit.", [("2026", "2026", "year")]),
    ("Shares trade at 9 times 2025 EBITDA.", [("2025", "2025", "year")]),
    # A span of years gives one mention per bound.
    ("Prices slumped over 2015-2016.", [("2015", "2015", "year"), ("2016", "2016", "year")]),
    ("the 2022–23 winter", [("2022", "2022", "year"), ("23", "2023", "year")]),
    ("a record 2025/26 crop", [("2025", "2025", "year"), ("26", "2026", "year")]),
    ("from 1999-00 on", [("1999", "1999", "year"), ("00", "2000", "year")]),
]

NOT_DATES = [
    "Gold rose over the past 24 hours and the past seven days.",
    "Prices fell last week and the previous day, and overnight.",
    "The stock hit a two-week low, a 29-month low and 52 weeks of losses.",
    "It traded above its 200 day average over a 12-month period.",
    "Markets were closed for Presidents' Day.",
    "Revenue in the first quarter of 2023 and in fiscal year 2018 and in Q1 2022 rose.",
    "Guidance for fiscal 2025 and FY 2024 was cut; H1 2023 was weak.",
    "Sales in the 2026 fiscal year and the 2024/25 financial year rose.",
    "Returns year-to-date and year over year were flat.",
    "At 10:44 a.m. ET the desk was open 24/7.",
    "The mine shipped 2,019 tonnes, sold 2019 shares and priced them at $2019.",
    "See https://example.com/2021/03/10/gold-news for more.",
    "Become a member today to get instant access.",
    "Black Friday sales and Super Tuesday votes.",
    "The desk is staffed Monday to Friday.",
    "It may rise, and the march higher may go on.",
    "over the last year and the next year",
    "The index was flat by 2000 GMT, and in 1900 metres of core.",
    "The June quarter and the September quarter were strong.",
    "The drill hit 2022 metres, then 2019 ounces were poured and 2024 dollars paid.",
    "The plant hired a 2000-strong crew for the 1900 or so jobs.",
    "A 1950 metre hole and a 2010 tonne stockpile, worth 2015 euros a day.",
    "It shipped 2000 metric tonnes to the 2021 vehicles on site.",
    "A 2000 megawatts grid, 2010 mtpa of ore and 2020 dmt of concentrate.",
    "Results for fiscal 2023-24 and FY2024-25; a 1900-2000 metre zone.",
    "Codes 2019-12 and 2024-2019 are no spans.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), PRESS_RELEASES, ids=lambda v: str(v)[:40])
def test_press_release_dates(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, REF)) == expected


@pytest.mark.parametrize(("text", "expected"), NEWS_WIRES, ids=lambda v: str(v)[:40])
def test_news_wire_dates(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, REF)) == expected


@pytest.mark.parametrize(("text", "expected"), MONTHS_AND_YEARS, ids=lambda v: str(v)[:40])
def test_months_and_years(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, REF)) == expected


@pytest.mark.parametrize(("text", "expected"), BARE_YEARS, ids=lambda v: str(v)[:40])
def test_bare_years(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, REF)) == expected


@pytest.mark.parametrize("text", NOT_DATES, ids=lambda v: str(v)[:40])
def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == ()


# -- resolution ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # The nearest such day on or before the reference.
        ("rose on Friday", D(2025, 10, 13), D(2025, 10, 10)),
        ("rose on Monday", D(2025, 10, 13), D(2025, 10, 13)),
        ("rose on Sunday", D(2025, 10, 13), D(2025, 10, 12)),
        # The future, where the text speaks of it.
        ("will report on Friday", D(2025, 10, 13), D(2025, 10, 17)),
        ("is due to report on Wednesday", D(2025, 10, 13), D(2025, 10, 15)),
        ("investors await jobs data on Friday", D(2025, 10, 13), D(2025, 10, 17)),
        ("ahead of Friday's report", D(2025, 10, 13), D(2025, 10, 17)),
        ("fell due to selling on Friday", D(2025, 10, 13), D(2025, 10, 10)),
        ("next Friday", D(2025, 10, 13), D(2025, 10, 17)),
        ("next Monday", D(2025, 10, 13), D(2025, 10, 20)),
        ("last Monday", D(2025, 10, 13), D(2025, 10, 6)),
    ],
)
def test_weekday_resolution(text: str, reference: dt.date, expected: dt.date) -> None:
    (d,) = find_dates(text, reference)
    assert (d.value, d.granularity, d.inferred) == (expected, "day", True)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # The nearest such day, before or after.
        ("on October 13", D(2025, 10, 14), D(2025, 10, 13)),
        ("on January 3", D(2025, 12, 28), D(2026, 1, 3)),
        ("on November 20", D(2026, 1, 5), D(2025, 11, 20)),
        ("on February 29", D(2025, 6, 1), D(2024, 2, 29)),
        # With a weekday, the year whose calendar agrees, nearest the reference.
        ("on Tuesday, October 14", D(2025, 10, 16), D(2025, 10, 14)),
        ("on Monday, October 14", D(2025, 10, 16), D(2024, 10, 14)),
        ("on Friday, October 14", D(2025, 10, 16), D(2022, 10, 14)),
    ],
)
def test_year_less_day_resolution(text: str, reference: dt.date, expected: dt.date) -> None:
    (d,) = find_dates(text, reference)
    assert (d.value, d.inferred, d.weekday_mismatch) == (expected, True, False)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("in September", D(2017, 11, 6), D(2017, 9, 1)),
        ("in December", D(2017, 11, 6), D(2016, 12, 1)),
        ("in November", D(2017, 11, 6), D(2017, 11, 1)),
        ("will close in March", D(2017, 11, 6), D(2018, 3, 1)),
        ("last March", D(2017, 11, 6), D(2017, 3, 1)),
        ("next March", D(2017, 11, 6), D(2018, 3, 1)),
        ("September last year", D(2017, 11, 6), D(2016, 9, 1)),
        ("last month", D(2017, 1, 20), D(2016, 12, 1)),
    ],
)
def test_month_resolution(text: str, reference: dt.date, expected: dt.date) -> None:
    (d,) = find_dates(text, reference)
    assert (d.value, d.granularity, d.inferred) == (expected, "month", True)


# A Tuesday late in the year: the same month name lies ahead or behind.
LATE = D(2024, 11, 19)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # Forecasts, expectations and schedules put a month ahead.
        ("Traders see another cut by February.", LATE, "2025-02"),
        ("Markets price a 70% chance of a hike in January.", LATE, "2025-01"),
        ("The committee decides when it meets in December.", LATE, "2024-12"),
        ("The smelter is expected to restart in March.", LATE, "2025-03"),
        ("The company plans to list in April.", LATE, "2025-04"),
        ("Drilling is scheduled for February.", LATE, "2025-02"),
        ("The miner aims to pour first gold in June.", LATE, "2025-06"),
        ("The plant targets full output in May.", LATE, "2025-05"),
        ("Analysts forecast a surplus in August.", LATE, "2025-08"),
        ("The upcoming auction in January", LATE, "2025-01"),
        ("Bankers said the results were due in September.", LATE, "2025-09"),
        # A marker outweighs a word in -ed between it and the month.
        ("The mill will see increased demand in March.", LATE, "2025-03"),
        # A verb in the past tense nearer the month keeps it in the past.
        ("When prices fell in March, the miner cut jobs.", LATE, "2024-03"),
        ("Traders who expected a cut sold in September.", LATE, "2024-09"),
        ("Analysts had expected a cut in October.", LATE, "2024-10"),
        ("Output rose more than expected in September.", LATE, "2024-09"),
        # A deadline later in the reference's year is this year's.
        ("Funding lasts until September.", D(2024, 5, 20), "2024-09"),
        ("A decision by September.", D(2024, 5, 20), "2024-09"),
        ("Prices had recovered by September.", D(2024, 5, 20), "2023-09"),
        ("Output could slip until the end of July.", D(2024, 5, 20), "2024-07"),
        ("Prices may ease in January.", LATE, "2025-01"),
        ("Coupons payable in February", LATE, "2025-02"),
        # Where the words before say nothing, those after the month speak.
        ("In March, the plant will restart.", LATE, "2025-03"),
        ("In March, the plant restarted.", LATE, "2024-03"),
        ("Cash at the end of March was A$4.1 million, and it will raise more.", LATE, "2024-03"),
        # A figure's decimal point ends no clause.
        ("It held A$4.3 million in cash in April and will raise more.", LATE, "2024-04"),
        # A futures contract's month lies ahead.
        ("Gold for February delivery settled higher.", LATE, "2025-02"),
        # The next month of a range follows the first.
        ("Prices rose from November to March.", D(2024, 2, 16), "2024-03"),
    ],
)
def test_month_in_future_context(text: str, reference: dt.date, expected: str) -> None:
    d = find_dates(text, reference)[-1]
    assert (d.value.strftime("%Y-%m") if d.value else None, d.granularity) == (expected, "month")


MID_OCTOBER = D(2025, 10, 14)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # Without a word of time, the nearest such day.
        ("The fee changes on Jan. 1.", MID_OCTOBER, D(2026, 1, 1)),
        # In the past tense, the day before the reference.
        ("The stock has gained 40% since Jan. 1.", MID_OCTOBER, D(2025, 1, 1)),
        ("Trading was halted on December 2.", MID_OCTOBER, D(2024, 12, 2)),
        # A past day just after the reference is taken as written: the
        # reference is likely a few days early.
        ("Shares fell on Oct. 20.", MID_OCTOBER, D(2025, 10, 20)),
        # In the future tense, the day after it.
        ("Results will be released on Feb. 3.", D(2025, 12, 10), D(2026, 2, 3)),
    ],
)
def test_day_without_year_follows_the_tense(
    text: str, reference: dt.date, expected: dt.date
) -> None:
    (d,) = find_dates(text, reference)
    assert (d.value, d.granularity, d.inferred) == (expected, "day", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders see the data on Friday as key.", D(2024, 11, 22)),
        ("The index is rebalanced when it reports on Thursday.", D(2024, 11, 21)),
        ("Shares slid when it reported on Thursday.", D(2024, 11, 14)),
        ("The vote will be held on July 3.", D(2025, 7, 3)),
        ("The vote was held on July 3.", D(2024, 7, 3)),
        ("Payment is due on December 2.", D(2024, 12, 2)),
        ("On July 3, shareholders will vote.", D(2025, 7, 3)),
        # The words after a date stop at the end of its sentence.
        ("A premium to the close on Monday. Holders will vote.", D(2024, 11, 18)),
        ("It held A$4.3 million in cash at July 3 and would raise more.", D(2024, 7, 3)),
    ],
)
def test_day_in_future_context(text: str, expected: dt.date) -> None:
    (d,) = find_dates(text, LATE)
    assert (d.value, d.granularity, d.inferred) == (expected, "day", True)


def test_written_weekday_that_contradicts_the_date_is_flagged() -> None:
    (d,) = find_dates("Monday, January 28, 2026", REF)
    assert (d.value, d.weekday_mismatch, d.inferred) == (D(2026, 1, 28), True, False)
    (ok,) = find_dates("Wednesday, January 28, 2026", REF)
    assert ok.weekday_mismatch is False


def test_abbreviated_weekday_joins_a_full_date() -> None:
    (d,) = find_dates("Wed, Jan 28, 2026", REF)
    assert (d.text, d.value, d.weekday_mismatch) == ("Wed, Jan 28, 2026", D(2026, 1, 28), False)


@pytest.mark.parametrize(
    ("text", "mention", "time"),
    [
        ("Thursday, April 3, 2025, 11:29:00 AM", "Thursday, April 3, 2025", dt.time(11, 29)),
        ("Published Apr 22, 2020 09:53", "Apr 22, 2020", dt.time(9, 53)),
        ("March 03, 2025 4:15 PM EST | Source: X", "March 03, 2025", dt.time(16, 15)),
        ("October 14 at 4pm", "October 14", dt.time(16, 0)),
        ("2025-10-14T09:30:00Z", "2025-10-14", dt.time(9, 30)),
    ],
)
def test_time_of_day_is_kept_apart_from_the_date(
    text: str, mention: str, time: dt.time | None
) -> None:
    d = find_dates(text, REF)[0]
    assert (d.text, d.time) == (mention, time)


def test_dayfirst_reads_day_before_month() -> None:
    assert find_dates("on 03/04/2025")[0].value == D(2025, 3, 4)
    assert find_dates("on 03/04/2025", dayfirst=True)[0].value == D(2025, 4, 3)
    # Only one reading is a date: it is taken whichever is asked for.
    assert find_dates("on 28/01/2026")[0].value == D(2026, 1, 28)
    assert find_dates("on 01/28/2026", dayfirst=True)[0].value == D(2026, 1, 28)


def test_without_reference_implicit_dates_have_no_value() -> None:
    text = "On Tuesday, October 14, shares rose; last year and today too, unlike June 2025."
    assert _rows(find_dates(text)) == [
        ("Tuesday, October 14", None, "day"),
        ("last year", None, "year"),
        ("today", None, "day"),
        ("June 2025", "2025-06", "month"),
    ]
    assert not any(d.inferred for d in find_dates(text))


def test_inferred_marks_what_came_from_the_reference() -> None:
    found = find_dates("On October 14, 2025 and October 15 and in 2019 and Friday", REF)
    assert [(d.text, d.inferred) for d in found] == [
        ("October 14, 2025", False),
        ("October 15", True),
        ("2019", False),
        ("Friday", True),
    ]


def test_reference_may_be_datetime_or_iso_string() -> None:
    by_date = find_dates("rose yesterday", REF)
    assert find_dates("rose yesterday", dt.datetime(2025, 10, 16, 23, 59)) == by_date
    assert find_dates("rose yesterday", "2025-10-16") == by_date


@pytest.mark.parametrize("bad", [b"October 14", None, 14, ["October 14"]])
def test_wrong_text_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_dates(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [20251014, 1.5, b"2025-10-14"])
def test_wrong_reference_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=r"datetime\.date"):
        find_dates("October 14", bad)  # type: ignore[arg-type]


def test_reference_string_not_iso_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        find_dates("October 14", "14/10/2025")


# -- the article's own date ----------------------------------------------------

DATELINES = [
    ("Wednesday, January 28, 2026\n\nA headline\n\nOn Wednesday, x.", D(2026, 1, 28)),
    ("Gold rallies\n\nPublished Sep 16, 2024\n\nShare\n\nGold rose.", D(2024, 9, 16)),
    ("Zinc slides\n\nUpdated Apr 22, 2020 17:30\n\nPublished Apr 21, 2020 09:53", D(2020, 4, 21)),
    ("A headline\nMarch 03, 2025 4:15 PM EST | Source: Atlas Inc.\nBody", D(2025, 3, 3)),
    ("A headline\n\n6th November 2017 By: A. Writer\n\nBody", D(2017, 11, 6)),
    ("A headline\nBy Jane Roe | Oct. 14, 2025\nGold rose on Friday.", D(2025, 10, 14)),
    (
        "Atlas Declares Dividend\n\nSummary: record date of August 12, 2022.\n\n"
        "NEW YORK, July 20, 2022 (GLOBE NEWSWIRE) -- The Board of Atlas",
        D(2022, 7, 20),
    ),
    (
        "VANCOUVER, British Columbia, Jan. 5, 2024 (GLOBE NEWSWIRE) -- Kestrel Gold",
        D(2024, 1, 5),
    ),
    ("Title\nToronto, Ontario--(Newsfile Corp. - March 3, 2025) - Atlas Inc.", D(2025, 3, 3)),
    ("RENO, NV / ACCESSWIRE / June 18, 2025 / Kestrel Gold Corp. said", D(2025, 6, 18)),
    ("Title\n\nMay 30, 2024\nin TSX\n\nResults for the period ended 31 March 2024", D(2024, 5, 30)),
]

NO_DATELINE = [
    "Source: Atlas Royalty\n  • Units sold\n  • The offering should close on November 23, 2022",
    "A headline\nThe miner said by Oct. 14, 2025 it would sell\nBody",
    "NEW YORK, Oct 14 (Reuters) - Gold rose on Tuesday.",
    "Results for the quarter ended June 30, 2025\nThe company reported results.\nBody.",
    "A headline\n\nThe firm said on Jan. 5, 2024 (a Friday) that it would sell.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=lambda v: str(v)[:40])
def test_detect_published(text: str, expected: dt.date) -> None:
    assert detect_published(text) == expected


@pytest.mark.parametrize("text", NO_DATELINE, ids=lambda v: str(v)[:40])
def test_no_dateline_detected(text: str) -> None:
    assert detect_published(text) is None


def test_parse_article_detects_published_when_not_given() -> None:
    text = "Gold rallies\n\nPublished Sep 16, 2024\n\nMiners soared on Friday."
    article = parse_article(text)
    assert (article.published, article.published_source) == (D(2024, 9, 16), "detected")
    assert _rows(article.dates) == [
        ("Sep 16, 2024", "2024-09-16", "day"),
        ("Friday", "2024-09-13", "day"),
    ]


def test_parse_article_prefers_the_given_date() -> None:
    text = "Gold rallies\n\nPublished Sep 16, 2024\n\nMiners soared on Friday."
    article = parse_article(text, published="2024-09-17")
    assert (article.published, article.published_source) == (D(2024, 9, 17), "given")
    assert article.dates[1].value == D(2024, 9, 13)


def test_parse_article_without_any_date() -> None:
    article = parse_article("Miners soared on Friday.")
    assert (article.published, article.published_source) == (None, None)
    assert _rows(article.dates) == [("Friday", None, "day")]


RELATED = (
    "Wednesday, January 28, 2026\n\nLithium output rises\n\n"
    "On Wednesday, the ministry said output rose. Last year it fell.\n\n"
    "More body text about output and costs.\n\n"
    "A closing paragraph.\n\n"
    "Related News\n\n"
    "Copper vote set\n\n"
    "On April 6, the island will vote on a new mining law...\n\n"
    "Sunday, April 4, 2021, 09:00:00 AM\n\n"
    "Tariff row grows\n\n"
    "Officials said on Friday that tariffs will rise...\n\n"
    "Monday, May 13, 2024, 10:51:00 AM\n"
)


def test_related_items_resolve_against_their_own_date() -> None:
    article = parse_article(RELATED)
    assert (article.published, article.published_source) == (D(2026, 1, 28), "detected")
    assert _rows(article.dates) == [
        ("Wednesday, January 28, 2026", "2026-01-28", "day"),
        ("Wednesday", "2026-01-28", "day"),
        ("Last year", "2025", "year"),
        ("April 6", "2021-04-06", "day"),
        ("Sunday, April 4, 2021", "2021-04-04", "day"),
        ("Friday", "2024-05-10", "day"),
        ("Monday, May 13, 2024", "2024-05-13", "day"),
    ]
    assert article.dates[4].time == dt.time(9, 0)
    assert all(RELATED[d.start : d.end] == d.text for d in article.dates)


def test_related_items_with_the_teaser_under_the_date() -> None:
    text = (
        "Lead\n\nB\n\nC\n\nD\n\nE\n\nF\n\nMore news\n\n"
        "Tariff row grows\nMonday, May 13, 2024\nOfficials said on Friday that duties rise...\n\n"
        "Island vote set\nSunday, April 4, 2021\nOn April 6, the island will vote...\n"
    )
    assert _rows(find_article_dates(text, "2026-01-28")) == [
        ("Monday, May 13, 2024", "2024-05-13", "day"),
        ("Friday", "2024-05-10", "day"),
        ("Sunday, April 4, 2021", "2021-04-04", "day"),
        ("April 6", "2021-04-06", "day"),
    ]


def test_related_items_need_a_line_of_their_own() -> None:
    # A date inside a sentence does not open an item: "April 6" is read against
    # the article's date (in the past tense, the April before it), not 2021's.
    text = "Title\n\nA\n\nB\n\nC\n\nD\n\nE\n\nOn April 6, votes were cast, as of April 4, 2021."
    (first, _second) = find_article_dates(text, "2026-01-28")
    assert first.value == D(2025, 4, 6)


@pytest.mark.xfail(strict=True, reason="a dateline without a year cannot date an article")
def test_yearless_wire_dateline_dates_the_article() -> None:
    assert detect_published("NEW YORK, Oct 14 (Reuters) - Gold rose.") is not None


def test_two_digit_year_with_slashes() -> None:
    assert find_dates("on 1/28/26", REF)[0].value == D(2026, 1, 28)
    assert find_dates("on 28/01/26", dayfirst=True)[0].value == D(2026, 1, 28)
    assert find_dates("on 12/31/99")[0].value == D(1999, 12, 31)
    # Not with dashes, and never a longer figure or a fraction.
    assert find_dates("1-28-26, 1/28/260, 1/2/3 and 24/7") == ()


@pytest.mark.xfail(strict=True, reason="a bare ordinal day ('the 14th') is not a date yet")
def test_bare_ordinal_day() -> None:
    assert find_dates("shares rose on the 14th", REF)[0].value == D(2025, 10, 14)


def test_module_examples() -> None:
    assert doctest.testmod(mineralnews.dates, raise_on_error=True).attempted > 0


# -- properties ----------------------------------------------------------------

references = st.one_of(st.none(), st.dates())


@given(st.text(), references, st.booleans())
def test_any_text_never_raises_and_spans_slice(
    text: str, reference: dt.date | None, dayfirst: bool
) -> None:
    for d in find_dates(text, reference, dayfirst=dayfirst):
        assert text[d.start : d.end] == d.text
        assert 0 <= d.start < d.end <= len(text)
        assert d.value is not None or not d.inferred


@given(st.text(alphabet=st.sampled_from("0123456789 ,./-:\nJanuaryMoTdsyt"), max_size=200))
def test_date_like_noise_never_raises(text: str) -> None:
    for reference in (None, dt.date.min, dt.date.max, REF):
        for d in find_article_dates(text, reference):
            assert text[d.start : d.end] == d.text
    detect_published(text)


@given(prose(), full_dates(), prose())
def test_full_date_in_prose_round_trips(
    before: str, written: tuple[str, dt.date], after: str
) -> None:
    date_text, value = written
    head = f"{before} "
    text = f"{head}{date_text} {after}"
    (d,) = find_dates(text)
    assert (d.value, d.granularity, d.inferred) == (value, "day", False)
    assert (d.start, d.end, d.text) == (len(head), len(head) + len(date_text), date_text)
    assert d.weekday_mismatch is False


@given(prose(), calendar_days, st.integers(-300, 300), prose())
def test_weekday_month_day_resolves_near_reference(
    before: str, day: dt.date, offset: int, after: str
) -> None:
    reference = day + dt.timedelta(days=offset)
    date_text = weekday_month_day(day)
    text = f"{before} {date_text} {after}"
    (d,) = find_dates(text, reference)
    assert (d.value, d.text, d.inferred, d.weekday_mismatch) == (day, date_text, True, False)


def test_every_full_style_is_covered() -> None:
    day = D(2026, 1, 28)
    for style, write in FULL_DATE_STYLES.items():
        (d,) = find_dates(write(day))
        assert d.value == day, style


EDGE_TEXTS = [
    "in December",
    "in January",
    "last Friday",
    "next Friday",
    "on Friday",
    "will report on Friday",
    "yesterday and tomorrow",
    "last year and next year",
    "last month and next month",
    "September last year and September next year",
    "Tuesday, October 14",
    "February 29 and December 31 and January 1",
]


@pytest.mark.parametrize("reference", [dt.date.min, dt.date.max, D(1, 1, 3), D(9999, 12, 29)])
@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_references_at_the_ends_of_the_calendar(text: str, reference: dt.date) -> None:
    for d in find_dates(text, reference):
        assert text[d.start : d.end] == d.text


_SOUP = [
    "in",
    "on",
    "since",
    "last",
    "next",
    "this",
    "will",
    "year",
    "month",
    "today",
    "Friday",
    "Tuesday,",
    "December",
    "Sept.",
    "May",
    "14",
    "29",
    "6th",
    "2019",
    "2,019",
    "1900",
    "2025-10-14",
    "01/28/2026",
    "11:29:00 AM",
    "4pm",
    "-",
    "\n",
    "\n\n",
    ",",
    "...",
    "Related",
]


@given(st.lists(st.sampled_from(_SOUP), max_size=40), st.one_of(st.none(), st.dates()))
def test_date_words_in_any_order_never_raise(words: list[str], reference: dt.date | None) -> None:
    text = " ".join(words)
    for d in find_article_dates(text, reference):
        assert text[d.start : d.end] == d.text
        assert d.value is not None or not d.inferred
    detect_published(text)
