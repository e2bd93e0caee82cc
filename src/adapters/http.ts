import { messageOf } from '../core/errors.js'
import type { HttpClient, HttpResponse } from '../core/ports.js'

/** A probe's or check's answer is judged on its start; no more of it is read. */
const MAX_BODY_BYTES = 256 * 1024

/** Why a request got no HTTP answer; callers phrase it (a webhook's URL is a credential and never quoted). */
export interface HttpFailure {
  kind: 'invalid-url' | 'timeout' | 'redirect' | 'network'
  /** `no answer within 300ms`, `ECONNREFUSED`, ... */
  detail: string
}

/** One request and what came back: an answer (any status), or the failure that kept it from arriving. */
export interface HttpExchange {
  status: number | null
  headers: Record<string, string>
  body: string
  latencyMs: number
  failure: HttpFailure | null
}

/** What to send, and how patient to be. */
export interface HttpRequestOptions {
  method: string
  timeoutMs: number
  body?: string
  headers?: Record<string, string>
  /**
   * `manual`: a redirect is an answer like any other (a probe sees the 30x); `error`: a redirect fails the request,
   * because it may lead to another host (a webhook carrying a release's details).
   */
  redirect: 'manual' | 'error'
  /** Ends the request early (a notification past its deadline). */
  signal?: AbortSignal
}

/**
 * The one HTTP path of release-gate (probes, checks, Prometheus queries, webhooks): Node's fetch with a hard timeout
 * per request, a bounded body, no redirect followed, and failures as data, never thrown.
 */
export async function httpExchange(url: string, options: HttpRequestOptions): Promise<HttpExchange> {
  const started = performance.now()
  const failed = (failure: HttpFailure): HttpExchange => ({
    status: null,
    headers: {},
    body: '',
    latencyMs: round(performance.now() - started),
    failure
  })
  if (!isHttpUrl(url)) return failed({ kind: 'invalid-url', detail: 'expected an http:// or https:// URL' })
  // One controller for the timeout and the caller's stop: AbortSignal.any over AbortSignal.timeout loses the timeout
  // to garbage collection on Node 20, and a request would then wait for the stop alone.
  const abort = new AbortController()
  const timeout = setTimeout(
    () => abort.abort(new DOMException(`no answer within ${options.timeoutMs}ms`, 'TimeoutError')),
    options.timeoutMs
  )
  const stop = (): void => abort.abort(options.signal?.reason)
  options.signal?.addEventListener('abort', stop, { once: true })
  try {
    const response = await fetch(url, {
      method: options.method,
      signal: abort.signal,
      redirect: options.redirect,
      headers: { 'user-agent': 'release-gate', ...options.headers },
      ...(options.body !== undefined ? { body: options.body } : {})
    })
    const buffer = await readBodyStart(response, MAX_BODY_BYTES)
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value))
    return {
      status: response.status,
      headers,
      body: buffer.toString('utf8'),
      latencyMs: round(performance.now() - started),
      failure: null
    }
  } catch (error) {
    return failed(describeFetchFailure(error, options.timeoutMs))
  } finally {
    clearTimeout(timeout)
    options.signal?.removeEventListener('abort', stop)
  }
}

/** HTTP for checks and probes: any answer is a response (`ok`), a missing answer says why, naming the URL. */
export class FetchHttpClient implements HttpClient {
  async request(url: string, options: { method: string; timeoutMs: number }): Promise<HttpResponse> {
    const exchange = await httpExchange(url, { ...options, redirect: 'manual' })
    return {
      ok: exchange.failure === null,
      status: exchange.status,
      headers: exchange.headers,
      body: exchange.body,
      latencyMs: exchange.latencyMs,
      error: exchange.failure ? `${options.method} ${url} failed: ${exchange.failure.detail}` : null
    }
  }
}

/**
 * The first `limit` bytes of a body. Reading stops there and the rest is cancelled, which closes the connection: an
 * endless or huge answer costs at most `limit` bytes of memory.
 */
async function readBodyStart(response: Response, limit: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0)
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader()
  const chunks: Uint8Array[] = []
  let kept = 0
  try {
    while (kept < limit) {
      const { done, value } = await reader.read()
      if (done) break
      const wanted = value.subarray(0, limit - kept)
      chunks.push(wanted)
      kept += wanted.length
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
  return Buffer.concat(chunks)
}

function describeFetchFailure(error: unknown, timeoutMs: number): HttpFailure {
  const name = (error as Error | undefined)?.name
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause
  if (name === 'TimeoutError') return { kind: 'timeout', detail: `no answer within ${timeoutMs}ms` }
  if (cause?.message === 'unexpected redirect') return { kind: 'redirect', detail: 'unexpected redirect' }
  return { kind: 'network', detail: cause?.code ?? cause?.message ?? messageOf(error) }
}

function isHttpUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
