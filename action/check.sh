#!/usr/bin/env bash
# The action's last step: fails the job when the lint step says so.
#   DFLINT_EXIT_CODE         the lint step's exit-code output
#   DFLINT_FINDINGS          its finding-count output (for the message)
#   INPUT_FAIL_ON_FINDINGS   true (default): findings at or above the failure
#                            threshold fail the job; false: they do not
# dflint's exit codes: 0 nothing at or above the threshold, 1 findings at or
# above it, 2 a usage, configuration or file error, which always fails.
# Run locally: DFLINT_EXIT_CODE=1 action/check.sh; echo $?
set -u
code=${DFLINT_EXIT_CODE:-}
findings=${DFLINT_FINDINGS:-}
fail_on_findings=${INPUT_FAIL_ON_FINDINGS:-true}

case $fail_on_findings in
    true | false) ;;
    *)
        echo "::error title=dflint::fail-on-findings must be true or false, not '$fail_on_findings'"
        exit 2
        ;;
esac

case $code in
    0)
        exit 0
        ;;
    1)
        if [ "$fail_on_findings" = true ]; then
            echo "::error title=dflint::${findings:-some} findings, at least one at or above the failure threshold (see the lint step's annotations)"
            exit 1
        fi
        echo "dflint: ${findings:-some} findings at or above the failure threshold; fail-on-findings is false, so the job goes on"
        exit 0
        ;;
    '')
        echo "::error title=dflint::dflint did not run; the steps above say why"
        exit 2
        ;;
    *)
        echo "::error title=dflint::dflint stopped with exit code $code (a usage, configuration or file error; the lint step's log says which)"
        exit 2
        ;;
esac
