#!/usr/bin/env bash
# Sends all the demo backend's traffic to one colour at once:
#   switch_backend.sh --env staging|production --color blue|green
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
switch_main backend "$@"
