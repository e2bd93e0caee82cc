import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { FileEvidenceStore } from '../../src/adapters/evidence/store.js'
import { EvidenceWorkTally, type EvidenceWork } from '../../src/adapters/evidence/io-tally.js'
import { MANIFEST_FILE } from '../../src/core/manifest.js'
import { EvidenceSchemaError } from '../../src/core/errors.js'
import { runPhase } from '../../src/engine/run.js'
import type { PhaseName } from '../../src/core/phases.js'
import type { Redactor } from '../../src/core/redact.js'
import {
  FakeClock,
  fakeContext,
  MemoryArtifacts,
  TWO_SERVICES_CONFIG,
  UAT_CONFIRMATION as uat
} from '../fakes.js'

const PHASES: PhaseName[] = ['readiness', 'staging', 'production', 'stabilize', 'report']

/** The fakes' release context (v1.1.0 after v1.0.0, a fresh rehearsal) over a bundle on disk, its work counted. */
function contextOnDisk(counter: EvidenceWorkTally, redact?: Redactor) {
  const dir = join(mkdtempSync(join(tmpdir(), 'rg-work-')), 'deployment')
  const clock = new FakeClock()
  const ctx = fakeContext(parseConfig(TWO_SERVICES_CONFIG, 'test.yml'), {
    clock,
    store: new FileEvidenceStore(dir, redact, undefined, undefined, counter),
    artifacts: new MemoryArtifacts({
      'rehearsal.json': {
        exists: true,
        isFile: true,
        modifiedAt: new Date(clock.now().getTime() - 3_600_000),
        text: '{}'
      }
    })
  })
  return { dir, ctx }
}

/** One release of the fakes, phase by phase in one process, over a bundle on disk; the work of each phase counted. */
async function releaseOnDisk(redact?: Redactor) {
  const tally = new EvidenceWorkTally()
  const { dir, ctx } = contextOnDisk(tally, redact)
  const phases = []
  for (const phase of PHASES) {
    tally.reset()
    const outcome = await runPhase(ctx, phase)
    expect(outcome.kind).toBe('passed')
    phases.push({
      phase,
      fsyncs: { ...tally.files }.fsync,
      renamed: tally.perFile('rename'),
      hashed: tally.perFile('hash'),
      scrubbed: tally.perFile('scrub'),
      validated: tally.perFile('validation')
    })
  }
  return { dir, ctx, phases }
}

describe('the evidence work of one release (fakes, bundle on disk, one process)', () => {
  it('fsyncs each file a phase wrote once, in the seal, however often the phase rewrote it; two directory syncs', async () => {
    const { phases } = await releaseOnDisk()
    for (const { phase, fsyncs, renamed } of phases) {
      const files = fsyncs.filter(name => name !== '.')
      expect({ phase, files: [...files].sort() }).toEqual({ phase, files: [...renamed.keys()].sort() })
      expect({ phase, directorySyncs: fsyncs.length - files.length }).toEqual({ phase, directorySyncs: 2 })
    }
  })

  it('hashes a file only as it is written: what a phase did not rewrite is not hashed again in the same process', async () => {
    const { phases } = await releaseOnDisk()
    for (const { phase, renamed, hashed } of phases)
      expect({ phase, hashed: Object.fromEntries(hashed) }).toEqual({
        phase,
        hashed: Object.fromEntries(renamed)
      })
  })

  it('validates each record once, as it is written: reading back what this process wrote is not validated again', async () => {
    const { phases } = await releaseOnDisk()
    for (const { phase, renamed, validated } of phases) {
      const writtenRecords = [...renamed].filter(([name]) => name.endsWith('.json'))
      expect({ phase, validated: Object.fromEntries(validated) }).toEqual({
        phase,
        validated: Object.fromEntries(writtenRecords)
      })
    }
  })

  it('scrubs secrets from each file once per write: a file unchanged since its last scrub is not read again', async () => {
    const { phases } = await releaseOnDisk(text => text.split('s3cr3t-value').join('***'))
    let sealedBefore = false
    for (const { phase, renamed, scrubbed } of phases) {
      // The manifest is rewritten by each seal after its scrub, so the next seal reads it once.
      const changedSinceLastScrub = new Set([...renamed.keys(), ...(sealedBefore ? [MANIFEST_FILE] : [])])
      for (const [file, times] of scrubbed) expect({ phase, file, times }).toEqual({ phase, file, times: 1 })
      expect({
        phase,
        notRewritten: [...scrubbed.keys()].filter(file => !changedSinceLastScrub.has(file))
      }).toEqual({
        phase,
        notRewritten: []
      })
      sealedBefore = true
    }
  })

  it('still hashes and validates every file of a bundle this process did not write (another job, another run)', async () => {
    const { dir, phases } = await releaseOnDisk()
    const tally = new EvidenceWorkTally()
    const another = new FileEvidenceStore(dir, undefined, undefined, undefined, tally)
    expect(await another.verify()).toEqual([])
    // Every file once, the manifest included (read, hashed and validated once, then known).
    const written = new Set(phases.flatMap(p => [...p.renamed.keys()]))
    expect(Object.fromEntries(tally.perFile('hash'))).toEqual(
      Object.fromEntries([...written].map(name => [name, 1]))
    )
    expect(tally.perFile('validation').get(MANIFEST_FILE)).toBe(1)
  })
})

/** A counter that throws at the first fsync it is told of: the process "dies" there. */
class CrashAtFirstFsync extends EvidenceWorkTally {
  armed = false
  override count(work: EvidenceWork, file: string): void {
    super.count(work, file)
    if (this.armed && work === 'fsync') throw new Error(`crashed at the fsync of ${file}`)
  }
}

describe('a crash between a phase’s writes and its seal', () => {
  it('leaves the earlier seal, and verify names exactly the files written since', async () => {
    const counter = new CrashAtFirstFsync()
    const { dir, ctx } = contextOnDisk(counter)
    expect((await runPhase(ctx, 'readiness')).kind).toBe('passed')
    const sealedReadiness = readFileSync(join(dir, MANIFEST_FILE), 'utf8')
    counter.reset()
    counter.armed = true
    await expect(runPhase(ctx, 'staging')).rejects.toThrow('crashed at the fsync')
    // Staging wrote its files (in place, whole) and died in the seal's batch of fsyncs, before the manifest.
    const writtenByStaging = [...counter.perFile('rename').keys()].sort()
    expect(writtenByStaging).toEqual(
      expect.arrayContaining(['staging-deployment-report.json', 'deployment-communications.md'])
    )
    expect(writtenByStaging).not.toContain(MANIFEST_FILE)
    expect(readFileSync(join(dir, MANIFEST_FILE), 'utf8')).toBe(sealedReadiness)
    expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([])
    // Another process (the next job, `verify`) finds the readiness seal and names each file written after it.
    const problems = await new FileEvidenceStore(dir).verify()
    const named = problems.map(problem => problem.split(':')[0])
    expect([...new Set(named)].sort()).toEqual(writtenByStaging)
  })
})

describe('what one process trusts of the files it wrote', () => {
  const sealedStore = async () => {
    const store = new FileEvidenceStore(join(mkdtempSync(join(tmpdir(), 'rg-trust-')), 'deployment'))
    await store.writeJson('uat-confirmation.json', uat)
    await store.seal('staging', 'v1.0.0', new Date('2026-11-24T10:00:00Z'))
    const path = store.path('uat-confirmation.json')
    const { mtimeNs } = statSync(path, { bigint: true })
    // The file system stamps a change with its own clock, in ticks of up to 10 ms: the rewrite comes a tick later.
    await new Promise(resolve => setTimeout(resolve, 25))
    return { store, path, mtimeNs }
  }

  it('finds a rewrite of the same size whose modification time was put back (its change time moved)', async () => {
    const { store, path, mtimeNs } = await sealedStore()
    const text = readFileSync(path, 'utf8')
    writeFileSync(path, text.replace('"automated-pass"', '"automated-fail"'))
    // To the nanosecond (Node's utimes takes seconds as a float): the same inode, size and mtime as sealed.
    const [seconds, nanoseconds] = [mtimeNs / 1_000_000_000n, mtimeNs % 1_000_000_000n]
    execFileSync('touch', ['-m', '-d', `@${seconds}.${String(nanoseconds).padStart(9, '0')}`, path])
    expect(statSync(path, { bigint: true }).mtimeNs).toBe(mtimeNs)
    expect(await store.verify()).toEqual([
      expect.stringMatching(/^uat-confirmation\.json: same size \(\d+ bytes\), different content/)
    ])
  })

  it('validates a record again once its bytes are not the ones it validated', async () => {
    const { store, path } = await sealedStore()
    writeFileSync(path, JSON.stringify({ ...uat, passed: 'yes' }))
    await expect(store.readJson('uat-confirmation.json')).rejects.toThrow(EvidenceSchemaError)
  })
})
