#!/usr/bin/env bash
# Times the language server (toc lsp): didChange → publishDiagnostics latency on generated
# theories of 50 and 10,000 nodes, after warm-up, with bench/LspBenchmark.java as the client
# (client and server in one JVM over pipes; see that file for what one edit is).
#
# Usage: bench/lsp-benchmark.sh [--warmup N] [--runs N] [--sizes "50 10000"] [--full]
#   --warmup N   edits not counted, to let the JIT settle (default 20)
#   --runs N     edits timed per size (default 50)
#   --sizes ...  node counts of the generated theories (default "50 10000")
#   --full       send the whole text with each edit (full sync) instead of one ranged change
# Needs bash and java; builds the jar through ./toc on first use. Prints one line a size:
#   file nodes median_ms p90_ms min_ms max_ms
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

warmup=20
runs=50
sizes="50 10000"
mode=""
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --full) mode="--full"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

./toc --version >/dev/null
gen_dir="bench/generated"
mkdir -p "$gen_dir"
if [ -n "$mode" ]; then
  echo "# didChange: the whole text (full sync)"
else
  echo "# didChange: one ranged change, an insert at the end (incremental sync)"
fi
echo "file nodes median_ms p90_ms min_ms max_ms"
for n in $sizes; do
  f="$gen_dir/toc-$n.toc"
  if [ ! -f "$f" ] || [ bench/GenerateToc.java -nt "$f" ]; then
    java bench/GenerateToc.java "$n" "$f" >/dev/null
  fi
  java -cp cli/target/toc.jar bench/LspBenchmark.java "$f" "$warmup" "$runs" $mode
done
