import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiBudget } from './api-budget.js'
import { breachToTrafficBack } from './breach-return.js'
import { coldStart, type PeerBundle } from './cold-start.js'
import { timeToRollback } from './detect.js'
import { evidenceScale, evidenceWorker } from './evidence-scale.js'
import { historyScale } from './history-scale.js'
import { note, type BenchMode, type Figure } from './measure.js'
import { orchestrationOverhead } from './overhead.js'
import { probeCapacity, probeWorker, serveHealthz } from './probe-capacity.js'

// Port bases of the demo sandboxes: below Linux's ephemeral range (32768 and up), where an outgoing connection of
// another process can hold a port the demo wants to listen on; the tests use 21000-30800.
const PORTS = { overhead: 31000, detect: 31100, api: 31200 }

const repo = fileURLToPath(new URL('../..', import.meta.url))
const self = fileURLToPath(import.meta.url)

/** The machine the figures were taken on. */
function machine(): Record<string, string | number> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString()
  }
}

/** The peer actions' bundles run.mjs made (bench/peers/fetch.mjs), by name. */
const peers = (): Record<string, PeerBundle> =>
  JSON.parse(readFileSync(join(repo, 'bench', '.build', 'peers.json'), 'utf8')) as Record<string, PeerBundle>

/** The figures as a Markdown table (also what the README shows). */
export function table(figures: readonly Figure[]): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|')
  return [
    '| # | Figure | Measured | Target | Met |',
    '|---|---|---|---|---|',
    ...figures.map(
      (f, i) =>
        `| ${i + 1} | ${escape(f.title)} | ${escape(f.value)} | ${escape(f.target)} | ${f.met === null ? '—' : f.met ? 'yes' : '**no**'} |`
    )
  ].join('\n')
}

/** The targets, each measured as a ratio or a difference in this run, with its method. */
export function targetsTable(figures: readonly Figure[]): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|')
  return [
    '| Target | Measured | Met | Method |',
    '|---|---|---|---|',
    ...figures.flatMap(f =>
      f.targets.map(
        t =>
          `| ${escape(t.target)} | ${escape(t.measured)} | ${t.met ? 'yes' : '**no**'} | ${escape(t.method)} |`
      )
    )
  ].join('\n')
}

async function bench(): Promise<void> {
  const quick = process.argv.includes('--quick')
  const only = process.argv
    .find(a => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
  const mode: BenchMode = {
    quick,
    coldStartRuns: quick ? 11 : 31,
    overheadPairs: quick ? { min: 6, max: 8 } : { min: 12, max: 40 },
    detectRuns: quick ? 1 : 3,
    breachRuns: quick ? 3 : 5,
    probeWindowMs: quick ? 10_000 : 60_000,
    probeCounts: quick ? [100] : [10, 100, 500],
    probeTargetRuns: quick ? 1 : 3,
    roundCostSizes: quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000],
    roundCostBudgetMs: quick ? 20_000 : 90_000,
    evidenceSizes: quick ? [10_000, 100_000] : [10_000, 30_000, 100_000],
    historySizes: quick ? [1_000, 10_000] : [1_000, 10_000, 30_000]
  }
  const steps: [string, () => Promise<Figure>][] = [
    ['cold-start', () => coldStart(repo, mode, peers())],
    ['overhead', () => orchestrationOverhead(PORTS.overhead, mode)],
    ['detect', () => timeToRollback(PORTS.detect, mode)],
    ['probes', () => probeCapacity(self, mode)],
    ['evidence', () => evidenceScale(self, mode)],
    ['api', () => apiBudget(PORTS.api)],
    ['breach', () => breachToTrafficBack(mode)],
    ['history', () => historyScale(mode)]
  ]
  const started = Date.now()
  const figures: Figure[] = []
  for (const [name, step] of steps) {
    if (only && !only.includes(name)) continue
    note(`${name}…`)
    figures.push(await step())
  }
  const results = {
    mode: quick ? 'quick' : 'full',
    machine: machine(),
    durationS: Math.round((Date.now() - started) / 1000),
    figures
  }
  // A partial run (--only) is for working on one figure: it does not overwrite the last full results.
  if (!only) writeFileSync(join(repo, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n')
  const m = results.machine
  console.log(
    `\nrelease-gate benchmarks (${results.mode}; ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.date})\n`
  )
  console.log(table(figures))
  console.log(`\nTargets (issue 21), each measured in this run:\n\n${targetsTable(figures)}`)
  const missed = figures.filter(f => f.met === false).length
  console.log(
    `\n${figures.length - missed} of ${figures.length} targets met${only ? '' : '; details in bench/results.json'} (${results.durationS} s).`
  )
}

const worker = process.argv.indexOf('--worker')
if (worker < 0) await bench()
else if (process.argv[worker + 1] === 'server') serveHealthz()
else if (process.argv[worker + 1] === 'probes') {
  const [arm, port, n, windowMs] = process.argv.slice(worker + 2)
  await probeWorker(arm as string, Number(port), Number(n), Number(windowMs))
} else if (process.argv[worker + 1] === 'evidence')
  await evidenceWorker(Number(process.argv[worker + 2]), process.argv[worker + 3])
else throw new Error(`unknown worker ${process.argv[worker + 1]}`)
