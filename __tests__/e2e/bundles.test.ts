import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { DemoSandbox } from './demo-sandbox.js'
import { sandboxesFrom } from './sandboxes.js'

// One bundle per run, through the bundled CLI on the demo's real scripts and services: a second run never touches a
// running release's evidence, a manual rollback writes its own bundle, and a phase never continues a bundle whose run
// was rolled back or reported.
// Above Linux's ephemeral range (32768 to 60999), so no outgoing connection holds a port a demo instance needs.
const sandbox = sandboxesFrom(62000).released

const APPROVE = ['--approve', 'e2e-approver', '--comment', 'approved by the test']

/** Every file of a folder with its SHA-256: what "left byte-identical" compares. */
function digests(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map(name => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex')
      ])
  )
}

/** `release-gate verify <path>` run from the demo: its exit code and output. */
async function verify(box: DemoSandbox, path: string): Promise<{ code: number | null; output: string }> {
  const run = await box.run([process.execPath, '../../dist/cli.js', 'verify', path])
  return { code: run.code, output: run.output }
}

const manifestPhases = (box: DemoSandbox): string[] =>
  existsSync(box.evidence('evidence-manifest.json'))
    ? box.json<{ entries: { phase: string }[] }>('evidence-manifest.json').entries.map(e => e.phase)
    : []

describe('one bundle per run (bundled CLI, demo)', () => {
  it('refuses a second release while the first is in its health window, touching nothing; the first ends passed with a bundle that verifies', async () => {
    const box = sandbox()
    const configPath = join(box.demo, 'release-gate.yml')
    // A health window long enough for the second run to start inside it, and lenient enough that a loaded machine's
    // slow answers do not breach it (the first release must end passed).
    writeFileSync(
      configPath,
      readFileSync(configPath, 'utf8')
        .replace('window: 2s', 'window: 30s')
        .replace('failure-limit: 2', 'failure-limit: 100')
        .replace(/max-latency-ms: \d+/g, 'max-latency-ms: 20000')
    )
    const first = box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])
    for (let i = 0; i < 600 && !manifestPhases(box).includes('production'); i++)
      await new Promise(resolve => setTimeout(resolve, 50))
    expect(manifestPhases(box)).toEqual(['readiness', 'staging', 'production'])
    const sealedManifest = digests(join(box.demo, '.artifacts', 'deployment'))['evidence-manifest.json']

    const second = await box.cli(['run', '--tag', 'v1.2.0', ...APPROVE])
    expect(second.code).toBe(3)
    // The ledger refuses first (production is in v1.1.0's health window); the bundle's own refusal stands behind it
    // for a ledger that does not know (unit-tested in engine.test.ts, "one bundle per run").
    expect(second.stderr).toContain(
      '[ERROR] Release v1.2.0 not started: Release v1.1.0 is in its health window on production'
    )
    expect(second.stderr).toContain('Nothing was archived or deployed')
    expect(box.deployed('staging', 'v1.2.0')).toBe(false)
    expect(existsSync(join(box.demo, '.artifacts', 'deployment-archive'))).toBe(false)
    // The running release goes on writing its timeline; nothing of v1.2.0 got in, and nothing was sealed.
    expect(digests(join(box.demo, '.artifacts', 'deployment'))['evidence-manifest.json']).toBe(sealedManifest)
    for (const name of readdirSync(join(box.demo, '.artifacts', 'deployment')))
      expect(box.text(name)).not.toContain('v1.2.0')

    const firstRun = await first
    expect(firstRun.code).toBe(0)
    expect(firstRun.output).toContain('release-gate: v1.1.0 passed')
    expect(manifestPhases(box)).toEqual(['readiness', 'staging', 'production', 'stabilize', 'report'])
    const verified = await verify(box, '.artifacts/deployment')
    expect(verified.output).toContain('verified')
    expect(verified.code).toBe(0)

    // Once the first has ended, the next release archives its bundle (which still verifies) and starts its own.
    const next = await box.cli(['run', '--tag', 'v1.2.0', ...APPROVE])
    expect(next.code).toBe(0)
    const [archived, ...more] = readdirSync(join(box.demo, '.artifacts', 'deployment-archive'))
    expect(more).toEqual([])
    expect((await verify(box, `.artifacts/deployment-archive/${archived}`)).code).toBe(0)
    expect((await verify(box, '.artifacts/deployment')).code).toBe(0)
  }, 240_000)

  it('writes a manual rollback into a bundle of its own, which verifies, and leaves the release bundle byte-identical', async () => {
    const box = sandbox()
    expect((await box.cli(['run', '--tag', 'v1.1.0', ...APPROVE])).code).toBe(0)
    const releaseDir = join(box.demo, '.artifacts', 'deployment')
    const released = digests(releaseDir)

    const rollback = await box.cli(['rollback', '--env', 'production', '--reason', 'customer reports'])
    expect(rollback.code).toBe(0)
    expect(await box.serving('backend', 'production')).toBe('v1.0.0')
    expect(digests(releaseDir)).toEqual(released)
    expect((await verify(box, '.artifacts/deployment')).code).toBe(0)

    const [runId, ...more] = readdirSync(join(box.demo, '.artifacts', 'deployment-rollbacks'))
    expect(more).toEqual([])
    const rollbackDir = `.artifacts/deployment-rollbacks/${runId}`
    expect(rollback.stdout).toContain(`${rollbackDir}/rollback-report.json`)
    const report = JSON.parse(readFileSync(join(box.demo, rollbackDir, 'rollback-report.json'), 'utf8'))
    expect(report).toMatchObject({
      tag: 'v1.1.0',
      rollback: { trigger: 'manual', target: 'v1.0.0', status: 'success' }
    })
    const manifest = JSON.parse(readFileSync(join(box.demo, rollbackDir, 'evidence-manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ runId, entries: [{ phase: 'rollback' }] })
    const verified = await verify(box, rollbackDir)
    expect(verified.output).toContain('verified')
    expect(verified.code).toBe(0)
  })

  it('refuses production again over a release its health window rolled back and the report closed, and it does not serve again', async () => {
    const box = sandbox()
    const tag = 'v1.1.0-faulty'
    for (const phase of ['readiness', 'staging', 'production'])
      expect((await box.cli(['phase', phase, '--tag', tag, ...APPROVE])).code).toBe(0)
    expect((await box.cli(['phase', 'stabilize', '--tag', tag])).code).toBe(4)
    expect(await box.serving('backend', 'production')).toBe('v1.0.0')
    await box.cli(['phase', 'report', '--tag', tag])
    const reported = digests(join(box.demo, '.artifacts', 'deployment'))

    const again = await box.cli(['phase', 'production', '--tag', tag, '--approve', 'lee'])
    expect(again.code).toBe(3)
    expect(again.stderr).toContain(
      `[ERROR] ${tag} was rolled back during the stabilize phase; the production phase will not start.`
    )
    expect(again.stderr).toContain('start a new release')
    expect(await box.serving('backend', 'production')).toBe('v1.0.0')
    expect(digests(join(box.demo, '.artifacts', 'deployment'))).toEqual(reported)
    expect((await verify(box, '.artifacts/deployment')).code).toBe(0)
  })
})
