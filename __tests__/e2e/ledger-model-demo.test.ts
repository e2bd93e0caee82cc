import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { foldLedger, LEDGER_STATES, rollbackTarget, serving } from '../../src/core/ledger.js'
import type { ReleaseHistoryFile } from '../../src/core/generated/release-history.js'
import { LedgerModel } from '../ledger-model.js'
import { CLI, DemoSandbox, type Run } from './demo-sandbox.js'

// The model-based test of the release ledger (issue 18; the fakes' version is __tests__/unit/ledger-model.test.ts),
// through the bundled CLI on the demo's real scripts and services: random sequences of good releases, faulty releases
// (the demo's `-faulty` tags breach in the health window) rolled back or only alerted on, SIGINT during the health
// window, manual rollbacks, and releases attempted over an unresolved state. After every step: both services serve
// what the model says; the ledger folded from the history file serves the same, targets the same rollback and is
// unresolved exactly when the model is; the bundle the step wrote verifies.

const APPROVE = ['--approve', 'e2e-approver', '--comment', 'approved by the model']
/**
 * This file's sandboxes: one per run, from this port base up in steps of 100. Above Linux's ephemeral range (32768 to
 * 60999 by default), so no outgoing connection of another process holds a port a demo instance must listen on.
 */
const PORT_BASE = 61000

type Step =
  | { kind: 'release'; as: 'good' | 'faulty-rollback' | 'faulty-alert' | 'sigint-window' }
  | { kind: 'manual-rollback' }

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Step>({ kind: 'release', as: 'good' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'release', as: 'faulty-rollback' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'release', as: 'faulty-alert' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'release', as: 'sigint-window' }) },
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'manual-rollback' }) }
)

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

async function runScenario(box: DemoSandbox, steps: Step[]): Promise<void> {
  // With these steps, the release the state is about is also what production serves.
  const model = new LedgerModel()
  let releases = 0
  const historyFile = join(box.demo, '.release-gate', 'release-history.json')
  for (const [index, current] of steps.entries()) {
    const where = `step ${index + 1} of ${JSON.stringify(steps)}`
    let bundle: string | null = null
    if (current.kind === 'release') {
      const tag = `v1.${++releases}.0${current.as.startsWith('faulty') ? '-faulty' : ''}`
      const wasUnresolved = model.unresolved
      const target = model.target(tag)
      const args = ['run', '--tag', tag, ...APPROVE]
      const run =
        current.as === 'faulty-alert'
          ? await box.run([process.execPath, CLI, ...args, '--config', 'release-gate-alert.yml'])
          : current.as === 'sigint-window'
            ? await box.cliInterrupted(args, '[PHASE 4 START]', 'SIGINT')
            : await box.cli(args)
      const seen = { where, code: run.code, output: run.output.slice(-1500) }
      if (wasUnresolved) {
        // Nothing starts over an unresolved state: exit 3, and the tag is deployed nowhere.
        expect({ ...seen, code: run.code }).toMatchObject({ code: 3 })
        expect({
          where,
          staging: box.deployed('staging', tag),
          production: box.deployed('production', tag)
        }).toEqual({
          where,
          staging: false,
          production: false
        })
      } else if (current.as === 'good') {
        expect(seen).toMatchObject({ code: 0 })
        model.passed(tag)
      } else if (current.as === 'faulty-rollback') {
        expect(seen).toMatchObject({ code: 4 })
        model.rolledBack(tag, target as string)
      } else if (current.as === 'faulty-alert') {
        // The breach is alerted on and the release left in place until a person rolls it back.
        expect(seen).toMatchObject({ code: 1 })
        model.leftInPlace(tag)
      } else {
        expect(seen).toMatchObject({ code: 130 })
        model.leftInPlace(tag)
      }
      if (!wasUnresolved) bundle = '.artifacts/deployment'
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

    // Production serves what the model says, on both services.
    expect({
      where,
      backend: await box.serving('backend', 'production'),
      frontend: await box.serving('frontend', 'production')
    }).toEqual({ where, backend: model.subject, frontend: model.subject })
    // The ledger, folded from the history file, agrees.
    const history = JSON.parse(readFileSync(historyFile, 'utf8')) as ReleaseHistoryFile
    const ledger = foldLedger('production', history.releases)
    expect({
      where,
      serving: serving(ledger),
      target: rollbackTarget(ledger),
      unresolved: LEDGER_STATES[ledger.state.kind].class !== 'resolved'
    }).toEqual({ where, serving: model.subject, target: model.target(), unresolved: model.unresolved })
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
          // The same config with the health window's breach only alerted on.
          const config = readFileSync(join(box.demo, 'release-gate.yml'), 'utf8')
          writeFileSync(
            join(box.demo, 'release-gate-alert.yml'),
            config.replace('on-breach: rollback', 'on-breach: alert')
          )
          await runScenario(box, steps)
        } finally {
          box.stop()
        }
      }),
      // Real processes: a fixed seed, few runs, and no shrinking (each re-run costs seconds).
      { seed: 6, numRuns: 3, endOnFailure: true }
    )
  }, 300_000)
})
