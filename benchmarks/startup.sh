#!/usr/bin/env bash
# Start-up figure: the wall time of one whole `preflight validate FILE` process, as a ratio to a
# bare JVM start (`java -version`) measured in the same run, interleaved so that both see the same
# machine. Median of several runs each.
#
#   benchmarks/startup.sh                       # ./preflight, 15 runs each
#   benchmarks/startup.sh -n 31                 # more runs
#   benchmarks/startup.sh ./preflight ../old/preflight   # several launchers side by side
#
# Each launcher is run once before timing (it builds its jar and class-data archive if needed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=15
if [ "${1:-}" = "-n" ]; then
  runs=$2
  shift 2
fi
launchers=("${@:-$root/preflight}")
record="$root/docs/examples/update-request-without-display-name.json"

for launcher in "${launchers[@]}"; do
  "$launcher" validate "$record" >/dev/null 2>&1 || [ $? -eq 1 ] || { echo "startup: $launcher failed" >&2; exit 2; }
done

# Wall time of one command in milliseconds (with a fraction), its output discarded.
millis() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", (e - s) / 1e6 }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((i = 0; i < runs; i++)); do
  millis java -version >>"$work/jvm"
  for index in "${!launchers[@]}"; do
    millis "${launchers[$index]}" validate "$record" >>"$work/launcher-$index"
  done
done

jvm=$(median <"$work/jvm")
printf '%-48s %12s %8s\n' "command ($runs runs each, interleaved)" "median ms" "ratio"
printf '%-48s %12s %8s\n' "java -version" "$jvm" "1.00"
for index in "${!launchers[@]}"; do
  ms=$(median <"$work/launcher-$index")
  printf '%-48s %12s %8s\n' "${launchers[$index]} validate FILE" "$ms" "$(awk -v a="$ms" -v b="$jvm" 'BEGIN { printf "%.2f", a / b }')"
done
