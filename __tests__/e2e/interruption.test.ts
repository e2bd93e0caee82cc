import { describe, expect, it } from '@jest/globals'
import { assertValidEvidence } from '../../src/adapters/evidence/store.js'
import type { DemoSandbox } from './demo-sandbox.js'
import { sandboxesFrom } from './sandboxes.js'

// A release stopped by a signal (Ctrl-C, a cancelled CI job) on the demo's real scripts and services: the bundled CLI
// as a real process, the signal sent while it works.
const sandbox = sandboxesFrom(30200).released

const APPROVE = ['--approve', 'e2e-approver', '--comment', 'approved by the test']
const HANG_BACKEND = { DEMO_HANG_DEPLOY: 'backend:production' }

/** What a stopped deploy must not leave running: the hanging script and its `sleep`. */
const leftovers = (box: DemoSandbox): string[] =>
  box.processesInside().filter(p => p.includes('sleep 3600') || p.includes('deploy_backend.sh'))

describe('a release interrupted by a signal', () => {
  it('stops a hanging production deploy on SIGTERM, records where it stopped, and refuses the next release until a rollback', async () => {
    const box = sandbox()
    const run = await box.cliInterrupted(
      ['run', '--tag', 'v1.1.0', ...APPROVE],
      'injected hang for backend:production',
      'SIGTERM',
      HANG_BACKEND
    )
    expect(run.signalled).toBe(true)
    expect(run.code).toBe(143)
    expect(run.stderr).toContain(
      '[ERROR] Release interrupted by SIGTERM during the production phase (stopped deploy_backend.sh)'
    )
    expect(run.stderr).toContain('release-gate rollback --env production')
    expect(run.output).not.toContain('rollback_backend.sh executed')
    expect(leftovers(box)).toEqual([])

    const interrupted = box.json('release-interrupted.json')
    expect(() => assertValidEvidence('release-interrupted.json', interrupted)).not.toThrow()
    expect(interrupted).toMatchObject({
      tag: 'v1.1.0',
      phase: 'production',
      signal: 'SIGTERM',
      environment: 'production',
      previousRelease: 'v1.0.0',
      inFlight: { name: 'deploy_backend.sh', signal: 'SIGTERM', status: 'failure' }
    })
    expect((interrupted.commands as { name: string }[]).at(-1)?.name).toBe('deploy_backend.sh')
    // Sealed and reported: the bundle verifies, nothing is half written, the report says the release did not finish.
    const verified = await box.run([process.execPath, '../../dist/cli.js', 'verify', '.artifacts/deployment'])
    expect(verified.output).toContain('verified')
    expect(verified.code).toBe(0)
    expect(box.text('DEPLOYMENT-REPORT.md')).toContain('Interrupted by SIGTERM during the production phase')
    expect(box.json('retrospective-inputs.json')).toMatchObject({ outcome: 'incomplete' })

    const again = await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])
    expect(again.code).toBe(3)
    expect(again.stderr).toContain(
      '[ERROR] Release v1.1.0 not started: The rollout of v1.1.0 on production was interrupted at'
    )
    expect(again.output).not.toContain('[PHASE 3 START]')

    const rollback = await box.cli(['rollback', '--env', 'production', '--reason', 'interrupted release'])
    expect(rollback.stdout).toContain('Rollback of production to v1.0.0: success')
    expect(rollback.code).toBe(0)
    expect(await box.serving('backend', 'production')).toBe('v1.0.0')

    const released = await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])
    expect(released.code).toBe(0)
    expect(await box.serving('backend', 'production')).toBe('v1.1.0')
  })

  it('stops the health window on SIGINT at once, and production keeps serving the new release unproven', async () => {
    const box = sandbox()
    const run = await box.cliInterrupted(['run', '--tag', 'v1.1.0', ...APPROVE], '[PHASE 4 START]', 'SIGINT')
    expect(run.code).toBe(130)
    expect(run.stderr).toContain('[ERROR] Release interrupted by SIGINT during the stabilize phase')
    expect(box.json('release-interrupted.json')).toMatchObject({
      phase: 'stabilize',
      signal: 'SIGINT',
      inFlight: null,
      previousRelease: 'v1.0.0',
      state: 'production serves v1.1.0; its health window did not finish, so the release is not proven'
    })
    // The window's samples so far are kept, with no verdict: the release is not proven.
    expect(box.json('health-window.json')).toMatchObject({ verdict: 'inconclusive', breach: null })
    expect(await box.serving('backend', 'production')).toBe('v1.1.0')
    expect(run.output).not.toContain('[PHASE 4 COMPLETE]')
  })

  it('refuses a second release of production while the first is still deploying, then stops the first cleanly', async () => {
    const box = sandbox()
    let secondFinished = (): void => undefined
    const first = box.cliInterrupted(
      ['run', '--tag', 'v1.1.0', ...APPROVE],
      new Promise<void>(resolve => (secondFinished = resolve)),
      'SIGTERM',
      HANG_BACKEND
    )
    // Wait until the first hangs inside its production rollout, then start the second (its own evidence directory).
    const hanging = (): boolean => box.processesInside().some(p => p.includes('sleep 3600'))
    for (let i = 0; i < 600 && !hanging(); i++) await new Promise(resolve => setTimeout(resolve, 50))
    expect(hanging()).toBe(true)
    const second = await box.cli([
      'run',
      '--tag',
      'v1.2.0',
      ...APPROVE,
      '--evidence-dir',
      '.artifacts/second'
    ])
    secondFinished()
    expect(second.code).toBe(3)
    expect(second.stderr).toContain(
      '[ERROR] Release v1.2.0 not started: Release v1.1.0 started on production at'
    )
    expect(second.stderr).toContain('If it is running, wait for it.')
    expect(box.deployed('production', 'v1.2.0')).toBe(false)
    expect((await first).code).toBe(143)
    // The hanging deploy and its sleep went with the first release's process group.
    expect(leftovers(box)).toEqual([])
  })

  it.each([
    ['in the middle of staging', '[AUTOMATION] deploy_backend.sh executed: success'],
    ['as production starts', '[PHASE 3 START]'],
    ['as the health window starts', '[PHASE 4 START]']
  ])(
    'leaves only whole files and a manifest that tells the truth when killed outright %s',
    async (_, when) => {
      const box = sandbox()
      const run = await box.cliInterrupted(['run', '--tag', 'v1.1.0', ...APPROVE], when, 'SIGKILL')
      expect(run.signalled).toBe(true)
      expect(run.code).toBeNull()
      const verified = await box.run([
        process.execPath,
        '../../dist/cli.js',
        'verify',
        '.artifacts/deployment',
        '--json'
      ])
      const checks = (
        JSON.parse(verified.stdout.trim().split('\n').pop() as string) as {
          checks: { check: string; passed: boolean; detail: string }[]
        }
      ).checks
      // Every JSON file parses and matches its schema (no half-written file); the manifest and its chain are whole.
      // Files changed after the last seal may differ from it: that is what the next phase's check refuses on.
      for (const name of ['manifest', 'hash chain', 'schemas'])
        expect(checks.find(c => c.check === name)).toMatchObject({ passed: true })
    }
  )
})
