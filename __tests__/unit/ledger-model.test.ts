import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseConfig } from '../../src/entry/config/parse.js'
import { runPhase, runRelease } from '../../src/engine/run.js'
import { interruptibleClock } from '../../src/core/interruption.js'
import { rollbackTarget, serving } from '../../src/core/ledger.js'
import type { ProtocolContext } from '../../src/core/context.js'
import type { PhaseOutcome } from '../../src/core/outcome.js'
import type { PhaseName } from '../../src/core/phases.js'
import { UsageError } from '../../src/core/errors.js'
import { resolveRollback, runManualRollback } from '../../src/phases/rollback/manual.js'
import {
  FakeClock,
  FakeHttp,
  FakeRunner,
  fakeContext,
  MemoryArtifacts,
  memoryEvidenceStore,
  MemoryHistory,
  MemoryLogger,
  TWO_SERVICES_CONFIG
} from '../fakes.js'
import { LedgerModel } from '../ledger-model.js'

// A model-based test of the release ledger (issue 18): random sequences of releases (passing, breaching with a
// rollback or an alert, with a failing rollback, stopped by SIGINT at any phase, with a second release started during
// the health window), manual rollbacks (succeeding or failing) and re-runs of any phase after readiness on the last
// release's bundle, through the real engine on fakes whose services remember what they serve. After every step: the
// ledger serves what the services serve; the rollback target is the last release that passed its health window and
// was not rolled back since; nothing starts over an unresolved state; every bundle a release wrote verifies.

const config = (onBreach: 'rollback' | 'alert') =>
  parseConfig(
    TWO_SERVICES_CONFIG.replace('failure-limit: 2', `failure-limit: 2\n  on-breach: ${onBreach}`),
    'model.yml'
  )
const CONFIGS = { rollback: config('rollback'), alert: config('alert') }

type Interrupt = 'none' | 'staging' | 'production' | 'window' | 'rollback'
type Step =
  | {
      kind: 'release'
      breach: boolean
      onBreach: 'rollback' | 'alert'
      failRollback: boolean
      interrupt: Interrupt
      concurrent: boolean
    }
  | { kind: 'manual-rollback'; fail: boolean }
  | { kind: 'rerun'; phase: Exclude<PhaseName, 'readiness'> }

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('release' as const),
      breach: fc.boolean(),
      onBreach: fc.constantFrom('rollback' as const, 'alert' as const),
      failRollback: fc.boolean(),
      interrupt: fc.constantFrom<Interrupt>(
        'none',
        'none',
        'none',
        'staging',
        'production',
        'window',
        'rollback'
      ),
      concurrent: fc.boolean()
    })
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('manual-rollback' as const), fail: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('rerun' as const),
      phase: fc.constantFrom(
        'staging' as const,
        'production' as const,
        'stabilize' as const,
        'report' as const
      )
    })
  }
)

/** The services of production, as the fake scripts leave them: a release each, or `down` when a script was stopped. */
class Services {
  readonly serves = new Map([
    ['backend', 'v1.0.0'],
    ['frontend', 'v1.0.0']
  ])
  /** Releases whose probes fail. */
  readonly faulty = new Set<string>()
  failRollback = false
  /** The command (argv prefix) during which SIGINT arrives, and the controller it aborts. */
  interruptOn: { prefix: string; controller: AbortController } | null = null

  /** One release, or null when the services serve different releases (or one is down). */
  serving(): string | null {
    const releases = new Set(this.serves.values())
    const [only] = releases
    return releases.size === 1 && only !== 'down' ? (only as string) : null
  }

  runner(): FakeRunner {
    return new FakeRunner(request => {
      const line = request.argv.join(' ')
      const [script, service, env, tag] = request.argv as [string, string, string, string]
      if (this.interruptOn && line.startsWith(this.interruptOn.prefix)) {
        this.interruptOn.controller.abort('SIGINT')
        this.interruptOn = null
        if (env === 'production') this.serves.set(service, 'down')
        return 130
      }
      if (env !== 'production' || (script !== 'deploy.sh' && script !== 'rollback.sh')) return 0
      if (script === 'rollback.sh' && this.failRollback && service === 'backend') return 1
      this.serves.set(service, tag)
      return 0
    })
  }
}

async function runScenario(steps: Step[]): Promise<void> {
  const services = new Services()
  const model = new LedgerModel()
  const clock = new FakeClock()
  const history = new MemoryHistory(
    [{ tag: 'v1.0.0', environment: 'production', status: 'released', recordedAt: clock.now().toISOString() }],
    clock
  )
  const runner = services.runner()
  const http = new FakeHttp(() =>
    services.faulty.has(services.serves.get('backend') ?? '') ? { status: 503 } : {}
  )
  let releases = 0
  let last: ProtocolContext | null = null
  const context = (
    tag: string,
    onBreach: 'rollback' | 'alert',
    interrupt: AbortController,
    logger: MemoryLogger
  ) =>
    fakeContext(CONFIGS[onBreach], {
      tag,
      clock: interruptibleClock(clock, interrupt.signal),
      logger,
      runner,
      http,
      history,
      interrupt: interrupt.signal,
      store: memoryEvidenceStore(),
      artifacts: new MemoryArtifacts({
        'rehearsal.json': { exists: true, isFile: true, modifiedAt: clock.now(), text: '{}' }
      })
    })
  const productionDeploys = (tag: string): string[] =>
    runner.commands().filter(c => c.startsWith('deploy.sh') && c.endsWith(` production ${tag}`))

  for (const [index, current] of steps.entries()) {
    const where = `step ${index + 1} (${JSON.stringify(current)})`
    clock.advance(60_000)
    if (current.kind === 'release') {
      const tag = `v2.${++releases}.0`
      const controller = new AbortController()
      const logger = new MemoryLogger()
      const ctx = context(tag, current.onBreach, controller, logger)
      if (current.breach) services.faulty.add(tag)
      services.failRollback = current.failRollback
      const interrupt: Interrupt =
        current.interrupt === 'rollback' && !(current.breach && current.onBreach === 'rollback')
          ? 'none'
          : current.interrupt
      const prefixes: Partial<Record<Interrupt, string>> = {
        staging: 'deploy.sh backend staging',
        production: 'deploy.sh frontend production',
        rollback: 'rollback.sh frontend production'
      }
      const prefix = prefixes[interrupt]
      services.interruptOn = prefix ? { prefix, controller } : null
      let second: { outcome: PhaseOutcome; tag: string } | null = null
      // The health window's first wait: a second release starts (it must be refused), or SIGINT arrives.
      let waited = false
      ctx.clock.sleep = async ms => {
        if (!waited && logger.lines.some(line => line.includes('[PHASE 4 START]'))) {
          waited = true
          if (current.concurrent) {
            const secondTag = `${tag}-second`
            const outcome = await runRelease(
              context(secondTag, 'rollback', new AbortController(), new MemoryLogger())
            )
            second = { outcome, tag: secondTag }
          }
          if (interrupt === 'window') controller.abort('SIGINT')
        }
        return interruptibleClock(clock, controller.signal).sleep(ms)
      }
      const wasUnresolved = model.unresolved
      const target = model.target(tag)
      const outcome = await runRelease(ctx)
      services.interruptOn = null
      if (second) {
        const refused = second as { outcome: PhaseOutcome; tag: string }
        expect({ where, outcome: refused.outcome.kind }).toEqual({ where, outcome: 'halted' })
        expect(runner.commands().filter(c => c.includes(refused.tag))).toEqual([])
      }
      if (wasUnresolved || target === null) {
        // Nothing starts over an unresolved state (nor without a rollback target).
        expect({ where, outcome: outcome.kind }).toEqual({ where, outcome: 'halted' })
        expect({ where, deployed: runner.commands().filter(c => c.includes(tag)) }).toEqual({
          where,
          deployed: []
        })
      } else {
        last = ctx
        expect({ where, problems: await ctx.store.verify() }).toEqual({ where, problems: [] })
        if (interrupt === 'staging') {
          expect(productionDeploys(tag)).toEqual([])
        } else if (interrupt === 'production' || interrupt === 'window' || interrupt === 'rollback') {
          model.unresolved = true
          model.subject = tag
        } else if (!current.breach) {
          expect({ where, outcome: outcome.kind }).toEqual({ where, outcome: 'passed' })
          model.passed(tag)
        } else if (current.onBreach === 'alert' || current.failRollback) {
          model.unresolved = true
          model.subject = tag
        } else {
          expect({ where, outcome: outcome.kind, serving: services.serving() }).toEqual({
            where,
            outcome: 'rolled-back',
            serving: target
          })
          model.rolledBack(tag, target)
        }
      }
    } else if (current.kind === 'manual-rollback') {
      const expected = model.target()
      let resolved: { current: string | null; target: string } | null = null
      try {
        resolved = await resolveRollback(history, { environment: 'production' })
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError)
      }
      // The rollback goes to the last good release (or, with none, nowhere).
      expect({ where, target: resolved?.target ?? null }).toEqual({ where, target: expected })
      if (resolved) {
        services.failRollback = current.fail
        const ctx = context(
          resolved.current ?? resolved.target,
          'rollback',
          new AbortController(),
          new MemoryLogger()
        )
        const report = await runManualRollback(ctx, {
          environment: 'production',
          target: resolved.target,
          reason: 'model'
        })
        if (current.fail) {
          expect(report.rollback.status).toBe('failure')
          model.unresolved = true
        } else {
          expect(report.rollback.status).toBe('success')
          model.rolledBack(resolved.current ?? model.subject, resolved.target)
        }
      }
    } else if (last) {
      // A phase re-run on the last release's bundle (its run ended) never deploys production again: refused, or (the
      // report) compiled again.
      const before = runner.commands().length
      const outcome = await runPhase(
        { ...last, interrupt: new AbortController().signal, clock },
        current.phase
      )
      if (current.phase !== 'report')
        expect({ where, outcome: outcome.kind }).toEqual({ where, outcome: 'halted' })
      expect({ where, problems: await last.store.verify() }).toEqual({ where, problems: [] })
      expect(
        runner
          .commands()
          .slice(before)
          .filter(c => c.includes(' production '))
      ).toEqual([])
    }
    const ledger = await history.ledger('production')
    expect({ where, serving: serving(ledger) }).toEqual({ where, serving: services.serving() })
    expect({ where, target: rollbackTarget(ledger) }).toEqual({ where, target: model.target() })
    expect({
      where,
      unresolved: ledger.state.kind !== 'serving' && ledger.state.kind !== 'rolled-back'
    }).toEqual({
      where,
      unresolved: model.unresolved
    })
  }
}

describe('the release ledger, model-based', () => {
  it('serves what the services serve, targets the last good release, and starts nothing over an unresolved state', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 7 }), runScenario), {
      numRuns: 40
    })
  }, 120_000)
})
