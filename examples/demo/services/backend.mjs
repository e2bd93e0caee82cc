// Demo backend: /version, /healthz, /api/greeting, /metrics.
import { serve, settings } from './common.mjs'

const config = settings('backend')
const identity = { service: config.service, version: config.version, env: config.env }

serve(config, {
  '/version': () => ({ status: 200, body: identity }),
  '/healthz': () =>
    config.faulty
      ? { status: 503, body: { status: 'failing', ...identity } }
      : { status: 200, body: { status: 'ok', ...identity } },
  '/api/greeting': () =>
    config.faulty
      ? { status: 500, body: { error: 'internal error', version: config.version } }
      : { status: 200, body: { message: 'hello from backend', version: config.version } }
})
