#!/usr/bin/env bash
# Builds the benchmarks and runs them, then prints each benchmark's ratio to its baseline.
#   benchmarks/run.sh                 quick mode: 1 fork, 2 warmup + 3 measurement iterations of 1 s (minutes)
#   benchmarks/run.sh --full          the annotations' settings (2 forks, 3 + 5 iterations of 2 s) and -prof gc
#   benchmarks/run.sh [--full] Json   only the benchmarks matching a regular expression
#   benchmarks/run.sh --memory        the memory figures (MemoryReport: child JVMs, about two minutes)
#   benchmarks/run.sh --paired        Keneya and each baseline alternating in one JVM (PairedRatio: median ratio, 99 % CI)
#   benchmarks/run.sh --paired --ceilings   the writers by hand against the baselines and against Keneya, the validation by hand's growth (PairedRatio)
#   benchmarks/run.sh --paired --specializations   each codec's write with its specialized writers on against off (PairedRatio; issue 28)
#   benchmarks/run.sh --paired --xlsx [5 15]       Excel workbooks against raw FastExcel and Apache POI (PairedRatio; issue 29)
#   benchmarks/run.sh --before-after BEFORE.jar CsvBenchmark.keneyaWrite
#                                     this build against an earlier build's benchmarks.jar, alternating in one JVM (BeforeAfter)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
if [ "${1:-}" = "--memory" ]; then
  exec java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.MemoryReport
fi
if [ "${1:-}" = "--paired" ]; then
  shift
  exec java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.PairedRatio "$@"
fi
if [ "${1:-}" = "--before-after" ]; then
  before="$2"
  shift 2
  exec java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.BeforeAfter "$before" benchmarks/target/benchmarks.jar "$@"
fi
exec java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.BenchmarkMain "$@"
