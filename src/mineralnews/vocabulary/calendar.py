"""Calendar words as news writes them: months, weekdays and relative words.

To teach mineralnews a spelling, add it to the table it belongs to; the date
grammar in :mod:`mineralnews.dates` is compiled from these tables at import.
Month and weekday names are matched as written and in upper case
(``October``, ``OCTOBER``), never in lower case: ``may`` and ``march`` are
verbs far more often than months.
"""

from __future__ import annotations

from mineralnews.vocabulary.units import QUANTITY_UNITS

__all__ = [
    "CALL_TO_ACTION_AFTER",
    "CALL_TO_ACTION_BEFORE",
    "CONTRACT_WORDS",
    "DEADLINE_WORDS",
    "DETERMINERS",
    "FORECAST_WORDS",
    "FUTURE_MARKERS",
    "HYPHEN_CUES",
    "MONTHS",
    "MONTH_CUES",
    "NOT_A_DAY_AFTER",
    "NOT_A_DAY_BEFORE",
    "NOT_A_MARKER_BEFORE",
    "NOT_A_NOUN",
    "NOT_A_VERB",
    "NOT_A_YEAR_BEFORE",
    "PASSIVE_AUXILIARIES",
    "PAST_AUXILIARIES",
    "PAST_VERBS",
    "RANGE_WORDS",
    "RELATIVE_DAYS",
    "RELATIVE_PERIODS",
    "WEEKDAYS",
    "YEAR_CUES",
    "YEAR_CUE_PAIRS",
    "YEAR_NOUNS",
    "YEAR_OBJECT_VERBS",
    "YEAR_UNITS",
    "YEAR_VERBS",
]

#: Spelling -> month number. Abbreviations may be followed by a full stop
#: (``Jan.``, ``Sept.``); the grammar allows it for every spelling.
MONTHS: dict[str, int] = {
    "January": 1,
    "Jan": 1,
    "February": 2,
    "Feb": 2,
    "March": 3,
    "Mar": 3,
    "April": 4,
    "Apr": 4,
    "May": 5,
    "June": 6,
    "Jun": 6,
    "July": 7,
    "Jul": 7,
    "August": 8,
    "Aug": 8,
    "September": 9,
    "Sept": 9,
    "Sep": 9,
    "October": 10,
    "Oct": 10,
    "November": 11,
    "Nov": 11,
    "December": 12,
    "Dec": 12,
}

#: Spelling -> weekday number (Monday is 0, as :meth:`datetime.date.weekday`).
#: Only the full names stand alone as a day ("on Friday"); abbreviations count
#: only in front of a written date ("Fri, Oct 17"), since "Sun", "Sat" and
#: "Wed" are ordinary words.
WEEKDAYS: dict[str, int] = {
    "Monday": 0,
    "Mon": 0,
    "Tuesday": 1,
    "Tues": 1,
    "Tue": 1,
    "Wednesday": 2,
    "Wed": 2,
    "Thursday": 3,
    "Thurs": 3,
    "Thur": 3,
    "Thu": 3,
    "Friday": 4,
    "Fri": 4,
    "Saturday": 5,
    "Sat": 5,
    "Sunday": 6,
    "Sun": 6,
}

#: Words naming a day by its distance from the article's date.
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1}

#: ``last``/``this``/``next`` -> the step from the reference, for ``year`` and
#: ``month``. ``last week`` is a span of days, not a calendar date, so weeks
#: are left out on purpose.
RELATIVE_PERIODS: dict[str, int] = {"last": -1, "this": 0, "next": 1}

#: A word just before a four-digit number that makes it a year:
#: ``in 2019``, ``since 2016``, ``the Securities Act of 1933``, ``mid-2024``.
YEAR_CUES: frozenset[str] = frozenset(
    {
        "in",
        "for",
        "between",
        "since",
        "by",
        "of",
        "during",
        "until",
        "till",
        "through",
        "throughout",
        "into",
        "toward",
        "towards",
        "beyond",
        "calendar",
        "from",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "around",
        "circa",
        "year",
        "beginning",
        "end",
    }
)

#: Two words just before a four-digit number that make it a year where the
#: last alone does not: ``as early as 2026``, ``pushed back to 2027``.
YEAR_CUE_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {
        ("early", "as"),
        ("late", "as"),
        ("soon", "as"),
        ("recently", "as"),
        ("back", "to"),
        ("forward", "to"),
        ("delayed", "to"),
        ("postponed", "to"),
        ("deferred", "to"),
        ("pushed", "to"),
        ("extended", "to"),
        ("moved", "to"),
        ("slipped", "to"),
        ("compared", "with"),
        ("compared", "to"),
        ("kicked", "off"),
        ("wrapped", "up"),
        ("closed", "out"),
        ("rounded", "out"),
    }
)

#: A word just before a month name that makes the name a month of a year
#: (``in September``, ``since June``, ``by the end of March`` via ``of``).
MONTH_CUES: frozenset[str] = YEAR_CUES - {"year"} | {"last", "next", "this"}

#: Between two dates of a range: ``from 2019 to 2021``, ``in June and July``.
RANGE_WORDS: frozenset[str] = frozenset({"to", "and", "or", "through", "-", "–", "—"})

#: A word before a year (or before its cue word) that turns it into a
#: reporting period rather than a calendar year: ``Q1 2022``, ``fiscal 2025``,
#: ``first quarter of 2023``, ``fiscal year 2018``, ``H1 2024``.
NOT_A_YEAR_BEFORE: frozenset[str] = frozenset(
    {
        "q1",
        "q2",
        "q3",
        "q4",
        "1q",
        "2q",
        "3q",
        "4q",
        "h1",
        "h2",
        "1h",
        "2h",
        "fy",
        "fiscal",
        "financial",
        "quarter",
        "quarters",
        "half",
        "halves",
        "semester",
        "total",
        "no",
        "number",
    }
)

#: Nouns a year is written in front of: ``2023 accounts``, ``the 2025 season``.
YEAR_NOUNS: frozenset[str] = frozenset(
    {
        "accounts",
        "results",
        "earnings",
        "season",
        "election",
        "elections",
        "budget",
        "guidance",
        "outlook",
        "forecast",
        "forecasts",
        "report",
        "annual",
        "financial",
        "financials",
        "production",
        "output",
        "sales",
        "revenue",
        "revenues",
        "figures",
        "levels",
        "level",
        "high",
        "highs",
        "low",
        "lows",
        "peak",
        "target",
        "targets",
        "plan",
        "deal",
        "agreement",
        "law",
        "act",
        "census",
        "crisis",
        "crash",
        "recession",
        "pandemic",
        "edition",
        "campaign",
        "study",
        "estimate",
        "drilling",
        "exploration",
        "program",
        "programme",
        "notes",
        "bonds",
        "dividend",
        "capex",
        "spending",
        "calendar",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "vintage",
        "survey",
        "acquisition",
        "merger",
        "ipo",
        "offering",
        "listing",
        "rally",
        "selloff",
        "sell-off",
        "meeting",
        "agm",
        "conference",
        "profit",
        "profits",
        "income",
        "ebitda",
        "loss",
        "losses",
        "net",
        "cash",
        "dividends",
        "shipments",
        "volumes",
        "demand",
        "supply",
        "consumption",
        "imports",
        "exports",
        "prices",
        "average",
        "performance",
        "returns",
        "growth",
        "resource",
        "reserve",
        "mineral",
        "feasibility",
        "preliminary",
        "scoping",
        "pea",
        "pfs",
        "dfs",
        "bfs",
        "technical",
        "interim",
        "maturity",
        "deadline",
        "expiry",
        "timeline",
        "schedule",
        "construction",
        "commissioning",
        "startup",
        "restart",
        "launch",
        "harvest",
        "crop",
        "quota",
        "strategy",
        "record",
        "data",
        "vote",
        "referendum",
        "strike",
        "ban",
        "tariffs",
        "sanctions",
        "reform",
        "legislation",
        "filing",
        "prospectus",
        "presentation",
        "rate",
        "cuts",
        "hikes",
        "slump",
        "boom",
        "surge",
        "decline",
    }
)

#: Verbs after a year that make it the subject of a sentence about a year:
#: ``2024 was a record year``, ``2025 saw prices rise``.
YEAR_VERBS: frozenset[str] = frozenset(
    {
        "was",
        "is",
        "will",
        "has",
        "had",
        "saw",
        "sees",
        "brought",
        "marked",
        "marks",
        "proved",
        "could",
        "should",
        "would",
        "looks",
        "promises",
        "remains",
        "ended",
        "began",
    }
)

#: Words joined by a hyphen to a year or month that place the date in it:
#: ``mid-2024``, ``early-October``, ``end-2025``.
HYPHEN_CUES: frozenset[str] = frozenset({"mid", "early", "late", "end", "start", "pre", "post"})

#: Verbs whose object is a span of time, so that a bare number after them is
#: a year: ``ended 2024 with``, ``entering 2026``, ``began 2025 at``.
YEAR_OBJECT_VERBS: frozenset[str] = frozenset(
    {
        "ended",
        "ending",
        "ends",
        "began",
        "begin",
        "begins",
        "started",
        "starting",
        "starts",
        "entered",
        "entering",
        "enters",
        "enter",
        "exited",
        "exiting",
        "finished",
        "finishing",
        "opened",
    }
)

#: Words after which a noun phrase opens, so that a four-digit number between
#: one of them and a noun qualifies the noun as a year does: ``a 2022 study``,
#: ``the 2019 acquisition``, ``its 2024 guidance``. A possessive
#: (``Barrick's 2024 output``) counts as well.
DETERMINERS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "whose",
    }
)

#: Words that, after a four-digit number, are no noun it could qualify:
#: ``the 2000 or so workers``, ``a 1900 to 2000 range``.
NOT_A_NOUN: frozenset[str] = frozenset(
    {
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "per",
        "than",
        "plus",
        "minus",
        "more",
        "less",
        "fewer",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "square",
        "cubic",
        "metric",
        "troy",
        "dry",
        "wet",
        "basis",
        "x",
    }
)

#: Nouns that make the number before them a count or a measure, never a
#: year: ``2019 shares``, ``2000 tonnes``, ``a 1900 metre hole``. A plural
#: count noun or a unit of measure: every unit of goods in
#: :mod:`mineralnews.vocabulary.units`, and these. The units prices are
#: quoted per and the currency words of
#: :mod:`mineralnews.vocabulary.currencies` count too.
YEAR_UNITS: frozenset[str] = QUANTITY_UNITS | frozenset(
    {
        "acre",
        "acres",
        "bars",
        "boe",
        "bst",
        "cents",
        "cet",
        "claims",
        "cm",
        "coins",
        "companies",
        "contracts",
        "copies",
        "cts",
        "days",
        "degrees",
        "dollars",
        "drillholes",
        "edt",
        "est",
        "et",
        "euros",
        "feet",
        "foot",
        "ft",
        "g",
        "gmt",
        "ha",
        "hectare",
        "hectares",
        "holes",
        "hours",
        "households",
        "hrs",
        "items",
        "jobs",
        "kilometer",
        "kilometers",
        "kilometre",
        "kilometres",
        "km",
        "kwh",
        "local",
        "lots",
        "m",
        "members",
        "meter",
        "metre",
        "mile",
        "miles",
        "mines",
        "minutes",
        "mm",
        "months",
        "orders",
        "patients",
        "pence",
        "people",
        "pesos",
        "pieces",
        "points",
        "ppb",
        "ppm",
        "pts",
        "residents",
        "rigs",
        "samples",
        "seconds",
        "share",
        "shares",
        "sites",
        "staff",
        "stocks",
        "stores",
        "students",
        "times",
        "tpd",
        "trades",
        "transactions",
        "users",
        "utc",
        "visitors",
        "votes",
        "weeks",
        "workers",
        "years",
    }
)

#: Words before a weekday that make it the name of something else:
#: ``Black Friday``, ``Super Tuesday``, ``the Mail on Sunday``.
NOT_A_DAY_BEFORE: frozenset[str] = frozenset(
    {
        "black",
        "good",
        "cyber",
        "super",
        "ash",
        "easter",
        "palm",
        "maundy",
        "holy",
        "giving",
        "shrove",
        "blue",
        "manic",
        "bloody",
        "casual",
        "every",
        "each",
    }
)

#: Words after a weekday that make it the name of a publication.
NOT_A_DAY_AFTER: frozenset[str] = frozenset(
    {
        "Times",
        "Telegraph",
        "Independent",
        "Express",
        "Mirror",
        "Post",
        "Herald",
        "Mail",
        "Tribune",
        "Star",
        "Observer",
        "Business",
    }
)

#: Phrases that, shortly before a weekday, a month or a day in the same
#: clause, say the text speaks of the future: ``will report on Friday``, ``is
#: due in June``, ``investors await data on Friday``. Lower case, whole words;
#: a word ending in ``'ll`` counts too. ("due to" is "because of".) They
#: outweigh a word in ``-ed`` between them and the date, which is then an
#: adjective (``will see increased demand in March``).
FUTURE_MARKERS: tuple[str, ...] = (
    "will",
    "shall",
    "is due",
    "are due",
    "due on",
    "due out",
    "due in",
    "due by",
    "due for",
    "ahead of",
    "await",
    "awaits",
    "awaiting",
    "scheduled",
    "slated",
    "poised",
    "set to",
    "set for",
    "on track",
    "plan to",
    "plans to",
    "planning to",
    "planned for",
    "upcoming",
    "next",
    "going to",
    "intend to",
    "intends to",
    "aim to",
    "aims to",
    "aiming",
    "seeks to",
    "targets",
    "targeting",
    "expected to",
    "expect to",
    "expects to",
    "is seen",
    "are seen",
)

#: Words after a month that make it a futures contract's month, which lies
#: ahead: "gold for December delivery", "the March contract".
CONTRACT_WORDS: frozenset[str] = frozenset(
    {"delivery", "contract", "contracts", "futures", "expiry", "options"}
)

#: Words of expectation and forecast that, nearer to a date than any verb in
#: the past tense, put it in the future: ``traders see a cut by February``,
#: ``a 65% probability of a cut in September``, ``when it meets in March``.
FORECAST_WORDS: frozenset[str] = frozenset(
    {
        "see",
        "sees",
        "expect",
        "expects",
        "expected",
        "expectation",
        "expectations",
        "forecast",
        "forecasts",
        "predict",
        "predicts",
        "anticipate",
        "anticipates",
        "probability",
        "odds",
        "chance",
        "chances",
        "likely",
        "likelihood",
        "bet",
        "bets",
        "betting",
        "pricing",
        "hope",
        "hopes",
        "hoping",
        "when",
        "if",
        "unless",
        "would",
        "could",
        "should",
        "might",
        "may",
        "payable",
        "expiring",
        "maturing",
    }
)

#: Verbs in the past tense (and past participles) that keep a date in the
#: past even after a word of expectation: ``when prices fell in March``.
#: Regular verbs in ``-ed`` are recognised by their ending; verbs whose past
#: is their present (``cut``, ``set``, ``hit``) are left out.
PAST_VERBS: frozenset[str] = frozenset(
    {
        "was",
        "were",
        "had",
        "did",
        "said",
        "rose",
        "risen",
        "fell",
        "fallen",
        "saw",
        "seen",
        "grew",
        "grown",
        "began",
        "begun",
        "made",
        "took",
        "taken",
        "came",
        "went",
        "gone",
        "gave",
        "given",
        "got",
        "sold",
        "bought",
        "paid",
        "won",
        "lost",
        "held",
        "told",
        "met",
        "led",
        "left",
        "kept",
        "brought",
        "thought",
        "sank",
        "sunk",
        "slid",
        "spent",
        "struck",
        "stood",
        "became",
        "chose",
        "knew",
        "wrote",
        "ran",
        "swung",
        "sought",
        "shown",
        "since",
        "ago",
    }
)

#: Before a word of the future, these make it a future that did not come:
#: ``had expected a cut in March``, ``had planned to vote in June``. Not
#: ``was``/``were``: reported speech shifts a future into them (``said the
#: results were due in September``).
PAST_AUXILIARIES: frozenset[str] = frozenset({"had"})

#: Before a word in ``-ed`` (or a past verb), these make it a participle
#: rather than a verb in the past: ``is based in``, ``are seen``.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"is", "are", "am", "be", "being", "been"})

#: Before a word of expectation, these make it no expectation of a date:
#: ``more than expected in March``, ``as expected``.
NOT_A_MARKER_BEFORE: frozenset[str] = frozenset({"than", "as"})

#: Words in ``-ed`` that are no verbs in the past tense.
NOT_A_VERB: frozenset[str] = frozenset(
    {"hundred", "limited", "based", "related", "listed", "united", "indeed", "kindred", "sacred"}
)

#: Before a month, these set a deadline: a month later in the reference's
#: year is this year's, not last year's (``by September``, ``until June``),
#: unless a verb in the past tense says otherwise.
DEADLINE_WORDS: frozenset[str] = frozenset({"by", "until", "till", "through"})

#: ``today`` in a call to action is not a date: ``subscribe today``,
#: ``become a member today to get access``.
CALL_TO_ACTION_BEFORE: frozenset[str] = frozenset(
    {
        "subscribe",
        "member",
        "join",
        "register",
        "upgrade",
        "download",
        "apply",
        "donate",
        "trial",
        "enroll",
        "enrol",
    }
)

#: Verbs after ``today to`` that mark a call to action.
CALL_TO_ACTION_AFTER: frozenset[str] = frozenset(
    {
        "get",
        "gain",
        "receive",
        "access",
        "unlock",
        "start",
        "enjoy",
        "claim",
        "learn",
        "read",
        "download",
        "join",
        "subscribe",
        "save",
    }
)
