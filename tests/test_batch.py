"""Batch runs that lose nothing: ``--jsonl`` with one and with several workers."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mineralnews import Article, parse_article
from mineralnews.cli import main

GOOD = "Kestrel Gold (TSX: KGD) rose on Monday; Bluefin (ASX: BFN) and Orion (LSE: ORN) fell."


def _mixed_lines() -> list[tuple[bytes, str]]:
    """Input lines and what each must give: "ok" or the start of its error."""
    big = GOOD + " The miner said output would rise." * 36_000  # > 1 MB on one line
    lines: list[tuple[bytes, str]] = []
    for i in range(150):
        kind = i % 10
        if kind == 0:
            lines.append((b'{"id": "broken", "text": "Atlas (TSX: ATL)"', "not JSON"))
        elif kind == 1:
            lines.append((b'{"id": "latin-1", "text": "caf\xe9 (TSX: ATL)"}', "not valid UTF-8"))
        elif kind == 2:
            lines.append((b'{"id": "no-text"}', "missing a 'text'"))
        elif kind == 3:
            lines.append((b"", "empty line"))
        elif i in (4, 104):
            lines.append((json.dumps({"id": f"big-{i}", "text": big}).encode(), "ok"))
        elif kind == 5 and i % 50 == 5:
            lines.append((b"[" * 300_000 + b"]" * 300_000, "not JSON"))  # oversized, nested
        elif kind == 6:
            lines.append((b'{"id": 6, "text": "x", "published": "someday"}', "line"))
        elif kind == 7:
            lines.append((json.dumps({"id": i, "text": "a \ud800 (TSX: ATL) \x00"}).encode(), "ok"))
        else:
            lines.append((json.dumps({"id": i, "text": f"{GOOD} #{i}"}).encode(), "ok"))
    return lines


@pytest.fixture(scope="module")
def batch_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[bytes, str]]]:
    lines = _mixed_lines()
    path = tmp_path_factory.mktemp("batch") / "mixed.jsonl"
    # Windows line ends on some lines and none after the last one.
    path.write_bytes(
        b"".join(raw + (b"\r\n" if n % 7 == 0 else b"\n") for n, (raw, _) in enumerate(lines))[:-1]
    )
    return path, lines


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mineralnews", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=300,
    )


@pytest.mark.parametrize("workers", [1, 2])
def test_n_lines_in_n_lines_out_in_order(
    batch_file: tuple[Path, list[tuple[bytes, str]]], workers: int
) -> None:
    path, lines = batch_file
    proc = _run("--jsonl", "--workers", str(workers), str(path))
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == b""  # no progress: stderr is not a terminal
    out = proc.stdout.split(b"\n")
    assert out[-1] == b""  # every line complete, newline included
    records = [json.loads(line) for line in out[:-1]]
    assert len(records) == len(lines)
    assert [r["line"] for r in records] == list(range(1, len(lines) + 1))
    for record, (raw, expected) in zip(records, lines, strict=True):
        if expected == "ok":
            want = json.loads(raw)
            assert record["id"] == want["id"]
            article = Article.from_dict(record["article"])
            assert article == parse_article(want["text"])
        else:
            assert expected in record["error"]
            assert f"line {record['line']}" in record["error"] or expected == "empty line"


def test_one_and_two_workers_write_the_same_bytes(
    batch_file: tuple[Path, list[tuple[bytes, str]]],
) -> None:
    path, _ = batch_file
    small = path.parent / "small.jsonl"
    small.write_bytes(b"\n".join(raw for raw in path.read_bytes().split(b"\n") if len(raw) < 1000))
    one = _run("--jsonl", str(small), "-", stdin=b'{"text": "Orion (LSE: ORN)"}\n')
    two = _run(
        "--jsonl", "--workers", "2", str(small), "-", stdin=b'{"text": "Orion (LSE: ORN)"}\n'
    )
    assert one.stdout == two.stdout
    assert one.returncode == two.returncode == 1


def test_workers_must_be_a_positive_count() -> None:
    for bad in ("0", "-1", "two"):
        proc = _run("--jsonl", "--workers", bad, "-")
        assert proc.returncode == 2
        assert b"--workers" in proc.stderr


def test_all_good_lines_exit_0_with_workers() -> None:
    stdin = b"".join(json.dumps({"id": i, "text": GOOD}).encode() + b"\n" for i in range(200))
    proc = _run("--jsonl", "--workers", "2", "-", stdin=stdin)
    assert proc.returncode == 0
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == list(range(200))


@pytest.mark.parametrize(
    ("workers", "sig", "status"),
    [(1, signal.SIGINT, 130), (2, signal.SIGINT, 130), (2, signal.SIGTERM, 143)],
)
def test_an_interrupted_run_leaves_only_complete_lines(
    tmp_path: Path, workers: int, sig: signal.Signals, status: int
) -> None:
    path = tmp_path / "long.jsonl"
    line = json.dumps({"text": (GOOD + " ") * 50}).encode() + b"\n"
    path.write_bytes(line * 5_000)
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mineralnews", "--jsonl", "--workers", str(workers), str(path)],
            stdout=fh,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while out.stat().st_size < 100_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    assert b"interrupted after" in err
    data = out.read_bytes()
    assert data.endswith(b"\n")
    records = [json.loads(raw) for raw in data.splitlines()]
    assert 0 < len(records) < 5_000
    assert [r["line"] for r in records] == list(range(1, len(records) + 1))


def test_output_closed_early_ends_the_run_quietly(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_bytes((json.dumps({"text": GOOD}).encode() + b"\n") * 20_000)
    for workers in ("1", "2"):
        cmd = f"{sys.executable} -m mineralnews --jsonl --workers {workers} {path} | head -n 3"
        proc = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {cmd}"], capture_output=True, timeout=120, check=False
        )
        assert len(proc.stdout.splitlines()) == 3
        assert b"Traceback" not in proc.stderr


def _die_on_marker(raw: bytes, line_no: int) -> dict[str, object]:
    if b"die" in raw:
        os._exit(3)  # a worker killed mid-line, as by the out-of-memory killer
    return {"line": line_no, "id": None, "article": "ok"}


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers must inherit the patched parser"
)
def test_a_worker_that_dies_costs_only_its_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("mineralnews.cli._jsonl_record", _die_on_marker)
    path = tmp_path / "in.jsonl"
    lines = [b'{"text": "die"}' if i in (5, 130) else b'{"text": "fine"}' for i in range(300)]
    path.write_bytes(b"\n".join(lines))
    assert main(["--jsonl", "--workers", "2", str(path)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["line"] for r in records] == list(range(1, 301))
    assert [n for n, r in enumerate(records) if "error" in r] == [5, 130]
    assert "stopped" in records[5]["error"]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_is_shown_only_on_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes((json.dumps({"text": GOOD}).encode() + b"\n") * 50)
    master, terminal = os.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "mineralnews", "--jsonl", "--workers", "2", str(path)],
            stdout=subprocess.PIPE,
            stderr=terminal,
            timeout=60,
            check=False,
        )
        shown = os.read(master, 65536)
    finally:
        os.close(terminal)
        os.close(master)
    assert proc.returncode == 0
    assert b"mineralnews: 50 lines" in shown
    assert len(proc.stdout.splitlines()) == 50
    assert b"mineralnews:" not in proc.stdout
