import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { runRelease } from '../../src/engine/run.js'
import { foldLedger, mayStart } from '../../src/core/ledger.js'
import { InterruptedError, interruptibleClock } from '../../src/core/interruption.js'
import type { ReleaseEntry } from '../../src/core/ports.js'
import { FakeClock, fakeContext, FakeRunner, MemoryHistory, MemoryLogger, releasedV100 } from '../fakes.js'

const configText = `
version: 1
services:
  api:
    deploy: deploy.sh \${env} \${tag}
    rollback: rollback.sh \${env} \${previous}
health:
  window: 10s
  interval: 5s
  probes:
    - { id: api, http: { url: http://127.0.0.1:1/healthz } }
`

const entry = (tag: string, status: ReleaseEntry['status'], environment = 'production'): ReleaseEntry => ({
  tag,
  environment,
  status,
  recordedAt: `2026-11-2${tag.at(-1)}T10:00:00Z`
})

describe('whether a release may start after an unfinished one', () => {
  it.each([
    ['nothing recorded', [], null],
    ['the last release finished', [entry('v1.0.0', 'in-progress'), entry('v1.0.0', 'released')], null],
    [
      'the last release is in progress',
      [entry('v1.0.0', 'released'), entry('v1.0.1', 'in-progress')],
      'rolling-out'
    ],
    ['a rollback ended it', [entry('v1.0.1', 'in-progress'), entry('v1.0.0', 'rollback-target')], null],
    ['only another environment is in progress', [entry('v1.0.2', 'in-progress', 'staging')], null]
  ])('%s', (_, entries, expected) => {
    expect(mayStart(foldLedger('production', entries), 'v2.0.0')?.state ?? null).toBe(expected)
  })
})

describe('an interrupted release, on fakes', () => {
  it('ends a sleep at once when the interrupt fires', async () => {
    const controller = new AbortController()
    const never = { now: () => new Date(), sleep: () => new Promise<void>(() => undefined) }
    const sleeping = interruptibleClock(never, controller.signal).sleep(60_000)
    controller.abort('SIGTERM')
    await expect(sleeping).rejects.toEqual(new InterruptedError('SIGTERM'))
  })

  it('stops the health window, records where it stopped, runs no rollback, and keeps production unfinished', async () => {
    const controller = new AbortController()
    const logger = new MemoryLogger()
    const fake = new FakeClock()
    // The signal comes while the health window waits for its first round.
    const clock = interruptibleClock(
      {
        now: () => fake.now(),
        sleep: ms => {
          if (logger.lines.some(line => line.includes('[PHASE 4 START]'))) controller.abort('SIGTERM')
          return fake.sleep(ms)
        }
      },
      controller.signal
    )
    const runner = new FakeRunner()
    const history = new MemoryHistory([releasedV100])
    const ctx = fakeContext(parseConfig(configText, 'test.yml'), {
      clock,
      logger,
      runner,
      history,
      interrupt: controller.signal
    })
    expect(await runRelease(ctx)).toEqual({
      kind: 'interrupted',
      signal: 'SIGTERM',
      reason: 'interrupted by SIGTERM during the stabilize phase'
    })
    expect(await ctx.store.readJson('release-interrupted.json')).toMatchObject({
      phase: 'stabilize',
      signal: 'SIGTERM',
      environment: 'production',
      previousRelease: 'v1.0.0',
      inFlight: null,
      state: 'production serves v1.1.0; its health window did not finish, so the release is not proven'
    })
    expect(await ctx.store.readJson('health-window.json')).toMatchObject({ verdict: 'inconclusive' })
    expect(runner.commands().filter(c => c.startsWith('rollback.sh'))).toEqual([])
    expect((await history.ledger('production')).state).toMatchObject({
      kind: 'interrupted',
      release: 'v1.1.0',
      during: 'health-window'
    })
    expect(await ctx.store.readText('DEPLOYMENT-REPORT.md')).toContain(
      'Interrupted by SIGTERM during the stabilize phase'
    )
    expect(await ctx.store.verify()).toEqual([])
  })
})
