import { describe, expect, it } from '@jest/globals'
import type { ProductionDeploymentReport } from '../../src/core/records/index.js'
import { releaseDeployments, resolveRollback } from '../../src/phases/rollback/manual.js'
import { MemoryHistory } from '../fakes.js'

// A manual rollback deploys what it targets without a release's gates, so it may only return an environment to a
// release that environment has served.

const history = (): MemoryHistory =>
  new MemoryHistory([
    { tag: 'v1.0.0', environment: 'production', status: 'released', recordedAt: '2026-11-01T10:00:00Z' },
    { tag: 'v1.1.0', environment: 'staging', status: 'released', recordedAt: '2026-11-02T10:00:00Z' },
    { tag: 'v1.1.0', environment: 'production', status: 'released', recordedAt: '2026-11-03T10:00:00Z' },
    { tag: 'v1.2.0', environment: 'staging', status: 'released', recordedAt: '2026-11-04T10:00:00Z' }
  ])

describe('the target of a manual rollback', () => {
  it.each([
    ['no target named: the release before the current one', undefined, 'v1.0.0'],
    ['a release the environment served', 'v1.0.0', 'v1.0.0']
  ])('accepts %s', async (_name, target, expected) => {
    const resolved = await resolveRollback(history(), {
      environment: 'production',
      ...(target ? { target } : {})
    })
    expect(resolved).toEqual({ current: 'v1.1.0', target: expected })
  })

  it.each([
    ['a release never made', 'v9.9.9'],
    ['a release deployed to another environment only', 'v1.2.0']
  ])('refuses %s, naming the releases it may target', async (_name, target) => {
    await expect(resolveRollback(history(), { environment: 'production', target })).rejects.toThrow(
      `Release ${target} was never deployed to production, so it cannot be a rollback target. ` +
        'The releases production has served: v1.1.0, v1.0.0.'
    )
  })
})

describe('the release record a manual rollback returns traffic by', () => {
  const record = {
    tag: 'v1.1.0',
    environment: 'production',
    services: []
  } as unknown as ProductionDeploymentReport
  it.each([
    ['the rolled-back release in this environment', 'v1.1.0', 'production', []],
    ['another release (the bundle was overwritten since)', 'v1.2.0', 'production', undefined],
    ['another environment', 'v1.1.0', 'staging', undefined]
  ])('uses the record of %s', (_name, tag, environment, expected) => {
    expect(releaseDeployments(record, tag, environment)).toEqual(expected)
  })
  it('has none when the bundle is not at hand', () => {
    expect(releaseDeployments(undefined, 'v1.1.0', 'production')).toBeUndefined()
  })
})
