"""Feed every public finder inputs built to make regular expressions backtrack.

usage: python benchmarks/adversarial.py [--sizes 1,4] [--only NAME[,NAME...]]

Each input is one pattern repeated to each size (in MB): long runs of ``$``,
of digits, of ``1,``, of ``% ``, of currency signs and spaces, and the like.
Every function that :mod:`mineralnews` exports whose name starts with
``find_``, and :func:`mineralnews.parse_article`, is run on each (the best of
``--repeat`` runs kept), and the script prints seconds per MB for each size.
Time must grow linearly: the 4 MB input may cost at most about 5 times the
1 MB one, i.e. seconds per MB stays flat. The exit status is 1 when, for some
finder and input, the largest size's seconds per MB exceed 1.5 times the
smallest's.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import mineralnews

MB = 1_000_000
NOISE_FLOOR = 0.01  # seconds per MB
# 4 MB at most about 5 times 1 MB: seconds per MB may grow by timing noise,
# never by the factor of 4 a quadratic scan would show.
GROWTH_LIMIT = 1.5

#: name -> the unit repeated to build the input.
INPUTS: dict[str, str] = {
    "dollars": "$",
    "digits": "7",
    "one-comma": "1,",
    "percent-space": "% ",
    "currency-signs": "$ £ € ¥ US$ C$ A$ HK$ R$ R ",
    "sign-digit": "$1 ",
    "digit-space": "1 ",
    "digit-dot": "1.",
    "minus-digit": "-1",
    "dash-range": "1-",
    "magnitudes": "1 million ",
    "pence-cents": "1p1c",
    "per-cent": "1 per ",
    "letters-digits": "US1",
    "spaces": " ",
    "colons": "A: ",
    "words": "shares rose ",
    "moves": "rose 5% ",
    "move-lists": "Atlas (TSX: AT) and Orion rose 1% and 2%, respectively; Kestrel (+3%) ",
}


def finders() -> dict[str, Callable[[str], Any]]:
    """Every public ``find_*`` function of mineralnews, and ``parse_article``."""
    found: dict[str, Callable[[str], Any]] = {
        name: getattr(mineralnews, name) for name in mineralnews.__all__ if name.startswith("find_")
    }
    found["parse_article"] = mineralnews.parse_article
    return found


def _build(unit: str, size_mb: float) -> str:
    n = int(size_mb * MB)
    return (unit * (n // len(unit) + 1))[:n]


def _time(fn: Callable[[str], Any], text: str, repeat: int) -> float:
    # The best of a few runs: the noise of a shared machine only adds time.
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,4", help="sizes in MB, comma-separated (default 1,4)")
    ap.add_argument("--only", default="", help="finder names to run, comma-separated")
    ap.add_argument("--repeat", type=int, default=2, help="runs per input, the best kept")
    a = ap.parse_args(argv)
    sizes = sorted(float(s) for s in a.sizes.split(",") if s.strip())
    chosen = finders()
    if a.only:
        wanted = {n.strip() for n in a.only.split(",")}
        chosen = {k: v for k, v in chosen.items() if k in wanted}
    header = " ".join(f"{f'{s:g} MB s/MB':>12}" for s in sizes)
    print(f"{'finder':<16} {'input':<16} {header} {'growth':>8}")
    worst = 0.0
    failed = False
    for fname, fn in chosen.items():
        for iname, unit in INPUTS.items():
            per_mb = []
            for size in sizes:
                per_mb.append(_time(fn, _build(unit, size), a.repeat) / size)
            # Seconds per MB of the largest size over the smallest: 1 is linear.
            growth = per_mb[-1] / per_mb[0] if per_mb[0] > 0 else 1.0
            flag = ""
            # Below 10 ms per MB the clock's noise outweighs any trend.
            if per_mb[-1] > NOISE_FLOOR:
                worst = max(worst, growth)
            if len(sizes) > 1 and growth > GROWTH_LIMIT and per_mb[-1] > NOISE_FLOOR:
                flag = "  <-- not linear"
                failed = True
            cells = " ".join(f"{v:12.4f}" for v in per_mb)
            print(f"{fname:<16} {iname:<16} {cells} {growth:8.2f}{flag}", flush=True)
    print(f"worst growth of seconds per MB above the noise floor: {worst:.2f} (1.00 is linear)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
