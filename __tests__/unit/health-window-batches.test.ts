import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  healthWindowFile,
  healthWindowFileInBatches,
  type HealthWindowRecord
} from '../../src/core/records/health-window.js'
import type { HealthSample } from '../../src/core/generated/common.js'
import { MemoryBundleFiles, memoryEvidenceStore } from '../fakes.js'
import { health } from './evidence-records.js'

// Issue 21, evidence memory: health-window.json is written a batch of samples at a time (its columns never built
// whole), and its bytes are exactly those of the file built whole, as release-gate wrote it before.

const WINDOW_START = '2026-12-01T10:00:00.000Z'
const at = (ms: number): string => new Date(Date.parse(WINDOW_START) + ms).toISOString()

/** Two HTTP probes and a Prometheus one, latencies in the messages, a failure in 97, no data in 301, alerts in 500. */
function windowOf(count: number): HealthWindowRecord {
  const samples: HealthSample[] = Array.from({ length: count }, (_, i) => {
    const probe = i % 3
    const round = Math.floor(i / 3) + 1
    const status: HealthSample['status'] = i % 301 === 5 ? 'inconclusive' : i % 97 === 2 ? 'failed' : 'passed'
    const start = (round - 1) * 1000 + probe * 7 - (i % 11 === 0 ? 3 : 0)
    const latency = 3 + ((i * 7919) % 400) / 10
    return {
      probe: ['frontend', 'backend', 'error-rate'][probe] as string,
      round,
      passed: status === 'passed',
      status,
      value: status === 'inconclusive' ? null : latency,
      startedAt: at(start),
      finishedAt: at(start + Math.ceil(latency)),
      message: status === 'passed' ? (probe === 2 ? String(latency / 1000) : 'ok') : `latency ${latency}ms`,
      ...(i % 500 === 9
        ? {
            alerts: [
              {
                alertname: 'High"Errors"',
                labels: { severity: 'page' },
                startsAt: at(i),
                fingerprint: `f${i}`
              }
            ]
          }
        : {})
    }
  })
  return health({ schemaVersion: 2, startedAt: WINDOW_START, finishedAt: at(count * 333), samples })
}

/** health-window.json as the store writes `file`. */
async function written(file: object, redact?: (text: string) => string): Promise<string> {
  const files = new MemoryBundleFiles()
  await memoryEvidenceStore(files, redact).writeJson('health-window.json', file)
  return files.files.get('health-window.json') as string
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

describe('health-window.json written a batch of samples at a time', () => {
  it.each([0, 1, 2, 255, 256, 257, 4095, 4096, 4097, 10_000])(
    'is byte for byte the file built whole, at %i samples',
    async count => {
      const record = windowOf(count)
      expect(await written(healthWindowFileInBatches(record))).toBe(await written(healthWindowFile(record)))
    }
  )

  it('is byte for byte the file built whole, in batches of any size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 300 }),
        async (count, rows) => {
          const record = windowOf(count)
          expect(await written(healthWindowFileInBatches(record, rows))).toBe(
            await written(healthWindowFile(record))
          )
        }
      ),
      { numRuns: 60 }
    )
  })

  it('redacts a secret in the messages, probe ids and alerts as the file built whole does', async () => {
    const secret = 's3cr3t-value'
    const record = windowOf(1200)
    const samples = record.samples.map((s, i) =>
      i % 400 === 9
        ? {
            ...s,
            probe: `probe-${secret}`,
            message: `token ${secret} refused`,
            alerts: [{ alertname: secret, labels: { key: secret }, startsAt: s.startedAt, fingerprint: 'f' }]
          }
        : s
    )
    const hide = (text: string): string => text.split(secret).join('***')
    const batched = await written(healthWindowFileInBatches({ ...record, samples }, 100), hide)
    expect(batched).not.toContain(secret)
    expect(batched).toBe(await written(healthWindowFile({ ...record, samples }), hide))
  })

  // Digests of the files release-gate wrote for these windows before the change (commit 81fd97e).
  it.each([
    [0, '6a1661028f922e7baf04a04eea88ef21511a2508594211077b3f645f166270d9'],
    [1000, '338cc6995f5b3a8b808f5d78963d58874961946217502cffac2e9e1aad2ce9bf'],
    [10_000, 'b28ec8e526b9135302a9a3de3c5650d0d04dc8b1953dbb72593545337df24ec2']
  ])('has the digest of the file written before the change, at %i samples', async (count, digest) => {
    expect(sha256(await written(healthWindowFileInBatches(windowOf(count))))).toBe(digest)
  })

  it('names a bad sample by its index in the whole window, not in its batch', async () => {
    const record = windowOf(20)
    const samples = record.samples.map((s, i) => (i === 13 ? { ...s, round: 0 } : s))
    await expect(written(healthWindowFileInBatches({ ...record, samples }, 4))).rejects.toThrow(
      /\$\.sampleColumns\.round\[13\]/
    )
  })
})

describe('the schema of the sample columns', () => {
  // The store checks a long window a batch of samples at a time, with the tables in the first batch only: that is the
  // same check as the whole file's only while every array there is constrained element by element.
  it('constrains its arrays element by element only (no length, uniqueness or contains)', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schemas/evidence/health-window.schema.json', import.meta.url), 'utf8')
    ) as { properties: { sampleColumns: { properties: Record<string, Record<string, unknown>> } } }
    const arrayKeywords = Object.entries(schema.properties.sampleColumns.properties)
      .filter(([, column]) => column.type === 'array')
      .map(([name, column]) => [
        name,
        Object.keys(column).filter(k => !['type', 'items', 'description'].includes(k))
      ])
    expect(arrayKeywords).toEqual(arrayKeywords.map(([name]) => [name, []]))
  })
})
