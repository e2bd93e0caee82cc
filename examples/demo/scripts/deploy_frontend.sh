#!/usr/bin/env bash
# Deploys the demo frontend: deploy_frontend.sh --env staging|production --release <version>
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
deploy_main deploy frontend "$@"
