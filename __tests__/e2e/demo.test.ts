import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { assertValidEvidence } from '../../src/adapters/evidence/store.js'
import { sandboxesFrom } from './sandboxes.js'

// These tests run the bundled CLI as a real process against the demo's real scripts and services.
const sandbox = sandboxesFrom(21000).fresh

const APPROVE = ['--approve', 'e2e-approver', '--comment', 'approved by the test']
const JSON_ARTIFACTS = [
  'deployment-readiness-checklist.json',
  'staging-deployment-report.json',
  'staging-validation-results.json',
  'uat-confirmation.json',
  'production-approval.json',
  'production-deployment-report.json',
  'post-deployment-validation.json',
  'health-window.json',
  'retrospective-inputs.json'
]

describe('release-gate on the demo (real processes)', () => {
  it('runs the README demo command: a baseline, then a good release, every artifact present and schema-valid', async () => {
    const box = sandbox()
    const demo = await box.run(['bash', 'run-demo.sh'])
    expect(demo.code).toBe(0)
    expect(demo.stdout).toContain('Production now serves: backend v1.1.0, frontend v1.1.0')
    for (const line of [
      '[PHASE 1 START] - Verifying deployment readiness artifacts...',
      '[PHASE 2 START] - Deploying release candidate to staging...',
      '[AUTOMATION] deploy_backend.sh executed: success',
      '[AUTOMATION] release-gate validate executed: success',
      '[APPROVAL REQUEST] Staging deployment successful. Proceed with production release? yes (--approve demo-approver)',
      '[PHASE 3 START] - Executing production deployment...',
      '[AUTOMATION] release-gate collect-perf executed: success',
      '[PHASE 4 START] - Monitoring post-deployment health window...',
      '[PHASE 4 COMPLETE] - Stabilization finished successfully.',
      '[PROTOCOL COMPLETE] - Production deployment finalized. Ready for Protocol 12 (Monitoring & Observability).'
    ]) {
      expect(demo.stdout).toContain(line)
    }
    for (const artifact of JSON_ARTIFACTS) {
      const record = box.json(artifact)
      expect(() => assertValidEvidence(artifact, record)).not.toThrow()
      expect(record.tag).toBe('v1.1.0')
    }
    for (const text of [
      'release-manifest.md',
      'deployment-communications.md',
      'deployment-health-log.md',
      'DEPLOYMENT-REPORT.md'
    ]) {
      expect(existsSync(box.evidence(text))).toBe(true)
    }
    expect(box.json('production-approval.json')).toMatchObject({
      decision: 'approved',
      approver: 'demo-approver',
      source: 'cli-flag',
      selfAsserted: true
    })
    // A reader of the report learns the approval was a name typed locally, not a checked identity.
    expect(readFileSync(box.evidence('DEPLOYMENT-REPORT.md'), 'utf8')).toContain(
      '- Self-asserted: a name given locally'
    )
    expect(box.json('post-deployment-validation.json')).toMatchObject({
      passed: true,
      perf: { availability: 1 }
    })
    // The baseline's bundle was archived, not deleted.
    expect(readdirSync(`${box.demo}/.artifacts/deployment-archive`)).toHaveLength(1)
    // The traffic went through the sandbox's HAProxy, and the demo stopped it and every instance at the end.
    expect(demo.stdout).not.toContain('HAProxy is not installed')
    expect(demo.stdout).toContain('Traffic goes through HAProxy (')
    expect(readFileSync(`${box.state}/haproxy/haproxy.log`, 'utf8')).toContain('haproxy (')
    expect(box.processesInside()).toEqual([])
    expect(await box.serving('backend', 'production')).toBeNull()
  })

  it('without HAProxy, says how to install it and still releases, all at once', async () => {
    const box = sandbox()
    const demo = await box.run(['bash', 'run-demo.sh'], { DEMO_HAPROXY: `${box.root}/no-such-haproxy` })
    expect(demo.code).toBe(0)
    expect(demo.stdout).toContain(
      `Note: HAProxy is not installed (DEMO_HAPROXY=${box.root}/no-such-haproxy): install it with 'sudo apt-get install haproxy'`
    )
    expect(demo.stdout).toContain('the demo deploys all at once')
    expect(demo.stdout).toContain('[PROTOCOL COMPLETE]')
    expect(demo.stdout).toContain('Production now serves: backend v1.1.0, frontend v1.1.0')
    expect(box.processesInside()).toEqual([])
  })

  it('halts with exit 3 when a prerequisite is missing, and no deploy command runs', async () => {
    const box = sandbox()
    box.upstream({ omit: ['rollback-rehearsal'] })
    const run = await box.cli(['run', '--tag', 'v1.0.0', ...APPROVE])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(
      '[ERROR] Prerequisite evidence does not exist: rollback-rehearsal.\n[ERROR] Required staging or validation artifact missing.'
    )
    expect(run.stderr).toContain(
      'prerequisite rollback-rehearsal: .artifacts/protocol-10/rollback-rehearsal.json does not exist'
    )
    expect(box.touched()).toEqual([])
    expect(box.json('deployment-readiness-checklist.json')).toMatchObject({ passed: false })
    expect(box.json('retrospective-inputs.json')).toMatchObject({ outcome: 'halted' })
  })

  it('halts with exit 3 when prerequisites are stale', async () => {
    const box = sandbox()
    box.upstream({ ageHours: 80 })
    const run = await box.cli(['run', '--tag', 'v1.0.0', ...APPROVE])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('staging-validation.json is 3d 8h old, older than max-age 3d 0h')
    // The spec's line says "missing" whatever the case; the headline above it says which case it is.
    expect(run.stderr).toMatch(
      /\[ERROR\] Prerequisite evidence is older than its max-age: [a-z-]+(, [a-z-]+)*\.\n\[ERROR\] Required staging or validation artifact missing\./
    )
    expect(box.touched()).toEqual([])
  })

  it('refuses to start production on evidence altered after staging sealed it, and touches nothing', async () => {
    const box = sandbox()
    box.upstream()
    expect((await box.cli(['phase', 'readiness', '--tag', 'v1.0.0'])).code).toBe(0)
    expect((await box.cli(['phase', 'staging', '--tag', 'v1.0.0'])).code).toBe(0)
    const manifest = box.json<{ entries: { phase: string }[] }>('evidence-manifest.json')
    expect(manifest.entries.map(e => e.phase)).toEqual(['readiness', 'staging'])
    // Someone "fixes" a failed check by hand: the digest no longer matches what the staging phase sealed.
    const validation = box.json('staging-validation-results.json')
    writeFileSync(
      box.evidence('staging-validation-results.json'),
      JSON.stringify({ ...validation, passed: true })
    )
    const run = await box.cli(['phase', 'production', '--tag', 'v1.0.0', ...APPROVE])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('failed verification; the production phase will not start')
    // Named with what was recorded and what was found (sizes, or digests at the same size).
    expect(run.stderr).toMatch(
      /staging-validation-results\.json: (\d+ bytes, expected \d+|same size \(\d+ bytes\), different content: SHA-256)/
    )
    expect(box.touched()).toEqual(['backend-staging', 'frontend-staging'])
    expect(existsSync(box.evidence('production-approval.json'))).toBe(false)
  })

  it('halts with exit 3 when nobody approves, leaving production untouched', async () => {
    const box = sandbox()
    box.upstream()
    const run = await box.cli(['run', '--tag', 'v1.0.0'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('[ERROR] Production approval not granted: no approval given')
    expect(box.touched()).toEqual(['backend-staging', 'frontend-staging'])
    expect(box.json('production-approval.json')).toMatchObject({
      decision: 'rejected',
      approver: null,
      source: 'no-answer'
    })
    expect(existsSync(box.evidence('production-deployment-report.json'))).toBe(false)
  })

  it('rolls back with exit 4 when a production deploy command fails', async () => {
    const box = sandbox()
    box.baseline('v1.0.0')
    box.upstream()
    const run = await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE], {
      DEMO_FAIL_DEPLOY: 'frontend:production'
    })
    expect(run.code).toBe(4)
    expect(run.stderr).toContain(
      '[ERROR] Deployment command failed: frontend: deploy_frontend.sh failed (exit code 1).'
    )
    expect(run.stdout).toContain('[AUTOMATION] rollback_frontend.sh executed: success')
    expect(run.stdout).toContain('[AUTOMATION] rollback_backend.sh executed: success')
    expect(await box.serving('backend', 'production')).toBe('v1.0.0')
    expect(await box.serving('frontend', 'production')).toBe('v1.0.0')
    const report = box.json<{ status: string; rollback: { steps: { service: string }[] } }>(
      'production-deployment-report.json'
    )
    expect(report.status).toBe('rolled-back')
    expect(report.rollback.steps.map(s => s.service)).toEqual(['frontend', 'backend'])
  })

  it('rolls back with exit 4 on a health breach, and the previous version serves again', async () => {
    const box = sandbox()
    box.baseline('v1.0.0')
    box.upstream()
    const run = await box.cli(['run', '--tag', 'v1.1.0-faulty', ...APPROVE, '--json'])
    expect(run.code).toBe(4)
    expect(run.stderr).toContain('[ALERT] Post-deployment metrics outside thresholds.')
    expect(run.stdout).toContain(
      '[ROLLBACK DECISION] Production anomalies detected. Execute rollback plan? yes (health.on-breach: rollback) → rolling back to v1.0.0'
    )
    // A question is printed only where someone is asked; nobody was.
    expect(run.stdout).not.toContain('(yes/no)')
    expect(await box.serving('backend', 'production')).toBe('v1.0.0')
    expect(await box.serving('frontend', 'production')).toBe('v1.0.0')
    expect(box.json('health-window.json')).toMatchObject({
      verdict: 'breached',
      rollback: { status: 'success', target: 'v1.0.0' }
    })
    expect(box.json('retrospective-inputs.json')).toMatchObject({ outcome: 'rolled-back' })
    const summary = JSON.parse(run.stdout.trim().split('\n').pop() as string)
    expect(summary).toMatchObject({ outcome: 'rolled-back', exitCode: 4, tag: 'v1.1.0-faulty' })
  })

  it('rolls back by hand to the previous release with `release-gate rollback`', async () => {
    const box = sandbox()
    box.baseline('v1.0.0')
    box.upstream()
    expect((await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])).code).toBe(0)
    const rollback = await box.cli(['rollback', '--env', 'production', '--reason', 'customer reports'])
    expect(rollback.code).toBe(0)
    expect(await box.serving('frontend', 'production')).toBe('v1.0.0')
    // The rollback's own bundle, beside the release's.
    const [runId] = readdirSync(`${box.demo}/.artifacts/deployment-rollbacks`)
    expect(box.jsonAt(`.artifacts/deployment-rollbacks/${runId}/rollback-report.json`)).toMatchObject({
      tag: 'v1.1.0',
      rollback: { trigger: 'manual', target: 'v1.0.0', status: 'success' }
    })
  })

  it('asks at a terminal and records the yes, the person and the comment', async () => {
    const box = sandbox()
    box.baseline('v1.0.0')
    box.upstream()
    const run = await box.inTerminal(
      ['run', '--tag', 'v1.1.0', '--approver-name', 'lee'],
      ['yes', 'ticket CAB-7']
    )
    expect(run.code).toBe(0)
    // The prompt says whose answer it records before it is given.
    expect(run.output).toContain(
      '[APPROVAL REQUEST] Staging deployment successful. Proceed with production release? Answering as lee (--approver-name sets the name). (yes/no)'
    )
    expect(box.json('production-approval.json')).toMatchObject({
      decision: 'approved',
      approver: 'lee',
      comment: 'ticket CAB-7',
      source: 'interactive'
    })
    expect(await box.serving('backend', 'production')).toBe('v1.1.0')
  })

  it('stops at a terminal answer of no, with exit 3 and production untouched', async () => {
    const box = sandbox()
    box.baseline('v1.0.0')
    box.upstream()
    const run = await box.inTerminal(['run', '--tag', 'v1.1.0'], ['no'])
    expect(run.code).toBe(3)
    expect(box.json('production-approval.json')).toMatchObject({
      decision: 'rejected',
      source: 'interactive'
    })
    expect(await box.serving('backend', 'production')).toBe('v1.0.0')
  })

  it.each([
    ['a shell-injection tag', ['run', '--tag', 'v1.2.3;touch /tmp/rg-pwned'], 'Invalid release tag'],
    ['a command-substitution tag', ['run', '--tag', '$(id)'], 'Invalid release tag'],
    ['an unknown phase', ['phase', 'deploy', '--tag', 'v1.0.0'], "Unknown phase 'deploy'"],
    ['an unknown flag', ['run', '--tag', 'v1.0.0', '--force'], "Unknown option '--force'"],
    ['a missing tag', ['run'], 'release-gate run needs --tag']
  ])('refuses %s with exit 2 before anything runs', async (_, args, message) => {
    const box = sandbox()
    box.upstream()
    const run = await box.cli(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(box.touched()).toEqual([])
    expect(existsSync('/tmp/rg-pwned')).toBe(false)
  })

  it('refuses an invalid config with exit 2, naming the file and the JSON path', async () => {
    const box = sandbox()
    const run = await box.run([
      process.execPath,
      `${box.root}/dist/cli.js`,
      'run',
      '--tag',
      'v1.0.0',
      '--config',
      'upstream/environment-report.schema.json'
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Invalid config upstream/environment-report.schema.json')
    expect(run.stderr).toContain("$: missing required key 'version'")
  })
})
