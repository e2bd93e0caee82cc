#!/usr/bin/env bash
# Stops every demo service started by the deploy scripts.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
for service in backend frontend; do
  for env in staging production; do
    if [ -f "$state_dir/$service-$env.pid" ]; then
      stop_service "$service" "$env" || true
      echo "stopped $service ($env)"
    fi
  done
done
