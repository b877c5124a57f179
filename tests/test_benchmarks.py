"""The benchmark scripts still run (tiny sizes; the figures are in docs/performance.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
pytestmark = pytest.mark.skipif(not BENCHMARKS.is_dir(), reason="benchmarks/ not shipped here")


def _run(script: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_adversarial_runs_every_finder() -> None:
    # Timings of a few kilobytes on a shared machine say nothing about growth:
    # the limit is lifted so this checks that the script runs, not how fast.
    out = _run(
        "adversarial.py",
        "--sizes",
        "0.01,0.02",
        "--inputs",
        "digits,colons,mixed-1",
        "--limit",
        "1000",
    )
    assert "parse_article" in out
    assert "find_tickers" in out
    assert "largest exponent" in out


def test_throughput_prints_both_rates_and_their_ratio() -> None:
    out = _run("throughput.py", "--mb", "0.05", "--repeat", "1")
    assert "parse_article" in out
    assert "scan" in out
    assert "ratio" in out


def test_throughput_times_every_step_of_parse_article() -> None:
    out = _run("throughput.py", "--mb", "0.05", "--repeat", "1", "--finders")
    steps = [line[:20].strip() for line in out.split("step", 1)[1].splitlines()[1:] if line]
    assert steps == [
        "find_sections",
        "find_tickers",
        "find_percents",
        "find_money",
        "find_article_dates",
        "find_moves",
        "the rest",
        "detect_published",
    ]


def test_corpus_is_the_same_on_every_run() -> None:
    assert _run("corpus.py", "--mb", "0.02") == _run("corpus.py", "--mb", "0.02")
