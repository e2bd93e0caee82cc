// Demo frontend: a page that shows the backend's greeting; its health depends on the backend's.
import { serve, settings } from './common.mjs'

const config = settings('frontend')
const identity = { service: config.service, version: config.version, env: config.env }
const backendUrl = process.env.BACKEND_URL ?? 'http://127.0.0.1:1'

async function backend(path) {
  const response = await fetch(`${backendUrl}${path}`, { signal: AbortSignal.timeout(1000) })
  return { status: response.status, body: await response.json() }
}

const escapeHtml = text => String(text).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)

serve(config, {
  '/version': () => ({ status: 200, body: identity }),
  '/healthz': async () => {
    if (config.faulty) return { status: 503, body: { status: 'failing', ...identity } }
    try {
      const health = await backend('/healthz')
      if (health.status !== 200)
        return { status: 503, body: { status: 'degraded', backend: health.body, ...identity } }
      return { status: 200, body: { status: 'ok', backend: health.body.version, ...identity } }
    } catch (error) {
      return {
        status: 503,
        body: { status: 'degraded', backend: `unreachable: ${error.message}`, ...identity }
      }
    }
  },
  '/': async () => {
    if (config.faulty) return { status: 500, body: '<h1>500 Internal Server Error</h1>', type: 'text/html' }
    try {
      const greeting = await backend('/api/greeting')
      if (greeting.status !== 200) throw new Error(`backend answered ${greeting.status}`)
      const page = `<!doctype html><title>demo</title><h1>${escapeHtml(greeting.body.message)}</h1>
<p>frontend ${escapeHtml(config.version)}, backend ${escapeHtml(greeting.body.version)} (${escapeHtml(config.env)})</p>`
      return { status: 200, body: page, type: 'text/html; charset=utf-8' }
    } catch (error) {
      return {
        status: 502,
        body: `<h1>502 Bad Gateway</h1><p>${escapeHtml(error.message)}</p>`,
        type: 'text/html'
      }
    }
  }
})
