#!/usr/bin/env bash
# Bulk figure: generate N EmailAccount records as NDJSON (fixed seed, one in ten invalid) and run
# them through `./preflight validate --ndjson`, reporting records per second and peak memory.
#
#   benchmarks/bulk.sh                 # 100,000 and 1,000,000 records
#   benchmarks/bulk.sh 50000 500000    # other sizes
#
# Peak memory is the process's peak resident set size (VmHWM), sampled from /proc (Linux).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  echo "bulk: building the benchmarks (once)..." >&2
  ./mvnw -q -B -DskipTests -pl benchmarks -am package >&2
fi
./preflight --version >/dev/null   # builds the command line tool if needed

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-10s %10s %14s %16s %14s\n' records seconds "records/s" "tool records/s" "peak RSS MB"
for n in "${@:-100000 1000000}"; do
  for count in $n; do
    input="$work/records-$count.ndjson"
    java -cp "$jar" dev.preflight.benchmarks.GenerateRecords "$count" > "$input"
    start=$(date +%s%N)
    ./preflight validate --ndjson "$input" > /dev/null 2> "$work/err" &
    pid=$!
    # VmHWM is the peak so far: a reading every 0.2 s, in a subshell that forks nothing but sleep
    # (on two cores, a monitor that forks often slows the run it measures), while the wall clock
    # stops as soon as the run ends.
    (
      peak=0
      while kill -0 "$pid" 2>/dev/null; do
        while read -r key value _; do
          if [ "$key" = VmHWM: ] && [ "$value" -gt "$peak" ]; then peak=$value; echo "$peak" > "$work/peak"; fi
        done < "/proc/$pid/status" 2>/dev/null || true
        sleep 0.2
      done
    ) &
    monitor=$!
    status=0
    wait "$pid" || status=$?
    end=$(date +%s%N)
    wait "$monitor" 2>/dev/null || true
    peak=$(cat "$work/peak" 2>/dev/null || echo 0)
    rm -f "$work/peak"
    if [ "$status" -ne 1 ]; then
      echo "bulk: expected exit status 1 (some records invalid), got $status" >&2
      cat "$work/err" >&2
      exit 2
    fi
    seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
    rate=$(awk -v n="$count" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", n / ((e - s) / 1e9) }')
    tool=$(sed -n 's/.*(\([0-9]*\) records\/s).*/\1/p' "$work/err")
    printf '%-10s %10s %14s %16s %14s\n' "$count" "$seconds" "$rate" "$tool" "$((peak / 1024))"
  done
done
