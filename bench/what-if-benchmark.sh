#!/usr/bin/env bash
# Times `toc what-if --rank` against `toc check` on the same generated theories (issue 16: within
# 2x of `toc check` on a 10,000-node theory), end to end (launcher and JVM start included), and
# writes the figures into docs/performance.md (section "toc what-if --rank").
#
# Usage: bench/what-if-benchmark.sh [--runs N] [--sizes "1000 10000"] [--no-write]
#   --runs N     timed runs per size and command (default 5; the two commands alternate)
#   --sizes ...  the sizes to time
#   --no-write   print the table only; leave docs/performance.md alone
# The inputs are bench/GenerateToc.java's theories with link kinds added (every third single link
# `necessary`, every fifth `sufficient`, the rest as generated), so the ranking meets every rule.
# Every `toc check` run must report no errors, and every ranking must exit 0.
set -euo pipefail
runs=5
sizes="1000 10000"
write=1
help_last=12
source "$(dirname "${BASH_SOURCE[0]}")/options.sh" "$@"

gen_dir="bench/generated"
mkdir -p "$gen_dir"
./toc --version >/dev/null   # build once, untimed

for n in $sizes; do
  base="$gen_dir/toc-$n.toc"
  f="$gen_dir/what-if-$n.toc"
  if [ ! -f "$base" ] || [ bench/GenerateToc.java -nt "$base" ]; then
    java bench/GenerateToc.java "$n" "$base" >/dev/null
  fi
  if [ ! -f "$f" ] || [ "$base" -nt "$f" ] || [ "$0" -nt "$f" ]; then
    # a single link on its own line, without a block: `A12 -> P9` or `A7, A8 -> P5`
    awk '/^[A-Za-z0-9_.]+(, [A-Za-z0-9_.]+)* -> [A-Za-z0-9_.]+$/ {
           k++
           if (k % 3 == 0) { print $0 " { kind necessary }"; next }
           if (k % 5 == 0) { print $0 " { kind sufficient }"; next }
         }
         { print }' "$base" >"$f"
  fi
done

now_ms() { date +%s%3N; }

# One timed run of a command: prints "wall_ms cpu_ms" (user + system CPU from GNU time, 0 without it).
timed() {
  local out tf start end cpu=0
  out="$(mktemp)"; tf="$(mktemp)"
  start=$(now_ms)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S" -o "$tf" "$@" >"$out" 2>&1 || true
  else
    "$@" >"$out" 2>&1 || true
  fi
  end=$(now_ms)
  if grep -q "error\[\|^toc: " "$out"; then
    cat "$out" >&2; echo "failed: $* (the generated file must check without errors)" >&2; rm -f "$out" "$tf"; exit 1
  fi
  if [ -s "$tf" ]; then
    cpu=$(tail -1 "$tf" | awk '{printf "%d", ($1 + $2) * 1000}')
  fi
  rm -f "$out" "$tf"
  echo "$((end - start)) $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%d\n", m}'; }
thousands() { echo "$1" | awk '{ s = $1; out = ""; while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) } print s out }'; }
secs() { awk -v x="$1" 'BEGIN{printf "%.2f s", x/1000}'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "unknown")
rows=""
goal=""
for n in $sizes; do
  f="$gen_dir/what-if-$n.toc"
  timed ./toc check "$f" >/dev/null                       # warm-up, not counted
  timed ./toc what-if "$f" --rank --format json >/dev/null
  checks=""; ranks=""; ccpus=""; rcpus=""
  for i in $(seq "$runs"); do
    read -r c cc < <(timed ./toc check "$f"); read -r r rc < <(timed ./toc what-if "$f" --rank --format json)
    checks+="$c"$'\n'; ranks+="$r"$'\n'; ccpus+="$cc"$'\n'; rcpus+="$rc"$'\n'
    echo "  $n nodes, run $i: check ${c} ms (${cc} ms CPU), what-if --rank ${r} ms (${rc} ms CPU)" >&2
  done
  cm=$(printf "%s" "$checks" | median); rm_=$(printf "%s" "$ranks" | median)
  ccm=$(printf "%s" "$ccpus" | median); rcm=$(printf "%s" "$rcpus" | median)
  ratio=$(awk -v a="$rm_" -v b="$cm" 'BEGIN{printf "%.2f", a/b}')
  cratio=$(awk -v a="$rcm" -v b="$ccm" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else printf "n/a" }')
  links=$(grep -c -- '->' "$f" || true)
  kinds=$(grep -c 'kind necessary\|kind sufficient' "$f" || true)
  rows+="| $(thousands "$n") | $(thousands "$kinds") | $runs | $(secs "$cm") | $(secs "$rm_") | ${ratio}× | $(secs "$ccm") | $(secs "$rcm") | ${cratio}× |"$'\n'
  if [ "$n" = 10000 ]; then
    goal=$(awk -v r="$ratio" -v c="$cratio" 'BEGIN{printf "- 10,000 nodes: `toc what-if --rank` takes %s× the wall time of `toc check` (%s× the CPU time); goal ≤ 2× — **%s**\n", r, c, (r <= 2) ? "met" : "not met"}')
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "unknown")
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "unknown")

section="$(cat <<EOF2
<!-- toc-what-if:begin (written by bench/what-if-benchmark.sh; edit the script, not this section) -->
## toc what-if --rank

Measured $(date -u +%Y-%m-%d) at commit \`$commit\` with:

    bench/what-if-benchmark.sh --runs $runs --sizes "$sizes"

The inputs are the theories of \`bench/GenerateToc.java\` (as for \`toc check\` above) with link
kinds added: every third link written on a line of its own becomes \`necessary\`, every fifth
\`sufficient\` (\`bench/generated/what-if-N.toc\`). For each size, after an untimed run of each,
the two commands alternate, end to end (launcher and JVM start included):

    ./toc check bench/generated/what-if-N.toc
    ./toc what-if bench/generated/what-if-N.toc --rank --format json

\`--rank\` compiles the theory as \`check\` does, then ranks every assumption and result by the results
that fail and those weakened with it, visiting the results in causal order with bit sets
([what-if.md](what-if.md#the-ranking---rank)), instead of one propagation per element. Machine: $(nproc) CPUs, shared with other work (load
average $load_before before, $load_after after; 2 would mean both CPUs busy): read the
medians, and the CPU time (user + system, all JVM threads, from \`/usr/bin/time\`), which the
load disturbs less than the wall time.

| nodes | links with a kind | runs | median wall \`check\` | median wall \`what-if --rank\` | ratio | median CPU \`check\` | median CPU \`--rank\` | CPU ratio |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rows
$goal
<!-- toc-what-if:end -->
EOF2
)"

echo
echo "$section"

if [ "$write" = 1 ]; then
  doc="docs/performance.md"
  tmp="$(mktemp)"
  if grep -q '<!-- toc-what-if:begin' "$doc"; then
    SECTION="$section" awk '
      /<!-- toc-what-if:begin/ { print ENVIRON["SECTION"]; skip = 1; next }
      /<!-- toc-what-if:end -->/ { skip = 0; next }
      !skip { print }' "$doc" >"$tmp"
  else
    cat "$doc" >"$tmp"
    printf "\n%s\n" "$section" >>"$tmp"
  fi
  mv "$tmp" "$doc"
  echo "written to $doc" >&2
fi
