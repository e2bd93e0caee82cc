/**
 * The Prometheus query probe: one PromQL instant query through the HTTP API (`GET /api/v1/query`), reduced to one
 * number a condition can judge, or to a reason why there is none.
 *
 * No data is NEVER a pass. A `no-data` result (no series, or NaN) means the evidence is missing, not that the
 * service is healthy: the caller maps it to "inconclusive", never to "passed". An `error` result is a failed
 * measurement, also never a pass.
 *
 * Pure apart from `queryPrometheus`, which goes through the `HttpClient` port.
 */
import type { HttpClient } from '../../core/ports.js'

/** One instant query reduced for a condition: exactly one number, missing evidence, or a failed query. */
export type InstantQueryResult =
  | {
      kind: 'value'
      /** The sample value; `+Inf`/`-Inf` arrive as ±Infinity so that a condition can judge them. */
      value: number
      /** How many series the value came from: 1 for an instant vector, 0 for a scalar. */
      series: number
    }
  /** The query ran but gave nothing to judge; the caller maps this to "inconclusive", never to a pass. */
  | { kind: 'no-data'; reason: string }
  | { kind: 'error'; reason: string }

/** An instant query's result plus the round-trip time of the HTTP request. */
export type PrometheusQueryOutcome = InstantQueryResult & { latencyMs: number }

/** How many series a "returned N series" error names before eliding the rest. */
const SERIES_NAMED = 3
/** How much of a non-API body an error quotes. */
const BODY_QUOTED = 120

/** The instant-query URL: `${baseUrl}/api/v1/query?query=…`, with `time` in Unix seconds when given. */
export function instantQueryUrl(baseUrl: string, promql: string, time?: Date): string {
  const base = baseUrl.replace(/\/+$/, '')
  const timeParam = time ? `&time=${time.getTime() / 1000}` : ''
  return `${base}/api/v1/query?query=${encodeURIComponent(promql)}${timeParam}`
}

/**
 * Reads an instant-query answer of the Prometheus HTTP API. Prometheus answers errors with a JSON envelope too
 * (400 bad_data, 422 execution, 503 timeout), so the body is read before the status; a body that is not the
 * API's envelope (a proxy's HTML 502, an empty body) is an error naming the HTTP status.
 */
export function parseInstantQuery(body: string, status: number | null): InstantQueryResult {
  const httpStatus = status === null ? 'no HTTP status' : `HTTP ${status}`
  if (body.trim() === '') return error(`Prometheus answered ${httpStatus} with an empty body`)
  let envelope: unknown
  try {
    envelope = JSON.parse(body)
  } catch {
    return error(`Prometheus answered ${httpStatus} with a body that is not JSON: ${quote(body)}`)
  }
  if (!isRecord(envelope) || (envelope.status !== 'success' && envelope.status !== 'error')) {
    return error(
      `Prometheus answered ${httpStatus} with JSON that is not an API answer (no "status": "success" | "error"): ${quote(body)}`
    )
  }
  if (envelope.status === 'error') {
    const errorType = typeof envelope.errorType === 'string' ? envelope.errorType : 'unknown error type'
    const message = typeof envelope.error === 'string' ? envelope.error : '(no message)'
    return error(`Prometheus rejected the query (${httpStatus}) ${errorType}: ${message}`)
  }
  const data = envelope.data
  if (!isRecord(data) || typeof data.resultType !== 'string') {
    return error(`Prometheus answered ${httpStatus} "success" without data.resultType: ${quote(body)}`)
  }
  switch (data.resultType) {
    case 'vector':
      return readVector(data.result)
    case 'scalar':
      return readSample(data.result, 0, 'the scalar')
    case 'matrix':
      return error(
        'the query returned a range vector (resultType matrix), a range query result; use an instant vector, e.g. rate(x[5m]) instead of x[5m]'
      )
    case 'string':
      return error('the query returned a string (resultType string); a condition needs a number')
    default:
      return error(`the query returned an unknown resultType ${JSON.stringify(data.resultType)}`)
  }
}

/** Runs one instant query; a connection failure or timeout is an `error` with the HTTP client's text. */
export async function queryPrometheus(
  http: HttpClient,
  baseUrl: string,
  promql: string,
  timeoutMs: number
): Promise<PrometheusQueryOutcome> {
  const response = await http.request(instantQueryUrl(baseUrl, promql), { method: 'GET', timeoutMs })
  if (!response.ok) {
    return {
      kind: 'error',
      reason: response.error ?? 'the request to Prometheus failed',
      latencyMs: response.latencyMs
    }
  }
  return { ...parseInstantQuery(response.body, response.status), latencyMs: response.latencyMs }
}

function readVector(result: unknown): InstantQueryResult {
  if (!Array.isArray(result)) return error('resultType vector without a result array')
  const series: unknown[] = result
  const [only] = series
  if (only === undefined) {
    return {
      kind: 'no-data',
      reason:
        'the query returned no series: the metric may not exist yet or the label selector matches nothing'
    }
  }
  if (series.length > 1) {
    const named = series.slice(0, SERIES_NAMED).map(seriesName).join(', ')
    const more = series.length > SERIES_NAMED ? `, … ${series.length - SERIES_NAMED} more` : ''
    return error(
      `the query returned ${series.length} series (labels ${named}${more}); a condition needs exactly one: aggregate it, e.g. sum(...), max(...) or avg(...)`
    )
  }
  if (!isRecord(only)) return error('resultType vector with a sample that is not an object')
  return readSample(only.value, 1, `the series ${seriesName(only)}`)
}

/** Reads a `[<unix_time>, "<value>"]` pair; Prometheus sends values as strings ("1.5", "NaN", "+Inf"). */
function readSample(pair: unknown, series: number, what: string): InstantQueryResult {
  const text: unknown = Array.isArray(pair) ? (pair as unknown[])[1] : undefined
  if (typeof text !== 'string') return error(`${what} has no [time, "value"] sample`)
  const value = sampleValue(text)
  if (value === null) return error(`${what} has the value ${JSON.stringify(text)}, which is not a number`)
  if (Number.isNaN(value)) {
    return { kind: 'no-data', reason: `${what} is NaN: e.g. a ratio with no traffic, 0/0` }
  }
  return { kind: 'value', value, series }
}

function sampleValue(text: string): number | null {
  switch (text) {
    case 'NaN':
      return NaN
    case '+Inf':
      return Infinity
    case '-Inf':
      return -Infinity
  }
  const value = text.trim() === '' ? NaN : Number(text)
  return Number.isNaN(value) ? null : value
}

/** A series as PromQL writes it: `name{label="value",…}`, or `{}` for a series without labels. */
function seriesName(sample: unknown): string {
  const metric = isRecord(sample) && isRecord(sample.metric) ? sample.metric : {}
  const name = typeof metric.__name__ === 'string' ? metric.__name__ : ''
  const labels = Object.entries(metric)
    .filter(([label]) => label !== '__name__')
    .map(([label, value]) => `${label}=${JSON.stringify(String(value))}`)
  return `${name}{${labels.join(',')}}`
}

function quote(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim()
  return JSON.stringify(oneLine.length > BODY_QUOTED ? `${oneLine.slice(0, BODY_QUOTED)}…` : oneLine)
}

function error(reason: string): InstantQueryResult {
  return { kind: 'error', reason }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
