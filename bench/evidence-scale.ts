import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ProbeSpec } from '../src/core/config.js'
import { healthLogPieces } from '../src/render/markdown.js'
import { FileEvidenceStore } from '../src/adapters/evidence/store.js'
import { summarizeProbes } from '../src/phases/analysis/probes.js'
import { ARTIFACTS, type HealthSample, type HealthWindowRecord } from '../src/core/records/index.js'
import {
  healthWindowFileInBatches,
  healthWindowOfFile,
  type HealthWindowFile
} from '../src/core/records/health-window.js'
import { fixed, note, type BenchMode, type Figure, type TargetCheck } from './measure.js'

const TARGET_SAMPLES = 100_000
const TARGET_RATIO = 1.2
const TARGET_BYTES_PER_SAMPLE = 64
const MB = 1024 * 1024

const probe = (id: string, url: string): ProbeSpec => ({
  id,
  kind: 'http',
  url,
  expectStatus: 200,
  expectJson: {},
  maxLatencyMs: 500,
  timeoutMs: 1000,
  failureLimit: 2,
  consecutiveErrorLimit: 3,
  inconclusiveLimit: 3
})

/** A health window of `count` samples of two probes, one round a second, every 1000th sample failed. */
function healthWindow(count: number): HealthWindowRecord {
  const probes = [
    probe('frontend-health', 'http://127.0.0.1:18712/healthz'),
    probe('backend-greeting', 'http://127.0.0.1:18711/api/greeting')
  ]
  const start = Date.parse('2026-12-01T10:00:00.000Z')
  const samples: HealthSample[] = Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / 2) + 1
    const passed = i % 1000 !== 999
    const at = start + (round - 1) * 1000
    return {
      probe: (probes[i % 2] as ProbeSpec).id,
      round,
      passed,
      status: passed ? 'passed' : 'failed',
      value: 3.2 + (i % 7),
      startedAt: new Date(at).toISOString(),
      finishedAt: new Date(at + 4).toISOString(),
      message: passed ? 'status 200, 4.2ms' : 'status 503 (expected 200)'
    }
  })
  const end = new Date(start + Math.ceil(count / 2) * 1000).toISOString()
  return {
    schemaVersion: 1,
    artifact: ARTIFACTS.healthWindow,
    tag: 'v1.1.0',
    generatedAt: end,
    environment: 'production',
    startedAt: new Date(start).toISOString(),
    finishedAt: end,
    windowMs: Math.ceil(count / 2) * 1000,
    intervalMs: 1000,
    failureLimit: 1000,
    onBreach: 'rollback',
    verdict: 'healthy',
    breach: null,
    probes: summarizeProbes(probes, samples),
    samples,
    rollback: null
  }
}

/**
 * The reference worker: the same record serialised by JSON.stringify, written and fsynced, in a fresh process of its
 * own (so that its peak memory does not hide the store's). Prints one JSON line.
 */
async function plainWriteWorker(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-bench-evidence-'))
  const record = healthWindow(count)
  globalThis.gc?.()
  const started = performance.now()
  const file = await open(join(dir, 'reference.json'), 'w')
  try {
    await file.writeFile(JSON.stringify(record))
    await file.sync()
  } finally {
    await file.close()
  }
  const referenceMs = performance.now() - started
  rmSync(dir, { recursive: true, force: true })
  process.stdout.write(JSON.stringify({ samples: count, referenceMs }) + '\n')
}

/**
 * The process's peak resident set since `resetPeakRss` (Linux: VmHWM, which writing 5 to /proc/self/clear_refs sets
 * back to the current RSS); elsewhere the peak since the process started (getrusage's maxrss), which also counts what
 * building the samples took before the base reading, so it overstates the store's peak.
 */
function peakRssBytes(): number {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
    if (kib) return Number(kib) * 1024
  } catch {
    // Not Linux: the lifetime peak below.
  }
  return process.resourceUsage().maxRSS * 1024
}

/** Starts a new peak at the current RSS, where the platform can (see peakRssBytes); false where it cannot. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

/** Collects garbage, starts a new peak and returns the RSS now: the base a step's peak is measured above. */
function baseRssBytes(): { rss: number; peakReset: boolean } {
  globalThis.gc?.()
  const peakReset = resetPeakRss()
  return { rss: process.memoryUsage().rss, peakReset }
}

/** What the process holds alive: the JS heap in use and memory outside it (Buffers), after a full collection. */
function liveBytes(): number {
  globalThis.gc?.()
  const { heapUsed, external } = process.memoryUsage()
  return heapUsed + external
}

/** Every this many ms the memory arm collects garbage and reads what is still alive. */
const LIVE_SAMPLE_MS = 10

/**
 * The memory arm: the same steps as the store arm, untimed, with what the process holds alive read after a full
 * collection every LIVE_SAMPLE_MS (between the writes' awaits): the peak of the copies the steps hold at once above
 * the samples the window holds, which garbage not yet collected and V8's sizing of a heap that holds the samples do
 * not enter. Prints one JSON line.
 */
async function liveMemoryWorker(count: number): Promise<void> {
  if (!globalThis.gc) throw new Error('the evidence memory arm needs node --expose-gc')
  const dir = mkdtempSync(join(tmpdir(), 'rg-bench-evidence-'))
  const store = new FileEvidenceStore(dir)
  await store.writeJson(ARTIFACTS.healthWindow, healthWindowFileInBatches(healthWindow(2)))
  const record = healthWindow(count)
  const measured: Record<string, number> = {}
  const step = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    const base = liveBytes()
    let peak = base
    const sampler = setInterval(() => (peak = Math.max(peak, liveBytes())), LIVE_SAMPLE_MS)
    try {
      await work()
    } finally {
      clearInterval(sampler)
    }
    measured[`${name}LiveBaseBytes`] = base
    measured[`${name}LivePeakBytes`] = Math.max(peak, liveBytes())
  }
  await step('write', () => store.writeJson(ARTIFACTS.healthWindow, healthWindowFileInBatches(record)))
  await step('render', () => store.writeText(ARTIFACTS.healthLog, healthLogPieces(record)))
  await step('hash', () => store.seal('stabilize', record.tag, new Date()))
  await step('verify', () => store.verify())
  let readBack: unknown
  await step('readBack', async () => {
    readBack = healthWindowOfFile(
      (await store.readJson<HealthWindowFile>(ARTIFACTS.healthWindow)) as HealthWindowFile
    )
  })
  rmSync(dir, { recursive: true, force: true })
  const extraOf = (name: string): number =>
    (measured[`${name}LivePeakBytes`] as number) - (measured[`${name}LiveBaseBytes`] as number)
  process.stdout.write(
    JSON.stringify({
      samples: count,
      ...measured,
      liveExtraBytes: Math.max(...['write', 'render', 'hash', 'verify'].map(extraOf)),
      readBackLiveExtraBytes: extraOf('readBack'),
      readBackRecordHeld: readBack ? 1 : 0
    }) + '\n'
  )
}

/** The worker: one size in a fresh process, so its peak memory is its own. Prints one JSON line. */
export async function evidenceWorker(count: number, arm = 'store'): Promise<void> {
  if (arm === 'reference') return plainWriteWorker(count)
  if (arm === 'memory') return liveMemoryWorker(count)
  const dir = mkdtempSync(join(tmpdir(), 'rg-bench-evidence-'))
  const store = new FileEvidenceStore(dir)
  // Schema compilation is a fixed cost per process, not per sample: paid before the clock starts.
  await store.writeJson(ARTIFACTS.healthWindow, healthWindowFileInBatches(healthWindow(2)))
  const record = healthWindow(count)
  // What building the samples raised the peak to: the lifetime peak (maxrss) counts it, the reset peak does not.
  const lifetimePeakBeforeWrite = process.resourceUsage().maxRSS * 1024
  const base = baseRssBytes()
  const times: Record<string, number> = {}
  const step = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    const started = performance.now()
    await work()
    times[name] = performance.now() - started
    // The high-water mark after each step: which step raised it, and by how much.
    times[`${name}PeakRssMB`] = peakRssBytes() / MB
  }
  // As the health window writes it: format 2, the samples column-wise, a batch of samples at a time.
  await step('write', () => store.writeJson(ARTIFACTS.healthWindow, healthWindowFileInBatches(record)))
  await step('render', () => store.writeText(ARTIFACTS.healthLog, healthLogPieces(record)))
  await step('hash', () => store.seal('stabilize', record.tag, new Date()))
  await step('verify', async () => {
    const problems = await store.verify()
    if (problems.length > 0) throw new Error(problems.join('; '))
  })
  const peakRss = peakRssBytes()
  const bytes = statSync(join(dir, ARTIFACTS.healthWindow)).size
  // What the next phase does with it (the report renders from it): parse and validate a second copy of the record.
  const readBackBase = baseRssBytes()
  await step('readBack', async () =>
    healthWindowOfFile((await store.readJson<HealthWindowFile>(ARTIFACTS.healthWindow)) as HealthWindowFile)
  )
  const readBackPeakRss = peakRssBytes()
  rmSync(dir, { recursive: true, force: true })
  process.stdout.write(
    JSON.stringify({
      samples: count,
      ...times,
      totalMs: ['write', 'render', 'hash', 'verify'].reduce((sum, name) => sum + (times[name] ?? 0), 0),
      writeHashVerifyMs: ['write', 'hash', 'verify'].reduce((sum, name) => sum + (times[name] ?? 0), 0),
      healthWindowBytes: bytes,
      baseRssBytes: base.rss,
      peakRssBytes: peakRss,
      // 1 where the peak was reset at the base (Linux), 0 where it is the process's lifetime peak.
      peakResetAtBase: base.peakReset ? 1 : 0,
      lifetimePeakBeforeWriteBytes: lifetimePeakBeforeWrite,
      readBackBaseRssBytes: readBackBase.rss,
      readBackPeakRssBytes: readBackPeakRss
    }) + '\n'
  )
}

function runWorker(self: string, count: number, arm = 'store'): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', self, '--worker', 'evidence', String(count), arm], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve(JSON.parse(output) as Record<string, number>)
        : reject(new Error(`evidence worker ${count} exited ${code}`))
    )
  })
}

/** Growth exponent k of y ∝ n^k between the smallest and the largest size (1 = linear, 0 = constant). */
const exponent = (n1: number, y1: number, n2: number, y2: number): number =>
  Math.log(y2 / y1) / Math.log(n2 / n1)

/**
 * Figure 5: a health window of 100,000 samples: time and peak memory to write (validate + serialise + atomic write),
 * render the health log, hash and seal the manifest, and verify the bundle; and how both grow with the samples. The
 * memory figure is the peak above what holding the samples takes (the sampler holds them for the verdict); reading the
 * record back, as the report phase does, is reported apart: parsing it needs a second copy by nature.
 */
export async function evidenceScale(self: string, mode: BenchMode): Promise<Figure> {
  const sizes: Record<string, number>[] = []
  for (const count of mode.evidenceSizes) {
    const size = await runWorker(self, count)
    // What the steps hold alive, in a fresh process of its own (its collections would slow the timed arm).
    const live = await runWorker(self, count, 'memory')
    size.liveExtraBytes = live.liveExtraBytes as number
    size.readBackLiveExtraBytes = live.readBackLiveExtraBytes as number
    // The reference right after, on the same machine: JSON.stringify + write + fsync of the same record.
    if (count === TARGET_SAMPLES)
      size.referenceMs = (await runWorker(self, count, 'reference')).referenceMs as number
    sizes.push(size)
    note(
      `evidence ${count} samples: ${fixed(size.totalMs as number)} ms, peak RSS ${fixed((size.peakRssBytes as number) / MB)} MB (record held: ${fixed((size.baseRssBytes as number) / MB)} MB), held alive +${fixed(size.liveExtraBytes / MB, 1)} MB`
    )
  }
  const first = sizes[0] as Record<string, number>
  const last = sizes.at(-1) as Record<string, number>
  const timeGrowth = exponent(
    first.samples as number,
    first.totalMs as number,
    last.samples as number,
    last.totalMs as number
  )
  const extra = (s: Record<string, number>): number =>
    Math.max(1, (s.peakRssBytes as number) - (s.baseRssBytes as number))
  const rssGrowth = exponent(first.samples as number, extra(first), last.samples as number, extra(last))
  // The growth target is on what the steps hold alive (the memory arm); the RSS above is reported beside it.
  const live = (s: Record<string, number>): number => Math.max(64 * 1024, s.liveExtraBytes as number)
  const memoryGrowth = exponent(first.samples as number, live(first), last.samples as number, live(last))
  const target = sizes.find(s => s.samples === TARGET_SAMPLES) ?? last
  const ratio = (target.writeHashVerifyMs as number) / (target.referenceMs as number)
  const bytesPerSample = (target.healthWindowBytes as number) / (target.samples as number)
  const targets: TargetCheck[] = [
    {
      target: `${(target.samples as number).toLocaleString('en')}-sample window written, hashed and verified in at most ${TARGET_RATIO}x JSON.stringify + write + fsync`,
      measured: `${fixed(ratio, 2)}x (${fixed(target.writeHashVerifyMs as number)} ms vs ${fixed(target.referenceMs as number)} ms)`,
      met: ratio <= TARGET_RATIO,
      method:
        'the store writes, seals (hashes) and verifies the record in a fresh process; the reference, in the next fresh process, stringifies, writes and fsyncs the same record'
    },
    {
      target: `health-window.json at most ${TARGET_BYTES_PER_SAMPLE} bytes per sample`,
      measured: `${fixed(bytesPerSample, 1)} B/sample (${fixed((target.healthWindowBytes as number) / MB, 1)} MB)`,
      met: bytesPerSample <= TARGET_BYTES_PER_SAMPLE,
      method: 'size of the written health-window.json over its samples'
    }
  ]
  return {
    id: 'evidence-scale',
    title: `Evidence of a ${TARGET_SAMPLES.toLocaleString('en')}-sample health window`,
    value:
      `write + hash + verify ${fixed(ratio, 2)}x plain JSON write+fsync, ${fixed(bytesPerSample, 1)} B/sample; ` +
      `${fixed(target.totalMs as number)} ms (write ${fixed(target.write as number)}, render ${fixed(target.render as number)}, hash ${fixed(target.hash as number)}, verify ${fixed(target.verify as number)}), ` +
      `held alive +${fixed(live(target) / MB, 1)} MB above the samples, peak RSS +${fixed(extra(target) / MB)} MB over the ${fixed((target.baseRssBytes as number) / MB)} MB RSS holding them; ` +
      `growth ${fixed(first.samples as number)}→${fixed(last.samples as number)}: time n^${fixed(timeGrowth, 2)}, held alive n^${fixed(memoryGrowth, 2)} (RSS n^${fixed(rssGrowth, 2)}); ` +
      `read back by the next phase ${fixed(target.readBack as number)} ms, +${fixed((target.readBackLiveExtraBytes as number) / MB)} MB held alive, +${fixed(((target.readBackPeakRssBytes as number) - (target.readBackBaseRssBytes as number)) / MB)} MB RSS`,
    target: `write + hash + verify ≤ ${TARGET_RATIO}x JSON.stringify + write + fsync; ≤ ${TARGET_BYTES_PER_SAMPLE} B/sample; time n^≤1.1; memory held alive n^≤0.3`,
    met: targets.every(t => t.met) && timeGrowth <= 1.1 && memoryGrowth <= 0.3,
    targets,
    details: {
      sizes,
      timeGrowthExponent: timeGrowth,
      memoryGrowthExponent: memoryGrowth,
      rssGrowthExponent: rssGrowth
    }
  }
}
