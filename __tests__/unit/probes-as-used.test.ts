import { describe, expect, it } from '@jest/globals'
import type { ProbeSpec } from '../../src/core/config.js'
import {
  probeAsUsed,
  realProbeSampler,
  summarizeProbes,
  warmProbeTargets
} from '../../src/phases/analysis/probes.js'
import { runAnalysis } from '../../src/phases/rollout/run-analysis.js'
import { parseConfig } from '../../src/entry/config/parse.js'
import { fakeContext, FakeHttp } from '../fakes.js'

// A probe is recorded as it was measured: every placeholder of its URL, query, command and expected JSON values
// substituted, so health-window.json (and each page drawn from it) shows the values that were checked.

const vars = {
  tag: 'v1.2.0',
  env: 'production',
  previous: 'v1.1.0',
  evidence: '.artifacts/deployment',
  service: 'health'
}
const limits = { failureLimit: 1, consecutiveErrorLimit: 3, inconclusiveLimit: 3, timeoutMs: 1000 }

describe('a probe as used', () => {
  it.each<{ probe: ProbeSpec; target: string; threshold: string }>([
    {
      probe: {
        id: 'version',
        kind: 'http',
        url: 'https://${env}.example.com/version',
        expectStatus: 200,
        expectJson: { '/version': '${tag}', '/ready': true },
        ...limits
      },
      target: 'https://production.example.com/version',
      threshold: 'status 200, /version = "v1.2.0", /ready = true'
    },
    {
      probe: {
        id: 'errors',
        kind: 'prometheus',
        url: 'http://prometheus:9090',
        query: 'rate(errors{version="${tag}"}[1m])',
        max: 0.01,
        ...limits
      },
      target: 'rate(errors{version="v1.2.0"}[1m]) @ http://prometheus:9090',
      threshold: 'value ≤ 0.01; no data is inconclusive'
    },
    {
      probe: {
        id: 'smoke',
        kind: 'command',
        command: 'check --release ${tag} --weight=${weight}',
        value: 'exit-code',
        ...limits
      },
      target: 'check --release v1.2.0 --weight=100',
      threshold: 'exit code 0'
    }
  ])('records $probe.id with its values, not its placeholders', ({ probe, target, threshold }) => {
    expect(summarizeProbes([probe], [], vars)[0]).toMatchObject({ target, threshold })
  })

  it('keeps a substituted value inside its word', () => {
    const probe = probeAsUsed(
      { id: 'smoke', kind: 'command', command: 'check ${evidence}', value: 'exit-code', ...limits },
      { ...vars, evidence: 'my evidence' }
    )
    expect(probe).toMatchObject({ command: ['check', 'my evidence'] })
  })
})

describe('a rollout analysis', () => {
  it('records its probes with their values, as the health window does', async () => {
    const config = parseConfig(
      `
version: 1
services:
  web:
    deploy: deploy.sh \${env} \${tag} \${weight}
    rollback: rollback.sh \${env} \${previous}
    strategy:
      type: canary
      steps: [{ set-weight: 10 }, { analysis: { probes: [canary-version], interval: 1s, count: 1 } }, { set-weight: 100 }]
metrics:
  - id: canary-version
    http: { url: 'http://127.0.0.1:1/\${env}/version', expect-json: { /version: '\${tag}' } }
health: { window: 10s, interval: 5s, probes: [{ id: api, http: { url: http://127.0.0.1:1/healthz } }] }
`,
      'test.yml'
    )
    const step = config.services[0]?.strategy.steps.find(s => s.kind === 'analysis')
    if (step?.kind !== 'analysis') throw new Error('the config has an analysis step')
    const ctx = fakeContext(config, { http: new FakeHttp(() => ({ body: '{"version":"v1.1.0"}' })) })
    const record = await runAnalysis(ctx, step.analysis, 'production', 'web', 'v1.0.0')
    expect(record.probes[0]).toMatchObject({
      target: 'http://127.0.0.1:1/production/version',
      threshold: expect.stringContaining('/version = "v1.1.0"')
    })
  })
})

describe('the warm-up before a window', () => {
  it('opens the URLs of the HTTP and Prometheus probes as they are measured, and no other', async () => {
    const probes: ProbeSpec[] = [
      {
        id: 'web',
        kind: 'http',
        url: 'http://${env}.example.com/v/${tag}',
        expectStatus: 200,
        expectJson: {},
        ...limits
      },
      { id: 'rate', kind: 'prometheus', url: 'http://prom-${env}:9090', query: 'up', max: 1, ...limits },
      { id: 'alerts', kind: 'alertmanager', url: 'http://am:9093', matchers: [], ...limits },
      { id: 'cmd', kind: 'command', command: 'true', value: 'exit-code', ...limits }
    ]
    const warmed: string[][] = []
    const http = {
      request: () => Promise.reject(new Error('not in a warm-up')),
      warm: async (urls: readonly string[]) => void warmed.push([...urls])
    }
    await warmProbeTargets(http, probes, vars)
    expect(warmed).toEqual([
      probes.slice(0, 2).map(probe => (probeAsUsed(probe, vars) as { url: string }).url)
    ])
    expect(warmed[0]).toEqual(['http://production.example.com/v/v1.2.0', 'http://prom-production:9090'])
  })
})

describe('a sampler', () => {
  // HTTP probes go by a promise chain, not an async function: a failure before the request still comes back as the
  // sample's rejection, never as a throw out of the round that started it.
  it.each([
    [
      'its HTTP client throws at once',
      () => {
        throw new Error('no socket')
      }
    ],
    ['its HTTP client rejects', () => Promise.reject(new Error('no socket'))]
  ])('rejects, and does not throw, when %s', async (_what, request) => {
    const sampler = realProbeSampler({
      http: { request },
      runner: { run: () => Promise.reject(new Error('no commands here')) },
      now: () => new Date('2026-12-03T10:00:00.000Z'),
      vars,
      selfArgv: []
    })
    const probe: ProbeSpec = {
      id: 'home',
      kind: 'http',
      url: 'http://127.0.0.1:1/',
      expectStatus: 200,
      expectJson: {},
      ...limits
    }
    let sampled: Promise<unknown> | undefined
    expect(() => (sampled = sampler(probe, 1))).not.toThrow()
    await expect(sampled).rejects.toThrow('no socket')
  })
})
