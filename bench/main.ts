import { coldStart } from './cold-start.js'
import { orchestrationOverhead } from './overhead.js'
import type { BenchMode, Figure } from './measure.js'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const quick = process.argv.includes('--quick')
const mode: BenchMode = {
  quick,
  coldStartRuns: quick ? 5 : 15,
  overheadRuns: quick ? 2 : 5,
  detectRuns: quick ? 1 : 3,
  probeWindowMs: quick ? 10_000 : 60_000,
  probeCounts: [10, 100, 500],
  evidenceSizes: quick ? [10_000, 100_000] : [10_000, 30_000, 100_000]
}
const figures: Figure[] = []
figures.push(await coldStart(repo, mode))
figures.push(await orchestrationOverhead(41000, mode))
console.log(JSON.stringify(figures, null, 2))
