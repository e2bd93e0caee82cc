import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { projectSchemas } from '../../src/adapters/evidence/store.js'
import type { ProtocolContext } from '../../src/core/context.js'
import { runPhase, runRelease } from '../../src/engine/run.js'
import { serving } from '../../src/core/ledger.js'
import { exitCodeOf } from '../../src/core/outcome.js'
import type { ApprovalAnswer, CommandRequest, HttpClient } from '../../src/core/ports.js'
import {
  approvedBy,
  FakeClock,
  FakeHttp,
  FakeRunner,
  FixedApproval,
  MemoryArtifacts,
  MemoryBundleFiles,
  memoryEvidenceStore,
  MemoryHistory,
  MemorySignoffs,
  MemoryLogger,
  noChanges,
  TWO_SERVICES_CONFIG
} from '../fakes.js'

const configText = TWO_SERVICES_CONFIG

function setup(
  options: {
    approval?: ApprovalAnswer
    fail?: (argv: string) => boolean
    unhealthy?: boolean
    prerequisiteAgeH?: number
    previous?: string | null
  } = {}
) {
  const clock = new FakeClock()
  const runner = new FakeRunner(request => (options.fail?.(request.argv.join(' ')) ? 1 : 0))
  const logger = new MemoryLogger()
  const history = new MemoryHistory(
    options.previous === null
      ? []
      : [
          {
            tag: options.previous ?? 'v1.0.0',
            environment: 'production',
            status: 'released',
            recordedAt: '2026-11-01T00:00:00Z'
          }
        ]
  )
  const approval = new FixedApproval(options.approval ?? approvedBy('alice'))
  const files = new MemoryBundleFiles()
  const modifiedAt = new Date(clock.now().getTime() - (options.prerequisiteAgeH ?? 1) * 3_600_000)
  const ctx: ProtocolContext = {
    config: parseConfig(configText, 'test.yml'),
    tag: 'v1.1.0',
    schemas: projectSchemas,
    store: memoryEvidenceStore(files),
    runner,
    http: new FakeHttp(() => (options.unhealthy ? { status: 503 } : {})),
    clock,
    logger,
    approval,
    history,
    signoffs: new MemorySignoffs(),
    changes: noChanges,
    artifacts: new MemoryArtifacts({
      'rehearsal.json': { exists: true, isFile: true, modifiedAt, text: '{}' }
    }),
    selfArgv: ['node', 'cli.js']
  }
  const production = () => runner.commands().filter(c => c.includes(' production '))
  return { ctx, runner, logger, history, approval, production, files }
}

/** Nobody approved production. */
const NO_APPROVAL: ApprovalAnswer = {
  decision: 'rejected',
  approver: null,
  comment: null,
  source: 'no-answer',
  reason: 'no approval given'
}

// A record read back through the store, as untyped as JSON.parse gives it, so a test can reach into any field.
const json = (ctx: ProtocolContext, name: string) => ctx.store.readJson<ReturnType<typeof JSON.parse>>(name)

describe('the release protocol', () => {
  it('releases a good candidate through all four gates in order, announcing each phase', async () => {
    const { ctx, runner, logger, history } = setup()
    const outcome = await runRelease(ctx)
    expect(outcome).toEqual({ kind: 'passed' })
    expect(exitCodeOf(outcome)).toBe(0)
    expect(runner.commands()).toEqual([
      'deploy.sh backend staging v1.1.0',
      'deploy.sh frontend staging v1.1.0',
      'validate.sh staging',
      'deploy.sh backend production v1.1.0',
      'deploy.sh frontend production v1.1.0',
      'check.sh production'
    ])
    const text = logger.text()
    const order = [
      '[PHASE 1 START]',
      '[PHASE 1 COMPLETE] - Readiness verification finished successfully.',
      '[PHASE 2 START]',
      '[AUTOMATION] deploy.sh executed: success',
      '[PHASE 2 COMPLETE]',
      // Nobody is asked (the approval was given up front), so the line says the answer, not a question.
      '[APPROVAL REQUEST] Staging deployment successful. Proceed with production release? yes (',
      '[PHASE 3 START]',
      '[PHASE 3 COMPLETE]',
      '[PHASE 4 START]',
      '[RELEASE COMPLETE]',
      '[PHASE 4 COMPLETE] - Stabilization finished successfully.',
      'Compiling final release report and evidence bundle...',
      '[PROTOCOL COMPLETE] - Production deployment finalized. Ready for Protocol 12 (Monitoring & Observability).'
    ].map(line => text.indexOf(line))
    expect(order.every(i => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(serving(await history.ledger('production'))).toBe('v1.1.0')
    expect(await json(ctx, 'production-approval.json')).toMatchObject({
      decision: 'approved',
      approver: 'alice',
      comment: 'looks good'
    })
    expect((await json(ctx, 'retrospective-inputs.json')).outcome).toBe('released')
    expect(await ctx.store.readText('DEPLOYMENT-REPORT.md')).toContain('Released: v1.1.0')
  })

  it('halts at Gate 1 when a prerequisite is stale, deploying nothing', async () => {
    const { ctx, runner, logger, approval } = setup({ prerequisiteAgeH: 100 })
    const outcome = await runRelease(ctx)
    expect(outcome).toMatchObject({ kind: 'halted', gate: 1 })
    expect(exitCodeOf(outcome)).toBe(3)
    expect(runner.commands()).toEqual([])
    expect(approval.asked).toBe(0)
    expect(logger.text()).toContain('[ERROR] Required staging or validation artifact missing.')
    expect(logger.text()).toContain(
      'prerequisite rehearsal: rehearsal.json is 4d 4h old, older than max-age 3d 0h'
    )
    expect((await json(ctx, 'deployment-readiness-checklist.json')).passed).toBe(false)
    expect((await json(ctx, 'retrospective-inputs.json')).outcome).toBe('halted')
  })

  it('halts at Gate 1 when no rollback target is known (no executable rollback plan)', async () => {
    const { ctx, runner, logger } = setup({ previous: null })
    const outcome = await runRelease(ctx)
    expect(outcome).toMatchObject({ kind: 'halted', gate: 1 })
    expect(runner.commands()).toEqual([])
    expect(logger.text()).toContain('no previous release is known to roll back to')
  })

  it('halts at Gate 2 when staging validation fails, never asking for approval', async () => {
    const { ctx, approval, production } = setup({ fail: argv => argv.startsWith('validate.sh') })
    const outcome = await runRelease(ctx)
    expect(outcome).toMatchObject({ kind: 'halted', gate: 2 })
    expect(approval.asked).toBe(0)
    expect(production()).toEqual([])
  })

  it('does not touch production when the approval is refused, and records the refusal', async () => {
    const { ctx, production, logger } = setup({ approval: NO_APPROVAL })
    const outcome = await runRelease(ctx)
    expect(outcome).toMatchObject({ kind: 'halted', gate: 3 })
    expect(production()).toEqual([])
    expect(await json(ctx, 'production-approval.json')).toMatchObject({
      decision: 'rejected',
      source: 'no-answer'
    })
    expect(logger.text()).toContain('[ERROR] Production approval not granted: no approval given.')
  })

  it('refuses the production phase on its own without recorded staging success', async () => {
    const { ctx, production, approval } = setup()
    await runPhase(ctx, 'readiness')
    const outcome = await runPhase(ctx, 'production')
    expect(outcome).toMatchObject({ kind: 'halted', gate: 2 })
    expect(approval.asked).toBe(0)
    expect(production()).toEqual([])
  })

  it('rolls back what it touched, dependants first, when a production deploy command fails', async () => {
    const { ctx, runner, logger, history } = setup({
      fail: argv => argv === 'deploy.sh frontend production v1.1.0'
    })
    const outcome = await runRelease(ctx)
    expect(outcome).toMatchObject({ kind: 'rolled-back' })
    expect(exitCodeOf(outcome)).toBe(4)
    expect(runner.commands().slice(-2)).toEqual([
      'rollback.sh frontend production v1.0.0',
      'rollback.sh backend production v1.0.0'
    ])
    expect(logger.text()).toContain(
      '[ERROR] Deployment command failed: frontend: deploy.sh failed (exit code 1).'
    )
    expect(await json(ctx, 'production-deployment-report.json')).toMatchObject({
      status: 'rolled-back',
      rollback: { trigger: 'deploy-failure', status: 'success' }
    })
    expect(serving(await history.ledger('production'))).toBe('v1.0.0')
  })

  it('rolls back when the immediate post-deployment checks fail', async () => {
    const { ctx, runner } = setup({ fail: argv => argv === 'check.sh production' })
    const outcome = await runRelease(ctx)
    expect(outcome).toMatchObject({ kind: 'rolled-back' })
    expect(runner.commands().slice(-2)).toEqual([
      'rollback.sh frontend production v1.0.0',
      'rollback.sh backend production v1.0.0'
    ])
  })

  it('alerts and rolls back on a health breach, and says so in the report', async () => {
    const { ctx, runner, logger, history } = setup({ unhealthy: true })
    const outcome = await runRelease(ctx)
    expect(outcome).toMatchObject({ kind: 'rolled-back' })
    expect(logger.text()).toContain('[ALERT] Post-deployment metrics outside thresholds.')
    expect(logger.text()).toContain(
      '[ROLLBACK DECISION] Production anomalies detected. Execute rollback plan? yes (health.on-breach: rollback) → rolling back to v1.0.0'
    )
    expect(logger.text()).not.toContain('(yes/no)')
    expect(logger.text()).not.toContain('[PROTOCOL COMPLETE]')
    expect(runner.commands().slice(-2)).toEqual([
      'rollback.sh frontend production v1.0.0',
      'rollback.sh backend production v1.0.0'
    ])
    expect(await json(ctx, 'health-window.json')).toMatchObject({
      verdict: 'breached',
      breach: { probe: 'api', kind: 'failed', count: 2 }
    })
    expect(await ctx.store.readText('deployment-health-log.md')).toContain('**Verdict: BREACHED**')
    expect(serving(await history.ledger('production'))).toBe('v1.0.0')
  })

  it('leaves the decision to a person when on-breach is alert (exit 1, no rollback)', async () => {
    const { ctx, runner, logger } = setup({ unhealthy: true })
    ctx.config.health.onBreach = 'alert'
    const outcome = await runRelease(ctx)
    expect(outcome).toMatchObject({ kind: 'failed' })
    expect(exitCodeOf(outcome)).toBe(1)
    expect(runner.commands().some(c => c.startsWith('rollback.sh'))).toBe(false)
    // The config answered the rollback question; nobody is asked it.
    expect(logger.text()).toContain(
      '[ROLLBACK DECISION] Production anomalies detected. Execute rollback plan? no (health.on-breach: alert): v1.1.0 stays. To roll back: release-gate rollback --env production'
    )
    expect(logger.text()).not.toContain('(yes/no)')
  })

  it.each(['staging', 'production', 'stabilize'] as const)(
    'refuses the %s phase under a config that differs from the one readiness read (halted, nothing run)',
    async phase => {
      const { ctx, runner, logger } = setup()
      await runPhase(ctx, 'readiness')
      const editedText = configText.replace('failure-limit: 2', 'failure-limit: 99')
      const edited: ProtocolContext = { ...ctx, config: parseConfig(editedText, 'test.yml') }
      const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
      const outcome = await runPhase(edited, phase)
      expect(outcome).toMatchObject({
        kind: 'halted',
        gate: { staging: 1, production: 2, stabilize: 3 }[phase]
      })
      expect(exitCodeOf(outcome)).toBe(3)
      expect(runner.commands()).toEqual([])
      expect(logger.text()).toContain(
        `[ERROR] The config test.yml is not the one readiness checked (sha256 ${sha256(configText)} then, ` +
          `${sha256(editedText)} now); the ${phase} phase will not start. Restore that config, or start the ` +
          'release again from readiness to check this one.'
      )
    }
  )

  it('refuses the next phase when the config file changed on disk since readiness, even if this process read the old one', async () => {
    const { ctx, runner, logger } = setup()
    await runPhase(ctx, 'readiness')
    const changed: ProtocolContext = { ...ctx, configFileDigest: () => Promise.resolve('f'.repeat(64)) }
    expect(await runPhase(changed, 'staging')).toMatchObject({ kind: 'halted', gate: 1 })
    expect(runner.commands()).toEqual([])
    expect(logger.text()).toContain(`${'f'.repeat(64)} now); the staging phase will not start`)
  })

  it('archives an earlier bundle instead of deleting it', async () => {
    const { ctx, files } = setup()
    await runRelease(ctx)
    await runPhase(ctx, 'readiness')
    const [archive, ...more] = [...files.archives.entries()]
    expect(more).toEqual([])
    expect(archive?.[0]).toMatch(/^\/memory\/deployment-archive\/2026-/)
    expect(archive?.[1].get('DEPLOYMENT-REPORT.md')).toContain('Released: v1.1.0')
  })
})

describe('one bundle per run', () => {
  // The bundle as its files are, byte for byte: what a refused phase must leave alone.
  const snapshot = (files: MemoryBundleFiles) => new Map(files.files)
  const manifestOf = async (ctx: ProtocolContext) =>
    (await json(ctx, 'evidence-manifest.json')) as { runId?: string; entries: { phase: string }[] }

  it('gives every run an id, kept by each of its phases in the manifest; a new run gets a new one', async () => {
    const { ctx } = setup()
    await runRelease(ctx)
    const first = await manifestOf(ctx)
    expect(first.runId).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{6}$/)
    expect(first.entries.map(e => e.phase)).toEqual([
      'readiness',
      'staging',
      'production',
      'stabilize',
      'report'
    ])
    await runRelease({ ...ctx, tag: 'v1.2.0' })
    const second = await manifestOf(ctx)
    expect(second.runId).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{6}$/)
    expect(second.runId).not.toBe(first.runId)
  })

  it('refuses a new release over a bundle whose run has not ended, touches nothing, and the running release still verifies', async () => {
    const { ctx, files, runner, logger } = setup()
    for (const phase of ['readiness', 'staging', 'production'] as const) await runPhase(ctx, phase)
    const before = snapshot(files)
    const commandsBefore = runner.commands().length
    // The ledger refuses this too (production is busy); a ledger kept elsewhere (another state dir) may not know, and
    // the bundle still refuses on its own.
    const second = await runRelease({ ...ctx, tag: 'v1.2.0', history: new MemoryHistory() })
    expect(second).toMatchObject({ kind: 'halted', gate: 1 })
    expect(exitCodeOf(second)).toBe(3)
    expect(snapshot(files)).toEqual(before)
    expect(files.archives.size).toBe(0)
    expect(runner.commands().length).toBe(commandsBefore)
    const runId = (await manifestOf(ctx)).runId as string
    expect(logger.text()).toContain(
      `[ERROR] The evidence bundle in /memory/deployment belongs to v1.1.0 (run ${runId}), whose run has not ended ` +
        '(its last sealed phase is production); release v1.2.0 will not start.'
    )
    expect(logger.text()).toContain('release-gate phase report --tag v1.1.0')
    // The running release ends as it would have, with a bundle that verifies.
    expect(await runPhase(ctx, 'stabilize')).toEqual({ kind: 'passed' })
    await runPhase(ctx, 'report')
    expect(await ctx.store.verify()).toEqual([])
    expect((await manifestOf(ctx)).entries.map(e => e.phase)).toEqual([
      'readiness',
      'staging',
      'production',
      'stabilize',
      'report'
    ])
  })

  it('archives a bundle once its run has ended, and starts the new run in its own bundle', async () => {
    const { ctx, files } = setup()
    await runRelease(ctx)
    expect(await runPhase({ ...ctx, tag: 'v1.2.0' }, 'readiness')).toEqual({ kind: 'passed' })
    expect(files.archives.size).toBe(1)
    expect((await manifestOf(ctx)).entries.map(e => e.phase)).toEqual(['readiness'])
  })

  it('lets the same release start again from readiness while production was never touched', async () => {
    const { ctx, files } = setup({ prerequisiteAgeH: 100 })
    expect(await runPhase(ctx, 'readiness')).toMatchObject({ kind: 'halted', gate: 1 })
    const fixed: ProtocolContext = {
      ...ctx,
      artifacts: new MemoryArtifacts({
        'rehearsal.json': { exists: true, isFile: true, modifiedAt: ctx.clock.now(), text: '{}' }
      })
    }
    expect(await runPhase(fixed, 'readiness')).toEqual({ kind: 'passed' })
    expect(files.archives.size).toBe(1)
  })

  it.each([
    {
      name: 'production after the health window rolled the release back and the report ran',
      unhealthy: true,
      ran: ['readiness', 'staging', 'production', 'stabilize', 'report'],
      refused: 'production',
      problem: 'v1.1.0 was rolled back during the stabilize phase'
    },
    {
      name: 'production after the health window rolled the release back (no report yet)',
      unhealthy: true,
      ran: ['readiness', 'staging', 'production', 'stabilize'],
      refused: 'production',
      problem: 'v1.1.0 was rolled back during the stabilize phase'
    },
    {
      name: 'stabilize again after the health window rolled the release back',
      unhealthy: true,
      ran: ['readiness', 'staging', 'production', 'stabilize'],
      refused: 'stabilize',
      problem: 'v1.1.0 was rolled back during the stabilize phase'
    },
    {
      name: 'staging after the report',
      unhealthy: false,
      ran: ['readiness', 'staging', 'production', 'stabilize', 'report'],
      refused: 'staging',
      problem: 'the run of v1.1.0 in /memory/deployment was already reported'
    },
    {
      name: 'stabilize after the report',
      unhealthy: false,
      ran: ['readiness', 'staging', 'production', 'stabilize', 'report'],
      refused: 'stabilize',
      problem: 'the run of v1.1.0 in /memory/deployment was already reported'
    },
    {
      name: 'staging after production',
      unhealthy: false,
      ran: ['readiness', 'staging', 'production'],
      refused: 'staging',
      problem: 'the bundle has sealed production, which comes after staging in the protocol'
    }
  ] as const)('refuses $name, running nothing and leaving the bundle as it was', async c => {
    const { ctx, files, runner, logger } = setup({ unhealthy: c.unhealthy })
    for (const phase of c.ran) await runPhase(ctx, phase)
    const before = snapshot(files)
    const commandsBefore = runner.commands().length
    const outcome = await runPhase(ctx, c.refused)
    expect(outcome).toMatchObject({ kind: 'halted' })
    expect(exitCodeOf(outcome)).toBe(3)
    expect(runner.commands().length).toBe(commandsBefore)
    expect(snapshot(files)).toEqual(before)
    expect(logger.text()).toContain(`[ERROR] ${c.problem}; the ${c.refused} phase will not start.`)
    expect(logger.text()).toContain('start a new release')
  })

  it.each([
    { phase: 'staging', ran: ['readiness'], ended: false },
    { phase: 'production', ran: ['readiness', 'staging'], ended: false },
    { phase: 'stabilize', ran: ['readiness', 'staging', 'production'], ended: false },
    { phase: 'report', ran: ['readiness', 'staging', 'production'], ended: false },
    { phase: 'report', ran: ['readiness', 'staging', 'production', 'stabilize', 'report'], ended: true },
    {
      phase: 'production',
      ran: ['readiness', 'staging', 'production', 'stabilize', 'report'],
      ended: true
    }
  ] as const)(
    "refuses the $phase phase of another release over v1.1.0's bundle (ended: $ended), naming both tags, touching nothing",
    async c => {
      const { ctx, files, runner, logger } = setup()
      for (const phase of c.ran) await runPhase(ctx, phase)
      const before = snapshot(files)
      const commandsBefore = runner.commands().length
      const outcome = await runPhase({ ...ctx, tag: 'v1.2.0' }, c.phase)
      expect(outcome).toMatchObject({ kind: 'halted' })
      expect(exitCodeOf(outcome)).toBe(3)
      expect(runner.commands().length).toBe(commandsBefore)
      expect(snapshot(files)).toEqual(before)
      expect(files.archives.size).toBe(0)
      const runId = (await manifestOf(ctx)).runId as string
      expect(logger.text()).toContain(
        `[ERROR] The evidence bundle in /memory/deployment belongs to v1.1.0 (run ${runId}), ` +
          (c.ended
            ? 'whose run has ended'
            : `whose run has not ended (its last sealed phase is ${c.ran.at(-1)})`) +
          `; the ${c.phase} phase of v1.2.0 will not start.`
      )
      expect(logger.text()).toContain(
        c.ended
          ? 'Start v1.2.0 from the beginning (`release-gate run --tag v1.2.0`'
          : 'end its run with `release-gate phase report --tag v1.1.0`'
      )
      // The release the bundle belongs to still ends with a bundle that verifies.
      if (!c.ended) {
        await runPhase(ctx, 'report')
        expect(await ctx.store.verify()).toEqual([])
      }
    }
  )

  it.each([
    {
      name: 'production after its approval was refused',
      approval: NO_APPROVAL,
      fail: undefined,
      ran: ['readiness', 'staging', 'production'],
      again: 'production'
    },
    {
      name: 'staging after its validation failed',
      approval: undefined,
      fail: (argv: string) => argv.startsWith('validate.sh'),
      ran: ['readiness', 'staging'],
      again: 'staging'
    }
  ] as const)('still re-runs $name (the same phase after a halt)', async c => {
    const { ctx } = setup({
      ...(c.approval ? { approval: c.approval } : {}),
      ...(c.fail ? { fail: c.fail } : {})
    })
    for (const phase of c.ran) await runPhase(ctx, phase)
    await runPhase(ctx, c.again)
    // The phase ran again and sealed a second entry of its own.
    expect((await manifestOf(ctx)).entries.map(e => e.phase)).toEqual([...c.ran, c.again])
  })
})

describe('service rollout details', () => {
  it('deploys independent services concurrently, never more than the concurrency limit', async () => {
    const services = ['a', 'b', 'c', 'd', 'e']
      .map(
        id => `  ${id}:\n    deploy: deploy.sh ${id} \${env}\n    rollback: rollback.sh ${id} \${previous}\n`
      )
      .join('')
    let inFlight = 0
    let peak = 0
    const ctx: ProtocolContext = {
      ...setup().ctx,
      config: parseConfig(
        configText.replace(/services:[\s\S]*?staging:/, `concurrency: 2\nservices:\n${services}staging:`),
        'test.yml'
      ),
      runner: {
        run: async (request: CommandRequest) => {
          inFlight++
          peak = Math.max(peak, inFlight)
          await new Promise(resolve => setTimeout(resolve, 5))
          inFlight--
          return new FakeRunner().run(request)
        }
      }
    }
    await runPhase(ctx, 'readiness')
    expect(await runPhase(ctx, 'staging')).toEqual({ kind: 'passed' })
    expect(peak).toBe(2)
  })

  it("runs a service's verify command after its deploy, and a failing verify fails the deploy", async () => {
    const { ctx: base, runner } = setup({ fail: argv => argv === 'verify.sh backend staging' })
    const ctx: ProtocolContext = {
      ...base,
      config: parseConfig(
        configText.replace(
          '    rollback: rollback.sh backend',
          '    verify: verify.sh backend ${env}\n    rollback: rollback.sh backend'
        ),
        'test.yml'
      )
    }
    await runPhase(ctx, 'readiness')
    expect(await runPhase(ctx, 'staging')).toMatchObject({ kind: 'halted', gate: 2 })
    expect(runner.commands()).toEqual(['deploy.sh backend staging v1.1.0', 'verify.sh backend staging'])
    expect((await json(ctx, 'staging-deployment-report.json')).services[0]).toMatchObject({
      status: 'failed',
      verify: { exitCode: 1 }
    })
  })

  it('requires a recorded UAT sign-off when the config says so', async () => {
    const { ctx, approval } = setup()
    ctx.config.uatRequired = true
    expect(await runRelease(ctx)).toMatchObject({ kind: 'halted', gate: 2 })
    expect(await json(ctx, 'uat-confirmation.json')).toMatchObject({ status: 'missing', passed: false })
    expect(approval.asked).toBe(0)

    const signed = setup()
    signed.ctx.config.uatRequired = true
    const signedCtx: ProtocolContext = { ...signed.ctx, uatApprover: 'dana' }
    expect(await runRelease(signedCtx)).toEqual({ kind: 'passed' })
    expect(await json(signedCtx, 'uat-confirmation.json')).toMatchObject({
      status: 'signed-off',
      signedOffBy: 'dana'
    })
  })

  it('merges the checks a validation command wrote into the staging results, and fails on a broken file', async () => {
    const { ctx: base } = setup()
    const ctx: ProtocolContext = {
      ...base,
      runner: {
        run: async (request: CommandRequest) => {
          if (request.argv[0] === 'validate.sh') {
            await base.store.writeText('staging-validation-results.json', '{"truncated": ')
          }
          return new FakeRunner().run(request)
        }
      }
    }
    expect(await runRelease(ctx)).toMatchObject({ kind: 'halted', gate: 2 })
    const results = await json(ctx, 'staging-validation-results.json')
    expect(results.passed).toBe(false)
    expect(results.checks[0].message).toContain(
      'validate.sh wrote an unusable staging-validation-results.json'
    )
  })
})

describe('the health window warms its HTTP path', () => {
  it('reaches each probe host once before the first round, and records no sample for it', async () => {
    const { ctx } = setup()
    const calls: string[] = []
    const http = new FakeHttp()
    const warming: HttpClient = {
      request: async url => {
        calls.push(`request ${url}`)
        return http.request(url)
      },
      warm: async urls => {
        calls.push(`warm ${urls.join(' ')}`)
      }
    }
    expect(await runRelease({ ...ctx, http: warming })).toEqual({ kind: 'passed' })
    const probeCalls = calls.filter(c => c.includes('/healthz'))
    expect(probeCalls).toEqual([
      'warm http://127.0.0.1:1/healthz',
      ...Array.from({ length: 4 }, () => 'request http://127.0.0.1:1/healthz')
    ])
    expect((await json(ctx, 'health-window.json')).sampleColumns).toMatchObject({ count: 4 })
  })
})
