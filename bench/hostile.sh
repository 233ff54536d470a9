#!/usr/bin/env bash
# Times bin/dflint, whole process, on the hostile inputs of the robustness issue: writes each
# into a temporary folder, lints it with the default rules and prints wall time, peak
# resident memory, exit code and the last line dflint printed. By hand, not a test: times are
# noisy. Usage: bench/hostile.sh [-k]   (-k keeps the folder of generated files)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=false
[ "${1:-}" = "-k" ] && keep=true
[ -f target/dflint.jar ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }
dir=$(mktemp -d)
$keep || trap 'rm -rf "$dir"' EXIT

gen() { awk -v n="$2" "BEGIN { $3 }" > "$dir/$1"; }

# a 5 MB file of one-line RUNs, and 3.9 MB (under the default limit) of a real multi-stage file
gen five-mb.Dockerfile 0 'print "FROM alpine:3.20"; while (s < 5242880) { l = "RUN echo line " i++ " && true"; print l; s += length(l) + 1 }'
sample=testdata/samples/multistage.Dockerfile
while [ "$(stat -c %s "$dir/samples.Dockerfile" 2>/dev/null || echo 0)" -lt 4000000 ]; do cat "$sample" >> "$dir/samples.Dockerfile"; done
gen run-200k-lines.Dockerfile 200000 'print "FROM alpine\nRUN true \\"; for (i = 0; i < n; i++) print "  && echo " i " \\"; print "  && true"'
gen one-mb-line.Dockerfile 0 'printf "FROM alpine\nRUN echo "; for (i = 0; i < 1048576 / 64; i++) printf "%s", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; print ""'
gen chain-5000.Dockerfile 5000 'print "FROM alpine AS s0"; for (i = 1; i < n; i++) { print "FROM s" i-1 " AS s" i; print "ENV V" i "=$V" i-1 "x"; print "RUN pip install p" i }'
gen from-chains.Dockerfile 4000 'print "FROM alpine AS s0"; for (i = 1; i < n; i++) { print "FROM alpine AS s" i; print "COPY --from=s" i-1 " /a /a"; print "RUN --mount=from=s" i-1 ",target=/m true"; print "COPY --from=" i-1 " /b /b" }'
gen unterminated-heredoc.Dockerfile 100000 'print "FROM alpine\nRUN <<EOF"; for (i = 0; i < n; i++) print "echo " i'
gen heredocs-2000.Dockerfile 2000 'printf "FROM alpine\nCOPY "; for (i = 0; i < n; i++) printf "<<E%d ", i; print "/dst"; for (i = 0; i < n; i++) { print "x"; print "E" i }'
gen nested-vars.Dockerfile 100000 'printf "FROM alpine\nENV X="; for (i = 0; i < n; i++) printf "${a:-"; printf "x"; for (i = 0; i < n; i++) printf "}"; print ""'
gen nested-json.Dockerfile 500000 'printf "FROM alpine\nCMD "; for (i = 0; i < n; i++) printf "["; for (i = 0; i < n; i++) printf "]"; print ""'
gen onbuild-5000.Dockerfile 5000 'printf "FROM alpine\n"; for (i = 0; i < n; i++) printf "ONBUILD "; print "RUN echo deep"'
printf 'FROM alpine\nRUN echo a\0b\n' > "$dir/nul.Dockerfile"
printf 'FROM alpine\nRUN echo \xff\xfe\xc3\x28 bad\n' > "$dir/invalid-utf8.Dockerfile"
printf '\xff\xfeF\0R\0O\0M\0 \0a\0\n\0' > "$dir/utf16.Dockerfile"
gen cr-only.Dockerfile 100000 'for (i = 0; i < n; i++) printf "\r"; printf "FROM alpine\r\rRUN x\r"'
: > "$dir/empty.Dockerfile"
gen comments-only.Dockerfile 1000 'for (i = 0; i < n; i++) print "# comment " i'

printf '%-28s %7s %8s %4s  %s\n' file seconds 'RSS MiB' exit 'last line'
for f in "$dir"/*.Dockerfile; do
    /usr/bin/time -o "$dir/time" -f '%e %M %x' bin/dflint --no-config "$f" > "$dir/out" 2> "$dir/err" || true
    read -r secs kb code < <(tail -n 1 "$dir/time")
    last=$(tail -n 1 "$dir/err")
    [ -n "$last" ] || last=$(tail -n 1 "$dir/out")
    printf '%-28s %7s %8d %4s  %.90s\n' "$(basename "$f")" "$secs" $(( kb / 1024 )) "$code" "${last//$dir\//}"
done
$keep && echo "files kept in $dir"
