import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { ConfigError } from '../../src/core/errors.js'

const minimal = `
version: 1
services:
  api:
    deploy: deploy.sh --release \${tag}
    rollback: rollback.sh --release \${previous}
health:
  window: 1m
  interval: 10s
  probes:
    - { id: api, http: { url: http://127.0.0.1:1/healthz } }
`

function problemsOf(text: string): string[] {
  try {
    parseConfig(text, 'release-gate.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toContain('release-gate.yml')
    return (error as ConfigError).problems
  }
  throw new Error('expected a ConfigError')
}

describe('config validation', () => {
  it('loads the demo config with defaults filled in', () => {
    const config = parseConfig(
      readFileSync('examples/demo/release-gate.yml', 'utf8'),
      'examples/demo/release-gate.yml'
    )
    expect(config.services.map(s => s.id)).toEqual(['backend', 'frontend'])
    expect(config.services[1]?.after).toEqual(['backend'])
    expect(config.services[0]?.deploy.name).toBe('deploy_backend.sh')
    expect(config.health.windowMs).toBe(5000)
    expect(config.evidenceDir).toBe('.artifacts/deployment')
    expect(config.prerequisites).toHaveLength(4)
  })

  it('fills defaults: concurrency 4, failure limit 1, on-breach rollback, 10m command timeout', () => {
    const config = parseConfig(minimal, 'x.yml')
    expect(config.concurrency).toBe(4)
    expect(config.health.failureLimit).toBe(1)
    expect(config.health.onBreach).toBe('rollback')
    expect(config.services[0]?.deploy.timeoutMs).toBe(600_000)
  })

  it.each([
    ['an unknown top-level key', minimal + 'surprise: 1\n', "$: unknown key 'surprise'"],
    [
      'an unknown key in a service',
      minimal.replace('    deploy:', '    deploi: x\n    deploy:'),
      "$.services.api: unknown key 'deploi' (allowed: deploy, rollback, verify, after, strategy, traffic)"
    ],
    [
      'a missing rollback command',
      minimal.replace(/ {4}rollback:.*\n/, ''),
      "$.services.api: missing required key 'rollback'"
    ],
    [
      'a wrong type',
      minimal.replace('deploy: deploy.sh --release ${tag}', 'deploy: 42'),
      '$.services.api.deploy: got 42, expected string or array or object'
    ],
    [
      'a bad duration',
      minimal.replace('window: 1m', 'window: 10 minutes'),
      '$.health.window: got "10 minutes", expected a value matching'
    ],
    [
      'a negative-looking duration',
      minimal.replace('interval: 10s', 'interval: -5s'),
      '$.health.interval: got "-5s"'
    ],
    [
      'a probe URL that is not http(s)',
      minimal.replace('http://127.0.0.1:1/healthz', 'file:///etc/passwd'),
      '$.health.probes[0].http.url: got "file:///etc/passwd"'
    ],
    ['a wrong version', minimal.replace('version: 1', 'version: 2'), '$.version: got 2, expected 1'],
    [
      'an invalid on-breach',
      minimal.replace('  window: 1m', '  on-breach: panic\n  window: 1m'),
      '$.health.on-breach: got "panic", expected one of "rollback", "alert"'
    ],
    [
      'an interval longer than the window',
      minimal.replace('interval: 10s', 'interval: 2m'),
      '$.health.interval: "2m" is longer than the window "1m"'
    ],
    [
      'an absurd window',
      minimal.replace('window: 1m', 'window: 30d'),
      '$.health.window: got "30d", expected at most 24h'
    ],
    [
      'shell syntax in a command',
      minimal.replace('deploy.sh --release ${tag}', "'deploy.sh && curl evil'"),
      '$.services.api.deploy: Command "deploy.sh && curl evil" uses shell syntax \'&&\''
    ],
    [
      'an unknown placeholder',
      minimal.replace('${tag}', '${version}'),
      "$.services.api.deploy: Unknown placeholder '${version}'"
    ],
    [
      'an unknown service in after',
      minimal.replace('    deploy:', '    after: [db]\n    deploy:'),
      "$.services: services.api.after names unknown service 'db'"
    ],
    ['a missing health section', minimal.replace(/health:[\s\S]*/, ''), "$: missing required key 'health'"],
    [
      'duplicate probe ids',
      minimal + '    - { id: api, command: check.sh }\n',
      "$.health.probes: duplicate id 'api'"
    ]
  ])('rejects %s, naming the JSON path', (_, text, expected) => {
    expect(problemsOf(text).join('\n')).toContain(expected)
  })

  it('rejects YAML syntax errors with line and column', () => {
    expect(problemsOf('version: 1\nservices: [unclosed\n')[0]).toMatch(/^YAML line \d+, column \d+/)
  })

  it('rejects duplicate keys such as a service defined twice', () => {
    expect(problemsOf(minimal + 'services:\n  x: {}\n').join()).toContain('Map keys must be unique')
  })
})
