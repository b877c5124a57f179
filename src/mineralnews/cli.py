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
import json
import re
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import IO, Any

from mineralnews import __version__
from mineralnews.article import coerce_date, parse_article
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
    record: dict[str, Any] = {"line": line_no, "id": None}
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        record["error"] = f"line {line_no}: not valid UTF-8 ({e.reason} at byte {e.start})"
        return record
    try:
        obj = json.loads(line)
    except ValueError as e:
        record["error"] = f"line {line_no}: not JSON ({e})"
        return record
    if not isinstance(obj, dict):
        record["error"] = f"line {line_no}: expected a JSON object, got {type(obj).__name__}"
        return record
    record["id"] = obj.get("id", line_no)
    text = obj.get("text")
    if not isinstance(text, str):
        record["error"] = f"line {line_no}: missing a 'text' string"
        return record
    try:
        article = parse_article(text, published=coerce_date(obj.get("published")))
    except (TypeError, ValueError) as e:
        record["error"] = f"line {line_no}: {e}"
        return record
    except Exception as e:  # pragma: no cover - a parser bug must not end a batch run
        record["error"] = f"line {line_no}: {type(e).__name__}: {e}"
        return record
    record["article"] = article.to_dict()
    return record


def _lines(handle: IO[bytes]) -> Iterator[bytes]:
    for raw in handle:
        yield raw.rstrip(b"\r\n")


def _run_jsonl(names: Sequence[str], out: IO[str]) -> int:
    status = EXIT_OK
    line_no = 0
    for name in names:
        try:
            handle = _open_binary(name)
        except OSError as e:
            print(f"mineralnews: {name}: {e}", file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        try:
            for raw in _lines(handle):
                line_no += 1
                if not raw.strip():
                    record: dict[str, Any] = {"line": line_no, "id": None, "error": "empty line"}
                else:
                    record = _jsonl_record(raw, line_no)
                if "error" in record:
                    status = EXIT_SOME_FAILED
                _dump(record, out, compact=True)
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()
    return status


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
            return _run_jsonl(args.files, out)
        return _run_texts(args.files, args.published, out, args.compact)
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return EXIT_OK
