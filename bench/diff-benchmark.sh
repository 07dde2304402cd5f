#!/usr/bin/env bash
# Times `toc diff OLD NEW` against `toc check NEW` (launcher and JVM start included) on generated
# theories and their revised copies, and writes the figures into docs/performance.md (section
# "toc diff"). Issue 16 asks for the diff of two 10,000-node theories within 2x of `toc check`.
#
# Usage: bench/diff-benchmark.sh [--runs N] [--sizes "1000 10000"] [--no-write]
#   --runs N     timed runs per command and size (default 5)
#   --sizes ...  the sizes to time
#   --no-write   print the table only; leave docs/performance.md alone
# The old theory is bench/GenerateToc.java's; the new one bench/ReviseToc.java's copy of it (one
# result in a hundred renamed, one reworded, one target in a hundred raised). Needs bash, java, awk.
set -euo pipefail
runs=5
sizes="1000 10000"
write=1
help_last=11
source "$(dirname "${BASH_SOURCE[0]}")/options.sh" "$@"

gen_dir="bench/generated"
mkdir -p "$gen_dir"
./toc --version >/dev/null   # build once, untimed
for n in $sizes; do
  old="$gen_dir/toc-$n.toc"
  new="$gen_dir/toc-$n-revised.toc"
  if [ ! -f "$old" ] || [ bench/GenerateToc.java -nt "$old" ]; then
    java bench/GenerateToc.java "$n" "$old" >/dev/null
  fi
  if [ ! -f "$new" ] || [ "$old" -nt "$new" ] || [ bench/ReviseToc.java -nt "$new" ]; then
    java bench/ReviseToc.java "$old" "$new" >/dev/null
  fi
done

now_ms() { date +%s%3N; }
timed() { # command...; prints wall ms; fails when the command fails
  local start end
  start=$(now_ms)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; "$@" >&2 || true; exit 1; }
  end=$(now_ms)
  echo $((end - start))
}
median() { sort -n | awk '{a[NR]=$1} END {printf "%d\n", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
seconds() { awk -v x="$1" 'BEGIN{printf "%.2f s", x/1000}'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "unknown")
rows=""
goals=""
for n in $sizes; do
  old="$gen_dir/toc-$n.toc"
  new="$gen_dir/toc-$n-revised.toc"
  timed ./toc check "$new" >/dev/null; timed ./toc diff "$old" "$new" >/dev/null   # warm-up, not counted
  checks=""; diffs=""
  for i in $(seq "$runs"); do
    c=$(timed ./toc check "$new"); d=$(timed ./toc diff "$old" "$new")
    checks+="$c"$'\n'; diffs+="$d"$'\n'
    echo "  $n nodes, run $i: check ${c} ms, diff ${d} ms" >&2
  done
  cm=$(printf "%s" "$checks" | median); dm=$(printf "%s" "$diffs" | median)
  ratio=$(awk -v d="$dm" -v c="$cm" 'BEGIN{printf "%.2f", d/c}')
  changes=$(./toc diff "$old" "$new" | tail -1)
  rows+="| $n | $(seconds "$cm") | $(seconds "$dm") | ${ratio}× | $changes |"$'\n'
  goals+="- $n nodes: diff / check = ${ratio} (goal ≤ 2) — **$(awk -v r="$ratio" 'BEGIN{print (r <= 2) ? "met" : "not met"}')**"$'\n'
done

commit=$(git rev-parse --short HEAD 2>/dev/null || echo "unknown")
cpu_model=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo "unknown")
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "unknown")
section="$(cat <<SECTION
<!-- toc-diff:begin (written by bench/diff-benchmark.sh; edit the script, not this section) -->
## toc diff

Measured $(date -u +%Y-%m-%d) at commit \`$commit\` on $(nproc) cores ($cpu_model) with:

    bench/diff-benchmark.sh --runs $runs --sizes "$sizes"

\`toc diff OLD NEW\` compiles both versions and compares them; \`toc check NEW\` compiles one. The
new version is bench/ReviseToc.java's revision of the generated theory (one result in a hundred
renamed with every reference to it, one reworded, one target in a hundred raised). Median wall
time of $runs runs each, launcher and JVM start included (load average before $load_before, after
$load_after: other work on the machine moves wall times, so the ratio is the figure to read):

| nodes | toc check NEW | toc diff OLD NEW | diff / check | what the diff found |
|---:|---:|---:|---:|---|
${rows}
${goals}
Renames are matched through an index of the statements' words, so the matching grows with the
number of shared words among the elements that left and arrived, not with the product of the two
theories' sizes; the rest of the comparison is one pass over each kind of element.
<!-- toc-diff:end -->
SECTION
)"
echo "$section"
if [ "$write" = 1 ]; then
  doc=docs/performance.md
  if grep -q '<!-- toc-diff:begin' "$doc"; then
    awk -v section="$section" '
      /<!-- toc-diff:begin/ { print section; skip = 1; next }
      /<!-- toc-diff:end -->/ { skip = 0; next }
      !skip { print }' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
  else
    printf "\n%s\n" "$section" >> "$doc"
  fi
  echo "wrote the toc diff section of $doc" >&2
fi
