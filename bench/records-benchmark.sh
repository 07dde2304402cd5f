#!/usr/bin/env bash
# Records benchmark (issue 14, docs/performance.md "## Indicators computed from records"):
# N records x 40 columns as .xlsx and ;-CSV, 12 computed indicators (two distinct counts) against
# the bare streaming scan of the same file, each in its own JVM at the same heap; then, with
# PostgreSQL, DB_ROWS rows counted in the database: the query alone against the tool.
#
#   bench/records-benchmark.sh                        # 1M records, 10M database rows, 3 passes
#   SIZES="100000" DB_ROWS=1000000 PASSES=1 bench/records-benchmark.sh
#   FORMATS=csv DB_ROWS=0 bench/records-benchmark.sh   # the CSV file only, no database
# For the CSV file it also runs scan and computation alternately in one JVM ("paired"), so that
# both see the same load on a shared machine, with each pair's ratio in wall and CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-1000000}"
PASSES="${PASSES:-3}"
HEAP="${HEAP:--Xmx256m}"
DB_ROWS="${DB_ROWS:-10000000}"
FORMATS="${FORMATS:-xlsx csv}"
OUT=bench/out/records
GEN=bench/generated/records
mkdir -p "$OUT/classes" "$GEN"

# The tool's own runnable jar (everything the evaluator needs, the PostgreSQL driver included).
# Built each run, so that the figures are of the code in the work tree.
mvn -o -q -B package -DskipTests -pl cli -am
CP=cli/target/toc.jar
javac -nowarn -d "$OUT/classes" -cp "$CP" bench/records/src/org/tocworkbench/bench/*.java bench/common/src/org/tocworkbench/bench/*.java
CP="$CP:$OUT/classes"

label() { if [ "$1" -ge 1000000 ]; then echo "$(( $1 / 1000000 ))m"; else echo "$(( $1 / 1000 ))k"; fi; }

results="$OUT/results-$(date -u +%Y%m%dT%H%M%SZ).txt"
echo "# load average at start: $(cut -d" " -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1); heap: $HEAP; cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)" | tee "$results"
for n in $SIZES; do
    l="$(label "$n")"
    [ -f "$GEN/records-$l.csv" ] || java -Xmx512m -cp "$CP" org.tocworkbench.bench.GenerateRecords "$GEN" "$n"
    echo "# $n records x 40 columns: xlsx $(stat -c %s "$GEN/records-$l.xlsx") bytes, csv $(stat -c %s "$GEN/records-$l.csv") bytes" | tee -a "$results"
    runs=()
    case " $FORMATS " in *" xlsx "*) runs+=("scan $GEN/records-$l.xlsx" "records $GEN/records-$l.toc") ;; esac
    case " $FORMATS " in *" csv "*) runs+=("scan $GEN/records-$l.csv" "records $GEN/records-$l-csv.toc"
        "paired $GEN/records-$l.csv $GEN/records-$l-csv.toc") ;; esac
    for run in "${runs[@]}"; do
        /usr/bin/time -f "  peak_rss_kb=%M" java "$HEAP" -cp "$CP" org.tocworkbench.bench.RecordsBenchmark $run "$PASSES" 2>&1 | tee -a "$results"
    done
done

if [ -n "${TOC_TEST_JDBC_URL:-}" ] && [ "$DB_ROWS" != "0" ]; then
    export PGPASSWORD="${TOC_DB_PASSWORD:-}"
    host_db="${TOC_TEST_JDBC_URL#jdbc:postgresql://}"
    db="${host_db#*/}"
    psql -q -h localhost -U "$TOC_DB_USER" "$db" <<SQL
drop table if exists bench_records;
create table bench_records as
  select 'P' || (i % ($DB_ROWS * 4 / 5)) as participant_id,
         case when i % 7 < 6 then 'yes' else 'no' end as completed,
         timestamp '2025-01-01' + (i % 1000) * interval '1 day' as submitted
  from generate_series(1, $DB_ROWS) as i;
analyze bench_records;
SQL
    sql="select 'C1' as indicator, to_char(submitted, 'YYYY-\"Q\"Q') as period, count(*) as value from bench_records where completed = 'yes' group by 2 order by 2"
    cat > "$GEN/db.toc" <<TOC
theory "Database benchmark" {
    period 2025-01 to 2028-12
}
impact I "Better"
outcome O "Changed" {
    indicator C1 "Completed" {
        unit count
    }
}
O -> I
records db "$TOC_TEST_JDBC_URL" {
    query """$sql"""
}
TOC
    echo "# $DB_ROWS rows in PostgreSQL, counted by quarter in the database" | tee -a "$results"
    java "$HEAP" -cp "$CP" org.tocworkbench.bench.RecordsBenchmark db-query "$TOC_TEST_JDBC_URL" "$sql" "$PASSES" 2>&1 | tee -a "$results"
    java "$HEAP" -cp "$CP" org.tocworkbench.bench.RecordsBenchmark db-tool "$GEN/db.toc" "$PASSES" 2>&1 | tee -a "$results"
fi
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
