import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { DemoSandbox } from './demo-sandbox.js'
import { sandboxesFrom } from './sandboxes.js'
import { ARTIFACTS } from '../../src/core/records/index.js'

// The release ledger through the bundled CLI on the demo's real scripts and services (issue 18): a release never
// starts over a busy or unresolved production, a rolled-back release is not deployed again on its old evidence, a
// rollback goes to the last release that passed its health window, and a stopped rollback is recorded as one.
const sandbox = sandboxesFrom(31800)

const APPROVE = ['--approve', 'lee', '--comment', 'ok']

/** Rewrites one line of the sandbox's config. */
function configure(box: DemoSandbox, from: string, to: string): void {
  const file = join(box.demo, 'release-gate.yml')
  const text = readFileSync(file, 'utf8')
  expect(text).toContain(from)
  writeFileSync(file, text.replace(from, to))
}

/** `release-gate rollback --env production` with no target named: it must return to `expected`. */
async function rollsBackTo(box: DemoSandbox, expected: string): Promise<void> {
  const rollback = await box.cli(['rollback', '--env', 'production', '--reason', 'resolve the ledger'])
  expect(rollback.stdout).toContain(`Rollback of production to ${expected}: success`)
  expect(await box.serving('backend', 'production')).toBe(expected)
}

/** Verifies the bundle in `dir` (relative to the demo) with the bundled CLI. */
async function verifies(box: DemoSandbox, dir = '.artifacts/deployment'): Promise<boolean> {
  const verified = await box.run([process.execPath, '../../dist/cli.js', 'verify', dir])
  return verified.code === 0
}

// Several whole releases per test, on a machine shared with other runs.
const MINUTES = 240_000

describe('the release ledger', () => {
  it(
    'refuses a release at readiness while another is in its health window: nothing archived, nothing deployed',
    async () => {
      const box = sandbox.released()
      configure(box, 'window: 2s', 'window: 8s')
      const first = box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])
      // The first release's health window has started once its communications timeline says so.
      const timeline = box.evidence(ARTIFACTS.communications)
      const started = (): boolean => {
        try {
          return readFileSync(timeline, 'utf8').includes('Phase 4 (health window) of v1.1.0 started')
        } catch {
          return false
        }
      }
      for (let i = 0; i < 600 && !started(); i++) await new Promise(resolve => setTimeout(resolve, 50))
      expect(started()).toBe(true)
      const second = await box.cli(['run', '--tag', 'v1.2.0', ...APPROVE])
      expect(second.code).toBe(3)
      expect(second.stderr).toContain(
        '[ERROR] Release v1.2.0 not started: Release v1.1.0 is in its health window on production'
      )
      expect(second.stderr).toContain('release-gate rollback --env production')
      expect(second.output).not.toContain('Earlier evidence moved to')
      expect(box.deployed('staging', 'v1.2.0')).toBe(false)
      const firstRun = await first
      expect(firstRun.code).toBe(0)
      expect(await verifies(box)).toBe(true)
      expect(await box.serving('backend', 'production')).toBe('v1.1.0')
    },
    MINUTES
  )

  it(
    'refuses to deploy a rolled-back release again on its old evidence',
    async () => {
      const box = sandbox.released()
      const run = await box.cli(['run', '--tag', 'v1.2.0-faulty', ...APPROVE])
      expect(run.code).toBe(4)
      expect(await box.serving('backend', 'production')).toBe('v1.0.0')
      const again = await box.cli(['phase', 'production', '--tag', 'v1.2.0-faulty', ...APPROVE])
      expect(again.code).not.toBe(0)
      expect(again.output).not.toContain('[PHASE 3 START]')
      expect(await box.serving('backend', 'production')).toBe('v1.0.0')
    },
    MINUTES
  )

  it(
    'rolls back to the last release that passed its health window after on-breach: alert left the breaching one',
    async () => {
      const box = sandbox.released()
      configure(box, 'on-breach: rollback', 'on-breach: alert')
      expect((await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])).code).toBe(0)
      const left = await box.cli(['run', '--tag', 'v1.2.0-faulty', ...APPROVE])
      expect(left.code).not.toBe(0)
      expect(await box.serving('backend', 'production')).toBe('v1.2.0-faulty')
      // Nothing starts over the breached release left in place.
      const next = await box.cli(['run', '--tag', 'v1.3.0', ...APPROVE])
      expect(next.code).toBe(3)
      expect(next.stderr).toContain('breached its health window on production')
      expect(next.stderr).toContain('release-gate rollback --env production')
      expect(box.deployed('staging', 'v1.3.0')).toBe(false)

      await rollsBackTo(box, 'v1.1.0')
    },
    MINUTES
  )

  it(
    'rolls back to the last good release after a failed automatic rollback',
    async () => {
      const box = sandbox.released()
      expect((await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])).code).toBe(0)
      const failed = await box.cli(['run', '--tag', 'v1.2.0-faulty', ...APPROVE], {
        DEMO_FAIL_ROLLBACK: 'backend:production'
      })
      expect(failed.code).not.toBe(0)
      await rollsBackTo(box, 'v1.1.0')
    },
    MINUTES
  )

  it(
    'records a rollback stopped by SIGINT as an interrupted rollback, and refuses the next release until it is finished',
    async () => {
      const box = sandbox.released()
      const run = await box.cliInterrupted(
        ['run', '--tag', 'v1.2.0-faulty', ...APPROVE],
        'Rolling back',
        'SIGINT'
      )
      expect(run.code).toBe(130)
      expect(run.stderr).toContain('rollback interrupted')
      expect(run.stderr).not.toContain('its health window did not finish')
      expect(box.json('release-interrupted.json')).toMatchObject({
        phase: 'stabilize',
        state: expect.stringContaining(
          'rollback interrupted: the rollback of production from v1.2.0-faulty to v1.0.0'
        )
      })
      const next = await box.cli(['run', '--tag', 'v1.3.0', ...APPROVE])
      expect(next.code).toBe(3)
      expect(next.stderr).toContain('The rollback of production from v1.2.0-faulty to v1.0.0 was interrupted')
      await rollsBackTo(box, 'v1.0.0')
    },
    MINUTES
  )

  it(
    'refuses a second run while the first holds the release lock in staging, naming the holder; nothing archived',
    async () => {
      const box = sandbox.released()
      let secondFinished = (): void => undefined
      const first = box.cliInterrupted(
        ['run', '--tag', 'v1.1.0', ...APPROVE],
        new Promise<void>(resolve => (secondFinished = resolve)),
        'SIGTERM',
        { DEMO_HANG_DEPLOY: 'backend:staging' }
      )
      const hanging = (): boolean => box.processesInside().some(p => p.includes('sleep 3600'))
      for (let i = 0; i < 600 && !hanging(); i++) await new Promise(resolve => setTimeout(resolve, 50))
      expect(hanging()).toBe(true)
      const second = await box.cli(['run', '--tag', 'v1.2.0', ...APPROVE])
      secondFinished()
      expect(second.code).toBe(3)
      expect(second.stderr).toContain('[ERROR] Release v1.2.0 not started: ')
      expect(second.stderr).toMatch(/release\.lock is held by release-gate run v1\.1\.0 \(pid \d+ on /)
      expect(second.stderr).toContain('Wait for it to finish. If no such process runs on')
      expect(second.output).not.toContain('Earlier evidence moved to')
      expect(box.deployed('staging', 'v1.2.0')).toBe(false)
      expect((await first).code).toBe(143)
      expect(box.json('deployment-readiness-checklist.json')).toMatchObject({ tag: 'v1.1.0' })
    },
    MINUTES
  )
})
