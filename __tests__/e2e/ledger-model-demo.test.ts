import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { foldLedger, LEDGER_STATES, rollbackTarget, serving } from '../../src/core/ledger.js'
import type { ReleaseHistoryFile } from '../../src/core/generated/release-history.js'
import { LedgerModel } from '../ledger-model.js'
import { MANIFEST_FILE } from '../../src/core/manifest.js'
import { CLI, DemoSandbox, type Run } from './demo-sandbox.js'

// The model-based test of the release ledger (issue 18; the fakes' version is __tests__/unit/ledger-model.test.ts),
// through the bundled CLI on the demo's real scripts and services: random sequences of good releases, faulty releases
// (the demo's `-faulty` tags breach in the health window) rolled back, only alerted on, or whose rollback fails; SIGINT
// in staging, in production, in the health window and during the rollback; a second release started while the first
// is in its health window; phase re-runs on the last release's bundle; manual rollbacks; and releases attempted over
// an unresolved state. After every step: both services serve what the model says; the ledger folded from the history
// file serves the same, targets the same rollback and is unresolved exactly when the model is; the bundle the step
// wrote verifies.

const APPROVE = ['--approve', 'e2e-approver', '--comment', 'approved by the model']
/**
 * This file's sandboxes: one per run, from this port base up in steps of 100. Above Linux's ephemeral range (32768 to
 * 60999 by default), so no outgoing connection of another process holds a port a demo instance must listen on.
 */
const PORT_BASE = 61400

/** How a release of the model goes (the tag is `-faulty`, so it breaches in its health window, where it says so). */
type ReleaseKind =
  | 'good'
  | 'faulty-rollback'
  | 'faulty-alert'
  | 'faulty-rollback-fails'
  | 'sigint-staging'
  | 'sigint-production'
  | 'sigint-window'
  | 'sigint-rollback'
  | 'concurrent'
type RerunPhase = 'staging' | 'production' | 'stabilize' | 'report'
type Step =
  { kind: 'release'; as: ReleaseKind } | { kind: 'manual-rollback' } | { kind: 'rerun'; phase: RerunPhase }

const FAULTY: ReadonlySet<ReleaseKind> = new Set([
  'faulty-rollback',
  'faulty-alert',
  'faulty-rollback-fails',
  'sigint-rollback'
])

/**
 * How each release kind is run (its config, extra environment, and the output line SIGINT waits for), the exit code it
 * ends with, and what it does to the model.
 */
const HOW: Readonly<
  Record<
    ReleaseKind,
    {
      config?: string
      env?: Record<string, string>
      sigintAt?: string
      code: number
      then: (model: LedgerModel, tag: string, target: string) => void
    }
  >
> = {
  good: { code: 0, then: (model, tag) => model.passed(tag) },
  'faulty-rollback': { code: 4, then: (model, tag, target) => model.rolledBack(tag, target) },
  // The breach is alerted on and the release left in place until a person rolls it back.
  'faulty-alert': { config: 'release-gate-alert.yml', code: 1, then: (model, tag) => model.leftInPlace(tag) },
  // A failed rollback needs a person (exit 1): production may serve a mix until they roll back.
  'faulty-rollback-fails': {
    env: { DEMO_FAIL_ROLLBACK: 'backend:production' },
    code: 1,
    then: (model, tag) => model.stoppedHalfway(tag)
  },
  // Stopped before production: production and its ledger are as they were.
  'sigint-staging': {
    env: { DEMO_HANG_DEPLOY: 'backend:staging' },
    sigintAt: 'injected hang for backend:staging',
    code: 130,
    then: () => undefined
  },
  'sigint-production': {
    env: { DEMO_HANG_DEPLOY: 'backend:production' },
    sigintAt: 'injected hang for backend:production',
    code: 130,
    then: (model, tag) => model.stoppedHalfway(tag)
  },
  'sigint-window': { sigintAt: '[PHASE 4 START]', code: 130, then: (model, tag) => model.leftInPlace(tag) },
  'sigint-rollback': { sigintAt: 'Rolling back', code: 130, then: (model, tag) => model.stoppedHalfway(tag) },
  // A health window long enough for a second release to start (and be refused) inside it.
  concurrent: { config: 'release-gate-long.yml', code: 0, then: (model, tag) => model.passed(tag) }
}

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Step>({ kind: 'release', as: 'good' }) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom<ReleaseKind>(
        'faulty-rollback',
        'faulty-alert',
        'faulty-rollback-fails',
        'sigint-staging',
        'sigint-production',
        'sigint-window',
        'sigint-rollback',
        'concurrent'
      )
      .map((as): Step => ({ kind: 'release', as }))
  },
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'manual-rollback' }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<RerunPhase>('staging', 'production', 'stabilize', 'report')
      .map((phase): Step => ({ kind: 'rerun', phase }))
  }
)

/** One scenario with every kind of step at least once, run before the random ones. */
const EVERY_KIND: Step[] = [
  { kind: 'release', as: 'concurrent' },
  { kind: 'rerun', phase: 'production' },
  { kind: 'release', as: 'sigint-staging' },
  { kind: 'release', as: 'faulty-rollback-fails' },
  { kind: 'rerun', phase: 'stabilize' },
  { kind: 'manual-rollback' },
  { kind: 'release', as: 'sigint-production' },
  { kind: 'manual-rollback' },
  { kind: 'release', as: 'sigint-rollback' },
  { kind: 'rerun', phase: 'report' },
  { kind: 'manual-rollback' }
]

/** `release-gate verify <dir>` of a bundle, relative to the demo directory. */
const verify = (box: DemoSandbox, dir: string): Promise<Run> =>
  box.run([process.execPath, CLI, 'verify', dir])

/** The newest manual rollback's bundle directory (by its report's `generatedAt`), relative to the demo directory. */
function newestRollbackBundle(box: DemoSandbox): string | null {
  const root = join(box.demo, '.artifacts', 'deployment-rollbacks')
  if (!existsSync(root)) return null
  const generatedAt = (name: string): string =>
    (JSON.parse(readFileSync(join(root, name, 'rollback-report.json'), 'utf8')) as { generatedAt: string })
      .generatedAt
  const newest = readdirSync(root)
    .sort((a, b) => generatedAt(a).localeCompare(generatedAt(b)))
    .at(-1)
  return newest ? `.artifacts/deployment-rollbacks/${newest}` : null
}

/** `release-gate <args>` with `config` (the demo's by default), optionally sent SIGINT once its output holds `sigintAt`. */
function release(box: DemoSandbox, args: string[], how: (typeof HOW)[ReleaseKind]): Promise<Run> {
  const argv = [process.execPath, CLI, ...args, '--config', how.config ?? 'release-gate.yml']
  return box.run(argv, how.env, how.sigintAt ? { when: how.sigintAt, signal: 'SIGINT' } : undefined)
}

/** The production ledger, folded from the history file. */
function ledgerOf(box: DemoSandbox) {
  const history = JSON.parse(
    readFileSync(join(box.demo, '.release-gate', 'release-history.json'), 'utf8')
  ) as ReleaseHistoryFile
  return foldLedger('production', history.releases)
}

/** Resolves once `tag` is in its health window on production (by the ledger), or after `ms`. */
async function inHealthWindow(box: DemoSandbox, tag: string, ms = 60_000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until;) {
    const { state } = ledgerOf(box)
    if (state.kind === 'health-window' && state.release === tag) return true
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return false
}

/** No deploy script started `tag`, in staging or production. */
function expectDeployedNowhere(box: DemoSandbox, where: string, tag: string): void {
  expect({
    where,
    staging: box.deployed('staging', tag),
    production: box.deployed('production', tag)
  }).toEqual({
    where,
    staging: false,
    production: false
  })
}

/** The tag of the bundle in .artifacts/deployment, or null when there is none. */
function bundleTag(box: DemoSandbox): string | null {
  const manifest = join(box.demo, '.artifacts', 'deployment', MANIFEST_FILE)
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { tag: string }).tag : null
}

async function runScenario(box: DemoSandbox, steps: Step[]): Promise<void> {
  const model = new LedgerModel()
  let releases = 0
  for (const [index, current] of steps.entries()) {
    const where = `step ${index + 1} of ${JSON.stringify(steps)}`
    let bundle: string | null = null
    if (current.kind === 'release') {
      const tag = `v1.${++releases}.0${FAULTY.has(current.as) ? '-faulty' : ''}`
      const wasUnresolved = model.unresolved
      const target = model.target(tag)
      const args = ['run', '--tag', tag, ...APPROVE]
      let run: Run
      if (current.as === 'concurrent') {
        // A second release while the first is in its health window: refused at readiness, touching nothing.
        const first = release(box, args, HOW.concurrent)
        try {
          if (!wasUnresolved) {
            if (!(await inHealthWindow(box, tag))) {
              const stopped = await first
              throw new Error(
                `${where}: ${tag} never reached its health window:\n${stopped.output.slice(-3000)}`
              )
            }
            const secondTag = `v1.${releases}.1`
            const second = await box.cli(['run', '--tag', secondTag, ...APPROVE])
            expect({ where, code: second.code, output: second.output.slice(-1500) }).toMatchObject({
              code: 3
            })
            const refusal = `[ERROR] Release ${secondTag} not started: Release ${tag} is in its health window`
            if (!second.stderr.includes(refusal)) {
              const stopped = await first
              throw new Error(
                `${where}: ${secondTag} not refused by ${tag}'s health window:\n${second.stderr}\n` +
                  `${tag}:\n${stopped.output.slice(-4000)}`
              )
            }
            expect(second.output).not.toContain('Earlier evidence moved to')
            expectDeployedNowhere(box, where, secondTag)
          }
        } finally {
          // The first release ends whatever this step found, so nothing of it runs on after the sandbox stops.
          run = await first
        }
      } else {
        run = await release(box, args, HOW[current.as])
      }
      const seen = { where, code: run.code, output: run.output.slice(-1500) }
      if (wasUnresolved) {
        // Nothing starts over an unresolved state: exit 3, and the tag is deployed nowhere.
        expect(seen).toMatchObject({ code: 3 })
        expectDeployedNowhere(box, where, tag)
      } else {
        bundle = '.artifacts/deployment'
        const expected = HOW[current.as]
        expect(seen).toMatchObject({ code: expected.code })
        expected.then(model, tag, target as string)
        // Stopped in staging: production never saw the release.
        if (current.as === 'sigint-staging')
          expect({ where, production: box.deployed('production', tag) }).toEqual({ where, production: false })
      }
    } else if (current.kind === 'rerun') {
      // A phase run again on the last release's bundle (which ended): refused, or changing nothing that serves.
      const tag = bundleTag(box)
      if (tag) {
        const run = await box.cli(['phase', current.phase, '--tag', tag, ...APPROVE])
        const seen = { where, code: run.code, output: run.output.slice(-1500) }
        // The report may be compiled again (it restates the release's outcome and its exit code); any other phase
        // of an ended run is refused.
        if (current.phase === 'report') expect(seen.code).not.toBe(3)
        else {
          expect(seen).toMatchObject({ code: 3 })
          expect(run.stderr).toContain(`the ${current.phase} phase will not start`)
        }
        bundle = '.artifacts/deployment'
      }
    } else {
      const expected = model.target()
      const run = await box.cli(['rollback', '--env', 'production', '--reason', 'model step'])
      const seen = { where, code: run.code, output: run.output.slice(-1500) }
      if (expected === null) {
        // Nothing to roll back to: refused, nothing touched.
        expect(seen.code).not.toBe(0)
      } else {
        expect(seen).toMatchObject({ code: 0 })
        expect(run.stdout).toContain(`Rollback of production to ${expected}: success`)
        model.rolledBack(model.subject, expected)
        bundle = newestRollbackBundle(box)
        expect({
          where,
          report: box.jsonAt(`${String(bundle)}/rollback-report.json`).rollback
        }).toMatchObject({
          report: { trigger: 'manual', target: expected, status: 'success' }
        })
      }
    }

    // Production serves what the model says, on both services (unless a rollout or rollback stopped half way).
    const serves = model.serves()
    if (serves !== null)
      expect({
        where,
        backend: await box.serving('backend', 'production'),
        frontend: await box.serving('frontend', 'production')
      }).toEqual({ where, backend: serves, frontend: serves })
    // The ledger, folded from the history file, agrees.
    const ledger = ledgerOf(box)
    expect({
      where,
      serving: serving(ledger),
      target: rollbackTarget(ledger),
      unresolved: LEDGER_STATES[ledger.state.kind].class !== 'resolved'
    }).toEqual({ where, serving: serves, target: model.target(), unresolved: model.unresolved })
    // The bundle the step wrote verifies.
    if (bundle) {
      const verified = await verify(box, bundle)
      expect({ where, bundle, code: verified.code, output: verified.output.slice(-1500) }).toMatchObject({
        code: 0
      })
    }
  }
}

describe('the release ledger, model-based, on the demo (real processes)', () => {
  it('serves what the services serve, targets the last good release, starts nothing over an unresolved state, and every bundle verifies', async () => {
    let portBase = PORT_BASE
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 5 }), async steps => {
        const box = new DemoSandbox(portBase)
        portBase += 100
        try {
          box.baseline('v1.0.0')
          box.upstream()
          // The same config with the health window's breach only alerted on, and with a longer health window.
          // The model is about the ledger, not latency: on a loaded machine a good release must not breach on a
          // slow probe. The same config with the breach only alerted on, and with a longer health window.
          const config = readFileSync(join(box.demo, 'release-gate.yml'), 'utf8').replace(
            /max-latency-ms: \d+/g,
            'max-latency-ms: 5000'
          )
          writeFileSync(join(box.demo, 'release-gate.yml'), config)
          writeFileSync(
            join(box.demo, 'release-gate-alert.yml'),
            config.replace('on-breach: rollback', 'on-breach: alert')
          )
          writeFileSync(join(box.demo, 'release-gate-long.yml'), config.replace('window: 2s', 'window: 8s'))
          await runScenario(box, steps)
        } finally {
          box.stop()
        }
      }),
      // Real processes: a fixed seed, few runs, and no shrinking (each re-run costs seconds).
      { seed: 6, numRuns: 2, endOnFailure: true, examples: [[EVERY_KIND]] }
    )
  }, 420_000)
})
