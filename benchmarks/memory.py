"""Flat memory in batch runs: peak RSS of ``mineralnews --jsonl`` for growing inputs.

Writes JSON Lines files of generated articles (with a few malformed lines
mixed in) to a temporary directory, runs ``python -m mineralnews --jsonl``
on each with its output thrown away, and prints the peak resident memory
of the run. A streaming run's peak is the same for 20 MB as for 200 MB.

    python benchmarks/memory.py                  # 20 MB and 200 MB, one process
    python benchmarks/memory.py --sizes 5,50 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

# Enough distinct articles that the file is not one article repeated; then
# they repeat, so a 200 MB file takes seconds, not minutes, to write.
_DISTINCT_MB = 4.0
_BAD_LINES = [b"{not json", b"\xff\xfe not utf-8", b'{"id": "no text"}', b""]


def write_input(path: Path, megabytes: float) -> int:
    """A JSON Lines file of about ``megabytes`` MB; returns its line count."""
    lines = [
        json.dumps(r, ensure_ascii=False).encode("utf-8") for r in corpus.articles(_DISTINCT_MB)
    ]
    limit = int(megabytes * 1_000_000)
    size = n = 0
    with open(path, "wb") as fh:
        while size < limit:
            line = lines[n % len(lines)] if n % 97 else _BAD_LINES[(n // 97) % len(_BAD_LINES)]
            fh.write(line + b"\n")
            size += len(line) + 1
            n += 1
    return n


def peak_rss_mb(cmd: list[str]) -> tuple[float, float, int]:
    """Peak RSS in MB of the command's main process, its seconds, and its exit status."""
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(cmd, stdout=devnull)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux.
    return usage.ru_maxrss / 1024, time.perf_counter() - t0, proc.returncode


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="20,200", help="input sizes in MB (default 20,200)")
    p.add_argument("--workers", type=int, default=1, help="--workers for the run (default 1)")
    args = p.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"mineralnews --jsonl --workers {args.workers}: peak RSS of the main process")
    print(f"{'input MB':>9} {'lines':>9} {'seconds':>8} {'MB/s':>6} {'peak RSS MB':>12}")
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / f"input-{mb:g}MB.jsonl"
            lines = write_input(path, mb)
            cmd = [sys.executable, "-m", "mineralnews", "--jsonl"]
            cmd += ["--workers", str(args.workers), str(path)]
            peak, seconds, status = peak_rss_mb(cmd)
            path.unlink()
            if status not in (0, 1):  # 1: the malformed lines, as intended
                print(f"run failed with status {status}", file=sys.stderr)
                return 1
            peaks.append(peak)
            print(f"{mb:>9g} {lines:>9,} {seconds:>8.1f} {mb / seconds:>6.2f} {peak:>12.1f}")
    print(f"peak RSS grew {peaks[-1] / peaks[0]:.2f}x for {sizes[-1] / sizes[0]:g}x the input")
    return 0


if __name__ == "__main__":
    sys.exit(main())
