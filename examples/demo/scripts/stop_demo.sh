#!/usr/bin/env bash
# Stops every demo service the deploy and rollback scripts started (as recorded in the state dir). No arguments.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
status=0
for service in backend frontend; do
  for env in staging production; do
    if [ -f "$state_dir/$service-$env.pid" ]; then
      if stop_service "$service" "$env"; then
        echo "stopped $service ($env)"
      else
        status=1
      fi
    fi
  done
done
# Exit 0 when nothing runs; report (but do not fail on) a port something else still holds.
[ "$status" -eq 0 ] || echo "some demo ports are still in use" >&2
exit 0
