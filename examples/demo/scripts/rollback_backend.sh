#!/usr/bin/env bash
# Rolls the demo backend back: rollback_backend.sh --env staging|production --release <previous version>
set -euo pipefail
source "$(dirname "$0")/lib.sh"
deploy_main rollback backend "$@"
