#!/usr/bin/env bash
# Stops one colour of the demo backend, never the live one:
#   retire_backend.sh --env staging|production --color blue|green
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
retire_main backend "$@"
