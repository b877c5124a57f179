"""A generated corpus of news-like articles, the same on every run.

Articles are built from sentence templates of market news (listings,
price moves, money, percentages, dates, weekdays) filled from a seeded
random generator, with the listings drawn from the project's own exchange
table, plus paragraphs of plain prose. Nothing is downloaded and nothing
large is stored: the corpus is made in memory, a few megabytes a second.

    python benchmarks/corpus.py --mb 5 > corpus.jsonl   # as JSON Lines
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator

from mineralnews.vocabulary.exchanges import EXCHANGES

SEED = 20260305

_COMPANY_HEADS = [
    "Atlas",
    "Northvale",
    "Carrow",
    "Bluefin",
    "Kestrel",
    "Orion",
    "Tamar",
    "Granite Peak",
    "Silver Fern",
    "Redwater",
    "Coppercrest",
    "Ironbark",
    "Lakeshore",
    "Blue Ridge",
    "Halden",
]
_COMPANY_TAILS = [
    "Lithium",
    "Minerals",
    "Gold",
    "Resources",
    "Energy",
    "Metals",
    "Mining",
    "Uranium",
]
_SUFFIXES = ["Corp.", "Inc.", "Ltd.", "Limited", "plc", "", ""]
_COMMODITIES = ["gold", "copper", "lithium", "uranium", "nickel", "silver", "iron ore", "cobalt"]
_UP = ["rose", "climbed", "jumped", "gained", "advanced", "surged", "added", "edged up"]
_DOWN = ["fell", "dropped", "slid", "declined", "lost", "tumbled", "shed", "edged down"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_SHORT_MONTHS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_CITIES = ["VANCOUVER", "TORONTO", "PERTH", "DENVER", "LONDON", "JOHANNESBURG", "RENO"]
_WIRES = ["(GLOBE NEWSWIRE)", "(BUSINESS WIRE)", "/PRNewswire/", "(ACCESSWIRE)", ""]
_PROSE_TEXT = (
    "the company said the program would continue through the season as crews "
    "complete the access road and the camp while permitting for the next phase "
    "moves ahead with the regional authorities and local communities the board "
    "believes the project is well placed to benefit from demand for battery "
    "metals and from a supportive policy environment analysts at several banks "
    "said costs at the site were in line with expectations although the timing "
    "of first production still depends on financing and on the results of the "
    "ongoing metallurgical test work at the laboratory"
)
_PROSE = _PROSE_TEXT.split()
_EXCHANGE_SPELLINGS = sorted({n for names in EXCHANGES.values() for n in names if len(n) <= 12})


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def company(self) -> str:
        r = self.rng
        parts = [r.choice(_COMPANY_HEADS), r.choice(_COMPANY_TAILS), r.choice(_SUFFIXES)]
        return " ".join(p for p in parts if p)

    def symbol(self) -> str:
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))

    def listing(self) -> str:
        r = self.rng
        groups = [f"{r.choice(_EXCHANGE_SPELLINGS)}: {self.symbol()}"]
        if r.random() < 0.4:
            groups.append(f"OTCQB: {self.symbol()}F")
        return "(" + "; ".join(groups) + ")"

    def pct(self) -> str:
        r = self.rng
        return f"{r.randrange(0, 40)}.{r.randrange(0, 100):02d}"

    def price(self) -> str:
        r = self.rng
        return r.choice(
            [f"{r.randrange(1, 90)}.{r.randrange(100):02d}", f"0.{r.randrange(100):02d}"]
        )

    def money(self) -> str:
        r = self.rng
        amount = r.choice(
            [
                f"${r.randrange(1, 900)} million",
                f"US${r.randrange(1, 90)}.{r.randrange(10)} billion",
                f"C${r.randrange(1, 900)}M",
                f"A${r.randrange(1, 50)}.{r.randrange(10)}m",
                f"£{r.randrange(1, 900)}mln",
                f"€{r.randrange(1, 90)},{r.randrange(100, 999)}",
                f"${r.randrange(1, 999):,},{r.randrange(100, 999)}",
                f"{r.randrange(1, 900)} million dollars",
            ]
        )
        return amount

    def date(self, published: dt.date) -> str:
        r = self.rng
        day = published - dt.timedelta(days=r.randrange(0, 40))
        return r.choice(
            [
                f"{_MONTHS[day.month - 1]} {day.day}, {day.year}",
                f"{_MONTHS[day.month - 1]} {day.day}",
                f"{_WEEKDAYS[day.weekday() % 5]}, {_MONTHS[day.month - 1]} {day.day}",
                f"{_SHORT_MONTHS[r.randrange(len(_SHORT_MONTHS))]} {day.day}",
                f"on {r.choice(_WEEKDAYS)}",
                f"{day.isoformat()}",
                f"the first quarter of {day.year}",
                "last year",
            ]
        )

    def sentence(self, published: dt.date, company: str) -> str:
        r = self.rng
        kind = r.randrange(9)
        if kind == 0:
            verb = r.choice(_UP + _DOWN)
            return (
                f"Shares of {company} {verb} {self.pct()}% to {self.money().split()[0]} "
                f"{self.date(published)}."
            )
        if kind == 1:
            return (
                f"The company reported revenue of {self.money()} for the quarter ended "
                f"{self.date(published)}, up {self.pct()} percent from a year earlier."
            )
        if kind == 2:
            return (
                f"{r.choice(_COMMODITIES).capitalize()} prices {r.choice(_UP + _DOWN)} "
                f"{self.pct()}% over the past 24 hours to ${self.price()} per ounce."
            )
        if kind == 3:
            return (
                f"The stock was up an additional {self.pct()}% in pre-market trading "
                f"after closing {self.pct()} per cent higher {self.date(published)}."
            )
        if kind == 4:
            return (
                f"{self.company()} {self.listing()} agreed to buy a {self.pct()}% stake "
                f"for {self.money()} in cash and shares."
            )
        if kind == 5:
            return (
                f"The study estimates an after-tax net present value of {self.money()} and "
                f"an internal rate of return of {self.pct()}%, with capital costs of "
                f"{self.money()}."
            )
        words = r.sample(_PROSE, r.randrange(12, 30))
        return " ".join(words).capitalize() + "."

    def article(self, n: int) -> dict[str, str]:
        r = self.rng
        published = dt.date(2024, 1, 1) + dt.timedelta(days=r.randrange(0, 900))
        company = self.company()
        title = f"{company} {r.choice(_UP + _DOWN)} {self.pct()}% on {r.choice(_COMMODITIES)} news"
        dateline = (
            f"{r.choice(_CITIES)}, {_MONTHS[published.month - 1]} {published.day}, "
            f"{published.year} {r.choice(_WIRES)} -- {company} {self.listing()} "
            f"announced results from its {r.choice(_COMMODITIES)} project."
        )
        paragraphs = [
            " ".join(self.sentence(published, company) for _ in range(r.randrange(2, 6)))
            for _ in range(r.randrange(3, 9))
        ]
        text = "\n\n".join([title, dateline, *paragraphs])
        return {"id": f"gen-{n}", "published": published.isoformat(), "text": text}


def articles(megabytes: float, seed: int = SEED) -> Iterator[dict[str, str]]:
    """Generated articles until their texts hold ``megabytes`` MB of UTF-8."""
    writer = _Writer(random.Random(seed))
    limit = int(megabytes * 1_000_000)
    size = n = 0
    while size < limit:
        record = writer.article(n)
        size += len(record["text"].encode("utf-8"))
        n += 1
        yield record


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Print the generated corpus as JSON Lines.")
    p.add_argument("--mb", type=float, default=5.0, help="megabytes of article text")
    p.add_argument("--seed", type=int, default=SEED)
    args = p.parse_args(argv)
    for record in articles(args.mb, args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
