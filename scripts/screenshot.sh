#!/usr/bin/env bash
# Draw the bundled example article with `mineralnews --example --html` and
# photograph the page with headless Chromium, for the README and the docs.
# Rerun it whenever the page or the parsers change:
#
#   bash scripts/screenshot.sh [OUT.png] [WIDTHxHEIGHT]
#
# Without a size, the page is 1000 px wide and tall enough for the text and
# the table of mentions (which grows as more parsers find more).
# Needs Chromium (Debian: apt-get install chromium) and the package importable
# by $PYTHON (default: .venv/bin/python if present, else python3, with src/ on
# the path).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/img/example.png}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
if [ -z "${PYTHON:-}" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
export PYTHONPATH="src${PYTHONPATH:+:$PYTHONPATH}"
if [ -n "${2:-}" ]; then
    size="${2/x/,}"
else
    # about 30 px a table row on top of the page's fixed part
    rows="$("$PYTHON" -c 'from mineralnews import parse_article; from mineralnews.cli import example_text; print(len(parse_article(example_text()).mentions))')"
    size="1000,$((1130 + 30 * rows))"
fi
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "screenshot.sh: no Chromium found; on Debian: apt-get install chromium" >&2
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m mineralnews --example --html -o "$work/example.html"
mkdir -p "$(dirname "$out")"
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$work/profile" --force-device-scale-factor=1 \
    --window-size="$size" --screenshot="$out" "file://$work/example.html" \
    >"$work/chromium.log" 2>&1 || { cat "$work/chromium.log" >&2; exit 1; }
test -s "$out" || { cat "$work/chromium.log" >&2; exit 1; }
echo "wrote $out"
