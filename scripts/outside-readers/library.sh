#!/bin/sh
# ajv and datapackage-js on a domain that is not Keneya's: the lending library of the
# foreign-domain module, whose acquisitions hold every scalar core defines (UUID, instant,
# date-time with offset, long, double, URI, year) and the library's own ISBN scalar.
# Usage: scripts/outside-readers/library.sh [WORK_DIR]   (from the repository root; builds with Maven)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${1:-$(mktemp -d "${TMPDIR:-/tmp}/keneya-library.XXXXXX")}
mkdir -p "$work"
echo "work directory: $work"
modules=${KENEYA_READERS_MODULES:-${XDG_CACHE_HOME:-$HOME/.cache}/keneya-outside-readers}
mkdir -p "$modules"
if [ ! -d "$modules/node_modules" ] || ! cmp -s "$here/package-lock.json" "$modules/package-lock.json"; then
  cp "$here/package.json" "$here/package-lock.json" "$modules/"
  npm ci --prefix "$modules" --no-audit --no-fund --loglevel=error
fi

(cd "$root" && mvn -q -B -ntp -pl foreign-domain -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test)
java -cp "$(cat "$work/classpath.txt"):$root/foreign-domain/target/classes:$root/foreign-domain/target/test-classes" \
  org.example.library.ExportLibrary "$work"
status=0
node "$here/ajv-validate.cjs" "$modules" "$work/library.schema.json" "$work"/library-*.json || status=1
node "$here/datapackage-validate.cjs" "$modules" "$work"/library-*.zip || status=1
exit $status
