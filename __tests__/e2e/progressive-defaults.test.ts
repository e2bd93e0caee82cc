import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import type { HealthWindowRecord, ProductionDeploymentReport } from '../../src/core/records/index.js'
import { emulatorsForFile } from './action-fixture.js'
import { seedServiceRepository, WorkflowRun } from './action-harness.js'
import { DemoSandbox } from './demo-sandbox.js'
import { cliWithConfig, demoReleaseConfig } from './release-configs.js'
import { pollService } from './traffic.js'

// Progressive delivery defaults (issue 19) through the bundled CLI and action on the demo's real scripts, router and
// services: a first canary release deploys fully, on the record; blue/green keeps the old colour through the health
// window and switches back to it first on a breach, with no failed request; a failed rollback blocks the next release.

/** Every sandbox of this file listens on 61800-61899 (one at a time: each test stops its own). */
const BASE = 61800
const ROUTER = BASE + 11
const APPROVE = ['--approve', 'e2e']
// Several whole releases per test, on a machine shared with other runs.
const MINUTES = 240_000

const open: DemoSandbox[] = []
afterEach(() => {
  for (const box of open.splice(0)) box.stop()
})

function sandbox(): DemoSandbox {
  const box = new DemoSandbox(BASE)
  open.push(box)
  return box
}

const CANARY = demoReleaseConfig({
  backend: {
    type: 'canary',
    steps: [
      { 'set-weight': 25 },
      { pause: '1s' },
      { analysis: { probes: ['canary-ok'], interval: '200ms', count: 2 } },
      { 'set-weight': 100 }
    ]
  },
  // Only whether the canary steps run matters here, not what they measure.
  metrics: [{ id: 'canary-ok', command: ['true'] }],
  allowFirstRelease: true,
  health: {
    window: '1s',
    interval: '500ms',
    probes: [{ id: 'backend-greeting', http: { url: `http://127.0.0.1:${ROUTER}/api/greeting` } }]
  }
})

const BLUE_GREEN = demoReleaseConfig({
  backend: { type: 'blue-green', keepOld: '1s' },
  allowFirstRelease: true,
  health: {
    window: '3s',
    interval: '500ms',
    // /healthz fails on a faulty release in production; the clients below poll /version, which never does.
    probes: [{ id: 'backend-health', http: { url: `http://127.0.0.1:${ROUTER}/healthz` } }]
  }
})

describe('progressive delivery defaults on the demo', () => {
  it(
    'deploys the first canary release fully (nothing serves to compare with), saying so on the console and in the evidence',
    async () => {
      const box = sandbox()
      box.upstream()
      const cli = cliWithConfig(box, 'canary.yml', CANARY)
      const first = await cli(['run', '--tag', 'v1.0.0', ...APPROVE])
      expect(first.output).not.toContain('Rollback not possible')
      expect(first.code).toBe(0)
      expect(first.stdout).toContain(
        'backend | canary steps skipped: first release in production: no release serves there, so there is no stable version to compare a canary with; deploying v1.0.0 fully'
      )
      expect(await box.serving('backend', 'production')).toBe('v1.0.0')
      const rollout = box.json<ProductionDeploymentReport>('production-deployment-report.json').services[0]
        ?.rollout
      expect(rollout).toMatchObject({
        strategy: 'canary',
        status: 'promoted',
        skipped: { reason: expect.stringContaining('first release in production') }
      })
      expect(rollout?.skipped?.steps).toHaveLength(4)
      expect(rollout?.steps.map(s => s.weight)).toEqual([100])

      // The next release has a baseline: its canary steps run.
      box.upstream()
      const second = await cli(['run', '--tag', 'v1.1.0', ...APPROVE])
      expect({ code: second.code, output: second.output }).toMatchObject({ code: 0 })
      expect(second.stdout).not.toContain('canary steps skipped')
      expect(second.stdout).toContain('backend | step 1/4: set weight 25%')
    },
    MINUTES
  )

  it(
    'keeps the old colour through the health window and, on a breach, switches back to it first: no failed request',
    async () => {
      const box = sandbox()
      box.upstream()
      const cli = cliWithConfig(box, 'blue-green.yml', BLUE_GREEN)

      // The first blue/green release has no old colour: it deploys to blue and switches (no first-release hole).
      const first = await cli(['run', '--tag', 'v1.1.0', ...APPROVE])
      expect(first.code).toBe(0)
      expect(first.stdout).toContain('backend | live colour: none; deploying v1.1.0 to blue')

      // From here on the service has an answer for every request.
      const clients = pollService(`http://127.0.0.1:${ROUTER}/version`)

      box.upstream()
      const faulty = await cli(['run', '--tag', 'v1.2.0-faulty', ...APPROVE])
      expect(faulty.code).toBe(4)
      const seen = await clients.stop()

      const steps = box.json<ProductionDeploymentReport>('production-deployment-report.json').services[0]
        ?.rollout?.steps
      expect(steps?.map(s => `${s.kind}:${s.color ?? '-'}:${s.status}`)).toEqual([
        'deploy-color:green:completed',
        'switch:green:completed',
        'retire:blue:deferred'
      ])
      const window = box.json<HealthWindowRecord>('health-window.json')
      expect(window.verdict).toBe('breached')
      const switchBack = window.rollback?.switchBack ?? []
      expect(switchBack.map(s => `${s.service}:${s.color}:${s.exec.status}`)).toEqual([
        'backend:blue:success'
      ])
      expect(window.rollback).toMatchObject({ status: 'success', target: 'v1.1.0' })
      // The switch back ran before the rollback command.
      const switched = switchBack[0]?.exec.finishedAt as string
      expect((window.rollback?.steps[0]?.exec.startedAt ?? '') >= switched).toBe(true)
      expect(faulty.stdout.indexOf('traffic switched back to blue')).toBeLessThan(
        faulty.stdout.indexOf('Rolling back backend')
      )
      expect(await box.serving('backend', 'production')).toBe('v1.1.0')

      // Breach → traffic back, measured twice: by the switch command's record, and by what the clients saw.
      const breachAt = Date.parse(window.breach?.at as string)
      const switchBackMs = Date.parse(switched) - breachAt
      const answers = seen.timeline.filter(a => a.sentAt >= breachAt)
      const firstOldAnswer = answers.find(a => a.version === 'v1.1.0')
      const clientBackMs = (firstOldAnswer?.sentAt ?? Infinity) - breachAt
      const duringSwitchBack = answers
      process.stdout.write(
        `blue/green switch back: breach → switch command finished ${switchBackMs} ms; first client answer from the old colour ${clientBackMs} ms; ` +
          `${duringSwitchBack.length} requests from the breach on, ${duringSwitchBack.filter(a => a.failed).length} failed; ` +
          `${seen.total} requests in all, ${seen.failed} failed\n`
      )
      // One switch command (a bash script starting node a few times) on a machine shared with other runs.
      expect(switchBackMs).toBeLessThan(10_000)
      expect(clientBackMs).toBeLessThan(10_000)
      expect(duringSwitchBack.length).toBeGreaterThan(10)
      expect(duringSwitchBack.filter(a => a.failed)).toEqual([])
      expect(seen.failed).toBe(0)
    },
    MINUTES
  )

  it(
    'keeps the old colour up until the health window passed, then retires it',
    async () => {
      const box = sandbox()
      box.upstream()
      const cli = cliWithConfig(box, 'blue-green.yml', BLUE_GREEN)
      expect((await cli(['run', '--tag', 'v1.1.0', ...APPROVE])).code).toBe(0)
      box.upstream()
      const second = await cli(['run', '--tag', 'v1.2.0', ...APPROVE])
      expect(second.code).toBe(0)
      const window = box.json<HealthWindowRecord>('health-window.json')
      expect(window.retired?.map(r => `${r.service}:${r.color}:${r.exec.status}`)).toEqual([
        'backend:blue:success'
      ])
      expect((window.retired?.[0]?.exec.startedAt ?? '') >= window.finishedAt).toBe(true)
      expect(second.stdout.indexOf('retired the old colour blue')).toBeGreaterThan(
        second.stdout.indexOf('[PHASE 4 START]')
      )
    },
    MINUTES
  )

  it(
    'refuses the next release at readiness (exit 3) after a failed rollback, touching nothing, until a rollback resolves it',
    async () => {
      const box = sandbox()
      box.baseline('v1.0.0')
      box.upstream()
      const failed = await box.cli(['run', '--tag', 'v1.1.0-faulty', ...APPROVE], {
        DEMO_FAIL_ROLLBACK: 'backend:production'
      })
      expect(failed.code).toBe(1)
      expect(failed.stderr).toContain('[ERROR] Rollback failure: production needs attention now.')
      const evidenceBefore = readdirSync(join(box.demo, '.artifacts', 'deployment')).sort()

      box.upstream()
      const next = await box.cli(['run', '--tag', 'v1.2.0', ...APPROVE])
      expect(next.code).toBe(3)
      expect(next.stderr).toContain(
        '[ERROR] Release v1.2.0 not started: The rollback of production from v1.1.0-faulty to v1.0.0 failed'
      )
      expect(next.stderr).toContain(
        'Resolve it with release-gate rollback --env production (on GitHub: the rollback workflow) once the cause is fixed'
      )
      expect(next.output).not.toContain('[PHASE 1 COMPLETE]')
      expect(next.output).not.toContain('Earlier evidence moved to')
      expect(box.deployed('staging', 'v1.2.0')).toBe(false)
      expect(readdirSync(join(box.demo, '.artifacts', 'deployment')).sort()).toEqual(evidenceBefore)

      const rollback = await box.cli(['rollback', '--env', 'production', '--reason', 'resolve'])
      expect(rollback.stdout).toContain('Rollback of production to v1.0.0: success')
      box.upstream()
      expect((await box.cli(['run', '--tag', 'v1.2.0', ...APPROVE])).code).toBe(0)
    },
    MINUTES
  )
})

describe('a failed rollback in the action', () => {
  const REVIEWER = { login: 'dana', id: 501 }
  const emulators = emulatorsForFile()

  const inputs = (phase: string, tag: string): Record<string, string> => ({
    phase,
    tag,
    config: 'release-gate.yml'
  })

  it(
    'refuses the next run at readiness with the resolving command, deploying and archiving nothing',
    async () => {
      const box = sandbox()
      box.baseline('v1.0.0')
      box.upstream()
      const github = emulators.github()
      const artifacts = emulators.artifacts()
      const repository = 'acme/shop-61800'
      seedServiceRepository(github, repository, 9700, [REVIEWER])
      const run = new WorkflowRun(box, github, artifacts, 9700, repository)
      github.addApproval(repository, 9700, {
        environment: 'production',
        state: 'approved',
        user: REVIEWER,
        comment: ''
      })
      for (const phase of ['readiness', 'staging']) {
        const step = await run.step(run.checkout(), inputs(phase, 'v1.1.0-faulty'), { jobId: phase })
        expect({ code: step.code, log: step.log }).toMatchObject({ code: 0 })
      }
      const job = run.checkout()
      const failRollback = { env: { DEMO_FAIL_ROLLBACK: 'backend:production' }, jobId: 'production' }
      expect((await run.step(job, inputs('production', 'v1.1.0-faulty'), failRollback)).code).toBe(0)
      const stabilize = await run.step(job, inputs('stabilize', 'v1.1.0-faulty'), failRollback)
      expect(stabilize.code).not.toBe(0)
      expect(stabilize.log).toContain('[ERROR] Rollback failure: production needs attention now.')

      const rerun = new WorkflowRun(box, github, artifacts, 9701, repository)
      const refused = await rerun.step(rerun.checkout(), inputs('readiness', 'v1.1.0'), {
        jobId: 'readiness'
      })
      expect(refused.code).not.toBe(0)
      expect(refused.outputs).toMatchObject({ outcome: 'halted', gate: '1' })
      expect(refused.log).toContain(
        'Release v1.1.0 not started: The rollback of production from v1.1.0-faulty to v1.0.0 failed'
      )
      expect(refused.log).toContain(
        'release-gate rollback --env production (on GitHub: the rollback workflow)'
      )
      expect(refused.log).not.toContain('[PHASE 1 COMPLETE]')
      expect(box.deployed('staging', 'v1.1.0')).toBe(false)
      expect(artifacts.artifacts('9701').map(a => a.name)).toEqual([])
    },
    MINUTES
  )
})
