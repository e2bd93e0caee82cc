import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, jest } from '@jest/globals'
import type { HealthSample } from '../../src/core/generated/common.js'
import type { HealthWindowRecord } from '../../src/core/records/health-window.js'
import type { BundleEntry, BundleFiles, FileDigest } from '../../src/core/ports.js'
import type { ValidateFunction } from 'ajv'

// Issue 21, evidence memory: writing a long health window holds a batch of its samples at a time, never its columns
// whole; and a write that fails half-way leaves the file as it was, with no partial file beside it.

/** The longest array inside each value the schema validators were given. */
const longestValidatedArrays: number[] = []

const longestArray = (value: unknown): number =>
  Array.isArray(value)
    ? Math.max(value.length, ...value.slice(0, 50).map(longestArray))
    : value !== null && typeof value === 'object'
      ? Math.max(0, ...Object.values(value).map(longestArray))
      : 0

const schemas = await import('../../src/adapters/evidence/schemas.js')
jest.unstable_mockModule('../../src/adapters/evidence/schemas.js', () => ({
  ...schemas,
  compileSchemaFile: (file: string): ValidateFunction => {
    const validate = schemas.compileSchemaFile(file)
    const spy = ((value: unknown) => {
      longestValidatedArrays.push(longestArray(value))
      const valid = validate(value)
      spy.errors = validate.errors
      return valid
    }) as ValidateFunction
    return spy
  }
}))
const { EvidenceBundleStore, FileEvidenceStore } = await import('../../src/adapters/evidence/store.js')
const { healthWindowFileInBatches } = await import('../../src/core/records/health-window.js')
const { health } = await import('../unit/evidence-records.js')

const SAMPLES = 100_000

function longWindow(count = SAMPLES): HealthWindowRecord {
  const start = Date.parse('2026-12-01T10:00:00.000Z')
  const samples: HealthSample[] = Array.from({ length: count }, (_, i) => ({
    probe: i % 2 ? 'backend' : 'frontend',
    round: Math.floor(i / 2) + 1,
    passed: true,
    status: 'passed',
    value: 3.2 + (i % 7),
    startedAt: new Date(start + Math.floor(i / 2) * 1000).toISOString(),
    finishedAt: new Date(start + Math.floor(i / 2) * 1000 + 4).toISOString(),
    message: 'ok'
  }))
  return health({ schemaVersion: 2, startedAt: new Date(start).toISOString(), samples })
}

/** Files in memory that note the length of every piece a write is given. */
class PieceMeasuringFiles implements BundleFiles {
  readonly dir = '/memory/deployment'
  readonly pieceLengths: number[] = []
  readonly files = new Map<string, number>()
  async write(name: string, content: string | Iterable<string>): Promise<FileDigest> {
    let bytes = 0
    for (const piece of typeof content === 'string' ? [content] : content) {
      this.pieceLengths.push(piece.length)
      bytes += piece.length
    }
    this.files.set(name, bytes)
    return { bytes, sha256: 'not hashed' }
  }
  writeSeal = this.write
  async read(): Promise<string | undefined> {
    return undefined
  }
  async readWithDigest(): Promise<undefined> {
    return undefined
  }
  async sync(): Promise<void> {}
  async list(): Promise<BundleEntry[]> {
    return []
  }
  async digest(): Promise<FileDigest> {
    return { bytes: 0, sha256: '' }
  }
  async moveAside(): Promise<void> {}
}

describe('writing a 100,000-sample health window', () => {
  it('never gives the schema check or the file more than a batch of samples at once', async () => {
    const files = new PieceMeasuringFiles()
    longestValidatedArrays.length = 0
    await new EvidenceBundleStore(files).writeJson(
      'health-window.json',
      healthWindowFileInBatches(longWindow())
    )
    expect(longestValidatedArrays.length).toBeGreaterThan(1)
    // A batch is 4,096 samples: a 100,000-sample window is checked in 25 pieces, none of them whole.
    expect(Math.max(...longestValidatedArrays)).toBeLessThanOrEqual(4096)
    expect(Math.max(...files.pieceLengths)).toBeLessThanOrEqual(64 * 1024)
    expect(files.files.get('health-window.json')).toBeGreaterThan(SAMPLES * 10)
  })
})

describe('a write that fails half-way', () => {
  const bundle = () => join(mkdtempSync(join(tmpdir(), 'rg-half-')), 'deployment')

  it('leaves the text file as it was and no temporary file beside it', async () => {
    const store = new FileEvidenceStore(bundle())
    await store.writeText('deployment-health-log.md', 'the log as sealed\n')
    function* failingHalfWay(): Generator<string> {
      for (let i = 0; i < 5000; i++) yield `| ${i} | a row of the log, long enough to be flushed to disk |\n`
      throw new Error('the renderer failed half-way')
    }
    await expect(store.writeText('deployment-health-log.md', failingHalfWay())).rejects.toThrow('half-way')
    expect(readFileSync(store.path('deployment-health-log.md'), 'utf8')).toBe('the log as sealed\n')
    expect(readdirSync(store.dir)).toEqual(['deployment-health-log.md'])
  })

  it('leaves health-window.json as it was and no temporary file beside it', async () => {
    const store = new FileEvidenceStore(bundle())
    await store.writeJson('health-window.json', healthWindowFileInBatches(longWindow(10)))
    const before = readFileSync(store.path('health-window.json'), 'utf8')
    const batched = healthWindowFileInBatches(longWindow())
    // The samples pass their schema check (a batch of each column per piece checked), then one column fails while it
    // is written.
    const checkedBatches = Math.ceil(SAMPLES / 4096)
    let batchesServed = 0
    const column = batched.column.bind(batched)
    batched.column = (name, start, end) => {
      if (name === 'durationMs' && ++batchesServed > checkedBatches + 2)
        throw new Error('a column failed half-way')
      return column(name, start, end)
    }
    await expect(store.writeJson('health-window.json', batched)).rejects.toThrow('half-way')
    expect(readFileSync(store.path('health-window.json'), 'utf8')).toBe(before)
    expect(readdirSync(store.dir)).toEqual(['health-window.json'])
  })
})
