"""The ``mineralnews`` command: articles in, JSON out.

``mineralnews FILE...`` (``-`` for standard input) prints each article as a
JSON object. ``--jsonl`` reads JSON Lines objects with ``text`` and optional
``id`` and ``published`` and writes one result line per input line, in order,
streaming: a bad line becomes an error record naming its line number and the
run goes on. Exit status: 0 when every input parsed, 1 when some failed, 2
for a usage error.

``--html`` draws one article (a FILE, ``-``, or ``--example``) as a
standalone HTML page with every mention marked, on standard output or, with
``-o PAGE.html``, in a file.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from typing import IO, Any

from mineralnews import __version__
from mineralnews.article import coerce_date, parse_article
from mineralnews.batch import parse_line
from mineralnews.html import render_html
from mineralnews.model import Article

__all__ = ["example_text", "main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def example_text() -> str:
    """The example article that ships with the package."""
    return resources.files("mineralnews.data").joinpath("example.txt").read_text("utf-8")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="mineralnews",
        description=(
            "Find tickers, price moves, money, percentages and dates in financial news "
            "and print them as JSON."
        ),
        epilog="Exit status: 0 all inputs parsed, 1 some input failed, 2 usage error.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="article text files; - for stdin")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="inputs are JSON Lines of {text, id?, published?}; one output line per input line",
    )
    p.add_argument(
        "--workers",
        type=_worker_count,
        default=1,
        metavar="N",
        help="with --jsonl: parse with N processes; output order and records are the same",
    )
    p.add_argument("--example", action="store_true", help="parse the bundled example article")
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for plain-text inputs",
    )
    p.add_argument(
        "--compact", action="store_true", help="one line per article instead of indented JSON"
    )
    p.add_argument("--version", action="version", version=f"mineralnews {__version__}")
    _add_html_arguments(p)
    return p


def _dump(obj: Any, out: IO[str], compact: bool) -> None:
    """Write one JSON value as UTF-8, whatever the locale says."""
    indent = None if compact else 2
    try:
        data = (json.dumps(obj, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in the input: escape it, keep the record
        data = (json.dumps(obj, ensure_ascii=True, indent=indent) + "\n").encode("ascii")
    binary = getattr(out, "buffer", None)
    if binary is not None:
        out.flush()
        binary.write(data)
        binary.flush()
    else:
        out.write(data.decode("utf-8"))
        out.flush()


def _open_binary(name: str) -> IO[bytes]:
    if name == "-":
        return sys.stdin.buffer
    return open(name, "rb")


def _jsonl_record(raw: bytes, line_no: int) -> dict[str, Any]:
    """The output record for one input line: the article, or why there is none."""
    result = parse_line(raw, default_id=line_no)
    record: dict[str, Any] = {"line": line_no, **result}
    if "error" in record:
        record["error"] = f"line {line_no}: {record['error']}"
    return record


# -- --jsonl: batch runs ------------------------------------------------------------
# One output line per input line, in input order, whatever the lines hold.
# Lines are read lazily and written as soon as they (and all before them)
# are parsed, so memory stays flat however long the input. Each output
# line is written whole, with one write, and flushed: a run stopped at any
# point leaves only complete lines behind.

# A batch sent to a worker: up to this many lines, or this many bytes.
_CHUNK_LINES = 64
_CHUNK_BYTES = 1 << 20
# Batches in flight per worker: enough to keep every worker busy, few
# enough that memory does not grow with the input.
_IN_FLIGHT_PER_WORKER = 3

_Line = tuple[int, bytes]
_Done = tuple[bytes, bool]


def _worker_count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of processes >= 1, not {value!r}"
        )
    return n


def _encode_line(record: dict[str, Any]) -> bytes:
    """One compact JSON line as UTF-8, lone surrogates escaped."""
    try:
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")


def _jsonl_line(item: _Line) -> _Done:
    """The output line for one numbered input line, and whether it is an error."""
    line_no, raw = item
    if not raw.strip():
        record: dict[str, Any] = {"line": line_no, "id": None, "error": "empty line"}
    else:
        record = _jsonl_record(raw, line_no)
    return _encode_line(record), "error" in record


def _jsonl_chunk(items: list[_Line]) -> list[_Done]:
    return [_jsonl_line(item) for item in items]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: the main process stops the
    # run cleanly, the workers must not die mid-batch with a traceback.
    # SIGTERM is how the main process ends them: not its own stop handler.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class _Batch:
    """The state of one ``--jsonl`` run: output, counts, progress, interruption."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.binary: IO[bytes] | None = getattr(out, "buffer", None)
        self.failed = False
        self.stopped = False
        self.signal = 0
        self.lines = 0
        self.bytes_in = 0
        self.started = time.monotonic()
        self.shown = 0.0
        self.progress = sys.stderr.isatty()

    def numbered(self, names: Sequence[str]) -> Iterator[_Line]:
        """Every line of every input, numbered from 1 across inputs."""
        line_no = 0
        for name in names:
            try:
                handle = _open_binary(name)
            except OSError as e:
                print(f"mineralnews: {name}: {e}", file=sys.stderr)
                self.failed = True
                continue
            try:
                for raw in handle:
                    if self.stopped:
                        return
                    line_no += 1
                    self.bytes_in += len(raw)
                    yield line_no, raw.rstrip(b"\r\n")
            finally:
                if handle is not sys.stdin.buffer:
                    handle.close()

    def write(self, done: _Done) -> None:
        data, failed = done
        self.failed |= failed
        if self.binary is not None:
            self.binary.write(data)
            self.binary.flush()
        else:
            self.out.write(data.decode("utf-8"))
            self.out.flush()
        self.lines += 1
        if self.progress:
            now = time.monotonic()
            if now - self.shown >= 0.5:
                self.shown = now
                self.show(now)

    def show(self, now: float, end: str = "") -> None:
        mb = self.bytes_in / 1e6
        rate = mb / max(now - self.started, 1e-9)
        sys.stderr.write(f"\rmineralnews: {self.lines:,} lines, {mb:,.1f} MB, {rate:.2f} MB/s{end}")
        sys.stderr.flush()

    def stop(self, signum: int, frame: object) -> None:
        # Finish the line being written, then stop reading.
        self.stopped = True
        self.signal = signum


def _chunks(lines: Iterator[_Line]) -> Iterator[list[_Line]]:
    chunk: list[_Line] = []
    size = 0
    for item in lines:
        chunk.append(item)
        size += len(item[1])
        if len(chunk) >= _CHUNK_LINES or size >= _CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _parse_serially(batch: _Batch, lines: Iterator[_Line]) -> None:
    for item in lines:
        batch.write(_jsonl_line(item))
        if batch.stopped:
            return


def _parse_in_processes(batch: _Batch, lines: Iterator[_Line], workers: int) -> None:
    """Parse batches of lines in ``workers`` processes, writing results in input order.

    A worker process that dies (killed, out of memory) breaks the pool, and
    which line it was parsing is unknown: every line then in flight is
    parsed again, one at a time, and a line that breaks the pool on its own
    becomes an error record.
    """
    pool = ProcessPoolExecutor(workers, initializer=_worker_init)
    # Oldest first, so output keeps input order.
    pending: collections.deque[tuple[list[_Line], Future[list[_Done]]]] = collections.deque()
    chunks = _chunks(lines)
    try:
        while True:
            while not batch.stopped and len(pending) < workers * _IN_FLIGHT_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(_jsonl_chunk, chunk)))
            if not pending:
                return
            head = pending[0][1]
            while not batch.stopped and not head.done():
                wait([head], timeout=0.1)  # a stop need not wait for the batch
            if batch.stopped:
                return
            try:
                results = head.result()
            except BrokenProcessPool:
                suspects = [item for chunk, _ in pending for item in chunk]
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = ProcessPoolExecutor(workers, initializer=_worker_init)
                for item in suspects:
                    try:
                        done = pool.submit(_jsonl_line, item).result()
                    except BrokenProcessPool:
                        pool.shutdown(wait=True, cancel_futures=True)
                        pool = ProcessPoolExecutor(workers, initializer=_worker_init)
                        error = f"line {item[0]}: the process parsing it stopped"
                        done = (_encode_line({"line": item[0], "id": None, "error": error}), True)
                    batch.write(done)
                    if batch.stopped:
                        return
                continue
            pending.popleft()
            for done in results:
                batch.write(done)
            if batch.stopped:
                return
    except BaseException:  # a closed pipe, a bug: nothing more will be written
        batch.stopped = True
        raise
    finally:
        _stop_pool(pool, now=batch.stopped)


def _stop_pool(pool: ProcessPoolExecutor, now: bool) -> None:
    """Shut the pool down; ``now``: without waiting for the batches in flight.

    The pool is always joined: one left to wind down on its own races the
    interpreter's exit and may print an ignored exception on stderr.
    """
    if now:
        # Their results would be thrown away: a stopped run ends at once.
        processes = list((getattr(pool, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
        # A worker stopped halfway through sending a result leaves the pool's
        # reader waiting for the rest for ever, since this process holds the
        # pipe's other end too: closing that end ends the wait.
        writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        if processes and writer is not None:
            writer.close()
    pool.shutdown(wait=True, cancel_futures=True)


def _run_jsonl(names: Sequence[str], out: IO[str], workers: int = 1) -> int:
    """Parse JSON Lines inputs: one output line per input line, in input order.

    With ``workers`` > 1 the lines are parsed in that many processes. Ctrl-C
    (or SIGTERM) stops the run after the line being written: the output
    holds only complete lines, and the exit status is 128 + the signal's
    number (130 for Ctrl-C).
    """
    batch = _Batch(out)
    previous: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():  # else signals are not ours
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, batch.stop)
    try:
        lines = batch.numbered(names)
        if workers > 1:
            _parse_in_processes(batch, lines, workers)
        else:
            _parse_serially(batch, lines)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if batch.progress:
            batch.show(time.monotonic(), end="\n")
    if batch.stopped:
        print(f"mineralnews: interrupted after {batch.lines} lines", file=sys.stderr)
        return 128 + (batch.signal or signal.SIGINT)
    return EXIT_SOME_FAILED if batch.failed else EXIT_OK


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as fh:
        return fh.read()


def _run_texts(names: Sequence[str], published: str | None, out: IO[str], compact: bool) -> int:
    status = EXIT_OK
    for name in names:
        try:
            text = _read(name).decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            print(f"mineralnews: {name}: {e}", file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        _dump(parse_article(text, published=published).to_dict(), out, compact)
    return status


# -- --html: one article drawn as a page -----------------------------------------


def _add_html_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--html",
        action="store_true",
        help="write one article (FILE, - or --example) as an HTML page with every mention marked",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="PAGE.html",
        help="with --html: write the page to this file instead of standard output",
    )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _run_html(parser: argparse.ArgumentParser, args: argparse.Namespace, out: IO[str]) -> int:
    """Draw the one article named on the command line as an HTML page."""
    if args.jsonl:
        parser.error("--html takes one plain-text article, not --jsonl")
    if args.example:
        if args.files:
            parser.error("--example takes no FILE")
        text = example_text()
    elif len(args.files) != 1:
        parser.error("--html takes one FILE (or - for standard input), or --example")
    else:
        try:
            text = _read(args.files[0]).decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            print(f"mineralnews: {args.files[0]}: {e}", file=sys.stderr)
            return EXIT_SOME_FAILED
    page = render_html(parse_article(text, published=args.published))
    # A lone surrogate cannot be written as UTF-8: show it as U+FFFD.
    data = _LONE_SURROGATE.sub("\ufffd", page).encode("utf-8")
    if args.output is None:
        binary = getattr(out, "buffer", None)
        out.flush()
        if binary is not None:
            binary.write(data)
            binary.flush()
        else:
            out.write(data.decode("utf-8"))
            out.flush()
        return EXIT_OK
    try:
        with open(args.output, "wb") as fh:
            fh.write(data)
    except OSError as e:
        print(f"mineralnews: {args.output}: {e}", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.published is not None:
        try:
            coerce_date(args.published, "--published")
        except ValueError as e:
            parser.error(str(e))
    if args.html:
        return _run_html(parser, args, out)
    if args.output is not None:
        parser.error("-o/--output goes with --html")
    if args.example:
        if args.files or args.jsonl:
            parser.error("--example takes no FILE and no --jsonl")
        article: Article = parse_article(example_text(), published=args.published)
        _dump(article.to_dict(), out, args.compact)
        return EXIT_OK
    if not args.files:
        parser.error("give a FILE (or - for standard input), or --example")
    try:
        if args.jsonl:
            return _run_jsonl(args.files, out, workers=args.workers)
        return _run_texts(args.files, args.published, out, args.compact)
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return EXIT_OK
