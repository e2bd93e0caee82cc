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

// A secret a command transforms or prints in pieces is still a secret: each line of a multi-line one, what an output
// tail left of a cut line, and its base64, URL-encoded and JSON-escaped forms.
describe('redaction of multi-line and encoded secrets', () => {
  const keyLines = Array.from({ length: 40 }, (_, i) =>
    Buffer.from(`key material line ${i} `.padEnd(48, String.fromCharCode(65 + (i % 26)))).toString('base64')
  )
  const pem = ['-----BEGIN PRIVATE KEY-----', ...keyLines, '-----END PRIVATE KEY-----'].join('\n')

  it('hides every line of a PEM key whose output tail was cut inside it (16 KiB kept)', () => {
    const output = `${'x'.repeat(20000)}\nprinting the key\n${pem}\n${'y'.repeat(16 * 1024 - 1500)}\n`
    // What the process runner keeps: the last 16 KiB, which begins in the middle of a line of the key.
    const kept = Buffer.from(output)
      .subarray(-16 * 1024)
      .toString('utf8')
    expect(kept.startsWith(keyLines[0] as string)).toBe(false)
    expect(pem.includes(kept.split('\n')[0] as string)).toBe(true)
    const tail = `[... earlier bytes omitted ...]\n${kept}`
    const redacted = redactorFor({ SIGNING_KEY: pem }, [])(tail)
    const leftLines = keyLines.filter(line => redacted.includes(line.slice(-16)))
    expect(leftLines).toEqual([])
    expect(redacted).toContain('yyyy')
  })

  it('hides each line of a multi-line secret printed line by line, and its JSON-escaped form', () => {
    const redact = redactorFor({}, [], [pem])
    const printed = pem
      .split('\n')
      .map(line => `  deploy | ${line}`)
      .join('\n')
    expect(keyLines.filter(line => redact(printed).includes(line))).toEqual([])
    expect(redact(JSON.stringify({ key: pem }))).toBe('{"key":"***"}')
  })

  const secret = 'pl4nted-S3cret-value-0123456789'
  const base64Cases = [
    { name: 'base64 with padding', text: Buffer.from(secret).toString('base64') },
    { name: 'base64 without padding', text: Buffer.from(secret).toString('base64').replace(/=+$/, '') },
    ...['u', 'us', 'usr:', 'user:', 'admin:'].flatMap(prefix =>
      ['', 'x', '@host'].map(suffix => ({
        name: `base64 of "${prefix}<secret>${suffix}" (offset ${prefix.length % 3})`,
        text: Buffer.from(`${prefix}${secret}${suffix}`).toString('base64')
      }))
    )
  ]
  it.each(base64Cases)('hides the secret in $name', ({ text }) => {
    const redacted = redactorFor({ DEPLOY_CREDENTIAL: secret }, ['DEPLOY_CREDENTIAL'])(
      `Authorization: Basic ${text}`
    )
    expect(redacted).toContain('***')
    // What is left around *** is at most the prefix's and suffix's own base64 groups: too little to decode the secret.
    const left = redacted.replace('Authorization: Basic ', '').split('***')
    expect(left.every(piece => piece.length <= 12)).toBe(true)
  })

  const special = "p@ss w/rd!(x)~'*=&+"
  it.each([
    { name: 'encodeURIComponent', text: `https://db?password=${encodeURIComponent(special)}` },
    { name: 'form encoding', text: `grant=x&${new URLSearchParams({ password: special }).toString()}` }
  ])('hides a URL-encoded secret ($name)', ({ text }) => {
    const redacted = redactorFor({ DB_PASSWORD: special }, [])(text)
    expect(redacted).toMatch(/password=\*\*\*$/)
  })

  it('hides values it was given whatever their variable is called (the action secrets input, the token)', () => {
    const redact = redactorFor({ HOME: '/root' }, [], ['unlisted-secret-value', 'ghs_jobToken123'])
    expect(redact('a unlisted-secret-value b ghs_jobToken123')).toBe('a *** b ***')
  })

  it('keeps ordinary text that only resembles a short piece of a single-line secret', () => {
    const redact = redactorFor({ DB_URL_SECRET: 'https://example.com/db?password=hunter2hunter2' }, [])
    expect(redact('https://example.com')).toBe('https://example.com')
  })
})
