#!/bin/sh
# no_tool.sh — stands in for a suite whose tool is missing on this machine, so that the suite is
# listed (ctest -N) and reported as skipped with the reason instead of vanishing.
#   tests/no_tool.sh TOOL [ARGS...]     prints why and exits 77 (SKIP_RETURN_CODE)
echo "SKIP: $1 not found when the build was configured (tools/install-deps.sh --test; re-run cmake)"
exit 77
