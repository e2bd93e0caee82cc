import type { Clock } from '../core/ports.js'

/**
 * How often and how patiently a call is retried: the one retry policy of every call release-gate makes over the
 * network (GitHub's API and webhooks alike), so that a transient failure means the same thing everywhere.
 */
export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number
  /** Backoff before the second try; doubles per try. */
  baseDelayMs: number
  /** No single wait is longer. */
  maxDelayMs: number
  /**
   * What a `retry-after` beyond maxDelayMs means: give up (the default; GitHub's limits reset in minutes, not worth
   * holding a release for) or wait maxDelayMs and try anyway (a webhook, whose message is worth one more try).
   */
  beyondMaxDelay?: 'give-up' | 'wait-max'
}

/** GitHub's API: 4 tries, 1 s, 2 s, 4 s apart, never waiting more than a minute for a `retry-after`. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000 }

/** Webhooks: 3 tries, 1 s and 2 s apart; a receiver asking for minutes gets 30 s (it would stall the release). */
export const WEBHOOK_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  beyondMaxDelay: 'wait-max'
}

/** What a failed call looked like, as far as the retry decision cares. */
export interface CallFailure {
  status?: number
  headers?: Record<string, string | number | undefined>
  /** Node's error code for a network failure (ECONNRESET, ETIMEDOUT, ...). */
  code?: string
  message: string
  /**
   * For a failure without a status: true when it is known to be transient (no answer in time, connection refused),
   * false when trying again cannot help (an invalid URL, a refused redirect); unset leaves it to the classifier.
   */
  transient?: boolean
}

const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'ABORT_ERR'
])

/** Milliseconds a `retry-after` header asks to wait (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  if (header === null || header === undefined) return null
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return null
  return Math.max(0, date - now.getTime())
}

/**
 * Whether to try again and after how long. Pure. Transient failures are retried: 5xx, 429, GitHub's secondary rate
 * limit (403 with `retry-after` or the documented message), a primary rate limit that resets soon, and network
 * errors. The wait is the backoff, or the `retry-after` when it asks for longer.
 */
export function retryDecision(
  failure: CallFailure,
  attempt: number,
  policy: RetryPolicy,
  now: Date = new Date()
): { retry: boolean; delayMs: number; why: string } {
  if (attempt >= policy.attempts) return { retry: false, delayMs: 0, why: `gave up after ${attempt} tries` }
  const backoff = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs)
  const header = (name: string): string | undefined => {
    const value = failure.headers?.[name]
    return value === undefined ? undefined : String(value)
  }
  const requestedMs = (): number | null => {
    const asked = retryAfterMs(header('retry-after'), now)
    if (asked !== null) return asked
    const reset = Number(header('x-ratelimit-reset'))
    if (header('x-ratelimit-remaining') === '0' && Number.isFinite(reset))
      return Math.max(0, reset * 1000 - now.getTime())
    return null
  }
  const waitFor = (why: string): { retry: boolean; delayMs: number; why: string } => {
    const wanted = requestedMs()
    if (wanted === null) return { retry: true, delayMs: backoff, why }
    if (wanted > policy.maxDelayMs) {
      if (policy.beyondMaxDelay === 'wait-max') return { retry: true, delayMs: policy.maxDelayMs, why }
      return {
        retry: false,
        delayMs: 0,
        why: `${why}; the server asks to wait ${Math.ceil(wanted / 1000)}s, too long`
      }
    }
    return { retry: true, delayMs: Math.max(wanted, backoff), why }
  }

  const status = failure.status
  if (status === 429) return waitFor('rate limited (429)')
  if (status === 403) {
    const limited =
      header('retry-after') !== undefined ||
      header('x-ratelimit-remaining') === '0' ||
      /secondary rate limit|abuse detection/i.test(failure.message)
    return limited ? waitFor('rate limited (403)') : { retry: false, delayMs: 0, why: 'forbidden (403)' }
  }
  if (status !== undefined && status >= 500) return waitFor(`server error (${status})`)
  if (status === undefined && failure.transient === false)
    return { retry: false, delayMs: 0, why: 'not retryable' }
  if (status === undefined && failure.transient === true)
    return { retry: true, delayMs: backoff, why: 'network error' }
  if (failure.code && RETRYABLE_NETWORK_CODES.has(failure.code))
    return { retry: true, delayMs: backoff, why: `network error (${failure.code})` }
  if (status === undefined && /fetch failed|socket hang up|network|timed? ?out|abort/i.test(failure.message))
    return { retry: true, delayMs: backoff, why: 'network error' }
  return { retry: false, delayMs: 0, why: status ? `HTTP ${status}` : 'not retryable' }
}

/** A call that failed for good: names the call, the tries, and the last failure. */
export class CallFailedError extends Error {
  override name = 'CallFailedError'
  constructor(
    readonly call: string,
    readonly attempts: number,
    readonly status: number | undefined,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** Runs `call` under `policy`, waiting on `clock` between tries; `describe` turns a thrown error into a CallFailure. */
export async function withRetry<T>(
  name: string,
  call: () => Promise<T>,
  options: {
    policy: RetryPolicy
    clock: Pick<Clock, 'sleep'>
    describe: (error: unknown) => CallFailure
    onRetry?: (line: string) => void
    /** The time a `retry-after` date is measured from. */
    now?: () => Date
    /**
     * Before a retry: looks for the effect of a try that failed on the way back (a create whose answer timed out or
     * was reset); what it finds is the result, so a retried write is never done twice.
     */
    recover?: () => Promise<T | undefined>
  }
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt > 1 && options.recover) {
        const recovered = await options.recover()
        if (recovered !== undefined) return recovered
      }
      return await call()
    } catch (error) {
      const failure = options.describe(error)
      const decision = retryDecision(failure, attempt, options.policy, options.now?.() ?? new Date())
      if (!decision.retry) {
        throw new CallFailedError(
          name,
          attempt,
          failure.status,
          `${name} failed${attempt > 1 ? ` after ${attempt} tries` : ''}: ${failure.status ? `HTTP ${failure.status}: ` : ''}${failure.message} (${decision.why})`,
          { cause: error }
        )
      }
      options.onRetry?.(
        `${name}: ${decision.why}; try ${attempt + 1} of ${options.policy.attempts} in ${Math.round(decision.delayMs)}ms`
      )
      await options.clock.sleep(decision.delayMs)
    }
  }
}
