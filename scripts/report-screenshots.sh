#!/bin/sh
# Screenshots of `keneya report` on the seeds, in French and in English, rendered by headless
# Chromium, to look at with one's own eyes: labels clipped or overlapping in the charts, a heading
# left in the other language, a figure drawn as 0 where the sources give none.
# Not part of the build or of CI.
#
# Install Chromium first, from a package registry:
#   Debian, Ubuntu:  apt-get install -y chromium          (Ubuntu may name it chromium-browser)
#   Fedora:          dnf install -y chromium
#   macOS:           brew install --cask chromium
#   or through npm:  npx @puppeteer/browsers install chrome-headless-shell@stable, then
#                    CHROMIUM=/path/to/chrome-headless-shell scripts/report-screenshots.sh
#
# Usage: scripts/report-screenshots.sh [WORK_DIR]
#   WORK_DIR  where the pages and screenshots go, default a new temporary folder
#   AS_OF     (environment) the report's date, default 2025-01-01
#   CHROMIUM  (environment) the browser to run, default the first of chromium, chromium-browser,
#             google-chrome found on the PATH
# Builds cli/target/keneya.jar first if it is missing (mvn package, never install). Writes
# report-fr.html, report-en.html and their report-fr.png, report-en.png (1280 × 4000 pixels, the
# top of each page) and prints their paths.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
jar=$root/cli/target/keneya.jar
as_of=${AS_OF:-2025-01-01}
if [ ! -f "$jar" ]; then
  echo "building $jar" >&2
  (cd "$root" && mvn -B -ntp -q -pl cli -am package -DskipTests -Dmaven.javadoc.skip=true)
fi
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$browser" ]; then
  echo "no Chromium found: install it (see the top of $0) or set CHROMIUM" >&2
  exit 2
fi
work=${1:-$(mktemp -d "${TMPDIR:-/tmp}/keneya-report-screenshots.XXXXXX")}
mkdir -p "$work"
work=$(cd "$work" && pwd)

for lang in fr en; do
  java -jar "$jar" report --as-of "$as_of" --lang "$lang" --format html --output "$work/report-$lang.html"
  # a profile of its own, so that no user's settings or extensions change the rendering
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$work/chromium-profile" \
    --screenshot="$work/report-$lang.png" --window-size=1280,4000 "file://$work/report-$lang.html" 2>/dev/null
  echo "$work/report-$lang.png"
done
