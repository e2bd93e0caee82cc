import { describe, expect, it } from '@jest/globals'
import { noRedaction, redactorFor } from '../../src/core/redact.js'

// Secrets never reach logs or evidence: a redactor replaces each secret value with ***.

describe('redaction', () => {
  const cases = [
    {
      name: 'a variable named *_TOKEN',
      env: { DEPLOY_TOKEN: 'tok-123' },
      text: 'auth tok-123',
      expected: 'auth ***'
    },
    { name: 'a variable named *SECRET', env: { CLIENT_SECRET: 's3cr3t' }, text: 's3cr3t!', expected: '***!' },
    { name: 'a PASSWORD', env: { DB_PASSWORD: 'hunter2' }, text: 'pw=hunter2', expected: 'pw=***' },
    { name: 'a PASSWD', env: { DB_PASSWD: 'hunter3' }, text: 'pw=hunter3', expected: 'pw=***' },
    { name: 'a PRIVATE_KEY', env: { SSH_PRIVATE_KEY: 'BEGIN-KEY' }, text: 'BEGIN-KEY', expected: '***' },
    { name: 'an API_KEY', env: { STRIPE_API_KEY: 'sk_live_1' }, text: 'key sk_live_1', expected: 'key ***' },
    { name: 'an ACCESS_KEY', env: { AWS_ACCESS_KEY: 'AKIA0000' }, text: 'AKIA0000', expected: '***' },
    { name: 'any *_KEY', env: { SIGNING_KEY: 'k-9999' }, text: 'k-9999', expected: '***' },
    {
      name: 'a secret name in lower case',
      env: { github_token: 'ghp_abc' },
      text: 'ghp_abc',
      expected: '***'
    },
    {
      name: 'a named secret',
      env: { SLACK_WEBHOOK: 'https://hooks/x' },
      text: 'POST https://hooks/x',
      expected: 'POST ***'
    },
    { name: 'every occurrence', env: { API_TOKEN: 'abcd' }, text: 'abcd abcd', expected: '*** ***' },
    {
      name: 'a secret containing another one whole (longest first)',
      env: { SHORT_TOKEN: 'abcd', LONG_TOKEN: 'abcdefgh' },
      text: 'abcdefgh abcd',
      expected: '*** ***'
    }
  ]
  it.each(cases)('hides $name', ({ env, text, expected }) => {
    expect(redactorFor(env, ['SLACK_WEBHOOK'])(text)).toBe(expected)
  })

  const kept = [
    { name: 'a variable whose name marks no secret', env: { HOME: '/home/runner' }, text: '/home/runner' },
    {
      name: 'a name that only contains TOKEN, not ends with it',
      env: { TOKEN_FILE: '/run/tok' },
      text: '/run/tok'
    },
    { name: 'a secret shorter than four characters', env: { PIN_TOKEN: 'abc' }, text: 'abc' },
    { name: 'an empty secret', env: { EMPTY_TOKEN: '' }, text: 'nothing' },
    { name: 'an unset secret', env: { UNSET_TOKEN: undefined }, text: 'nothing' }
  ]
  it.each(kept)('keeps $name', ({ env, text }) => {
    expect(redactorFor(env, [])(text)).toBe(text)
  })

  it('hides a four-character secret (the shortest one counted)', () => {
    expect(redactorFor({ PIN_TOKEN: 'abcd' }, [])('pin abcd')).toBe('pin ***')
  })

  it('is noRedaction itself when no secret is known, so callers can skip the scrub', () => {
    expect(redactorFor({ HOME: '/root', SHORT_TOKEN: 'ab' }, [])).toBe(noRedaction)
    expect(noRedaction('text with tok-123')).toBe('text with tok-123')
  })

  it('is a real redactor when a secret is known', () => {
    expect(redactorFor({ DEPLOY_TOKEN: 'tok-123' }, [])).not.toBe(noRedaction)
  })
})
