#!/usr/bin/env bash
# Where a cold dflint process spends its time before and during its first lint: runs
# dflint.bench.StartupBreakdown (src/jmh/java) RUNS times as fresh JVMs, with the launcher's
# flags and a class-data archive made for it, and prints the median of each step. Also counts
# the classes the run loads and where they come from.
# Needs the bench build: mvn -B -Pbench package -Dmaven.test.skip=true
# Usage: bench/startup.sh [RUNS] [FILE]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
runs=${1:-11}
file=${2:-$root/testdata/samples/multistage.Dockerfile}
jar=$root/target-bench/dflint-bench.jar
[ -f "$jar" ] || { echo "startup.sh: build first: mvn -B -Pbench package -Dmaven.test.skip=true" >&2; exit 2; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss16m -Xmn16m -Dpicocli.disable.closures=true)
work=$(mktemp -d "${TMPDIR:-/tmp}/dflint-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$root"
main=(-cp "$jar" dflint.bench.StartupBreakdown "$file")
"$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$work/app.jsa" -Xlog:cds*=off "${main[@]}" >/dev/null

# The runs' lines with each number replaced by its median across the runs.
medians() {
    local lines first out="" i n
    lines=$(cat)
    first=${lines%%$'\n'*}
    n=$(echo "$first" | awk '{print NF}')
    for ((i = 1; i <= n; i++)); do
        w=$(echo "$first" | awk -v i="$i" '{print $i}')
        case $w in
            [0-9]*) w=$(printf '%s\n' "$lines" | awk -v i="$i" '{print $i}' | sort -n |
                awk '{v[NR] = $1} END {printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}') ;;
        esac
        out+="$w "
    done
    echo "$out"
}

for mode in archive none; do
    : > "$work/$mode.txt"
    for ((i = 0; i < runs; i++)); do
        if [ "$mode" = archive ]; then
            "$java" "${flags[@]}" -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds*=off "${main[@]}" >> "$work/$mode.txt"
        else
            "$java" "${flags[@]}" "${main[@]}" >> "$work/$mode.txt"
        fi
    done
    printf '%-8s %s\n' "$mode:" "$(medians < "$work/$mode.txt")"
done

"$java" "${flags[@]}" -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds*=off -Xlog:class+load:file="$work/classes.txt" \
    "${main[@]}" >/dev/null
total=$(grep -c 'class,load' "$work/classes.txt")
shared=$(grep -c 'shared objects file' "$work/classes.txt" || true)
echo "classes loaded: $total, from the archives: $shared; by package (top 8):"
awk '/class,load/ {n = split($2, p, "."); pkg = p[1]; for (i = 2; i < n && i <= 2; i++) pkg = pkg "." p[i]; c[pkg]++}
     END {for (k in c) print c[k], k}' "$work/classes.txt" | sort -rn | awk 'NR <= 8 {print "  " $0}'
