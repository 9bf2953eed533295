#!/usr/bin/env bash
# Renders the demo's day plan (confplan demo writes day-plan.html) with
# headless Chromium into the pictures README shows:
#   docs/day-plan-phone.png  the first demo day at a phone's width (390 CSS px)
#   docs/day-plan-a4.png     the first demo day as it prints, one A4 page
# Rerun after changing the day plan page: scripts/screenshot.sh
# Needs Debian's chromium and poppler-utils (apt-get install chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "screenshot: chromium is not installed (apt-get install chromium)" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "screenshot: pdftoppm is not installed (apt-get install poppler-utils)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/confplan" .
(cd "$tmp" && ./confplan demo --out demo >/dev/null)
page="$tmp/demo/day-plan.html"
chrome() {
  HOME="$tmp" "$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --user-data-dir="$tmp/profile" "$@" 2>/dev/null
}

# Headless windows are at least 500 px wide: show the page in a 390 px
# frame and keep the frame.
cat >"$tmp/phone.html" <<HTML
<!DOCTYPE html><html><body style="margin:0"><iframe src="file://$page" style="display:block;width:390px;height:1700px;border:0"></iframe></body></html>
HTML
mkdir -p docs
chrome --window-size=390,1700 --screenshot="$PWD/docs/day-plan-phone.png" "file://$tmp/phone.html" >/dev/null
chrome --no-pdf-header-footer --print-to-pdf="$tmp/plan.pdf" "file://$page" >/dev/null
pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$tmp/plan.pdf" docs/day-plan-a4
echo "wrote docs/day-plan-phone.png docs/day-plan-a4.png"
