import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileReleaseHistory } from '../src/adapters/local.js'
import type { ReleaseEntry } from '../src/core/ports.js'
import { fixed, median, note, type BenchMode, type Figure } from './measure.js'

/** Per-release ledger cost per 1,000 recorded events, at the longest history against the shortest: linear is about 1. */
const TARGET_RATIO = 1.5

/** A release history of `count` events: release after release through staging and production, each one released. */
export function historyOf(count: number): ReleaseEntry[] {
  const statuses: [string, ReleaseEntry['status']][] = [
    ['staging', 'in-progress'],
    ['staging', 'released'],
    ['production', 'in-progress'],
    ['production', 'health-window'],
    ['production', 'released']
  ]
  const start = Date.parse('2024-01-01T00:00:00.000Z')
  return Array.from({ length: count }, (_, i) => {
    const [environment, status] = statuses[i % statuses.length] as [string, ReleaseEntry['status']]
    const release = Math.floor(i / statuses.length)
    return {
      tag: `v1.${release}.0`,
      environment,
      status,
      recordedAt: new Date(start + i * 60_000).toISOString()
    }
  })
}

/**
 * The ledger work of one release as `release-gate run` does it, in a fresh history object (a release is a new
 * process): begin and end each environment, the health window's event, and the reads of the ledger in between.
 */
async function oneRelease(stateDir: string, tag: string): Promise<number> {
  const history = new FileReleaseHistory(stateDir)
  const started = performance.now()
  for (const environment of ['staging', 'production'] as const) {
    await history.ledger(environment)
    const refusal = await history.begin(environment, tag)
    if (refusal) throw new Error(`the history refused ${tag} in ${environment}: ${refusal.state}`)
    await history.ledger(environment)
    if (environment === 'production') await history.record({ tag, environment, status: 'health-window' })
    await history.ledger(environment)
    await history.record({ tag, environment, status: 'released' })
  }
  return performance.now() - started
}

/**
 * Figure 8: what the release history costs a release as it grows. The same release's ledger work (`oneRelease`) at a
 * short and a long history, interleaved; the figure is the cost per 1,000 recorded events at the longest against the
 * shortest. A cost that grows with the history's length gives about 1 (fixed costs make it less); one that grows with
 * its square gives about the ratio of the lengths.
 */
export async function historyScale(mode: BenchMode): Promise<Figure> {
  const sizes = mode.historySizes
  const rounds = mode.quick ? 5 : 11
  const dirs = sizes.map(size => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-history-bench-'))
    writeFileSync(
      join(dir, 'release-history.json'),
      JSON.stringify({ schemaVersion: 2, releases: historyOf(size) }, null, 2) + '\n'
    )
    return dir
  })
  try {
    const times = sizes.map(() => [] as number[])
    for (let round = 0; round < rounds; round++) {
      for (const [i, dir] of dirs.entries()) times[i]?.push(await oneRelease(dir, `v9.${round}.0`))
    }
    const medians = times.map(median)
    const perThousand = medians.map((ms, i) => (ms / (sizes[i] as number)) * 1000)
    const ratio = (perThousand.at(-1) as number) / (perThousand[0] as number)
    const met = ratio <= TARGET_RATIO
    const shortest = sizes[0] as number
    const longest = sizes.at(-1) as number
    note(`history: ${sizes.map((s, i) => `${s} events ${fixed(medians[i] as number, 1)} ms`).join(', ')}`)
    const measured = `${fixed(ratio, 2)}x per 1,000 events (${longest.toLocaleString('en')} against ${shortest.toLocaleString('en')})`
    return {
      id: 'history-scale',
      title: 'Release history: one release’s ledger work as the history grows',
      value: `${sizes.map((s, i) => `${s.toLocaleString('en')} events: ${fixed(medians[i] as number, 1)} ms`).join('; ')}; ${measured}`,
      target: `≤ ${TARGET_RATIO}x per 1,000 events`,
      met,
      targets: [
        {
          target: `a release's ledger work grows no faster than the history (per 1,000 events at most ${TARGET_RATIO}x)`,
          measured,
          met,
          method: `median of ${rounds} releases at each length, interleaved, each in a fresh history object (begin, events and reads as release-gate run makes them)`
        }
      ],
      details: { sizes, rounds, medianMs: medians, perThousandMs: perThousand, ratio }
    }
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }
}
