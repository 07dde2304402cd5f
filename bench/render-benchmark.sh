#!/usr/bin/env bash
# Render benchmark for `toc render` (issue #3). On generated layered theories it times, in the
# same run and on the same machine state:
#   - `toc render F -o F.svg --engine native`: the whole command (JVM start, compile, DOT, dot)
#   - `dot -Tsvg` on the DOT that `toc render` emits: the layout alone, our floor
#   - `toc render F -o F.svg --engine embedded`: the engine that needs no Graphviz
# and the start-up cost of a 20-node render with each engine. Wall-clock medians of PASSES
# runs (toc and dot alternate, so load changes hit both), peak RSS from /usr/bin/time.
# Results go to bench/out/render/; the figures are copied into docs/performance.md ("## toc render").
#
#   bench/render-benchmark.sh                    # 200, 1,000 and 3,000 results, 3 passes
#   SIZES="200 1000" PASSES=5 bench/render-benchmark.sh
#   EMBEDDED_SIZES="200 1000" bench/render-benchmark.sh   # skip the slow embedded 3,000
#   EMBEDDED_TIMEOUT=600 bench/render-benchmark.sh        # give up on an embedded drawing after 600 s
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-200 1000 3000}"
EMBEDDED_SIZES="${EMBEDDED_SIZES:-$SIZES}"
PASSES="${PASSES:-3}"
EMBEDDED_TIMEOUT="${EMBEDDED_TIMEOUT:-900}"
OUT=bench/out/render
GEN=bench/generated
mkdir -p "$OUT" "$GEN"

if ! command -v dot >/dev/null 2>&1; then
    echo "render-benchmark: needs Graphviz's dot on the PATH (apt-get install -y graphviz)" >&2
    exit 3
fi
./toc --version >/dev/null    # builds the jar when it is missing or stale, outside the timings

for n in 20 $SIZES; do
    [ -f "$GEN/layered-$n.toc" ] || java bench/render/GenerateLayeredTheory.java "$n" "$GEN/layered-$n.toc"
done

# run LABEL CMD...: one timed run; prints "seconds peak_rss_kb" and fails loudly if CMD fails
run() {
    local stats="$OUT/.time"
    if ! /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>"$OUT/.stderr"; then
        echo "render-benchmark: failed: $*" >&2
        cat "$OUT/.stderr" >&2
        exit 1
    fi
    cat "$stats"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max() { sort -n | tail -1; }

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$OUT/results-$stamp.txt"
summary="$OUT/summary-$stamp.md"
{
    echo "# $(date -u +%Y-%m-%d) load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc); $(java -version 2>&1 | head -1); $(dot -V 2>&1)"
    echo "# passes: $PASSES"
} | tee "$results"

echo "| results | DOT size | \`toc render\` native (s) | \`dot -Tsvg\` alone (s) | ratio | \`toc render\` embedded (s) | peak RSS native / embedded (MB) | same SVG twice |" > "$summary"
echo "|---|---|---|---|---|---|---|---|" >> "$summary"

for n in $SIZES; do
    toc="$GEN/layered-$n.toc"
    dotfile="$OUT/layered-$n.dot"
    ./toc render "$toc" --format dot -o "$dotfile"
    : > "$OUT/.toc-times"; : > "$OUT/.dot-times"; : > "$OUT/.toc-rss"
    for pass in $(seq "$PASSES"); do
        read -r seconds rss < <(run ./toc render "$toc" -o "$OUT/toc-$n.svg" --engine native)
        echo "$seconds" >> "$OUT/.toc-times"; echo "$rss" >> "$OUT/.toc-rss"
        echo "n=$n pass=$pass toc-native $seconds s ${rss} KB" | tee -a "$results"
        read -r seconds rss < <(run dot -Tsvg "$dotfile" -o "$OUT/dot-$n.svg")
        echo "$seconds" >> "$OUT/.dot-times"
        echo "n=$n pass=$pass dot-alone $seconds s ${rss} KB" | tee -a "$results"
    done
    same="yes"
    cmp -s "$OUT/toc-$n.svg" "$OUT/dot-$n.svg" || same="no"
    tocm="$(median < "$OUT/.toc-times")"
    dotm="$(median < "$OUT/.dot-times")"
    ratio="$(awk -v a="$tocm" -v b="$dotm" 'BEGIN { printf "%.2f", a / b }')"
    rss="$(max < "$OUT/.toc-rss")"
    emb="–"; embrss="–"
    if [[ " $EMBEDDED_SIZES " == *" $n "* ]]; then
        if /usr/bin/time -f "%e %M" -o "$OUT/.time" ./toc render "$toc" -o "$OUT/embedded-$n.svg" \
                --engine embedded --timeout "$EMBEDDED_TIMEOUT" >/dev/null 2>"$OUT/.stderr"; then
            read -r emb embrss < "$OUT/.time"
            echo "n=$n embedded $emb s ${embrss} KB" | tee -a "$results"
            embrss="$((embrss / 1024))"
        else
            echo "n=$n embedded stopped: $(cat "$OUT/.stderr")" | tee -a "$results"
            emb="> $EMBEDDED_TIMEOUT (stopped)"; embrss="–"
        fi
    fi
    size="$(awk -v b="$(stat -c %s "$dotfile")" 'BEGIN { printf "%.1f MB", b / 1048576 }')"
    echo "| $n | $size | $tocm | $dotm | $ratio | $emb | $((rss / 1024)) / $embrss | $same |" >> "$summary"
done

# start-up: a 20-node render, where the fixed costs show
small="$GEN/layered-20.toc"
./toc render "$small" --format dot -o "$OUT/layered-20.dot"
echo >> "$summary"
echo "| 20-result render | median (s) | peak RSS (MB) |" >> "$summary"
echo "|---|---|---|" >> "$summary"
startup() {
    local label="$1"; shift
    : > "$OUT/.s-times"; : > "$OUT/.s-rss"
    for pass in $(seq "$PASSES"); do
        read -r seconds rss < <(run "$@")
        echo "$seconds" >> "$OUT/.s-times"; echo "$rss" >> "$OUT/.s-rss"
        echo "n=20 pass=$pass $label $seconds s ${rss} KB" | tee -a "$results"
    done
    echo "| $label | $(median < "$OUT/.s-times") | $(($(max < "$OUT/.s-rss") / 1024)) |" >> "$summary"
}
startup "\`dot -Tsvg\` alone" dot -Tsvg "$OUT/layered-20.dot" -o "$OUT/dot-20.svg"
startup "\`toc render --format dot\` (no engine)" ./toc render "$small" --format dot -o "$OUT/toc-20.dot"
startup "\`toc render\` native, SVG" ./toc render "$small" -o "$OUT/toc-20.svg" --engine native
startup "\`toc render\` native, PNG" ./toc render "$small" -o "$OUT/toc-20.png" --engine native
startup "\`toc render\` native, PDF" ./toc render "$small" -o "$OUT/toc-20.pdf" --engine native
startup "\`toc render\` embedded, SVG" ./toc render "$small" -o "$OUT/embedded-20.svg" --engine embedded
startup "\`toc render\` embedded, PNG" ./toc render "$small" -o "$OUT/embedded-20.png" --engine embedded
startup "\`toc render\` embedded, PDF" ./toc render "$small" -o "$OUT/embedded-20.pdf" --engine embedded

echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
rm -f "$OUT"/.time "$OUT"/.stderr "$OUT"/.toc-times "$OUT"/.dot-times "$OUT"/.toc-rss "$OUT"/.s-times "$OUT"/.s-rss
echo
cat "$summary"
echo
echo "raw timings: $results; tables: $summary"
