import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  benchEnv,
  describeSpread,
  fixed,
  medianSpread,
  note,
  pairDifferences,
  timed,
  type BenchMode,
  type Figure,
  type TargetCheck
} from './measure.js'

/** The CLI's target: at most this far above bare Node. */
const CLI_TARGET_MS = 40

/** A peer action's bundle as bench/peers/fetch.mjs made it (run.mjs passes them in). */
export interface PeerBundle {
  action: string
  dependencies: Record<string, string>
  bundle: string
}

/** The environment of an action step (inputs and runner files) for the action and the peers. */
export function actionStepVariables(work: string): Record<string, string> {
  const runnerFile = (name: string): string => {
    const path = join(work, name)
    writeFileSync(path, '')
    return path
  }
  return {
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
}

/** Peak RSS of one untimed run of `argv` in MiB, as GNU time reports it (null where /usr/bin/time is missing). */
function peakRssMiB(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): number | null {
  if (!existsSync('/usr/bin/time')) return null
  const run = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', ...argv], { cwd, env, encoding: 'utf8' })
  const kib = /maxrss=(\d+)/.exec(run.stderr)?.[1]
  return kib === undefined ? null : Number(kib) / 1024
}

/**
 * The arms of figure 1 and their one environment (every arm the same: a variable only some arms had would weigh on
 * their start alone): bare Node, the action, the CLI, and each peer's bundle.
 */
export function coldStartArms(
  repo: string,
  work: string,
  peers: Record<string, PeerBundle>
): { env: NodeJS.ProcessEnv; commands: Record<string, string[]> } {
  const env = benchEnv(actionStepVariables(work))
  const commands: Record<string, string[]> = {
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
    ],
    ...Object.fromEntries(
      Object.entries(peers).map(([name, peer]) => [name, [process.execPath, peer.bundle]])
    )
  }
  return { env, commands }
}

/**
 * Figure 1: the bundled action and the CLI started with a trivial phase (readiness against a config that does not
 * exist: start, parse the inputs, look for the config, exit), the peer actions' bundles (load, read their inputs,
 * exit), and bare `node -e 0`, all with one environment. Each round runs every arm once, in turn; each arm's figure is
 * the median over the rounds of its time minus the floor's time in the same round.
 */
export async function coldStart(
  repo: string,
  mode: BenchMode,
  peers: Record<string, PeerBundle>
): Promise<Figure> {
  const work = mkdtempSync(join(tmpdir(), 'rg-bench-cold-'))
  const { env, commands } = coldStartArms(repo, work, peers)
  const arms = Object.keys(commands)
  const times: Record<string, number[]> = Object.fromEntries(arms.map(arm => [arm, []]))
  // One warm-up round fills the page cache, as on a runner that has just checked the action out.
  for (let i = -1; i < mode.coldStartRuns; i++) {
    for (const arm of arms) {
      const run = await timed(commands[arm] as string[], { cwd: work, env })
      if (arm === 'action' && !run.output.includes('no-such-config.yml'))
        throw new Error(`the action did not reach its config:\n${run.output}`)
      if (arm === 'cli' && run.code !== 2) throw new Error(`the CLI exited ${run.code}:\n${run.output}`)
      if (arm in peers && run.code !== 0)
        throw new Error(`the ${arm} peer exited ${run.code}:\n${run.output}`)
      if (i >= 0) times[arm]?.push(run.ms)
    }
  }
  const rssMiB = Object.fromEntries(arms.map(arm => [arm, peakRssMiB(commands[arm] as string[], work, env)]))
  rmSync(work, { recursive: true, force: true })
  const floor = times.floor as number[]
  const above = Object.fromEntries(
    arms
      .filter(arm => arm !== 'floor')
      .map(arm => [arm, medianSpread(pairDifferences(times[arm] as number[], floor))])
  )
  const peerNames = Object.keys(peers)
  const fastestPeer = peerNames.reduce((best, name) =>
    (above[name]?.median ?? Infinity) < (above[best]?.median ?? Infinity) ? name : best
  )
  const actionAbove = above.action!
  const cliAbove = above.cli!
  // The action against the fastest peer, round by round: both minus nothing, the floor cancels.
  const actionVsPeer = medianSpread(pairDifferences(times.action as number[], times[fastestPeer] as number[]))
  const targets: TargetCheck[] = [
    {
      target: 'action cold start no slower than the fastest peer bundle measured in the same run',
      measured: `action − ${fastestPeer}: ${describeSpread(actionVsPeer, 1, ' ms')}`,
      met: actionVsPeer.median <= 0,
      method: `median over ${mode.coldStartRuns} rounds of (action − ${fastestPeer}) wall time, the same round; every arm one environment`
    },
    {
      target: `CLI at most ${CLI_TARGET_MS} ms above the floor`,
      measured: `CLI − floor: ${describeSpread(cliAbove, 1, ' ms')}`,
      met: cliAbove.median <= CLI_TARGET_MS,
      method: `median over ${mode.coldStartRuns} rounds of (CLI − node -e 0) wall time, the same round`
    }
  ]
  const size = (file: string): number => statSync(join(repo, 'dist', file)).size
  const line = (arm: string): string => `${arm} +${fixed(above[arm]?.median ?? NaN)}`
  note(
    `cold start above the floor (ms): ${arms
      .filter(a => a !== 'floor')
      .map(line)
      .join(', ')}`
  )
  return {
    id: 'cold-start',
    title:
      'Cold start above `node -e 0` (same environment; peers: toolkit bundles of github-script v7, checkout v4, upload-artifact v3)',
    value: `action +${fixed(actionAbove.median)} ms, CLI +${fixed(cliAbove.median)} ms; peers ${peerNames.map(line).join(' ms, ')} ms (floor ${fixed(medianSpread(floor).median)} ms)`,
    target: `action ≤ fastest peer; CLI ≤ +${CLI_TARGET_MS} ms`,
    met: targets.every(t => t.met),
    targets,
    details: {
      rounds: mode.coldStartRuns,
      environment:
        'every arm: this process environment plus the action step variables (one builder, benchEnv)',
      aboveFloorMs: above,
      actionMinusFastestPeerMs: actionVsPeer,
      fastestPeer,
      peers: Object.fromEntries(
        Object.entries(peers).map(([name, peer]) => [
          name,
          {
            what: `${peer.action}: its package.json's dependencies at these versions, its top-level imports bundled by esbuild (CJS, one file), loading then reading its inputs; without the action's own code`,
            dependencies: peer.dependencies,
            bundleBytes: statSync(peer.bundle).size
          }
        ])
      ),
      peakRssMiB: rssMiB,
      entryBytes: { 'index.js': size('index.js'), 'post.js': size('post.js'), 'cli.js': size('cli.js') },
      samplesMs: times
    }
  }
}
