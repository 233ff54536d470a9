#!/usr/bin/env bash
# What target discovery costs a cold one-file lint: runs dflint.bench.DiscoveryStartup (src/jmh/java)
# RUNS times as fresh JVMs with the launcher's flags, with and without --no-discover, and prints the
# median CPU time of the lint thread for each. The class-data archive is made from a run that
# discovers, as the launcher's training run does (it lints a tiny repository too);
# COLD_DISCOVERY=1 makes it from a --no-discover run instead: discovery's classes then load cold.
# Needs the bench build: mvn -B -Pbench package -Dmaven.test.skip=true
# Usage: bench/discovery.sh RUNS FILE   (FILE inside a repository: a folder above it holds .git)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
runs=${1:-21}
file=${2:?usage: bench/discovery.sh RUNS FILE}
jar=$root/target-bench/dflint-bench.jar
[ -f "$jar" ] || { echo "discovery.sh: build first: mvn -B -Pbench package -Dmaven.test.skip=true" >&2; exit 2; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss16m -Dpicocli.disable.closures=true)
work=$(mktemp -d "${TMPDIR:-/tmp}/dflint-discovery.XXXXXX")
trap 'rm -rf "$work"' EXIT
main=(-cp "$jar" dflint.bench.DiscoveryStartup)
train=()
if [ -n "${COLD_DISCOVERY:-}" ]; then train=(--no-discover); fi
"$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$work/app.jsa" -Xlog:cds*=off "${main[@]}" ${train[@]+"${train[@]}"} "$file" >/dev/null
median() { sort -n | awk '{v[NR] = $1} END {printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
# the two modes alternate, so a change in the machine's load hits both alike
: > "$work/discover.txt"
: > "$work/no-discover.txt"
for ((i = 0; i < runs; i++)); do
    "$java" "${flags[@]}" -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds*=off "${main[@]}" "$file" >> "$work/discover.txt"
    "$java" "${flags[@]}" -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds*=off "${main[@]}" --no-discover "$file" \
        >> "$work/no-discover.txt"
done
for mode in discover no-discover; do
    printf '%-12s lint thread CPU %s ms, wall %s ms (medians of %d)\n' "$mode:" \
        "$(awk '{print $2}' "$work/$mode.txt" | median)" "$(awk '{print $4}' "$work/$mode.txt" | median)" "$runs"
done
