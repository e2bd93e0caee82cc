import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { verifyBundle } from '../../src/adapters/evidence/verify.js'
import { appendEntry, MANIFEST_FILE } from '../../src/core/manifest.js'
import {
  healthWindowFile,
  healthWindowOfFile,
  type HealthWindowFile,
  type HealthWindowFileV1,
  type HealthWindowRecord
} from '../../src/core/records/index.js'
import type { HealthSample } from '../../src/core/generated/common.js'
import { healthLogPieces } from '../../src/render/markdown.js'
import { MemoryBundleFiles, memoryEvidenceStore } from '../fakes.js'
import { health, TAG } from './evidence-records.js'

// health-window.json, format 2 (issue 21, "Evidence size"): the samples column-wise, at most 64 bytes a sample, read
// back exactly; a bundle of format 1 (an array of sample objects) is still verified and read.

const WINDOW_START = '2026-11-24T10:00:00.000Z'
const at = (ms: number): string => new Date(Date.parse(WINDOW_START) + ms).toISOString()

/** What `health-window.json` holds as the store writes it, and the record read back through the store. */
async function writtenAndReadBack(
  record: HealthWindowRecord
): Promise<{ bytes: number; read: HealthWindowRecord }> {
  const files = new MemoryBundleFiles()
  const store = memoryEvidenceStore(files)
  await store.writeJson('health-window.json', healthWindowFile(record))
  const file = await store.readJson<HealthWindowFile | HealthWindowFileV1>('health-window.json')
  return {
    bytes: Buffer.byteLength(files.files.get('health-window.json') as string),
    read: healthWindowOfFile(file as HealthWindowFile)
  }
}

/**
 * A window of `rounds` rounds of ten probes as the health window takes them: HTTP latencies to a tenth of a
 * millisecond in the message, starts staggered within a round, one failed sample in 50 and one inconclusive
 * Prometheus reading in 200.
 */
function realisticSamples(rounds: number): HealthSample[] {
  const samples: HealthSample[] = []
  for (let round = 1; round <= rounds; round++)
    for (let p = 0; p < 10; p++) {
      const i = samples.length
      const start = (round - 1) * 1000 + p * 3
      const latency = Math.round((8 + ((i * 7919) % 400) / 10) * 10) / 10
      const status: HealthSample['status'] =
        i % 200 === 7 ? 'inconclusive' : i % 50 === 3 ? 'failed' : 'passed'
      samples.push({
        probe: p < 8 ? `http-${p}` : `prometheus-error-rate-${p}`,
        round,
        passed: status === 'passed',
        status,
        value: status === 'inconclusive' ? null : p < 8 ? latency : ((i * 37) % 1000) / 100_000,
        startedAt: at(start),
        finishedAt: at(start + Math.ceil(latency)),
        message:
          status === 'inconclusive'
            ? 'the query returned no data'
            : status === 'failed'
              ? 'HTTP 503, expected 200'
              : p < 8
                ? `200 in ${latency}ms`
                : String(((i * 37) % 1000) / 100_000)
      })
    }
  return samples
}

const windowOf = (samples: HealthSample[]): HealthWindowRecord =>
  health({ schemaVersion: 2, startedAt: WINDOW_START, finishedAt: at(3_600_000), samples })

describe('health-window.json stores its samples column-wise', () => {
  it('takes at most 64 bytes a sample at 10,000 samples', async () => {
    const { bytes } = await writtenAndReadBack(windowOf(realisticSamples(1000)))
    expect(bytes / 10_000).toBeLessThanOrEqual(64)
  })

  it('reads back exactly the samples written (a failed, an inconclusive and an alerting one among them)', async () => {
    const samples = realisticSamples(3)
    samples[4] = {
      ...(samples[4] as HealthSample),
      alerts: [
        { alertname: 'HighErrorRate', labels: { severity: 'page' }, startsAt: at(1), fingerprint: 'f1' }
      ]
    }
    const { read } = await writtenAndReadBack(windowOf(samples))
    expect(read).toEqual(windowOf(samples))
  })

  const time = fc.integer({ min: -60_000, max: 7_200_000 }).map(at)
  const alert = fc.record({
    alertname: fc.string(),
    labels: fc.dictionary(fc.string({ minLength: 1 }), fc.string()),
    startsAt: fc.string(),
    fingerprint: fc.string()
  })
  const sample: fc.Arbitrary<HealthSample> = fc
    .record(
      {
        probe: fc.string(),
        round: fc.integer({ min: 1, max: 100_000 }),
        status: fc.constantFrom('passed', 'failed', 'inconclusive', 'error' as const),
        value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
        startedAt: time,
        finishedAt: time,
        message: fc.string(),
        alerts: fc.array(alert, { maxLength: 3 })
      },
      { requiredKeys: ['probe', 'round', 'status', 'value', 'startedAt', 'finishedAt', 'message'] }
    )
    .map(s => ({ ...s, passed: s.status === 'passed' }))

  it('reads back exactly any samples written (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sample, { maxLength: 40 }), async samples => {
        // -0 is written as 0 by JSON itself, in either format.
        const written = samples.map(s => ({ ...s, value: Object.is(s.value, -0) ? 0 : s.value }))
        const { read } = await writtenAndReadBack(windowOf(written))
        expect(read.samples).toEqual(written)
        expect(read).toEqual(windowOf(written))
      }),
      { numRuns: 200 }
    )
  })
})

describe('a bundle of format 1 (samples as objects)', () => {
  const fixture = readFileSync(new URL('./fixtures/health-window-v1.json', import.meta.url))
  const legacy = JSON.parse(fixture.toString('utf8')) as HealthWindowFileV1

  it('is read as its samples', async () => {
    const files = new MemoryBundleFiles()
    files.files.set('health-window.json', fixture.toString('utf8'))
    const file = await memoryEvidenceStore(files).readJson<HealthWindowFile | HealthWindowFileV1>(
      'health-window.json'
    )
    expect(healthWindowOfFile(file as HealthWindowFileV1)).toEqual(legacy)
    expect(healthWindowOfFile(file as HealthWindowFileV1).samples.map(s => s.status)).toEqual([
      'passed',
      'failed'
    ])
  })

  it('passes verify', () => {
    const digest = { bytes: fixture.length, sha256: createHash('sha256').update(fixture).digest('hex') }
    const manifest = appendEntry(undefined, TAG, 'stabilize', '2026-11-24T10:20:01.000Z', [
      { file: 'health-window.json', ...digest, schema: null }
    ])
    const files = new Map([
      ['health-window.json', fixture],
      [MANIFEST_FILE, Buffer.from(JSON.stringify(manifest, null, 2))]
    ])
    const checks = verifyBundle(files).filter(c =>
      ['schemas', 'file digests', 'one release'].includes(c.check)
    )
    expect(checks.map(c => [c.check, c.passed, c.detail])).toEqual([
      ['file digests', true, '1 file(s) match the digests of the last sealed phase'],
      ['schemas', true, '1 JSON artifact(s) match their schemas'],
      ['one release', true, `all of ${TAG}`]
    ])
  })
})

describe('deployment-health-log.md', () => {
  const samples = realisticSamples(1000)
  const notPassed = samples.filter(s => s.status !== 'passed')
  const log = [...healthLogPieces(windowOf(samples))].join('')
  const sampleRows = log.split('\n').filter(line => /^\| \d+ \| /.test(line))

  it('lists the failed and inconclusive samples only, not one line per sample', () => {
    expect(notPassed.length).toBeGreaterThan(0)
    expect(sampleRows).toHaveLength(notPassed.length)
    expect(sampleRows.every(row => /\*\*(FAILED|INCONCLUSIVE|ERROR)\*\*/.test(row))).toBe(true)
  })

  it('keeps the summary and the chart, and says where every sample is', () => {
    expect(log).toContain('**Verdict: HEALTHY**')
    expect(log).toContain('## Chart')
    expect(log).toContain(
      `All ${samples.length} samples (${samples.length - notPassed.length} passed) are in health-window.json (\`sampleColumns\`).`
    )
  })
})
