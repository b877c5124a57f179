"""Linear time for the date finders on inputs built to make patterns backtrack.

usage: python benchmarks/adversarial_dates.py [--sizes 1 4] [--repeat 3] [--shape NAME]

For each input shape and size (in MB) prints the seconds per MB of
``find_dates`` and ``find_article_dates`` (the best of ``--repeat`` runs, so
that a busy machine does not pass for a slow parser); the growth exponent
fitted between the smallest and the largest size should stay near 1
(linear).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import time
from collections.abc import Callable

from mineralnews.dates import find_article_dates, find_dates

# One unit of each shape, repeated to the size asked for.
SHAPES: dict[str, str] = {
    "digits": "1",
    "spaces": " ",
    "newlines": "\n",
    "month names": "January ",
    "months no space": "January",
    "month dots": "Sept.",
    "weekdays": "Monday ",
    "weekday commas": "Tuesday, ",
    "day month": "14 October ",
    "full dates": "Wednesday, January 28, 2026 ",
    "date lines": "Headline\n\nTeaser...\n\nSunday, April 4, 2021, 09:00:00 AM\n\n",
    "years": "in 2019 ",
    "bare years": "2019 ",
    "year dashes": "2019-",
    "slashes": "1/",
    "iso runs": "2026-01-2",
    "relative": "last year today ",
    "month spaces": "March" + " " * 50,
    "times": "10:44 ",
    "mixed": "Oct. 1, 2 3/4 - $2019 in Q1 2022 ",
}

_REF = dt.date(2025, 10, 14)


def _seconds(fn: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1.0, 4.0], metavar="MB")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    args = ap.parse_args()
    sizes = sorted(args.sizes)
    finders: dict[str, Callable[[str], object]] = {
        "find_dates": lambda s: find_dates(s, _REF),
        "find_article_dates": lambda s: find_article_dates(s, _REF),
    }
    for name, unit in SHAPES.items():
        if args.shape and name not in args.shape:
            continue
        for fname, fn in finders.items():
            times = []
            for mb in sizes:
                text = (unit * (int(mb * 1_000_000) // len(unit) + 1))[: int(mb * 1_000_000)]
                times.append(_seconds(fn, text, args.repeat))
            per_mb = "  ".join(f"{t / mb:7.3f}" for t, mb in zip(times, sizes, strict=True))
            exponent = (
                math.log(max(times[-1], 1e-9) / max(times[0], 1e-9))
                / math.log(sizes[-1] / sizes[0])
                if len(sizes) > 1
                else float("nan")
            )
            print(f"{name:18} {fname:19} s/MB {per_mb}   exponent {exponent:5.2f}")


if __name__ == "__main__":
    main()
