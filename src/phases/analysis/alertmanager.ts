/**
 * The Alertmanager probe: the alerts firing now that match the probe's matchers, read through API v2
 * (`GET /api/v2/alerts`). It only reads; it never creates silences or changes anything in Alertmanager.
 *
 * Nothing in the answer is trusted: the filter is sent, and then every returned alert is checked again against the
 * matchers and its own `status.state`, so an API or proxy that ignored the filter neither fails a healthy release
 * nor passes a broken one. An answer that cannot be judged (no answer, a timeout, non-2xx, a body that is not the
 * API's shape or was cut off) is inconclusive, NEVER a pass.
 *
 * Pure apart from `readFiringAlerts`, which goes through the `HttpClient` port.
 */
import { formatAlertMatcher, matchesAll, type AlertMatcher } from '../../core/alert-matchers.js'
import { messageOf } from '../../core/errors.js'
import type { HttpClient } from '../../core/ports.js'
import type { FiringAlert } from '../../core/records/index.js'

/** An answer this long was cut off by the HTTP client (it reads 256 KiB at most) and is not judged. */
export const MAX_ALERTS_BODY_BYTES = 256 * 1024
/** How many firing alerts a sample records (the count covers them all). */
export const ALERTS_RECORDED = 20
/** How many alert names a sample's message lists. */
const ALERTS_NAMED = 3
/** How much of a non-API body a reason quotes. */
const BODY_QUOTED = 120

/** What one read of Alertmanager concluded. */
export type FiringAlertsResult =
  | {
      kind: 'alerts'
      /** The matching alerts that are active, not silenced and not inhibited. */
      firing: FiringAlert[]
      /** Returned alerts not counted: suppressed (silenced or inhibited) or not matching every matcher. */
      ignored: number
    }
  /** Nothing to judge; the caller records "inconclusive", never a pass. */
  | { kind: 'inconclusive'; reason: string }

const inconclusive = (reason: string): FiringAlertsResult => ({ kind: 'inconclusive', reason })

/** What a sample of an alertmanager probe records. */
export interface AlertsSample {
  status: 'passed' | 'failed' | 'inconclusive'
  /** The number of firing alerts; null when inconclusive. */
  value: number | null
  message: string
  /** The firing alerts (the first `ALERTS_RECORDED`), only when there are some. */
  alerts?: FiringAlert[]
}

/**
 * The read-only query: active, not silenced, not inhibited alerts matching every matcher. `unprocessed` stays at the
 * API's default (included): an alert Alertmanager has not yet checked against silences still fires.
 */
export function firingAlertsUrl(baseUrl: string, matchers: readonly AlertMatcher[]): string {
  const filters = matchers.map(m => `&filter=${encodeURIComponent(formatAlertMatcher(m))}`).join('')
  return `${baseUrl.replace(/\/+$/, '')}/api/v2/alerts?active=true&silenced=false&inhibited=false${filters}`
}

/** Reads a `GET /api/v2/alerts` answer: the firing alerts among those matching `matchers`, or why none can be judged. */
export function parseFiringAlerts(
  body: string,
  status: number | null,
  matchers: readonly AlertMatcher[]
): FiringAlertsResult {
  const httpStatus = status === null ? 'no HTTP status' : `HTTP ${status}`
  if (status === null || status < 200 || status > 299)
    return inconclusive(`Alertmanager answered ${httpStatus}: ${quote(body)}`)
  if (new TextEncoder().encode(body).length >= MAX_ALERTS_BODY_BYTES)
    return inconclusive(
      `Alertmanager's answer reached ${MAX_ALERTS_BODY_BYTES / 1024} KiB and was cut off: narrow the matchers`
    )
  let alerts: unknown
  try {
    alerts = JSON.parse(body)
  } catch {
    return inconclusive(`Alertmanager answered ${httpStatus} with a body that is not JSON: ${quote(body)}`)
  }
  if (!Array.isArray(alerts))
    return inconclusive(
      `Alertmanager answered ${httpStatus} with JSON that is not a list of alerts: ${quote(body)}`
    )
  const firing: FiringAlert[] = []
  let ignored = 0
  for (const [index, item] of (alerts as unknown[]).entries()) {
    const alert = readAlert(item)
    if (typeof alert === 'string') return inconclusive(`alert ${index} of Alertmanager's answer ${alert}`)
    if (!matchesAll(matchers, alert.labels) || alert.state === 'suppressed') ignored += 1
    else firing.push(alert.firing)
  }
  return { kind: 'alerts', firing, ignored }
}

/** One read of Alertmanager; a connection failure or timeout is inconclusive with the HTTP client's text. */
export async function readFiringAlerts(
  http: HttpClient,
  baseUrl: string,
  matchers: readonly AlertMatcher[],
  timeoutMs: number
): Promise<FiringAlertsResult> {
  const response = await http.request(firingAlertsUrl(baseUrl, matchers), { method: 'GET', timeoutMs })
  if (!response.ok) return inconclusive(response.error ?? 'the request to Alertmanager failed')
  return parseFiringAlerts(response.body, response.status, matchers)
}

/** A sample from one read: failed while a matching alert fires, passed while none does. */
export async function sampleFiringAlerts(
  http: HttpClient,
  baseUrl: string,
  matchers: readonly AlertMatcher[],
  timeoutMs: number
): Promise<AlertsSample> {
  let result: FiringAlertsResult
  try {
    result = await readFiringAlerts(http, baseUrl, matchers, timeoutMs)
  } catch (error) {
    // A regex a substituted ${tag} broke: the sample cannot be judged.
    result = inconclusive(messageOf(error))
  }
  if (result.kind === 'inconclusive') return { status: 'inconclusive', value: null, message: result.reason }
  const ignoredNote =
    result.ignored > 0
      ? ` (${result.ignored} other returned alert(s) silenced, inhibited or not matching)`
      : ''
  if (result.firing.length === 0)
    return { status: 'passed', value: 0, message: `no matching alert firing${ignoredNote}` }
  const named = result.firing
    .slice(0, ALERTS_NAMED)
    .map(
      a => `${JSON.stringify(a.alertname.slice(0, 80))} since ${a.startsAt} (fingerprint ${a.fingerprint})`
    )
  const more = result.firing.length > ALERTS_NAMED ? `, … ${result.firing.length - ALERTS_NAMED} more` : ''
  return {
    status: 'failed',
    value: result.firing.length,
    message: `${result.firing.length} matching alert(s) firing: ${named.join(', ')}${more}${ignoredNote}`,
    alerts: result.firing.slice(0, ALERTS_RECORDED)
  }
}

type AlertState = 'active' | 'suppressed' | 'unprocessed'

/** One `gettableAlert`, checked field by field; a string says what is wrong with it. */
function readAlert(
  item: unknown
): { labels: Record<string, string>; state: AlertState; firing: FiringAlert } | string {
  if (!isRecord(item)) return 'is not an object'
  const { labels, fingerprint, startsAt, status } = item
  if (!isRecord(labels) || !Object.values(labels).every(v => typeof v === 'string'))
    return 'has no "labels" object of strings'
  if (typeof fingerprint !== 'string' || fingerprint === '') return 'has no "fingerprint"'
  if (typeof startsAt !== 'string' || Number.isNaN(Date.parse(startsAt))) return 'has no "startsAt" time'
  if (!isRecord(status)) return 'has no "status" object'
  const { state, silencedBy, inhibitedBy } = status
  if (state !== 'active' && state !== 'suppressed' && state !== 'unprocessed')
    return `has the status.state ${JSON.stringify(state)}, expected "active", "suppressed" or "unprocessed"`
  if (!isStringList(silencedBy) || !isStringList(inhibitedBy))
    return 'has no "status.silencedBy" and "status.inhibitedBy" lists'
  // The state and the lists must agree: an "active" alert that names a silence is an answer we cannot judge.
  if (state === 'active' && (silencedBy.length > 0 || inhibitedBy.length > 0))
    return 'is "active" yet names a silence or an inhibiting alert'
  const stringLabels = labels as Record<string, string>
  return {
    labels: stringLabels,
    state,
    firing: { alertname: stringLabels.alertname ?? '', labels: stringLabels, startsAt, fingerprint }
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(v => typeof v === 'string')
}

function quote(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim()
  return JSON.stringify(oneLine.length > BODY_QUOTED ? `${oneLine.slice(0, BODY_QUOTED)}…` : oneLine)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
