#!/usr/bin/env bash
# Runs every test suite and ends with one summary line ("tests: N passed, N failed, N skipped").
# The PostgreSQL suites run when TENDERO_TEST_POSTGRES names a server (.ci/run starts one); without it they are
# skipped with a loud message. Extra arguments go to `dotnet test` (for example --filter FullyQualifiedName~Ledger).
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
dotnet test Tendero.slnx --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ -z "${TENDERO_TEST_POSTGRES:-}" ]; then
  echo "*** PostgreSQL suites were SKIPPED: set TENDERO_TEST_POSTGRES to run them (see README). ***"
fi
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
