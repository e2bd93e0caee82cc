import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { rollBackAfterFailure } from '../../src/phases/rollback/after-failure.js'
import { FakeRunner, fakeContext, MemoryHistory, MemoryLogger, releasedV100 } from '../fakes.js'

const config = parseConfig(
  `
version: 1
services:
  api:
    deploy: deploy.sh \${tag}
    rollback: rollback.sh \${previous}
health:
  window: 10s
  interval: 5s
  probes:
    - { id: api, http: { url: http://127.0.0.1:1/healthz } }
`,
  'test.yml'
)

/** A failure in production answered with a rollback whose command exits with `rollbackExit`. */
async function rollBack(rollbackExit: number) {
  const history = new MemoryHistory([releasedV100])
  const logger = new MemoryLogger()
  const runner = new FakeRunner(request => (request.argv[0] === 'rollback.sh' ? rollbackExit : 0))
  const ctx = fakeContext(config, { history, logger, runner })
  const result = await rollBackAfterFailure(ctx, {
    environment: 'production',
    target: 'v1.0.0',
    trigger: 'health-breach',
    reason: 'health api failed 3 of 3 samples'
  })
  return { ...result, history, logger, runner }
}

describe('the rollback after a failure in production', () => {
  it('rolls back to the target and records the release as rolled back', async () => {
    const { rollback, outcome, history, runner } = await rollBack(0)
    expect(runner.commands()).toEqual(['rollback.sh v1.0.0'])
    expect(rollback.status).toBe('success')
    expect(outcome).toEqual({ kind: 'rolled-back', reason: 'health api failed 3 of 3 samples' })
    expect(history.entries.at(-1)).toMatchObject({
      tag: 'v1.1.0',
      environment: 'production',
      status: 'rolled-back',
      note: 'health api failed 3 of 3 samples'
    })
  })

  it('says production needs a person, and how to finish, when the rollback fails', async () => {
    const { rollback, outcome, history, logger } = await rollBack(1)
    expect(rollback.status).not.toBe('success')
    expect(outcome).toEqual({
      kind: 'failed',
      reason: `health api failed 3 of 3 samples; rollback ${rollback.status}`
    })
    expect(history.entries.at(-1)).toMatchObject({ tag: 'v1.1.0', status: 'rollback-failed' })
    expect(logger.lines).toContain(
      `[ERROR] Rollback ${rollback.status}: production needs attention now. Rerun with \`release-gate rollback --env production\` once the cause is fixed.`
    )
  })
})
