#!/usr/bin/env bash
# Rolls the demo backend back: rollback_backend.sh --env staging|production --release <previous version>
#   From any state (canary, blue/green preview or switch, plain): the release ends up the only instance, all traffic.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
deploy_main rollback backend "$@"
