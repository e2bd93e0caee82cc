#!/usr/bin/env bash
# Deploys the demo frontend:
#   deploy_frontend.sh --env staging|production --release <version>      the only (stable) instance, all traffic
#   deploy_frontend.sh ... --weight 1-99      the release as the canary, taking that percentage of the traffic
#   deploy_frontend.sh ... --weight 100       the release promoted: the only (stable) instance, all traffic
#   deploy_frontend.sh ... --color blue|green a blue/green preview on that colour's port, no live traffic
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
deploy_main deploy frontend "$@"
