#!/usr/bin/env bash
# The action's lint step: runs dflint once over the given paths, writing SARIF
# (for code scanning), GitHub annotations and the chosen log format, and
# records what happened as step outputs. It exits 0 whatever dflint found, so
# that the SARIF upload still runs; action/check.sh fails the job afterwards.
#
# Inputs (environment, as action.yml passes them):
#   INPUT_PATHS              files or folders, relative to the workspace; one per line,
#                            or several on one line separated by spaces (default .)
#   INPUT_ARGS               more dflint options, split as a shell would (quotes work,
#                            nothing is expanded or run)
#   INPUT_FORMAT             the format printed to the log (default text; empty: none)
#   INPUT_ANNOTATIONS        true: GitHub annotations (--format github) (default true)
#   INPUT_SARIF_FILE         where the SARIF goes, relative to the workspace (default
#                            dflint.sarif; empty: no SARIF)
#   INPUT_FAILURE_THRESHOLD  error, warning, info, style or none (default: dflint's)
# Outputs: exit-code, sarif-file, finding-count, error-count, warning-count,
#   info-count, style-count.
# Run locally: GITHUB_WORKSPACE=/path/to/repo INPUT_PATHS=. action/run.sh
set -uo pipefail
action=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
workspace=${GITHUB_WORKSPACE:-$PWD}
# Outputs go to $GITHUB_OUTPUT, or to standard output when run by hand.
if [ -n "${GITHUB_OUTPUT:-}" ]; then exec 3>>"$GITHUB_OUTPUT"; else exec 3>&1; fi

fail() {
    echo "::error title=dflint::$*"
    echo "exit-code=2" >&3
    exit 2
}
is_bool() { case $1 in true | false) return 0 ;; *) return 1 ;; esac; }

paths_input=${INPUT_PATHS-.}
args_input=${INPUT_ARGS-}
format=${INPUT_FORMAT-text}
annotations=${INPUT_ANNOTATIONS:-true}
sarif=${INPUT_SARIF_FILE-dflint.sarif}
threshold=${INPUT_FAILURE_THRESHOLD:-}
is_bool "$annotations" || fail "annotations must be true or false, not '$annotations'"
case $threshold in
    '' | error | warning | info | style | none) ;;
    *) fail "failure-threshold must be error, warning, info, style or none, not '$threshold'" ;;
esac

cd "$workspace" || fail "cannot enter the workspace $workspace"

# Paths: one per line when there are several lines (so a path may hold spaces),
# else separated by spaces. No globbing, no expansion.
paths=()
if [[ $paths_input == *$'\n'* ]]; then
    while IFS= read -r line; do
        line=${line#"${line%%[![:space:]]*}"}
        line=${line%"${line##*[![:space:]]}"}
        [ -n "$line" ] && paths+=("$line")
    done <<< "$paths_input"
else
    read -r -a paths <<< "$paths_input"
fi
[ "${#paths[@]}" -gt 0 ] || paths=(.)

# Extra options: xargs splits words and honours quotes as a shell would, but
# runs nothing and expands nothing.
args=()
if [[ $args_input =~ [^[:space:]] ]]; then
    split=$(printf '%s' "$args_input" | xargs printf '%s\0' 2>&1 >/dev/null) ||
        fail "cannot split args: ${split:-bad quoting}"
    while IFS= read -r -d '' word; do args+=("$word"); done < <(printf '%s' "$args_input" | xargs printf '%s\0')
fi

temp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
json=$(mktemp "$temp/dflint-findings.XXXXXX") || fail "cannot make a temporary file in $temp"
trap 'rm -f "$json"' EXIT

# The user's options first: a --format among them keeps its own --output, since
# dflint pairs the n-th --format with the n-th --output.
cmd=("$action/bin/dflint" ${args[@]+"${args[@]}"})
[ -n "$threshold" ] && cmd+=(--failure-threshold "$threshold")
if [ -n "$sarif" ]; then
    case $sarif in /*) ;; *) sarif=$workspace/$sarif ;; esac
    mkdir -p "$(dirname "$sarif")" || fail "cannot make the folder for $sarif"
    rm -f "$sarif"
    cmd+=(--format sarif --output "$sarif")
fi
cmd+=(--format json --output "$json")
[ "$annotations" = true ] && cmd+=(--format github)
[ -n "$format" ] && cmd+=(--format "$format")
cmd+=(-- "${paths[@]}")

# One lint: a class archive would be made after it and never used.
DFLINT_NO_CDS=1 "${cmd[@]}"
code=$?

# The JSON report has one object per finding, each with one "severity" key;
# inside a message a quote is escaped, so this pattern matches keys only.
count() { grep -o "\"severity\": *\"$1\"" "$json" 2>/dev/null | wc -l | tr -d ' '; }
errors=$(count error)
warnings=$(count warning)
infos=$(count info)
styles=$(count style)
findings=$((errors + warnings + infos + styles))
[ -n "$sarif" ] && [ -f "$sarif" ] || sarif=

{
    echo "exit-code=$code"
    echo "sarif-file=$sarif"
    echo "finding-count=$findings"
    echo "error-count=$errors"
    echo "warning-count=$warnings"
    echo "info-count=$infos"
    echo "style-count=$styles"
} >&3

if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    {
        echo "### dflint"
        echo
        echo "$findings findings: $errors errors, $warnings warnings, $infos info, $styles style (exit code $code)."
    } >> "$GITHUB_STEP_SUMMARY"
fi
exit 0
