"""The mineralnews command line, run in-process and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mineralnews import Article
from mineralnews.cli import example_text, main


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mineralnews", *args], input=stdin, capture_output=True, check=False
    )


def test_example_prints_the_bundled_article() -> None:
    proc = _run("--example")
    assert proc.returncode == 0
    article = Article.from_dict(json.loads(proc.stdout))
    assert article.text == example_text()
    assert [t.symbol for t in article.tickers] == ["ABR", "ABRNF", "NVL", "CRW"]


def test_file_and_stdin(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Atlas (TSX: ATL) rose.", encoding="utf-8")
    proc = _run(str(f), "-", "--compact", stdin=b"Bighorn (ASX: BHN) fell.")
    assert proc.returncode == 0
    lines = proc.stdout.decode().splitlines()
    assert [json.loads(line)["tickers"][0]["symbol"] for line in lines] == ["ATL", "BHN"]


def test_missing_file_fails_with_status_1_and_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Atlas (TSX: ATL)", encoding="utf-8")
    proc = _run(str(tmp_path / "missing.txt"), str(f), "--compact")
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 1
    assert b"missing.txt" in proc.stderr


def test_usage_errors_exit_2() -> None:
    assert _run().returncode == 2
    assert _run("--published", "yesterday", "--example").returncode == 2
    assert _run("--example", "x.txt").returncode == 2


def test_jsonl_one_record_per_line_in_order() -> None:
    lines = [
        b'{"id": "a", "text": "Atlas (TSX: ATL)", "published": "2026-03-05"}',
        b"not json",
        b"\xff\xfe broken utf-8",
        b'{"id": "d"}',
        b"[1, 2]",
        b"",
        b'{"text": "Bighorn (ASX: BHN)"}',
        b'{"id": "h", "text": "x", "published": "soon"}',
    ]
    proc = _run("--jsonl", "-", stdin=b"\n".join(lines) + b"\n")
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["line"] for r in out] == list(range(1, len(lines) + 1))
    assert [r["id"] for r in out] == ["a", None, None, "d", None, None, 7, "h"]
    assert ["error" in r for r in out] == [False, True, True, True, True, True, False, True]
    assert out[0]["article"]["published"] == "2026-03-05"
    assert out[0]["article"]["tickers"][0]["symbol"] == "ATL"
    assert "line 2" in out[1]["error"]
    assert "UTF-8" in out[2]["error"]


def test_jsonl_all_good_exits_0_and_keeps_lone_surrogates() -> None:
    proc = _run("--jsonl", "-", stdin=b'{"id": 1, "text": "a \\ud800 b"}\n')
    assert proc.returncode == 0
    (record,) = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert record["article"]["text"] == "a \ud800 b"


def test_main_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--example", "--compact"]) == 0
    assert json.loads(capsys.readouterr().out)["tickers"][0]["symbol"] == "ABR"
