#!/usr/bin/env bash
# Stops every demo router and instance the scripts started (as recorded in the state dir). No arguments.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Exit 0 when nothing runs; report (but do not fail on) a port something else still holds.
stop_all || echo "some demo ports are still in use" >&2
exit 0
