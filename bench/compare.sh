#!/usr/bin/env bash
# Times dflint against the Node.js linter dockerfile-utils, whole process
# (start-up included), alternating the commands so that drift on a busy
# machine hits both alike, and prints medians and ratios:
#   1. one small Dockerfile: bin/dflint FILE  vs  dockerfile-utils lint FILE
#   2. a directory:          bin/dflint DIR   vs  one Node.js process linting DIR
#                                                 with dockerfile-utils' library
#   3. peak resident memory of bin/dflint DIR
# The peers are installed with npm into a temporary folder (PEERS_DIR=dir to
# reuse one). dflint must be built first: mvn -q -B package -DskipTests
#
# Usage: bench/compare.sh [-n RUNS] [-f FILE] [-d DIR]
#   RUNS  timed runs of each command (default 15; one more untimed warm-up)
#   FILE  default testdata/samples/multistage.Dockerfile
#   DIR   default ../shared/corpus/files when present, else testdata
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd -P)
runs=15
file=$root/testdata/samples/multistage.Dockerfile
dir=$root/testdata
if [ -d "$root/../shared/corpus/files" ]; then dir=$(cd "$root/../shared/corpus/files" && pwd -P); fi
while getopts n:f:d: opt; do
    case $opt in
        n) runs=$OPTARG ;;
        f) file=$OPTARG ;;
        d) dir=$OPTARG ;;
        *) sed -n '2,17p' "$0" >&2; exit 2 ;;
    esac
done
dflint=$root/bin/dflint

for tool in node npm awk; do
    command -v "$tool" >/dev/null || { echo "compare.sh: needs $tool" >&2; exit 2; }
done
if ! "$dflint" --version >/dev/null 2>&1; then
    echo "compare.sh: bin/dflint does not run; build it first: mvn -q -B package -DskipTests" >&2
    exit 2
fi

# The peers, at the versions dflint is compared with.
if [ -n "${PEERS_DIR:-}" ]; then
    peers=$PEERS_DIR
else
    peers=$(mktemp -d "${TMPDIR:-/tmp}/dflint-peers.XXXXXX")
    trap 'rm -rf "$peers"' EXIT
fi
if [ ! -x "$peers/node_modules/.bin/dockerfile-utils" ]; then
    echo "installing dockerfile-utils and dockerfilelint with npm into $peers ..." >&2
    npm install --silent --no-audit --no-fund --no-save --prefix "$peers" \
        dockerfile-utils@0.16.3 dockerfilelint@1.8.0 >/dev/null
fi
utils=$peers/node_modules/.bin/dockerfile-utils

# Wall and CPU (user + system, all threads) milliseconds of one whole command,
# its output discarded, as "WALL CPU". The exit status is ignored: linters
# exit 1 when they find problems.
measure() {
    local TIMEFORMAT='%3R %3U %3S' t
    t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
    awk -v t="$t" 'BEGIN {split(t, v, " "); printf "%d %d\n", v[1] * 1000, (v[2] + v[3]) * 1000}'
}

median() {
    tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'
}

# Runs two commands RUNS times each, alternating which goes first, after one
# untimed round; sets A_MS, B_MS (median wall) and A_CPU, B_CPU (median CPU).
race() {
    local -a a_cmd b_cmd
    local sep i a b a_wall="" b_wall="" a_cpu="" b_cpu=""
    sep=$1; shift
    while [ "$1" != "$sep" ]; do a_cmd+=("$1"); shift; done
    shift
    b_cmd=("$@")
    for ((i = 0; i <= runs; i++)); do
        if (( i % 2 )); then
            b=$(measure "${b_cmd[@]}"); a=$(measure "${a_cmd[@]}")
        else
            a=$(measure "${a_cmd[@]}"); b=$(measure "${b_cmd[@]}")
        fi
        if (( i > 0 )); then
            a_wall+=" ${a% *}"; a_cpu+=" ${a#* }"
            b_wall+=" ${b% *}"; b_cpu+=" ${b#* }"
        fi
    done
    A_MS=$(echo "$a_wall" | median); A_CPU=$(echo "$a_cpu" | median)
    B_MS=$(echo "$b_wall" | median); B_CPU=$(echo "$b_cpu" | median)
}

# Make sure dflint's class-data archive exists before timing (the first run
# after a build makes it), so the figures are those of every later run.
"$dflint" "$file" >/dev/null 2>&1 || true
"$dflint" "$file" >/dev/null 2>&1 || true

files=$(NODE_PATH=$peers/node_modules node "$root/bench/lint-dir.js" "$dir" | cut -d' ' -f1)
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
echo "machine: $(nproc 2>/dev/null || echo '?') cores${cpu:+, $cpu}, $(uname -sr)"
echo "java: $("$dflint" --version 2>/dev/null | head -1) on $(${JAVA_HOME:+$JAVA_HOME/bin/}java -version 2>&1 | head -1)"
echo "node: $(node --version), dockerfile-utils 0.16.3"
echo

echo "one small file ($(wc -l < "$file") lines, $(basename "$file")), whole process, median of $runs alternating runs:"
race -- "$dflint" "$file" -- "$utils" lint "$file"
echo "                               wall     cpu"
printf '  %-28s %5d ms %5d ms\n' "dflint FILE" "$A_MS" "$A_CPU" "dockerfile-utils lint FILE" "$B_MS" "$B_CPU"
echo "  ratio dflint / dockerfile-utils, wall: $(ratio "$A_MS" "$B_MS")  (target <= 1.0)"
echo

echo "directory of $files files ($dir), whole process, median of $runs alternating runs:"
race -- "$dflint" "$dir" -- env NODE_PATH="$peers/node_modules" node "$root/bench/lint-dir.js" "$dir"
echo "                               wall     cpu"
printf '  %-28s %5d ms %5d ms\n' "dflint DIR" "$A_MS" "$A_CPU" "node bench/lint-dir.js DIR" "$B_MS" "$B_CPU"
echo "  (bench/lint-dir.js: dockerfile-utils' library, one Node.js process)"
echo "  ratio dflint / dockerfile-utils, wall: $(ratio "$A_MS" "$B_MS")  (target <= 0.5)"
echo

if [ -x /usr/bin/time ]; then
    # /usr/bin/time reports the largest resident set of the process, in KiB.
    rss=$( { /usr/bin/time -f 'RSS %M' "$dflint" "$dir" >/dev/null; } 2>&1 | grep '^RSS ' | tail -1 | cut -d' ' -f2 || true)
    echo "peak RSS of dflint DIR: $(( rss / 1024 )) MiB  (target <= 256 MiB)"
else
    echo "peak RSS: /usr/bin/time not installed (apt-get install time)"
fi
