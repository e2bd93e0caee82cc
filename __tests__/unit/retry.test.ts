import { describe, expect, it } from '@jest/globals'
import { DEFAULT_RETRY, WEBHOOK_RETRY, retryAfterMs, retryDecision } from '../../src/adapters/retry.js'

const now = new Date('2026-12-02T10:00:00Z')

describe('a retry-after header', () => {
  it.each([
    ['delta-seconds', '7', 7000],
    ['an HTTP date 90 s ahead', 'Wed, 02 Dec 2026 10:01:30 GMT', 90_000],
    ['an HTTP date in the past', 'Wed, 02 Dec 2026 09:00:00 GMT', 0],
    ['something unreadable', 'soon', null],
    ['no header', undefined, null]
  ])('reads %s', (_name, header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected)
  })
})

describe('one retry policy for GitHub and webhooks', () => {
  const cases = [
    {
      name: 'GitHub gives up on a retry-after beyond a minute',
      policy: DEFAULT_RETRY,
      failure: { status: 429, headers: { 'retry-after': '3600' }, message: 'later' },
      expected: { retry: false, delayMs: 0 }
    },
    {
      name: 'a webhook waits its 30 s cap and tries once more',
      policy: WEBHOOK_RETRY,
      failure: { status: 503, headers: { 'retry-after': '3600' }, message: 'busy' },
      expected: { retry: true, delayMs: 30_000 }
    },
    {
      name: 'a retry-after shorter than the backoff waits the backoff',
      policy: WEBHOOK_RETRY,
      failure: { status: 503, headers: { 'retry-after': '0' }, message: 'busy' },
      expected: { retry: true, delayMs: 1000 }
    },
    {
      name: 'a timeout without a status is transient',
      policy: WEBHOOK_RETRY,
      failure: { message: 'no answer within 300ms', transient: true },
      expected: { retry: true, delayMs: 1000 }
    },
    {
      name: 'an invalid URL is not worth another try',
      policy: WEBHOOK_RETRY,
      failure: { message: 'invalid webhook URL', transient: false },
      expected: { retry: false, delayMs: 0 }
    },
    {
      name: 'a 400 stays a 400',
      policy: WEBHOOK_RETRY,
      failure: { status: 400, message: 'invalid_payload' },
      expected: { retry: false, delayMs: 0 }
    }
  ]
  it.each(cases)('$name', ({ policy, failure, expected }) => {
    expect(retryDecision(failure, 1, policy, now)).toMatchObject(expected)
  })
})
