import type { HttpClient, HttpResponse } from '../core/ports.js'

const MAX_BODY_BYTES = 256 * 1024

/** HTTP through Node's fetch, with a hard timeout and a bounded body. */
export class FetchHttpClient implements HttpClient {
  async request(url: string, options: { method: string; timeoutMs: number }): Promise<HttpResponse> {
    const started = performance.now()
    try {
      const response = await fetch(url, {
        method: options.method,
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'manual',
        headers: { 'user-agent': 'release-gate' }
      })
      const buffer = Buffer.from(await response.arrayBuffer())
      const headers: Record<string, string> = {}
      response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value))
      return {
        ok: true,
        status: response.status,
        headers,
        body: buffer.subarray(0, MAX_BODY_BYTES).toString('utf8'),
        latencyMs: round(performance.now() - started),
        error: null
      }
    } catch (error) {
      const latencyMs = round(performance.now() - started)
      const cause = (error as { cause?: { code?: string } }).cause
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${options.timeoutMs}ms`
          : (cause?.code ?? (error as Error).message)
      return {
        ok: false,
        status: null,
        headers: {},
        body: '',
        latencyMs,
        error: `${options.method} ${url} failed: ${reason}`
      }
    }
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
