import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendEntry, MANIFEST_FILE, type EvidenceManifest } from '../../src/core/manifest.js'
import { healthWindowOfFile, type HealthWindowFile } from '../../src/core/records/index.js'
import { DemoSandbox } from './demo-sandbox.js'

// health-window.json through the bundled CLI (issue 21, "Evidence size"): a release writes format 2 (samples
// column-wise) and a health log without one line per sample; `verify` and `report` still take a bundle whose health
// window is format 1 (an array of sample objects), as releases before it wrote.

let box: DemoSandbox

beforeAll(async () => {
  box = new DemoSandbox(31300)
  box.baseline('v1.0.0')
  box.upstream()
  const run = await box.cli(['run', '--tag', 'v1.1.0', '--approve', 'auditor-test'])
  expect(run.code).toBe(0)
}, 90_000)
afterAll(() => box.stop())

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex')

describe('health-window.json format 2 (bundled CLI, demo)', () => {
  it('holds the samples column-wise, and the health log points to them instead of listing each', () => {
    const written = box.json<HealthWindowFile>('health-window.json')
    expect(written.schemaVersion).toBe(2)
    const health = healthWindowOfFile(written)
    expect(health.samples.length).toBeGreaterThan(0)
    const log = box.text('deployment-health-log.md')
    expect(log).toContain(`All ${health.samples.length} samples (`)
    expect(log).toContain('are in health-window.json (`sampleColumns`).')
    expect(log).toContain('## Chart')
  })

  it('verifies and reports a bundle whose health window is format 1', async () => {
    const old = new DemoSandbox(31400)
    try {
      old.baseline('v1.0.0')
      old.upstream()
      for (const phase of ['readiness', 'staging', 'production'])
        expect((await old.cli(['phase', phase, '--tag', 'v1.1.0', '--approve', 'auditor-test'])).code).toBe(0)
      expect((await old.cli(['phase', 'stabilize', '--tag', 'v1.1.0'])).code).toBe(0)

      // The same window as releases before format 2 wrote it (every sample an object), sealed by stabilize.
      const written = old.json<HealthWindowFile>('health-window.json')
      const legacy = Buffer.from(
        JSON.stringify({ ...healthWindowOfFile(written), schemaVersion: 1 }, null, 2) + '\n'
      )
      writeFileSync(old.evidence('health-window.json'), legacy)
      const manifest = old.json<EvidenceManifest>(MANIFEST_FILE)
      let resealed: EvidenceManifest | undefined
      for (const entry of manifest.entries)
        resealed = appendEntry(
          resealed,
          manifest.tag,
          entry.phase,
          entry.sealedAt,
          entry.files.map(({ writtenBy: _, ...f }) =>
            f.file === 'health-window.json' && entry.phase === 'stabilize'
              ? { ...f, bytes: legacy.length, sha256: sha256(legacy) }
              : f
          ),
          manifest.runId
        )
      writeFileSync(old.evidence(MANIFEST_FILE), JSON.stringify(resealed, null, 2) + '\n')

      const verify = async (): Promise<{ code: number | null; output: string }> => {
        const run = await old.run([process.execPath, '../../dist/cli.js', 'verify', '.artifacts/deployment'])
        return { code: run.code, output: run.output }
      }
      expect(await verify()).toMatchObject({
        code: 0,
        output: expect.stringContaining('match their schemas')
      })

      // The report phase reads format 1 as samples: its report counts them.
      const report = await old.cli(['phase', 'report', '--tag', 'v1.1.0'])
      expect({ code: report.code, output: report.output }).toMatchObject({ code: 0 })
      const samples = (JSON.parse(legacy.toString('utf8')) as { samples: unknown[] }).samples.length
      expect(readFileSync(old.evidence('DEPLOYMENT-REPORT.md'), 'utf8')).toContain(`${samples} samples`)
      expect(await verify()).toMatchObject({ code: 0 })
    } finally {
      old.stop()
    }
  }, 120_000)
})
