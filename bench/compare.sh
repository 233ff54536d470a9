#!/usr/bin/env bash
# Times dflint against the Node.js linter dockerfile-utils, whole process
# (start-up included), and prints medians and ratios for each way dflint is run:
#   one small Dockerfile (a copy outside any repository), each row against `dockerfile-utils lint FILE`:
#     dflint FILE                              (pre-commit)
#     dflint --no-config --no-fail FILE        (options; the README's IDE set-up)
#     dflint --format json FILE
#     dflint --format sarif FILE               (code scanning)
#     dflint stages --format json FILE
#     dflint stages --format json FILE, where FILE is (with the repository's discovery; no target)
#   a directory, one process:  dflint --format json DIR  vs  one Node.js process
#                                                            linting DIR with dockerfile-utils' library
#   peak resident memory of that directory run
#   the first run after an install (no class-data archive yet) against the next one
# The commands of a group run round-robin, each round in a rotated order, so
# that drift on a busy machine hits every command alike; one untimed round
# comes first. The peers are installed with npm into a temporary folder
# (PEERS_DIR=dir to reuse one). dflint must be built first:
# mvn -q -B package -DskipTests. JAVA_HOME picks the JDK, as for bin/dflint.
#
# Usage: bench/compare.sh [-n RUNS] [-f FILE] [-d DIR]
#   RUNS  timed runs of each command (default 15)
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
        *) sed -n '2,21p' "$0" >&2; exit 2 ;;
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

# The one-file rows lint a copy of FILE in a folder of its own, outside any repository, as the
# peer reads it: in a repository dflint also reads the build files around it for targets (its
# discovery), at a cost that depends on the repository; the last row shows it for FILE where
# it is (for the default, dflint's own repository, hundreds of fixture files), and
# bench/discovery.sh measures discovery on its own.
alone=$(mktemp -d "${TMPDIR:-/tmp}/dflint-alone.XXXXXX")
cp "$file" "$alone/Dockerfile"
in_repo=$file
file=$alone/Dockerfile
if [ -n "${PEERS_DIR:-}" ]; then
    trap 'rm -rf "$alone"' EXIT
else
    trap 'rm -rf "$peers" "$alone"' EXIT
fi

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

# round_robin NAME... : runs the commands CMD_<NAME> (arrays set by the caller)
# RUNS times each after one untimed round, the order rotated by one each round;
# sets WALL_<NAME> and CPU_<NAME> to the medians.
round_robin() {
    local names=("$@") n=$# i k idx name m
    declare -A walls cpus
    for ((i = 0; i <= runs; i++)); do
        for ((k = 0; k < n; k++)); do
            idx=$(( (i + k) % n ))
            name=${names[$idx]}
            local -n cmd="CMD_$name"
            m=$(measure "${cmd[@]}")
            unset -n cmd
            if (( i > 0 )); then
                walls[$name]+=" ${m% *}"
                cpus[$name]+=" ${m#* }"
            fi
        done
    done
    for name in "${names[@]}"; do
        printf -v "WALL_$name" '%s' "$(echo "${walls[$name]}" | median)"
        printf -v "CPU_$name" '%s' "$(echo "${cpus[$name]}" | median)"
    done
}

files=$(NODE_PATH=$peers/node_modules node "$root/bench/lint-dir.js" "$dir" | cut -d' ' -f1)
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
echo "machine: $(nproc 2>/dev/null || echo '?') cores${cpu:+, $cpu}, $(uname -sr)"
echo "java: $("$dflint" --version 2>/dev/null | head -1) on $(${JAVA_HOME:+$JAVA_HOME/bin/}java -version 2>&1 | head -1)"
echo "node: $(node --version), dockerfile-utils 0.16.3"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo

# shellcheck disable=SC2034 # used through round_robin's name references
{
    CMD_peer=("$utils" lint "$file")
    CMD_plain=("$dflint" "$file")
    CMD_options=("$dflint" --no-config --no-fail "$file")
    CMD_json=("$dflint" --format json "$file")
    CMD_sarif=("$dflint" --format sarif "$file")
    CMD_stages=("$dflint" stages --format json "$file")
    CMD_stagesrepo=("$dflint" stages --format json "$in_repo")
}
# Make sure the class-data archive of every timed command line exists before timing (the
# first run after a build makes it), so the figures are those of every later run. (The
# lints of each format and the other commands have an archive each; bin/dflint picks it.)
for name in plain options json sarif stages; do
    declare -n cmd="CMD_$name"
    DFLINT_TRAIN_WAIT=1 "${cmd[@]}" >/dev/null 2>&1 || true
    unset -n cmd
done

echo "one small file ($(wc -l < "$file") lines, $(basename "$in_repo"), copied outside any repository), whole process, median of $runs round-robin runs:"
round_robin peer plain options json sarif stages stagesrepo
echo "                                        wall      cpu   ratio (wall)  target"
row() { # LABEL NAME TARGET
    local w c
    w=WALL_$2; c=CPU_$2
    if [ -n "$3" ]; then
        printf '  %-36s %5d ms %5d ms   %5s     <= %s\n' "$1" "${!w}" "${!c}" "$(ratio "${!w}" "$WALL_peer")" "$3"
    else
        printf '  %-36s %5d ms %5d ms\n' "$1" "${!w}" "${!c}"
    fi
}
row "dockerfile-utils lint FILE" peer ""
row "dflint FILE" plain 1.0
row "dflint --no-config --no-fail FILE" options 1.2
row "dflint --format json FILE" json 1.2
row "dflint --format sarif FILE" sarif 1.5
row "dflint stages --format json FILE" stages 1.2
row "  the same where FILE is (discovery)" stagesrepo ""
echo "  (targets on JDK 17; on JDK 25 with the AOT cache every one-file row <= 0.9)"
echo

# shellcheck disable=SC2034
{
    CMD_dirpeer=(env NODE_PATH="$peers/node_modules" node "$root/bench/lint-dir.js" "$dir")
    CMD_dir=("$dflint" --format json "$dir")
}
echo "directory of $files files ($dir), whole process, median of $runs round-robin runs:"
round_robin dir dirpeer
echo "                                        wall      cpu   ratio (wall)  target"
printf '  %-36s %5d ms %5d ms\n' "node bench/lint-dir.js DIR" "$WALL_dirpeer" "$CPU_dirpeer"
printf '  %-36s %5d ms %5d ms   %5s     <= 0.5\n' "dflint --format json DIR" "$WALL_dir" "$CPU_dir" \
    "$(ratio "$WALL_dir" "$WALL_dirpeer")"
echo "  (bench/lint-dir.js: dockerfile-utils' library, one Node.js process)"
echo

# The first run after an install (or a new jar or JDK): no archive yet, so it runs without one
# and then starts the training in the background. Each round times a normal run (the archive
# made above) and a first run on an empty cache folder, one after the other, then waits for
# that first run's training to end before the next round, so the training slows neither.
firsts="" normals="" fresh=""
wait_training() {
    local _
    for _ in $(seq 1200); do
        compgen -G "$1/*.lock" >/dev/null || compgen -G "$1/*.tmp*" >/dev/null || return 0
        sleep 0.1
    done
}
for ((i = 0; i < (runs < 7 ? runs : 7); i++)); do
    m=$(measure "$dflint" "$file")
    normals+=" ${m% *}"
    fresh=$(mktemp -d "${TMPDIR:-/tmp}/dflint-first.XXXXXX")
    m=$(DFLINT_CACHE_DIR=$fresh measure "$dflint" "$file")
    firsts+=" ${m% *}"
    wait_training "$fresh"
    rm -rf "$fresh"
done
first=$(echo "$firsts" | median) normal=$(echo "$normals" | median)
echo "first run after an install: $first ms against $normal ms for a normal run, ratio $(ratio "$first" "$normal") (target <= 2.0; medians of $(echo "$firsts" | wc -w) alternating pairs)"
echo

if [ -x /usr/bin/time ]; then
    # /usr/bin/time reports the largest resident set of the process, in KiB; the median of 3.
    peak="" peerpeak=""
    for _ in 1 2 3; do
        rss=$( { /usr/bin/time -f 'RSS %M' "$dflint" --format json "$dir" >/dev/null; } 2>&1 | grep '^RSS ' | tail -1 | cut -d' ' -f2 || true)
        peak+=" $(( ${rss:-0} / 1024 ))"
        rss=$( { /usr/bin/time -f 'RSS %M' env NODE_PATH="$peers/node_modules" node "$root/bench/lint-dir.js" "$dir" >/dev/null; } 2>&1 | grep '^RSS ' | tail -1 | cut -d' ' -f2 || true)
        peerpeak+=" $(( ${rss:-0} / 1024 ))"
    done
    echo "peak RSS of dflint --format json DIR: $(echo "$peak" | median) MiB (dockerfile-utils: $(echo "$peerpeak" | median) MiB)  (target <= 144 MiB)"
else
    echo "peak RSS: /usr/bin/time not installed (apt-get install time)"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
