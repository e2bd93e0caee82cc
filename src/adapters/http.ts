import http from 'node:http'
import https from 'node:https'
import { messageOf } from '../core/errors.js'
import type { HttpClient, HttpResponse } from '../core/ports.js'
import { keepsConnectionTo, plainGet, plainPathServes, type PlainOutcome } from './http-plain.js'

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
 * Connections kept open between requests (a probe every second reuses its socket instead of a new TCP and TLS
 * handshake each round). Idle sockets do not keep the process alive (Node unrefs them) and close after a few seconds,
 * or sooner when the server's Keep-Alive header says so. HTTPS verifies against Node's CAs plus NODE_EXTRA_CA_CERTS.
 */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, timeout: 4_000 }),
  'https:': new https.Agent({ keepAlive: true, timeout: 4_000 })
}

/** The statuses fetch treats as redirects; `redirect: 'error'` refuses these and only these. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/**
 * The one HTTP path of release-gate (probes, checks, Prometheus queries, webhooks): `node:http`/`node:https` over
 * keep-alive agents, a hard timeout per request, a bounded body, no redirect followed, and failures as data, never
 * thrown. The timeout and the latency start once the request is handed to the socket layer, so our own start-up
 * (Node compiling its HTTP stack on a first request) is never charged to the target.
 */
export function httpExchange(url: string, options: HttpRequestOptions): Promise<HttpExchange> {
  const target = parseHttpUrl(url)
  // A promise chain, not an async function: a health window calls this a hundred times a second, and each suspended
  // async call would allocate its whole frame.
  if (target && !options.signal?.aborted && takesPlainPath(target, options))
    return plainGet(target, options.timeoutMs, MAX_BODY_BYTES, options.signal).then(first =>
      // The same one retry as below, for the same reason.
      first.kind === 'stale-socket'
        ? plainGet(target, options.timeoutMs, MAX_BODY_BYTES, options.signal).then(again =>
            plainExchange(again, options)
          )
        : plainExchange(first, options)
    )
  return nodeClientExchange(target, options)
}

/** `httpExchange` on Node's client, and the requests that never leave (an invalid URL, a caller already stopped). */
async function nodeClientExchange(target: URL | null, options: HttpRequestOptions): Promise<HttpExchange> {
  const started = performance.now()
  const failed = (failure: HttpFailure): HttpExchange => ({
    status: null,
    headers: {},
    body: '',
    latencyMs: round(performance.now() - started),
    failure
  })
  if (!target) return failed({ kind: 'invalid-url', detail: 'expected an http:// or https:// URL' })
  if (options.signal?.aborted) return failed(describeAbort(options.signal.reason, options.timeoutMs))
  const first = await exchangeOnce(target, options)
  // A kept-alive socket the server closed while idle fails before any answer; that says nothing about the target,
  // so an idempotent request goes once more on a fresh connection (what Node's documentation advises).
  if (first.kind === 'stale-socket' && (options.method === 'GET' || options.method === 'HEAD'))
    return (await exchangeOnce(target, options)).exchange
  return first.exchange
}

/**
 * A GET with nothing of the caller's but the URL, to an `http:` URL, goes through the lean client (`http-plain.ts`):
 * a health window sends a hundred a second. Node 24 can route `http` through a proxy named in the environment
 * (`NODE_USE_ENV_PROXY`); the lean client cannot, so then every request stays on Node's client.
 */
function takesPlainPath(target: URL, options: HttpRequestOptions): boolean {
  return (
    !ENV_PROXY &&
    options.method === 'GET' &&
    options.body === undefined &&
    options.headers === undefined &&
    plainPathServes(target)
  )
}

/** Read once: Node reads it at start, and every read of `process.env` is a call into the runtime. */
const ENV_PROXY = Boolean(process.env.NODE_USE_ENV_PROXY)

/** What the lean client's outcome reads as, in the words Node's client path uses. */
function plainExchange(outcome: PlainOutcome, options: HttpRequestOptions): HttpExchange {
  const failed = (failure: HttpFailure): HttpExchange => ({
    status: null,
    headers: {},
    body: '',
    latencyMs: outcome.latencyMs,
    failure
  })
  switch (outcome.kind) {
    case 'answer': {
      const { status, rawHeaders, body } = outcome.answer
      if (options.redirect === 'error' && REDIRECT_STATUSES.has(status))
        return failed({ kind: 'redirect', detail: 'unexpected redirect' })
      return {
        status,
        headers: headersOf(rawHeaders),
        body: body.toString('utf8'),
        latencyMs: outcome.latencyMs,
        failure: null
      }
    }
    case 'aborted':
      return failed(describeAbort(outcome.reason, options.timeoutMs))
    case 'failed':
      return failed({ kind: outcome.timedOut ? 'timeout' : 'network', detail: outcome.detail })
    case 'stale-socket':
      return failed({ kind: 'network', detail: outcome.detail })
  }
}

type Attempt = { kind: 'exchange' | 'stale-socket'; exchange: HttpExchange }

function exchangeOnce(target: URL, options: HttpRequestOptions): Promise<Attempt> {
  return new Promise<Attempt>(resolve => {
    const transport = target.protocol === 'https:' ? https : http
    const headers: Record<string, string> = {
      'user-agent': 'release-gate',
      accept: '*/*',
      ...options.headers
    }
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body))
    let answered = false
    let settled = false
    const request = transport.request(target, {
      method: options.method,
      headers,
      agent: AGENTS[target.protocol as keyof typeof AGENTS]
    })
    const started = performance.now()
    const finish = (attempt: Attempt): void => {
      if (settled) return
      settled = true
      clearTimeout(timeout)
      options.signal?.removeEventListener('abort', stop)
      resolve(attempt)
    }
    const fail = (failure: HttpFailure): void =>
      finish({
        kind: 'exchange',
        exchange: {
          status: null,
          headers: {},
          body: '',
          latencyMs: round(performance.now() - started),
          failure
        }
      })
    // A timeout or the caller's stop ends the request and its connection; the answer so far is not waited for.
    const stop = (): void => {
      fail(describeAbort(options.signal?.reason, options.timeoutMs))
      request.destroy()
    }
    // The deadline is checked one turn of the event loop late: an answer that arrived in time while this process was
    // busy (compiling, collecting garbage, starting other probes) sits in the socket and is read first.
    const timeout = setTimeout(
      () =>
        setImmediate(() => {
          if (settled) return
          fail({ kind: 'timeout', detail: `no answer within ${options.timeoutMs}ms` })
          request.destroy()
        }),
      options.timeoutMs
    )
    options.signal?.addEventListener('abort', stop, { once: true })
    request.on('error', (error: NodeJS.ErrnoException) => {
      const stale =
        !answered && request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')
      if (!stale) return fail({ kind: 'network', detail: error.code ?? messageOf(error) })
      finish({
        kind: 'stale-socket',
        exchange: {
          status: null,
          headers: {},
          body: '',
          latencyMs: round(performance.now() - started),
          failure: { kind: 'network', detail: error.code ?? messageOf(error) }
        }
      })
    })
    request.on('response', response => {
      answered = true
      const status = response.statusCode ?? 0
      if (options.redirect === 'error' && REDIRECT_STATUSES.has(status)) {
        response.destroy()
        return fail({ kind: 'redirect', detail: 'unexpected redirect' })
      }
      const chunks: Buffer[] = []
      let kept = 0
      const done = (): void =>
        finish({
          kind: 'exchange',
          exchange: {
            status,
            headers: headersOf(response.rawHeaders),
            body: Buffer.concat(chunks).toString('utf8'),
            latencyMs: round(performance.now() - started),
            failure: null
          }
        })
      response.on('data', (chunk: Buffer) => {
        const wanted = chunk.subarray(0, MAX_BODY_BYTES - kept)
        chunks.push(wanted)
        kept += wanted.length
        // The rest is not read: closing the connection bounds what an endless or huge answer costs.
        if (kept >= MAX_BODY_BYTES) {
          done()
          response.destroy()
        }
      })
      response.on('end', done)
      response.on('error', (error: NodeJS.ErrnoException) =>
        fail({ kind: 'network', detail: error.code ?? messageOf(error) })
      )
      response.on('close', () => {
        if (!response.complete) fail({ kind: 'network', detail: 'the connection closed mid-answer' })
      })
    })
    request.end(options.body)
  })
}

/** Header names in lower case; repeated headers joined with `, ` as fetch does (set-cookie: the last one). */
function headersOf(rawHeaders: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] as string).toLowerCase()
    const value = rawHeaders[i + 1] as string
    const before = headers[name]
    headers[name] = before === undefined || name === 'set-cookie' ? value : `${before}, ${value}`
  }
  return headers
}

/** How long a warm-up request may take; it is not a measurement, only a connection opened ahead of one. */
const WARM_TIMEOUT_MS = 2_000
const WARM_REQUEST: HttpRequestOptions = { method: 'GET', timeoutMs: WARM_TIMEOUT_MS, redirect: 'manual' }

/** HTTP for checks and probes: any answer is a response (`ok`), a missing answer says why, naming the URL. */
export class FetchHttpClient implements HttpClient {
  /**
   * One GET per host (the first URL naming it), all at once; what they answer is not looked at. A host this process
   * already keeps a connection to is warm (the path loaded, the connection open: a release's checks just used it) and
   * gets none: the request would only add the host's answer time to the release.
   */
  async warm(urls: readonly string[]): Promise<void> {
    const firstPerHost = new Map<string, string>()
    for (const url of urls) {
      const target = parseHttpUrl(url)
      if (!target || firstPerHost.has(target.origin)) continue
      if (takesPlainPath(target, WARM_REQUEST) && keepsConnectionTo(target)) continue
      firstPerHost.set(target.origin, url)
    }
    await Promise.all([...firstPerHost.values()].map(url => httpExchange(url, WARM_REQUEST)))
  }

  request(
    url: string,
    options: { method: string; timeoutMs: number; signal?: AbortSignal }
  ): Promise<HttpResponse> {
    const { method, timeoutMs, signal } = options
    return httpExchange(url, { method, timeoutMs, signal, redirect: 'manual' }).then(exchange => ({
      ok: exchange.failure === null,
      status: exchange.status,
      headers: exchange.headers,
      body: exchange.body,
      latencyMs: exchange.latencyMs,
      error: exchange.failure ? `${options.method} ${url} failed: ${exchange.failure.detail}` : null
    }))
  }
}

/** The caller's stop, as fetch reported it: a timeout reason reads as a timeout, anything else as its message. */
function describeAbort(reason: unknown, timeoutMs: number): HttpFailure {
  if ((reason as Error | undefined)?.name === 'TimeoutError')
    return { kind: 'timeout', detail: `no answer within ${timeoutMs}ms` }
  return { kind: 'network', detail: messageOf(reason ?? 'stopped') }
}

/** URLs parsed before (a window's probes ask the same ones every round); never changed once parsed. */
const parsedUrls = new Map<string, URL | null>()
const MAX_PARSED_URLS = 1_000

function parseHttpUrl(url: string): URL | null {
  const known = parsedUrls.get(url)
  if (known !== undefined) return known
  let parsed: URL | null
  try {
    parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') parsed = null
  } catch {
    parsed = null
  }
  if (parsedUrls.size < MAX_PARSED_URLS) parsedUrls.set(url, parsed)
  return parsed
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
