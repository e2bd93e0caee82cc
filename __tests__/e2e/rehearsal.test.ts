import { describe, expect, it } from '@jest/globals'
import { sandboxesFrom } from './sandboxes.js'

// The rollback rehearsal on the demo's real scripts: deploy the candidate to staging, roll back, check the previous
// release answers, redeploy, check again. Its record is the rollback-rehearsal prerequisite of the production run.

const sandbox = sandboxesFrom(29400).released

const REHEARSAL = '.artifacts/protocol-10/rollback-rehearsal.json'
const APPROVE = ['--approve', 'e2e', '--comment', 'rehearsed']

describe('rollback rehearsal', () => {
  it('rolls staging back and forward, records the timings, and lets the release pass Gate 1', async () => {
    const box = sandbox()
    const rehearse = await box.cli(['rehearse', '--tag', 'v1.1.0', '--previous', 'v1.0.0'])
    expect(rehearse.code).toBe(0)
    expect(rehearse.stdout).toContain('[REHEARSAL] Rollback rehearsal passed: back to v1.0.0 in')
    const record = box.jsonAt<{
      passed: boolean
      tag: string
      rollbackDurationMs: number
      steps: { name: string; passed: boolean }[]
    }>(REHEARSAL)
    expect(record).toMatchObject({ passed: true, tag: 'v1.1.0' })
    expect(record.rollbackDurationMs).toBeGreaterThan(0)
    expect(record.steps.map(s => `${s.name}:${s.passed}`)).toEqual([
      'deploy-candidate:true',
      'rollback:true',
      'verify-previous:true',
      'redeploy-candidate:true',
      'verify-candidate:true'
    ])
    expect(await box.serving('backend', 'staging')).toBe('v1.1.0')

    const run = await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])
    expect(run.code).toBe(0)
    expect(box.text('rollback-plan.md')).toMatch(
      /Rehearsal: passed on staging .* for v1\.1\.0; the rollback took/
    )
  })

  it('fails the rehearsal when the rollback script fails, and Gate 1 then refuses the release', async () => {
    const box = sandbox()
    const rehearse = await box.cli(['rehearse', '--tag', 'v1.1.0', '--previous', 'v1.0.0'], {
      DEMO_FAIL_ROLLBACK: 'backend:staging'
    })
    expect(rehearse.code).toBe(1)
    expect(rehearse.stderr).toContain('[ERROR] Rollback rehearsal failed')
    expect(box.jsonAt(REHEARSAL)).toMatchObject({ passed: false })

    const run = await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('the rollback rehearsal of v1.1.0 failed at rollback')
    expect(box.deployed('production', 'v1.1.0')).toBe(false)
  })

  it('does not accept the rehearsal of another release', async () => {
    const box = sandbox()
    expect((await box.cli(['rehearse', '--tag', 'v1.1.0', '--previous', 'v1.0.0'])).code).toBe(0)
    const run = await box.cli(['run', '--tag', 'v1.2.0', ...APPROVE])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('it rehearsed v1.1.0, not v1.2.0. Run release-gate rehearse --tag v1.2.0')
  })
})
