#!/usr/bin/env bash
# Times `toc check` end to end (launcher and JVM start included) on generated theories of
# 20, 1,000, 10,000 and 100,000 nodes, and writes the figures into docs/performance.md
# (section "toc check").
#
# Usage: bench/check-benchmark.sh [--runs N] [--sizes "20 1000 10000 100000"] [--no-write]
#   --runs N     timed runs per size (default 7; the 100,000-node file gets max(3, N/2))
#   --sizes ...  the sizes to time
#   --no-write   print the table only; leave docs/performance.md alone
# Needs bash, java and awk; /usr/bin/time (GNU time) for the peak RSS, which is reported as
# "n/a" without it. Every run must exit 0 with no problems reported, or the benchmark fails.
set -euo pipefail
runs=7
sizes="20 1000 10000 100000"
write=1
help_last=12
source "$(dirname "${BASH_SOURCE[0]}")/options.sh" "$@"

gen_dir="bench/generated"
mkdir -p "$gen_dir"
have_time=0
if [ -x /usr/bin/time ] && /usr/bin/time -f "%M" -o /dev/null true 2>/dev/null; then
  have_time=1
fi

# Build the jar (and whatever the launcher prepares after a build) once, untimed.
./toc --version >/dev/null

for n in $sizes; do
  f="$gen_dir/toc-$n.toc"
  if [ ! -f "$f" ] || [ bench/GenerateToc.java -nt "$f" ]; then
    java bench/GenerateToc.java "$n" "$f"
  fi
done

now_ms() { date +%s%3N; }

# One timed run: prints "wall_ms rss_kb cpu_ms" (user + system CPU; 0 without GNU time).
timed_run() {
  local f="$1" out rss_file start end rss cpu
  rss_file="$(mktemp)"
  out="$(mktemp)"
  start=$(now_ms)
  if [ "$have_time" = 1 ]; then
    /usr/bin/time -f "%M %U %S" -o "$rss_file" ./toc check "$f" >"$out" 2>&1 || { cat "$out" >&2; echo "toc check failed on $f" >&2; exit 1; }
  else
    ./toc check "$f" >"$out" 2>&1 || { cat "$out" >&2; echo "toc check failed on $f" >&2; exit 1; }
  fi
  end=$(now_ms)
  if ! grep -q "no problems" "$out"; then
    cat "$out" >&2
    echo "the generated file $f is expected to check with no problems" >&2
    exit 1
  fi
  rss=0; cpu=0
  if [ "$have_time" = 1 ]; then
    read -r rss cpu < <(tail -1 "$rss_file" | awk '{printf "%d %d\n", $1, ($2 + $3) * 1000}')
  fi
  rm -f "$rss_file" "$out"
  echo "$((end - start)) $rss $cpu"
}

thousands() { # 100000 -> 100,000
  echo "$1" | awk '{ s = $1; out = ""; while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) } print s out }'
}

stats() { # stdin: numbers; prints "min median max"
  sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%d %d %d\n", a[1], m, a[NR]}'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "unknown")
declare -A median minimum rss_peak bytes
rows=""
for n in $sizes; do
  f="$gen_dir/toc-$n.toc"
  r=$runs
  if [ "$n" -ge 100000 ]; then r=$(( runs / 2 > 3 ? runs / 2 : 3 )); fi
  timed_run "$f" >/dev/null   # warm the page cache and the launcher; not counted
  walls=""; rsses=""; cpus=""; loads=""
  for i in $(seq "$r"); do
    read -r load1 _ </proc/loadavg 2>/dev/null || load1=0
    loads+="$(awk -v l="$load1" 'BEGIN{printf "%d", l * 100}')"$'\n'
    read -r w m c < <(timed_run "$f")
    walls+="$w"$'\n'; rsses+="$m"$'\n'; cpus+="$c"$'\n'
    echo "  $n nodes, run $i: ${w} ms wall, ${c} ms CPU, ${m} KB" >&2
  done
  read -r wmin wmed wmax < <(printf "%s" "$walls" | stats)
  read -r _ _ mmax < <(printf "%s" "$rsses" | stats)
  read -r _ cmed _ < <(printf "%s" "$cpus" | stats)
  read -r _ lmed _ < <(printf "%s" "$loads" | stats)
  median[$n]=$wmed; minimum[$n]=$wmin; rss_peak[$n]=$mmax
  bytes[$n]=$(wc -c <"$f")
  rss_text=$([ "$have_time" = 1 ] && awk -v k="$mmax" 'BEGIN{printf "%d MB", k/1024}' || echo "n/a")
  cpu_text=$([ "$have_time" = 1 ] && awk -v x="$cmed" 'BEGIN{printf "%.2f s", x/1000}' || echo "n/a")
  rows+="| $(thousands "$n") | $(awk -v b="${bytes[$n]}" 'BEGIN{ if (b < 1048576) printf "%d KB", b/1024; else printf "%.1f MB", b/1048576 }') | $r | $(awk -v x="$wmed" 'BEGIN{printf "%.2f s", x/1000}') | $(awk -v x="$wmin" 'BEGIN{printf "%.2f s", x/1000}') | $(awk -v x="$wmax" 'BEGIN{printf "%.2f s", x/1000}') | $cpu_text | $rss_text | $(awk -v x="$lmed" 'BEGIN{printf "%.1f", x/100}') |"$'\n'
done

verdict() { # name value limit unit
  awk -v v="$2" -v l="$3" -v name="$1" -v u="$4" 'BEGIN{printf "- %s: %s%s (goal ≤ %s%s) — **%s**\n", name, v, u, l, u, (v <= l) ? "met" : "not met"}'
}
goals=""
if [ -n "${median[20]:-}" ]; then
  goals+="$(verdict "20 nodes, median wall" "$(awk -v x="${median[20]}" 'BEGIN{printf "%.2f", x/1000}')" 0.5 " s")"$'\n'
fi
if [ -n "${median[10000]:-}" ]; then
  goals+="$(verdict "10,000 nodes, median wall" "$(awk -v x="${median[10000]}" 'BEGIN{printf "%.2f", x/1000}')" 1.5 " s")"$'\n'
fi
if [ -n "${median[10000]:-}" ] && [ -n "${median[100000]:-}" ]; then
  ratio=$(awk -v a="${median[100000]}" -v b="${median[10000]}" 'BEGIN{printf "%.1f", a/b}')
  goals+="$(verdict "100,000 / 10,000 median wall ratio" "$ratio" 12 "")"$'\n'
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "unknown")
mem_total=$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo 2>/dev/null || echo "unknown")
cpu_model=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo "unknown")
java_version=$(java -version 2>&1 | head -3 | sed 's/^/    /')
# The exact java command the launcher runs (from a traced run), with paths relative to the repository.
launcher_java=$(bash -x ./toc --version 2>&1 >/dev/null | sed -n 's/^+ exec //p' | tail -1 \
  | sed -e "s|$root/||g" -e "s|'||g" -e 's| --version$| check bench/generated/toc-N.toc|')
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "unknown")
dirty=$(git status --porcelain -- compiler cli grammar toc pom.xml 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)

section="$(cat <<EOF
<!-- toc-check:begin (written by bench/check-benchmark.sh; edit the script, not this section) -->
## toc check

Measured $(date -u +%Y-%m-%d) at commit \`$commit\`$dirty with:

    bench/check-benchmark.sh --runs $runs

which generates the inputs (\`java bench/GenerateToc.java N bench/generated/toc-N.toc\`, valid
layered theories: ≈1.5 links and ≈1 indicator per node, actors, assumptions on links, declared
pathways) and times, for each size, one untimed warm-up run and then the timed runs of

    ./toc check bench/generated/toc-N.toc

end to end: the launcher, JVM start and class loading included (wall clock from the shell;
CPU time and peak RSS from \`/usr/bin/time -f "%M %U %S"\`). Every run must report no problems.
The launcher runs:

    $launcher_java

Machine: $(nproc) CPUs ($cpu_model), $mem_total memory, shared with other work while measuring
(load average $load_before before the runs, $load_after after), so single runs are noisy: the
median is the figure to read, the minimum shows what the machine does when it is quieter, and
the CPU time (user + system, all JVM threads) is less sensitive to the load than the wall time.
"load" is the median of the 1-minute load average read before each run (2 would mean both
CPUs busy with other work).

$java_version

| nodes | file | runs | median wall | min wall | max wall | median CPU (user+sys) | peak RSS | load |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rows
Goals (from the issue "The language and its compiler"):

$goals<!-- toc-check:end -->
EOF
)"

echo
echo "$section"

if [ "$write" = 1 ]; then
  doc="docs/performance.md"
  mkdir -p docs
  if [ ! -f "$doc" ]; then
    printf "# Performance\n\nFigures measured by the benchmarks under \`bench/\`; rerun them to update this page.\n\n" >"$doc"
  fi
  tmp="$(mktemp)"
  if grep -q '<!-- toc-check:begin' "$doc"; then
    SECTION="$section" awk '
      /<!-- toc-check:begin/ { print ENVIRON["SECTION"]; skip = 1; next }
      /<!-- toc-check:end -->/ { skip = 0; next }
      !skip { print }' "$doc" >"$tmp"
  else
    cat "$doc" >"$tmp"
    printf "\n%s\n" "$section" >>"$tmp"
  fi
  mv "$tmp" "$doc"
  echo "written to $doc" >&2
fi
