import { describe, expect, it } from '@jest/globals'
import type { ProbeSpec } from '../../src/core/config.js'
import { probeAsUsed, summarizeProbes } from '../../src/phases/analysis/probes.js'

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
