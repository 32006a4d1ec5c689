#!/usr/bin/env bash
# What a user downloads for each published Keneya artifact: the artifact's jar and every jar it
# brings at runtime scope, with their total size. Prints the Markdown table the README shows.
# Builds the jars first (no tests). Run from anywhere: scripts/download-sizes.sh [-o]
# (-o: Maven offline, when ~/.m2 already holds every dependency).
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(core model io-json jackson io-csv testkit model-testkit seeds)
mvn -B -ntp -q "$@" package -DskipTests \
  dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt \
  -pl "$(IFS=,; echo "${modules[*]}")" -am
python3 - "${modules[@]}" <<'PY'
import glob, os, sys
def jar(module):
    jars = [j for j in glob.glob(f"{module}/target/keneya-*.jar") if not j.endswith(("-sources.jar", "-javadoc.jar"))]
    return jars[0]
# Guava and the small jars it always brings, shown as one entry
GUAVA = {"guava", "failureaccess", "listenablefuture", "error_prone_annotations", "j2objc"}
def name(path):
    base = os.path.basename(path)
    return base[:-4] if base.endswith(".jar") else base
print("| Artifact | What comes with it (runtime scope) | Jars | Total |")
print("|---|---|---|---|")
for module in sys.argv[1:]:
    own = jar(module)
    entries = [e for e in open(f"{module}/target/runtime-classpath.txt").read().strip().split(os.pathsep) if e]
    paths = [own] + entries
    total = sum(os.path.getsize(p) for p in paths)
    names = [name(p).replace("-0.1.0-SNAPSHOT", "") for p in entries]
    guava = [n for n in names if n.split("-")[0] in GUAVA]
    rest = [n for n in names if n.split("-")[0] not in GUAVA]
    others = ", ".join(rest + ([f"Guava ({len(guava)} jars)"] if guava else [])) or "nothing"
    print(f"| `{name(own).replace('-0.1.0-SNAPSHOT', '')}` | {others} | {len(paths)} | {total / 1024 / 1024:.2f} MiB |")
PY
