# Sourced by the scripts here: the keneya jar, a work directory, and the pinned Node packages.
# Arguments of the sourcing script: [KENEYA_JAR] [WORK_DIR].
set -eu

here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$here/../../cli/target/keneya.jar}
if [ ! -f "$jar" ]; then
  echo "no keneya jar at $jar: build it with 'mvn -B -ntp package -DskipTests', or pass its path" >&2
  exit 2
fi
work=${2:-$(mktemp -d "${TMPDIR:-/tmp}/keneya-outside-readers.XXXXXX")}
mkdir -p "$work"
echo "work directory: $work"

# Node packages go to a cache outside the repository, installed from the committed lockfile.
modules=${KENEYA_READERS_MODULES:-${XDG_CACHE_HOME:-$HOME/.cache}/keneya-outside-readers}

install_modules() {
  mkdir -p "$modules"
  if [ ! -d "$modules/node_modules" ] || ! cmp -s "$here/package-lock.json" "$modules/package-lock.json"; then
    echo "installing the pinned Node packages into $modules"
    cp "$here/package.json" "$here/package-lock.json" "$modules/"
    npm ci --prefix "$modules" --no-audit --no-fund --loglevel=error
  fi
}

keneya() {
  java -jar "$jar" "$@"
}
