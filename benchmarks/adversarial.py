"""Linear time, always: every finder on inputs built to make patterns backtrack.

Runs every public finder of :mod:`mineralnews` (each name in ``__all__`` that
starts with ``find_``), :func:`mineralnews.parse_article` and the URL scan
every finder shares, on long runs of digits, separators, currency signs,
``(``, ``:``, capitalised words, ``%``, spaces and mixtures of them, at
several sizes. It prints the seconds per MB at each size and the growth
exponent fitted to the timings (1.0 is linear, 2.0 quadratic) and exits
with status 1 if any exponent exceeds the limit, or if any call raises.

    python benchmarks/adversarial.py                 # 1, 2, 4 and 8 MB
    python benchmarks/adversarial.py --quick         # 0.125 to 1 MB, for a first look
    python benchmarks/adversarial.py --sizes 1,4 --only find_tickers --inputs digits,colons
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import sys
import time
from collections.abc import Callable, Iterable

import mineralnews
from mineralnews._text import link_spans

MB = 1_000_000
LIMIT = 1.15

#: name -> the unit repeated up to the size asked for. Each one is a shape a
#: pattern could retry on: a run some quantifier eats, then fails to finish.
UNITS: dict[str, str] = {
    # digits and separators
    "digits": "7",
    "digits-commas": "1,",
    "digits-dots": "1.",
    "digits-spaces": "1 ",
    "digits-nbsp": "100\u00a0",
    "digits-thin": "100\u2009",
    "thousands": "1,000",
    "decimals": "1.5.",
    "separators": ",. '’-_/",
    "hyphens": "-‐‑–—−",
    "unicode-digits": "١٢٣٤٥٦٧٨٩٠०१२३४५६७८९",
    # currency signs and amounts
    "currency": "$€£¥₹₩₽₪₫₱₴₦",
    "dollar-digits": "$1",
    "prefixed-dollars": "US$C$A$HK$",
    "currency-codes": "USD EUR ",
    "amount-magnitude": "$1 million ",
    "magnitudes": "million billion ",
    # pieces of magnitude words ("mln", "bln") run together in one long word
    "magnitude-pieces": "lnbl",
    "magnitude-glued": "millionbn",
    # parentheses and colons: listings, times, labels
    "parens": "(",
    "parens-words": "(Atlas ",
    "colons": ":",
    "word-colons": "A:",
    "exchange-colons": "NYSE: ",
    "exchange-runs": "NYSE, TSX, ",
    "listing-open": "(TSXV: ABC; ",
    # a release's short names between the issuer and its listing
    "listing-aliases": 'Atlas ("A") (TSX: AGX) ',
    "times": "10:30:",
    # capitalised words: issuer names, months, weekdays
    "capitals": "Atlas ",
    "capitals-nospace": "Atlas",
    "upper": "ABCD ",
    "initials": "U.S.",
    "corp": "Atlas Corp. ",
    "months": "January ",
    "month-days": "January 28, ",
    "weekdays": "Monday, ",
    "dates-numeric": "1/2/",
    "iso-dates": "2026-01-",
    # percent signs and moves
    "percents": "%",
    "digit-percents": "1%",
    "spaced-percents": "1 % ",
    "percent-words": "1 per cent ",
    "move-words": "rose fell up down ",
    "move-figures": "rose 3% ",
    # spaces
    "spaces": " ",
    "nbsp": "\u00a0",
    "newlines": "\n",
    "tabs-spaces": " \t",
    # addresses: the URL and e-mail scan
    "url-chars": "a.b-c_",
    "at-signs": "a@",
    "emails": "a@b.",
    "urls": "http://a/",
    # markup
    "html": "<p>&amp;",
}

#: The atoms "mixed" inputs are drawn from, and the seed that draws them.
ATOMS = sorted(set(UNITS.values()) | {"the", " ", ", ", ". ", "\n"})
SEED = 20260305


def build(name: str, size: int) -> str:
    """The input ``name`` at ``size`` characters."""
    if name.startswith("mixed"):
        rng = random.Random(f"{SEED}-{name}")
        parts: list[str] = []
        n = 0
        while n < size:
            atom = rng.choice(ATOMS) * rng.choice((1, 1, 2, 3, 8, 40))
            parts.append(atom)
            n += len(atom)
        return "".join(parts)[:size]
    unit = UNITS[name]
    return (unit * (size // len(unit) + 1))[:size]


INPUTS = [*UNITS, "mixed-1", "mixed-2", "mixed-3"]


def finders() -> dict[str, Callable[[str], object]]:
    """Every public finder, ``parse_article`` and the shared URL scan, by name."""
    found: dict[str, Callable[[str], object]] = {}
    for name in mineralnews.__all__:
        if name.startswith("find_") or name == "parse_article":
            found[name] = getattr(mineralnews, name)
    found["link_spans"] = link_spans
    return found


def timed(fn: Callable[[str], object], texts: list[str], rounds: int) -> list[float]:
    """The fastest call at each size, over rounds that visit every size in turn.

    CPU seconds of this process, so other jobs on the machine do not count;
    and rounds, not repeats per size, so what load still leaks through (the
    caches, the clock) slows every size alike instead of bending the curve.
    Slow inputs (over ten seconds a round) get one round.
    """
    best = [math.inf] * len(texts)
    for _ in range(rounds):
        spent = 0.0
        for i, text in enumerate(texts):
            gc.collect()
            t0 = time.process_time()
            fn(text)
            t = time.process_time() - t0
            best[i] = min(best[i], t)
            spent += t
        if spent > 10:
            break
    return best


def exponent(sizes: Iterable[float], seconds: Iterable[float]) -> float:
    """The slope of log(seconds) against log(size): the power the time grows with."""
    pts = [(math.log(s), math.log(max(t, 1e-9))) for s, t in zip(sizes, seconds, strict=True)]
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    num = sum((x - mx) * (y - my) for x, y in pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return num / den if den else 0.0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="1,2,4,8", help="input sizes in MB (default 1,2,4,8)")
    p.add_argument("--quick", action="store_true", help="sizes 0.125,0.25,0.5,1 MB")
    p.add_argument("--only", default="", help="comma-separated finder names to run")
    p.add_argument("--inputs", default="", help="comma-separated input names to run")
    p.add_argument("--rounds", "--repeat", type=int, default=3, help="timing rounds (best of)")
    p.add_argument("--limit", type=float, default=LIMIT, help="largest exponent allowed")
    p.add_argument(
        "--floor",
        type=float,
        default=0.1,
        help=(
            "seconds at the largest size below which a scan is too fast to fit: "
            "at tens of MB/s the time follows the CPU caches, not the pattern"
        ),
    )
    args = p.parse_args(argv)
    sizes = [0.125, 0.25, 0.5, 1.0] if args.quick else [float(s) for s in args.sizes.split(",")]
    chosen = finders()
    if args.only:
        unknown = set(args.only.split(",")) - set(chosen)
        if unknown:
            p.error(f"unknown finder(s): {', '.join(sorted(unknown))}; have {', '.join(chosen)}")
        chosen = {k: v for k, v in chosen.items() if k in args.only.split(",")}
    inputs = INPUTS
    if args.inputs:
        unknown = set(args.inputs.split(",")) - set(INPUTS)
        if unknown:
            p.error(f"unknown input(s): {', '.join(sorted(unknown))}")
        inputs = [i for i in INPUTS if i in args.inputs.split(",")]

    head = "".join(f"{s:>9g}MB" for s in sizes)
    print(f"seconds per MB at each size, and the fitted growth exponent (limit {args.limit})")
    print(f"{'finder':<14} {'input':<18}{head}   exponent")
    failures: list[str] = []
    worst = (0.0, "")
    for input_name in inputs:
        texts = [build(input_name, int(s * MB)) for s in sizes]
        for fname, fn in chosen.items():
            try:
                seconds = timed(fn, texts, args.rounds)
            except Exception as e:  # a finder must never raise on a str
                failures.append(f"{fname} on {input_name}: raised {type(e).__name__}: {e}")
                continue
            if max(seconds) < args.floor:
                exp, note = 1.0, "  (too fast to fit)"
            else:
                exp, note = exponent(sizes, seconds), ""
            per_mb = "".join(f"{t / s:>11.4f}" for s, t in zip(sizes, seconds, strict=True))
            flag = "  <-- SUPER-LINEAR" if exp > args.limit else ""
            print(f"{fname:<14} {input_name:<18}{per_mb}   {exp:6.2f}{note}{flag}", flush=True)
            if exp > args.limit:
                failures.append(f"{fname} on {input_name}: exponent {exp:.2f}")
            if exp > worst[0] and not note:
                worst = (exp, f"{fname} on {input_name}")
    print(f"\nlargest exponent: {worst[0]:.2f} ({worst[1]})")
    if failures:
        print("FAILED:", *failures, sep="\n  ", file=sys.stderr)
        return 1
    print("every exponent within the limit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
