#!/usr/bin/env bash
# Deploys the demo frontend: deploy_frontend.sh --env staging|production --release <version>
set -euo pipefail
source "$(dirname "$0")/lib.sh"
deploy_main deploy frontend "$@"
