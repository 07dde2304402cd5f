#!/usr/bin/env bash
# Import benchmark for `toc evaluate` (issue #4): our importer against the bare streaming scan of
# the same sheet XML (the floor) and POI's event API, each in its own JVM with the same heap.
# Results go to bench/out/import/; docs/performance.md "## toc evaluate: import" has the figures.
#
#   bench/import-benchmark.sh                 # 10k, 100k and 1M rows, 3 timed passes each
#   SIZES="10000" PASSES=1 bench/import-benchmark.sh
#   DHIS2_SIZES="1000000" (the default) adds a DHIS2 data value set CSV of that many rows, read
#   against a bare CSV scan (decode and split into fields) with modes scan, import and paired.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES-10000 100000 1000000}"
PASSES="${PASSES:-3}"
HEAP="${HEAP:--Xmx256m}"
MODES="${MODES:-scan scan-poi import poi-event paired}"
DHIS2_SIZES="${DHIS2_SIZES-1000000}"
DHIS2_MODES="${DHIS2_MODES:-scan import paired}"
OUT=bench/out/import
GEN=bench/generated
mkdir -p "$OUT/classes" "$GEN"

if mvn -o -q package dependency:build-classpath -DskipTests \
    -pl evaluator -am -Dmdep.outputFile="$PWD/$OUT/cp.txt"; then
    CP="$(cat "$OUT/cp.txt"):evaluator/target/toc-evaluator-0.1.0-SNAPSHOT.jar"
else
    # The dependency plugin is not in every offline Maven repository: the CLI's runnable jar holds
    # the evaluator and all it needs.
    echo "# dependency:build-classpath failed; using cli/target/toc.jar" >&2
    mvn -o -q package -DskipTests -pl cli -am
    CP="cli/target/toc.jar"
fi
javac -nowarn -d "$OUT/classes" -cp "$CP" bench/import/src/org/tocworkbench/bench/*.java bench/common/src/org/tocworkbench/bench/*.java 2>&1 | grep -v "^Note:" || true
CP="$CP:$OUT/classes"

label() { if [ "$1" -ge 1000000 ]; then echo "$(( $1 / 1000000 ))m"; else echo "$(( $1 / 1000 ))k"; fi; }

for n in $SIZES; do
    file="$GEN/monitoring-$(label "$n").xlsx"
    if [ ! -f "$file" ]; then
        java -Xmx1g -cp "$CP" org.tocworkbench.bench.GenerateMonitoringWorkbook "$GEN" "$n"
    fi
done

for n in $DHIS2_SIZES; do
    file="$GEN/datavalues-$(label "$n").csv"
    if [ ! -f "$file" ]; then
        java -Xmx256m -cp "$CP" org.tocworkbench.bench.GenerateDataValueSet "$GEN" "$n"
    fi
done

results="$OUT/results-$(date -u +%Y%m%dT%H%M%SZ).txt"
echo "# load average at start: $(cut -d" " -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1); heap: $HEAP; cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)" | tee "$results"
for n in $SIZES; do
    file="$GEN/monitoring-$(label "$n").xlsx"
    echo "# $file: $(stat -c %s "$file") bytes, sheet XML $(unzip -l "$file" xl/worksheets/sheet2.xml | awk 'NR==4{print $1}') bytes" | tee -a "$results"
    for mode in $MODES; do
        /usr/bin/time -f "$mode $(basename "$file") peak_rss_kb=%M" \
            java "$HEAP" -cp "$CP" org.tocworkbench.bench.ImportBenchmark "$mode" "$file" "$GEN/bench-theory.toc" "$PASSES" \
            2>&1 | tee -a "$results"
    done
done

for n in $DHIS2_SIZES; do
    file="$GEN/datavalues-$(label "$n").csv"
    echo "# $file: $(stat -c %s "$file") bytes (DHIS2 data value set, CSV)" | tee -a "$results"
    for mode in $DHIS2_MODES; do
        /usr/bin/time -f "$mode $(basename "$file") peak_rss_kb=%M" \
            java "$HEAP" -cp "$CP" org.tocworkbench.bench.ImportBenchmark "$mode" "$file" "$GEN/bench-theory.toc" "$PASSES" \
            2>&1 | tee -a "$results"
    done
done

echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"

# Median of the timed passes and peak RSS per reader, with the ratio to the scan.
echo
awk -f bench/import-summary.awk "$results" | tee "$results.md"
