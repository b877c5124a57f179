"""Throughput: parse_article MB/s and articles/s against a bare regex scan.

Parses a corpus on one core and prints, from the same run, parse_article's
megabytes and articles per second and the megabytes per second of a bare
``regex`` scan for runs of digits over the same texts (the floor no parser
of figures can beat), with the ratio between the two.

    python benchmarks/throughput.py                  # the generated corpus, 5 MB
    python benchmarks/throughput.py --mb 20          # a bigger one
    python benchmarks/throughput.py articles.jsonl   # any JSON Lines of {text, published?}
    python benchmarks/throughput.py --finders        # and each finder's share
    python benchmarks/throughput.py --profile 25     # and a cProfile summary
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

from mineralnews import (
    detect_published,
    find_moves,
    find_percents,
    find_sections,
    find_tickers,
    parse_article,
)
from mineralnews.dates import find_article_dates
from mineralnews.model import Percent, Ticker
from mineralnews.money import find_money, stated_dollar

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

DIGITS = regex.compile(r"\d++")


def load(paths: list[str], megabytes: float) -> list[tuple[str, str | None]]:
    """(text, published) pairs from JSON Lines files, or from the generated corpus."""
    if not paths:
        return [(r["text"], r["published"]) for r in corpus.articles(megabytes)]
    found: list[tuple[str, str | None]] = []
    for path in paths:
        with open(path, encoding="utf-8", errors="surrogateescape") as fh:
            for line in fh:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    published = record.get("published")
                    found.append(
                        (record["text"], published if isinstance(published, str) else None)
                    )
    return found


def parse_all(texts: list[tuple[str, str | None]]) -> None:
    for text, published in texts:
        try:
            parse_article(text, published=published)
        except ValueError:  # a published date that is not ISO: parse without it
            parse_article(text)


def _dates(texts: list[tuple[str, str | None]]) -> None:
    for text, published in texts:
        find_article_dates(text, published)


def _moves_given(found: list[tuple[str, tuple[Ticker, ...], tuple[Percent, ...]]]) -> None:
    for text, tickers, percents in found:
        find_moves(text, tickers=tickers, percents=percents)


def _each(fn: Callable[[str], object]) -> Callable[[list[tuple[str, str | None]]], None]:
    def run(texts: list[tuple[str, str | None]]) -> None:
        for text, _ in texts:
            fn(text)

    return run


#: Each step of parse_article, timed alone over the same texts.
STEPS: dict[str, Callable[[list[tuple[str, str | None]]], None]] = {
    "find_sections": _each(find_sections),
    "find_tickers": _each(find_tickers),
    "find_percents": _each(find_percents),
    "find_money": _each(lambda t: find_money(t, dollar=stated_dollar(t) or "USD")),
    "find_article_dates": _dates,
}


def scan_all(texts: list[tuple[str, str | None]]) -> None:
    for text, _ in texts:
        for _m in DIGITS.finditer(text):
            pass


# CPU seconds of this process: MB per second of one core, whatever else
# the machine is running.
def best_of(
    fn: Callable[[list[tuple[str, str | None]]], None],
    texts: list[tuple[str, str | None]],
    repeat: int,
) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        fn(texts)
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("jsonl", nargs="*", help="JSON Lines files of articles (default: generated)")
    p.add_argument("--mb", type=float, default=5.0, help="size of the generated corpus in MB")
    p.add_argument("--repeat", type=int, default=3, help="runs to take the best of")
    p.add_argument("--finders", action="store_true", help="time each finder alone too")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions")
    args = p.parse_args(argv)

    texts = load(args.jsonl, args.mb)
    if not texts:
        p.error("no articles with a 'text' string in the input")
    mb = sum(len(t.encode("utf-8", "surrogatepass")) for t, _ in texts) / 1e6
    source = ", ".join(args.jsonl) or f"generated corpus (seed {corpus.SEED})"
    print(f"corpus: {source}: {len(texts):,} articles, {mb:.2f} MB")

    parse_s = best_of(parse_all, texts, args.repeat)
    scan_s = best_of(scan_all, texts, args.repeat)
    print(f"parse_article   {mb / parse_s:8.2f} MB/s  {len(texts) / parse_s:9,.0f} articles/s")
    print(f"regex \\d++ scan {mb / scan_s:8.2f} MB/s")
    print(f"ratio           {parse_s / scan_s:8.1f}x slower than the bare scan")

    if args.finders:
        print(f"\n{'step':20s} {'s/MB':>7s} {'share':>6s}")
        total = 0.0
        for name, step in STEPS.items():
            seconds = best_of(step, texts, args.repeat)
            total += seconds
            print(f"{name:20s} {seconds / mb:7.3f} {seconds / parse_s:6.0%}")
        # find_moves is given the listings and percentages, as in parse_article,
        # found outside its clock.
        found = [(t, find_tickers(t), find_percents(t)) for t, _ in texts]
        seconds = best_of(lambda _texts: _moves_given(found), texts, args.repeat)
        total += seconds
        print(f"{'find_moves':20s} {seconds / mb:7.3f} {seconds / parse_s:6.0%}")
        rest = max(parse_s - total, 0.0)
        print(f"{'the rest':20s} {rest / mb:7.3f} {rest / parse_s:6.0%}")
        # parse_article runs it only for an article given without a date.
        seconds = best_of(_each(detect_published), texts, args.repeat)
        print(f"{'detect_published':20s} {seconds / mb:7.3f}   (when no date is given)")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        parse_all(texts)
        profiler.disable()
        print()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
