import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixed, median, note, timed, type BenchMode, type Figure } from './measure.js'

const TARGET_MS = 150

/**
 * Figure 1: the bundled action and the CLI started with a trivial phase (readiness against a config that does not
 * exist: start, parse the inputs, look for the config, exit), against bare `node -e 0`. The three are interleaved so
 * that a noisy neighbour hits them alike.
 */
export async function coldStart(repo: string, mode: BenchMode): Promise<Figure> {
  const work = mkdtempSync(join(tmpdir(), 'rg-bench-cold-'))
  const runnerFile = (name: string): string => {
    const path = join(work, name)
    writeFileSync(path, '')
    return path
  }
  const actionEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'bench',
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: runnerFile('output'),
    GITHUB_STATE: runnerFile('state'),
    GITHUB_STEP_SUMMARY: runnerFile('summary'),
    INPUT_PHASE: 'readiness',
    INPUT_TAG: 'v1.0.0',
    INPUT_CONFIG: 'no-such-config.yml',
    'INPUT_GITHUB-TOKEN': 'ghs_bench'
  }
  const commands = {
    floor: [process.execPath, '-e', '0'],
    action: [process.execPath, join(repo, 'dist', 'index.js')],
    cli: [
      process.execPath,
      join(repo, 'dist', 'cli.js'),
      'phase',
      'readiness',
      '--tag',
      'v1.0.0',
      '--config',
      'no-such-config.yml'
    ]
  }
  const times: Record<keyof typeof commands, number[]> = { floor: [], action: [], cli: [] }
  // One warm-up of each fills the page cache, as on a runner that has just checked the action out.
  for (let i = -1; i < mode.coldStartRuns; i++) {
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) {
      const run = await timed(commands[name], { cwd: work, env: name === 'action' ? actionEnv : process.env })
      if (name === 'action' && !run.output.includes('no-such-config.yml'))
        throw new Error(`the action did not reach its config:\n${run.output}`)
      if (name === 'cli' && run.code !== 2) throw new Error(`the CLI exited ${run.code}:\n${run.output}`)
      if (i >= 0) times[name].push(run.ms)
    }
  }
  rmSync(work, { recursive: true, force: true })
  const floor = median(times.floor)
  const action = median(times.action) - floor
  const cli = median(times.cli) - floor
  const size = (file: string): number => statSync(join(repo, 'dist', file)).size
  note(`cold start: floor ${fixed(floor)} ms, action +${fixed(action)} ms, cli +${fixed(cli)} ms`)
  return {
    id: 'cold-start',
    title: 'Cold start above `node -e 0`',
    value: `action +${fixed(action)} ms, CLI +${fixed(cli)} ms (floor ${fixed(floor)} ms)`,
    target: `≤ +${TARGET_MS} ms`,
    met: action <= TARGET_MS && cli <= TARGET_MS,
    details: {
      runs: mode.coldStartRuns,
      floorMedianMs: floor,
      actionMedianMs: median(times.action),
      cliMedianMs: median(times.cli),
      actionAboveFloorMs: action,
      cliAboveFloorMs: cli,
      entryBytes: { 'index.js': size('index.js'), 'post.js': size('post.js'), 'cli.js': size('cli.js') },
      samplesMs: times
    }
  }
}
