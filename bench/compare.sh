#!/usr/bin/env bash
# Runs the Go reference (goref's bench-* commands) and CdiGen (bench/CdiGen.BenchRunner) on
# the same inputs, interleaved: each round runs every workload once per implementation, the
# order of the two alternating between rounds. Prints one line per workload with the medians:
#   NAME go=NS cdigen=NS ratio=GO/CDIGEN go_bytes=B cdigen_bytes=B
# go and cdigen are the medians over the rounds; ratio is the median of the per-round ratios
# (each taken from two runs made back to back), which drifting machine load disturbs less.
# Only the ratios mean something; absolute numbers depend on the machine and its load.
#
# Usage: bench/compare.sh [--quick] [--rounds N]
#   --quick   fewer ops and rounds (the whole run stays under 3 minutes on 2 cores)
# Environment: CDIGEN_SHARED (default ../shared beside the repository), GOREF (a built goref
# binary), GOREF_WORK (where goref's setup.sh builds it; default artifacts/goref).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CDIGEN_SHARED:-$repo/../shared}"
fixtures="$shared/tools/goref/fixtures"

rounds=5; n_inject=20000; n_parse=1000; n_refresh=30; warmup_ms=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) rounds=3; n_inject=5000; n_parse=300; n_refresh=10; warmup_ms=1000 ;;
    --rounds) rounds="$2"; shift ;;
    *) echo "usage: $0 [--quick] [--rounds N]" >&2; exit 2 ;;
  esac
  shift
done

[ -d "$fixtures" ] || { echo "goref fixtures not found at $fixtures (set CDIGEN_SHARED)" >&2; exit 1; }

# The Go side: build goref with its own setup script when there is no binary yet.
goref="${GOREF:-}"
if [ -z "$goref" ]; then
  export GOREF_WORK="${GOREF_WORK:-$repo/artifacts/goref}"
  goref="$GOREF_WORK/bin/goref"
  if [ ! -x "$goref" ]; then
    echo "building goref in $GOREF_WORK" >&2
    bash "$shared/tools/goref/setup.sh" >&2
  fi
fi

# The CdiGen side.
echo "building bench/CdiGen.BenchRunner (Release)" >&2
dotnet build "$repo/bench/CdiGen.BenchRunner/CdiGen.BenchRunner.csproj" -c Release -nologo -v quiet >&2
# Default code generation (tiered, dynamic PGO) as in a long-running runtime. Call counting
# starts at once instead of after the runtime's 100 ms quiet period, so that the runner's
# adaptive warmup (bench/CdiGen.BenchRunner/Measurement.cs) reaches the final tier sooner.
runner=(env DOTNET_TC_CallCountingDelayMs=0 dotnet "$repo/bench/CdiGen.BenchRunner/bin/Release/net10.0/CdiGen.BenchRunner.dll")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# goref's bench-parse on a JSON copy of the same spec (its reader takes JSON as YAML).
"${runner[@]}" tojson "$fixtures/specs/large/nvidia.yaml" "$work/nvidia.json"
# The same spec with every device node fully described (type, numbers and fileMode), which
# newest CDI applies without looking the node up on the host, as goref's v0.5.2 always does:
# inject-*-described is the same work on both sides, inject-* adds CdiGen's host lookups.
mkdir -p "$work/described"
"${runner[@]}" describe-nodes "$fixtures/specs/large/nvidia.yaml" "$work/described/nvidia.json"

# The same spec with every node's hostPath an existing device (/dev/null): the lookups hit the
# kernel's dentry cache, as on a host that has the GPUs, where here they miss (no nvidia nodes).
mkdir -p "$work/present"
"${runner[@]}" present-nodes "$fixtures/specs/large/nvidia.yaml" "$work/present/nvidia.json" /dev/null

gpus8=(nvidia.com/gpu=0 nvidia.com/gpu=1 nvidia.com/gpu=2 nvidia.com/gpu=3 nvidia.com/gpu=4 nvidia.com/gpu=5 nvidia.com/gpu=6 nvidia.com/gpu=7)
workloads=(inject-1 inject-8 inject-1-described inject-8-described inject-1-present inject-8-present parse-yaml parse-json refresh-200)

# Arguments after the command name, identical for both implementations (flags first).
args_for() {
  case "$1" in
    inject-1) echo "--spec-dir specs/large --oci config.json --n $n_inject nvidia.com/gpu=0" ;;
    inject-8) echo "--spec-dir specs/large --oci config.json --n $n_inject ${gpus8[*]}" ;;
    inject-1-described) echo "--spec-dir $work/described --oci config.json --n $n_inject nvidia.com/gpu=0" ;;
    inject-8-described) echo "--spec-dir $work/described --oci config.json --n $n_inject ${gpus8[*]}" ;;
    inject-1-present) echo "--spec-dir $work/present --oci config.json --n $n_inject nvidia.com/gpu=0" ;;
    inject-8-present) echo "--spec-dir $work/present --oci config.json --n $n_inject ${gpus8[*]}" ;;
    parse-yaml) echo "--n $n_parse specs/large/nvidia.yaml" ;;
    parse-json) echo "--n $n_parse $work/nvidia.json" ;;
    refresh-200) echo "--spec-dir specs/many --n $n_refresh" ;;
  esac
}

command_for() { case "$1" in inject-*) echo inject ;; parse-*) echo parse ;; refresh-*) echo refresh ;; esac; }

run_one() { # impl workload -> "ns bytes"
  local impl="$1" name="$2" cmd line
  cmd="$(command_for "$name")"
  # shellcheck disable=SC2046
  if [ "$impl" = go ]; then
    line="$("$goref" "bench-$cmd" $(args_for "$name") 2>/dev/null)"
  else
    line="$("${runner[@]}" "$cmd" --warmup-ms "$warmup_ms" $(args_for "$name"))"
  fi
  echo "$impl $name $line" >> "$work/raw.txt"
  awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } print v["ns_per_op"], v["bytes_per_op"] }' <<< "$line"
}

cd "$fixtures"
for ((round = 1; round <= rounds; round++)); do
  echo "round $round/$rounds" >&2
  for name in "${workloads[@]}"; do
    if ((round % 2)); then order=(go cdigen); else order=(cdigen go); fi
    for impl in "${order[@]}"; do
      run_one "$impl" "$name" >> "$work/$impl-$name.txt"
    done
  done
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "# $(date -u +%Y-%m-%dT%H:%MZ) nproc=$(nproc) cpu=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')\" rounds=$rounds $("$goref" version)"
for name in "${workloads[@]}"; do
  go_ns="$(cut -d' ' -f1 "$work/go-$name.txt" | median)"
  cd_ns="$(cut -d' ' -f1 "$work/cdigen-$name.txt" | median)"
  go_b="$(cut -d' ' -f2 "$work/go-$name.txt" | median)"
  cd_b="$(cut -d' ' -f2 "$work/cdigen-$name.txt" | median)"
  # Per-round ratios in thousandths, so that the integer median keeps two decimals.
  ratio="$(paste -d' ' "$work/go-$name.txt" "$work/cdigen-$name.txt" | awk '{ print int(1000 * $1 / $3) }' | median)"
  awk -v n="$name" -v g="$go_ns" -v c="$cd_ns" -v r="$ratio" -v gb="$go_b" -v cb="$cd_b" \
    'BEGIN { printf "%s go=%d cdigen=%d ratio=%.2f go_bytes=%d cdigen_bytes=%d\n", n, g, c, r / 1000, gb, cb }'
done
if [ -n "${COMPARE_RAW:-}" ]; then cp "$work/raw.txt" "$COMPARE_RAW"; fi
