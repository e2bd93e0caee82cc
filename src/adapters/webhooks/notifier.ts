import type { Clock } from '../../core/ports.js'
import { messageOf } from '../../core/errors.js'
import { interruptibleClock } from '../../core/interruption.js'
import { httpExchange } from '../http.js'
import { WEBHOOK_RETRY, withRetry, type CallFailure, type RetryPolicy } from '../retry.js'
import { genericPayload, slackPayload } from './payloads.js'
import type { ReleaseEvent, ReleaseEventDetail, ReleaseEventKind } from '../../core/events.js'

/** One webhook to tell about release events; its URL is a credential (Slack's is), so logs and evidence use `name`. */
export interface NotifyTarget {
  /** Shown in logs and evidence instead of the URL, e.g. `team-slack`. */
  name: string
  url: string
  format: 'json' | 'slack'
  /** The kinds this target wants; empty means all. */
  events: ReleaseEventKind[]
  /** Per attempt, including reading the answer. */
  timeoutMs: number
}

/** What one POST came to. */
export interface PostOutcome {
  /** The receiver accepted the message (2xx). */
  ok: boolean
  /** HTTP status, or null when no answer arrived. */
  status: number | null
  error: string | null
  /** The receiver's `retry-after` header, verbatim (seconds or an HTTP date). */
  retryAfter?: string | null
  /** False when trying again cannot help although no status arrived (invalid URL, refused redirect). */
  retryable?: boolean
}

/** Sends one JSON body to a URL; resolves with the outcome and never rejects; `stop` ends it early. */
export type PostJson = (
  url: string,
  body: string,
  timeoutMs: number,
  stop?: AbortSignal
) => Promise<PostOutcome>

/**
 * A notification still without an outcome this long after its event is dropped (logged and recorded as such): every
 * try and wait of it included, so that no notification keeps a release, or the process, waiting longer.
 */
export const NOTIFY_DEADLINE_MS = 30_000

/** Side effects the notifier needs, injectable so tests use a loopback receiver and a clock that does not wait. */
export interface NotifierDeps {
  post: PostJson
  clock: Clock
  /** Applied to everything that leaves the process or reaches the log. */
  redact: (text: string) => string
  log: (line: string) => void
}

/** What became of one event's notification to one target (written into the evidence). */
export interface DeliveryRecord {
  target: string
  event: ReleaseEventKind
  /** ISO time of the first attempt. */
  at: string
  attempts: number
  delivered: boolean
  /** Status of the last attempt, or null when no answer arrived. */
  status: number | null
  /** Why the last attempt failed (redacted), or null when delivered. */
  error: string | null
}

/** Posts release events to webhooks; a failed notification is logged and recorded, never thrown. */
export class WebhookNotifier {
  private readonly deliveryRecords: DeliveryRecord[] = []
  /**
   * Targets that gave no answer to every try of an earlier event: each later event gets one try within the target's
   * own timeout, so a receiver that hangs or is down costs a release one event's retries, not every event's.
   */
  private readonly unanswering = new Set<string>()

  constructor(
    private readonly targets: readonly NotifyTarget[],
    private readonly deps: NotifierDeps,
    private readonly policy: RetryPolicy = WEBHOOK_RETRY,
    private readonly deadlineMs: number = NOTIFY_DEADLINE_MS
  ) {}

  /** Tells every subscribed target about `event`, in parallel; one record per target, never rejects. */
  async notify(event: ReleaseEvent): Promise<DeliveryRecord[]> {
    const subscribed = this.targets.filter(
      target => target.events.length === 0 || target.events.includes(event.kind)
    )
    if (subscribed.length === 0) return []
    let redactedEvent: ReleaseEvent
    try {
      redactedEvent = this.redactEvent(event)
    } catch (error) {
      // Without a working redactor nothing may leave: record the failure rather than send unredacted text.
      return this.recordAll(
        subscribed.map(target =>
          this.failedBeforeSending(target, event.kind, `redaction failed: ${messageOf(error)}`)
        )
      )
    }
    const records = await Promise.all(subscribed.map(target => this.deliver(target, redactedEvent)))
    return this.recordAll(records)
  }

  /** Every delivery record so far, oldest first. */
  deliveries(): DeliveryRecord[] {
    return this.deliveryRecords.map(record => ({ ...record }))
  }

  private async deliver(target: NotifyTarget, event: ReleaseEvent): Promise<DeliveryRecord> {
    const at = this.safeNow()
    const body = JSON.stringify(target.format === 'slack' ? slackPayload(event) : genericPayload(event))
    const degraded = this.unanswering.has(target.name)
    const deadlineMs = degraded ? Math.min(this.deadlineMs, target.timeoutMs) : this.deadlineMs
    const policy: RetryPolicy = degraded ? { ...this.policy, attempts: 1 } : this.policy
    let attempts = 0
    let outcome: PostOutcome = { ok: false, status: null, error: 'not attempted' }
    const dropped: PostOutcome = {
      ok: false,
      status: null,
      error: degraded
        ? `no outcome within ${deadlineMs}ms; dropped after one try (it answered no try of an earlier event)`
        : `no outcome within ${deadlineMs}ms; dropped`,
      retryable: false
    }
    // Real time, not the injected clock: the deadline bounds what really happens (a receiver that never answers).
    const deadline = new AbortController()
    let deadlineTimer: NodeJS.Timeout | undefined
    const deadlinePassed = new Promise<void>(resolve => {
      deadlineTimer = setTimeout(() => {
        deadline.abort()
        resolve()
      }, deadlineMs)
    })
    const retries = withRetry(
      target.name,
      async () => {
        if (deadline.signal.aborted) throw new UndeliveredError(dropped)
        attempts += 1
        outcome = await this.postOnce(target, body, deadline.signal)
        if (!outcome.ok) throw new UndeliveredError(outcome)
      },
      {
        policy,
        // A wait ends when the deadline passes; the next try then finds it passed.
        clock: {
          sleep: ms =>
            interruptibleClock(this.deps.clock, deadline.signal)
              .sleep(ms)
              .catch(() => undefined)
        },
        describe: error => describePostFailure(error),
        now: () => this.safeNowDate()
      }
    ).catch(() => {
      // The last outcome says what went wrong; a failed notification is recorded, never thrown.
    })
    await Promise.race([retries, deadlinePassed])
    clearTimeout(deadlineTimer)
    if (deadline.signal.aborted && !outcome.ok) outcome = dropped
    // No answer at all (not even an error status): the receiver hangs or is down, and waiting on it again is waste.
    if (outcome.ok) this.unanswering.delete(target.name)
    else if (outcome.status === null && attempts > 0) this.unanswering.add(target.name)
    const record: DeliveryRecord = {
      target: target.name,
      event: event.kind,
      at,
      attempts,
      delivered: outcome.ok,
      status: outcome.status,
      error: outcome.ok ? null : this.safeRedact(outcome.error ?? `HTTP ${outcome.status ?? 'no answer'}`)
    }
    if (!record.delivered) {
      const tries = attempts === 1 ? '1 try' : `${attempts} tries`
      this.safeLog(`[WARN] notification to ${target.name} failed after ${tries}: ${record.error}`)
    }
    return record
  }

  private async postOnce(target: NotifyTarget, body: string, stop: AbortSignal): Promise<PostOutcome> {
    try {
      return await this.deps.post(target.url, body, target.timeoutMs, stop)
    } catch (error) {
      // `post` promises never to reject; if one does anyway, it counts as a failed attempt, not a failed release.
      return { ok: false, status: null, error: messageOf(error) }
    }
  }

  private redactEvent(event: ReleaseEvent): ReleaseEvent {
    // Redacted before the payload is built: the Slack builder escapes and truncates, which could hide a secret
    // from the redactor (`&` becomes `&amp;`, a cut leaves half a token) yet still send it.
    const redact = this.deps.redact
    const redacted: ReleaseEvent = {
      kind: event.kind,
      tag: redact(event.tag),
      environment: redact(event.environment),
      summary: redact(event.summary),
      at: redact(event.at)
    }
    if (event.phase !== undefined) redacted.phase = redact(event.phase)
    if (event.runUrl !== undefined) redacted.runUrl = redact(event.runUrl)
    if (event.details !== undefined) {
      const details: Record<string, ReleaseEventDetail> = {}
      for (const [name, value] of Object.entries(event.details)) {
        details[redact(name)] = typeof value === 'string' ? redact(value) : value
      }
      redacted.details = details
    }
    return redacted
  }

  private failedBeforeSending(target: NotifyTarget, kind: ReleaseEventKind, error: string): DeliveryRecord {
    this.safeLog(`[WARN] notification to ${target.name} failed after 0 tries: ${error}`)
    return {
      target: target.name,
      event: kind,
      at: this.safeNow(),
      attempts: 0,
      delivered: false,
      status: null,
      error
    }
  }

  private recordAll(records: DeliveryRecord[]): DeliveryRecord[] {
    this.deliveryRecords.push(...records)
    return records.map(record => ({ ...record }))
  }

  private safeRedact(text: string): string {
    try {
      return this.deps.redact(text)
    } catch {
      return '(error text withheld: redaction failed)'
    }
  }

  private safeLog(line: string): void {
    try {
      this.deps.log(line)
    } catch {
      // A broken log sink must not turn a failed notification into a failed release.
    }
  }

  private safeNowDate(): Date {
    try {
      return this.deps.clock.now()
    } catch {
      return new Date()
    }
  }

  private safeNow(): string {
    return this.safeNowDate().toISOString()
  }
}

/** A POST that did not deliver, thrown inside the retry loop so that the one retry policy decides what comes next. */
class UndeliveredError extends Error {
  constructor(readonly outcome: PostOutcome) {
    super(outcome.error ?? `HTTP ${outcome.status ?? 'no answer'}`)
  }
}

// 5xx and 429 are the receiver's passing trouble; other 4xx mean our request or the URL is wrong and stays wrong.
function describePostFailure(error: unknown): CallFailure {
  if (!(error instanceof UndeliveredError)) return { message: messageOf(error) }
  const { outcome } = error
  return {
    ...(outcome.status === null ? { transient: outcome.retryable !== false } : { status: outcome.status }),
    headers: { 'retry-after': outcome.retryAfter ?? undefined },
    message: error.message
  }
}

/** `PostJson` over the one HTTP path: JSON, a hard timeout per attempt, redirects refused (they may lead to another host). */
export async function fetchPost(
  url: string,
  body: string,
  timeoutMs: number,
  stop?: AbortSignal
): Promise<PostOutcome> {
  const exchange = await httpExchange(url, {
    method: 'POST',
    timeoutMs,
    body,
    headers: { 'content-type': 'application/json' },
    redirect: 'error',
    ...(stop ? { signal: stop } : {})
  })
  // Error texts never quote the URL: for Slack and most chat webhooks the URL is the credential.
  const { failure } = exchange
  if (failure?.kind === 'invalid-url')
    return {
      ok: false,
      status: null,
      error: 'invalid webhook URL (expected http:// or https://)',
      retryable: false
    }
  if (failure?.kind === 'redirect')
    return {
      ok: false,
      status: null,
      error: 'the webhook answered with a redirect, which is not followed',
      retryable: false
    }
  if (failure || exchange.status === null)
    return { ok: false, status: null, error: failure?.detail ?? 'no answer', retryable: true }
  const retryAfter = exchange.headers['retry-after'] ?? null
  if (exchange.status >= 200 && exchange.status < 300)
    return { ok: true, status: exchange.status, error: null, retryAfter }
  // The status only: an answer's body may quote the URL's path (a 404 page does), and the path is the credential.
  return { ok: false, status: exchange.status, error: `HTTP ${exchange.status}`, retryAfter }
}
