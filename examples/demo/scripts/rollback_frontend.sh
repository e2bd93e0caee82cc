#!/usr/bin/env bash
# Rolls the demo frontend back: rollback_frontend.sh --env staging|production --release <previous version>
set -euo pipefail
source "$(dirname "$0")/lib.sh"
deploy_main rollback frontend "$@"
