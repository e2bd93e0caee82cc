import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { DemoSandbox } from './demo-sandbox.js'

// A release inside a freeze halts at Gate 1 and deploys nothing; an emergency override with a reason goes through
// and is on the record. Real CLI, real scripts.

const sandboxes: DemoSandbox[] = []
afterEach(() => {
  for (const box of sandboxes.splice(0)) box.stop()
})

/** The demo with a freeze from yesterday to tomorrow (UTC), so "now" is inside it whatever the hour. */
function frozen(portBase: number): DemoSandbox {
  const box = new DemoSandbox(portBase)
  sandboxes.push(box)
  box.baseline('v1.0.0')
  box.upstream()
  const day = (offset: number): string =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
  const configFile = join(box.demo, 'release-gate.yml')
  writeFileSync(
    configFile,
    readFileSync(configFile, 'utf8') +
      `\nwindow:\n  timezone: UTC\n  freeze:\n    - { from: '${day(-1)}', to: '${day(1)}', reason: e2e freeze }\n`
  )
  return box
}

const APPROVE = ['--approve', 'e2e', '--comment', 'ok']

describe('deployment windows and freezes', () => {
  it('halts at Gate 1 inside a freeze, names when it ends, and deploys nothing', async () => {
    const box = frozen(29600)
    const run = await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain("deployment window: inside freeze 'e2e freeze'")
    expect(run.stderr).toContain('--override-window')
    expect(box.deployed('staging', 'v1.1.0')).toBe(false)
    expect(box.deployed('production', 'v1.1.0')).toBe(false)
    expect(box.json('deployment-readiness-checklist.json')).toMatchObject({
      passed: false,
      window: { allowed: false, override: null }
    })
  })

  it('goes through with an emergency override and records who, why and when', async () => {
    const box = frozen(29700)
    const run = await box.cli([
      'run',
      '--tag',
      'v1.1.0',
      ...APPROVE,
      '--override-window',
      'INC-7: security fix'
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('OVERRIDDEN by')
    expect(box.json('deployment-readiness-checklist.json')).toMatchObject({
      passed: true,
      window: { allowed: false, override: { reason: 'INC-7: security fix' } }
    })
    expect(box.text('DEPLOYMENT-REPORT.md')).toContain('**Deployment window OVERRIDDEN** by')
    const retrospective = box.json<{ manualInterventions: string[] }>('retrospective-inputs.json')
    expect(retrospective.manualInterventions.join('\n')).toContain('deployment window overridden by')
    expect(await box.serving('backend', 'production')).toBe('v1.1.0')
  })

  it('refuses an override without a reason before anything runs', async () => {
    const box = frozen(29800)
    const run = await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE, '--override-window', '  '])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--override-window needs a reason')
    expect(box.deployed('staging', 'v1.1.0')).toBe(false)
  })
})
