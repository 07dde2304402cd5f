#!/usr/bin/env bash
# Times the stages of a warm compile (parse, bind, graph, each rule, then the whole compile) on a
# generated theory, in one JVM, with bench/CompileStages.java. For finding where the language
# server's re-check time goes; not a timed test.
#
# Usage: bench/compile-stages.sh [--warmup N] [--runs N] [--nodes N] [--jfr FILE]
#   --warmup N   compiles not counted (default 15)
#   --runs N     compiles timed (default 25)
#   --nodes N    size of the generated theory (default 10000)
#   --jfr FILE   also record a JFR profile (1 ms samples) into FILE
# BENCH_JAVA_OPTS, if set, is passed to java (e.g. "-XX:+UseSerialGC -Xlog:gc").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

warmup=15
runs=25
nodes=10000
jfr=()
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --nodes) nodes="$2"; shift 2 ;;
    --jfr) jfr=("-XX:StartFlightRecording=filename=$2,settings=profile,jdk.ExecutionSample#period=1ms"); shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

./toc --version >/dev/null
f="bench/generated/toc-$nodes.toc"
mkdir -p bench/generated
if [ ! -f "$f" ] || [ bench/GenerateToc.java -nt "$f" ]; then
  java bench/GenerateToc.java "$nodes" "$f" >/dev/null
fi
java ${BENCH_JAVA_OPTS:-} "${jfr[@]}" -cp cli/target/toc.jar bench/CompileStages.java "$f" "$warmup" "$runs"
