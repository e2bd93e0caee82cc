import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DemoSandbox } from '../__tests__/e2e/demo-sandbox.js'
import type { CommandSpec, ReleaseConfig } from '../src/core/config.js'
import { commandEnvironment } from '../src/core/command-environment.js'
import { parseConfig } from '../src/entry/config/parse.js'
import { sampleSchedule } from '../src/phases/analysis/verdict.js'
import {
  describeSpread,
  fixed,
  median,
  medianSpread,
  note,
  pairDifferences,
  pairRatios,
  resolvedAgainst,
  timed,
  type BenchMode,
  type Figure
} from './measure.js'

const TARGET_RATIO = 1.1

/** A config command as one shell line, its `${...}` variables filled. */
function shellLine(command: CommandSpec, vars: Record<string, string>): string {
  const words =
    typeof command === 'string' ? [command] : command.map(word => `'${word.replace(/'/g, "'\\''")}'`)
  return words.join(' ').replace(/\$\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole)
}

/** A request of the bare arm: its URL and the timeout release-gate gives that request. */
interface BareRequest {
  url: string
  timeoutMs: number
}

/**
 * One `curl` process making `requests` one after another (on connections it keeps, as release-gate's one process
 * does), each failing on an HTTP error and waiting at most its own `--max-time`, the first failure ending it
 * (`--fail-early`). `startsPer`: at most `count` requests started every `ms` (curl's `--rate`, which spaces the
 * starts evenly), for the health window's schedule.
 */
function curlAll(requests: readonly BareRequest[], startsPer?: { count: number; ms: number }): string {
  const rate = startsPer ? ` --rate ${curlRate(startsPer.count, startsPer.ms)}` : ''
  // `--next` keeps the process and its connections and starts the next request's own options.
  const each = requests.map(
    (r, i) =>
      `${i > 0 ? '--next ' : ''}-fsS --max-time ${fixed(r.timeoutMs / 1000, 3)} -o /dev/null '${r.url}'`
  )
  return [`curl --fail-early${rate}`, ...each].join(' \\\n  ')
}

/** `count` starts every `ms` as curl's `--rate` (whole starts per second, minute or hour). */
function curlRate(count: number, ms: number): string {
  for (const [unit, unitMs] of [
    ['s', 1_000],
    ['m', 60_000],
    ['h', 3_600_000]
  ] as const) {
    const perUnit = (count * unitMs) / ms
    if (Number.isInteger(perUnit)) return `${perUnit}/${unit}`
  }
  return `${Math.round((count * 3_600_000) / ms)}/h`
}

/**
 * What release-gate does for `config`, without release-gate: the user's deploy scripts and `curl` checks only, no
 * release-gate process. Staging: the deploys, then one request per staging check (release-gate's `validate`).
 * Production: the deploys, then `perf-samples` requests per production check (its `collect-perf`). Then the health
 * window's rounds of probes on the window's schedule: probe i of N at i/N of the interval, round after round (one
 * request every interval/N). Each step's requests go through one `curl` process, as release-gate makes them in its
 * one process: a process per request (28 for the demo) costs more than release-gate's own time on a loaded machine,
 * and made the bare arm the slower one. Each `--max-time` is the timeout release-gate gives that request.
 */
export function bareRelease(config: ReleaseConfig): string {
  // `"$tag"`: the script's first argument, quoted as a shell script would.
  const deploys = (env: string): string[] =>
    config.services.map(service => shellLine(service.deploy.command, { env, tag: '"$tag"' }))
  const probes = config.health.probes.map(probe => {
    if (probe.kind !== 'http')
      throw new Error(`the bare arm curls HTTP probes only, not ${probe.id} (${probe.kind})`)
    return { url: probe.url, timeoutMs: probe.timeoutMs }
  })
  const rounds = sampleSchedule(config.health.windowMs, config.health.intervalMs).map(() => probes)
  return [
    '#!/usr/bin/env bash',
    "# The honest bare arm: the user's deploy scripts and curl checks, no release-gate process.",
    'set -euo pipefail',
    'tag="$1"',
    ...deploys('staging'),
    curlAll(config.validation.staging),
    ...deploys('production'),
    curlAll(
      config.validation.production.flatMap(check =>
        Array.from({ length: config.validation.perfSamples }, () => check)
      )
    ),
    curlAll(rounds.flat(), { count: probes.length, ms: config.health.intervalMs }),
    ''
  ].join('\n')
}

/**
 * The bare arm's environment: what release-gate gives its commands (the allowlist, the config's `pass-env` and
 * secrets), from the same `source`. Its deploy scripts start the demo's Node services; under release-gate those start
 * without NODE_EXTRA_CA_CERTS (not on the allowlist), which costs about 40 ms a Node start where it is set.
 */
export function bareArmEnvironment(
  config: ReleaseConfig,
  source: Readonly<Record<string, string | undefined>>
): Record<string, string> {
  return commandEnvironment(source, { passEnv: config.passEnv, secretNames: config.secretEnvNames })
}

/** `release-gate run` of `tag` on the demo in `box`, approved, as the bundled CLI. */
export const releaseArgv = (box: DemoSandbox, tag: string): string[] => [
  process.execPath,
  join(box.root, 'dist', 'cli.js'),
  'run',
  '--tag',
  tag,
  '--config',
  'release-gate.yml',
  '--approve',
  'bench'
]

/** A probe's timeout in the overhead figure: the interval's 100 ms would measure our start-up on a loaded machine. */
export const OVERHEAD_PROBE_TIMEOUT = '1s'

/**
 * The demo's config with the shortest health window the config allows (window = interval = 100ms: two rounds of the
 * probes, 100 ms apart), each probe with a timeout of `OVERHEAD_PROBE_TIMEOUT`: a 100 ms timeout fails the first round
 * whenever the machine is loaded (figure 4 counts those), and a rolled-back release is not the release measured here.
 * The bare arm's curl gets the same timeout, read from the same config.
 */
export const zeroWindowConfig = (text: string): string =>
  text
    .replace(/^(\s+)window: \S+$/m, '$1window: 100ms')
    .replace(/^(\s+)interval: \S+$/m, '$1interval: 100ms')
    .replace(/(http: \{ url: \S+,)/g, `$1 timeout: ${OVERHEAD_PROBE_TIMEOUT},`)

/** A demo sandbox whose config is `zeroWindowConfig`. */
export function zeroWindowSandbox(portBase: number): DemoSandbox {
  const box = new DemoSandbox(portBase)
  const configPath = join(box.demo, 'release-gate.yml')
  writeFileSync(configPath, zeroWindowConfig(readFileSync(configPath, 'utf8')))
  return box
}

/**
 * Figure 2: the full protocol (`release-gate run`) on the demo with the shortest health window the config allows
 * (the demo has no rollout pauses), against the honest bare arm (`bareRelease`: the same deploy scripts, the checks and
 * probes by `curl`). The two run in pairs, A B A B, so that drift hits both; the figure is the median of the per-pair
 * ratios with its quartiles and a 95 % bootstrap interval. Pairs are taken until that interval lies wholly on one side
 * of the target (the figure is resolved), at least `overheadPairs.min` (an early streak does not decide) and at most
 * `overheadPairs.max` (a ratio sitting on the target ends, and says it is unresolved).
 */
export async function orchestrationOverhead(portBase: number, mode: BenchMode): Promise<Figure> {
  const box = zeroWindowSandbox(portBase)
  try {
    const configPath = join(box.demo, 'release-gate.yml')
    const config = parseConfig(readFileSync(configPath, 'utf8'), configPath)
    writeFileSync(join(box.demo, 'bare-release.sh'), bareRelease(config))
    chmodSync(join(box.demo, 'bare-release.sh'), 0o755)
    box.baseline('v1.0.0')
    box.upstream()
    const gate: number[] = []
    const bare: number[] = []
    const own: number[] = []
    // Pair 0 warms the page cache and the services' first start; it is not counted.
    let release = 0
    let retries = 0
    const timeouts = { gate: 0, bare: 0 }
    for (let i = 0; ;) {
      const counted = gate.length
      if (counted >= mode.overheadPairs.max) break
      if (
        counted >= mode.overheadPairs.min &&
        resolvedAgainst(medianSpread(pairRatios(gate, bare)), TARGET_RATIO)
      )
        break
      const tag = `v1.${++release}.0`
      // The order within a pair alternates, so that neither arm always runs on the other's warmed caches.
      const gateFirst = i % 2 === 0
      const runGate = (): ReturnType<typeof timed> =>
        timed(releaseArgv(box, tag), { cwd: box.demo, env: box.env() })
      const runBare = (): ReturnType<typeof timed> =>
        timed(['bash', 'bare-release.sh', `${tag}-bare`], {
          cwd: box.demo,
          env: bareArmEnvironment(config, box.env())
        })
      const first = await (gateFirst ? runGate() : runBare())
      const second = first.code === 0 ? await (gateFirst ? runBare() : runGate()) : undefined
      const released = gateFirst ? first : second
      const plain = gateFirst ? second : first
      if (released?.code !== 0 || plain?.code !== 0) {
        const failure =
          plain && plain.code !== 0
            ? `the bare script exited ${plain.code}:\n${plain.output}`
            : `release-gate run ${tag} exited ${released?.code}:\n${released?.output}`
        // A request that timed out or answered too slowly (release-gate: a gate failed and the release was rolled back,
        // exit 4; the bare arm: curl's exit 28) is what a loaded machine does to a 100 ms timeout or a 500 ms latency
        // limit: counted, printed, and the pair run again, up to `max` times in all. Both arms are counted alike.
        const timedOut =
          plain && plain.code !== 0
            ? plain.code === 28 || /timed out/i.test(plain.output)
            : released?.code === 4 && /rolled back/.test(released.output)
        if (timedOut && timeouts.gate + timeouts.bare < mode.overheadPairs.max) {
          timeouts[plain && plain.code !== 0 ? 'bare' : 'gate']++
          note(
            `overhead pair ${i}: ${failure.split('\n').find(l => /rolled back|timed out/i.test(l)) ?? failure.split('\n')[0]}; running the pair again`
          )
          continue
        }
        // A port still held by a stopped instance (or anything else listening there) can make one pair fail. That pair
        // is run again; any other failure is a failure.
        if (/EADDRINUSE|still in use/.test(failure) && retries++ < 3) {
          const line = failure.split('\n').find(l => /EADDRINUSE|still in use/.test(l)) ?? ''
          note(
            `overhead pair ${i}: a demo port was taken by another process (${line.trim()}); running the pair again`
          )
          continue
        }
        throw new Error(failure)
      }
      if (!released || !plain) throw new Error('unreachable: both arms ran')
      if (i > 0) {
        gate.push(released.ms)
        bare.push(plain.ms)
        own.push(released.ms - timeInCommands(join(box.demo, '.artifacts', 'deployment')))
      }
      note(
        `overhead pair ${i}: release-gate ${fixed(released.ms)} ms (own ${fixed(own.at(-1) ?? NaN)} ms), bare ${fixed(plain.ms)} ms${i > 0 ? `, ratio ${fixed(released.ms / plain.ms, 3)}` : ' (warm-up)'}`
      )
      i++
    }
    const ratios = medianSpread(pairRatios(gate, bare))
    const differences = medianSpread(pairDifferences(gate, bare))
    const resolved = resolvedAgainst(ratios, TARGET_RATIO)
    const rerun = timeouts.gate + timeouts.bare
    const verdict =
      (resolved ? '' : `; unresolved against ${fixed(TARGET_RATIO, 2)} after ${ratios.n} pairs`) +
      (rerun
        ? `; ${rerun} pairs run again after a slow request (release-gate ${timeouts.gate}, bare ${timeouts.bare})`
        : '')
    return {
      id: 'orchestration-overhead',
      title: 'Full protocol vs the deploy scripts + `curl` checks (no release-gate process), paired',
      value: `${describeSpread(ratios, 3, 'x')}; ${differences.median >= 0 ? '+' : ''}${fixed(differences.median)} ms a release (IQR ${fixed(differences.q1)}–${fixed(differences.q3)}); release-gate's own time ${fixed(median(own))} ms${verdict}`,
      target: `≤ ${fixed(TARGET_RATIO, 2)}x`,
      met: ratios.median <= TARGET_RATIO,
      targets: [
        {
          target: `overhead against the honest bare arm at most ${fixed(TARGET_RATIO, 2)}x`,
          measured: `${describeSpread(ratios, 3, 'x')}${verdict}`,
          met: ratios.median <= TARGET_RATIO,
          method: `median of per-pair ratios (release-gate run / bare script), ${ratios.n} interleaved pairs after a warm-up pair, taken until the 95 % bootstrap CI excludes ${fixed(TARGET_RATIO, 2)} (min ${mode.overheadPairs.min}, max ${mode.overheadPairs.max})`
        }
      ],
      details: {
        pairs: ratios.n,
        pairBounds: mode.overheadPairs,
        resolved,
        pairsRunAgainAfterASlowRequest: timeouts,
        ratio: ratios,
        differenceMs: differences,
        releaseGateMedianMs: median(gate),
        bareScriptMedianMs: median(bare),
        releaseGateOwnMedianMs: median(own),
        bareScript: bareRelease(config),
        releaseGateMs: gate,
        bareScriptMs: bare,
        releaseGateOwnMs: own
      }
    }
  } finally {
    box.stop()
    rmSync(box.root, { recursive: true, force: true })
  }
}

/**
 * Time the release spent inside its commands and probe rounds, from its evidence: every command record (argv and
 * durationMs, wherever it sits in a JSON artifact) plus the health window. What is left of the wall time is
 * release-gate's own: start-up, gates, evidence, and the gaps between commands.
 */
function timeInCommands(evidenceDir: string): number {
  let total = 0
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>
      if (Array.isArray(record.argv) && typeof record.durationMs === 'number') total += record.durationMs
      else Object.values(record).forEach(visit)
    }
  }
  for (const file of readdirSync(evidenceDir).filter(f => f.endsWith('.json'))) {
    const record = JSON.parse(readFileSync(join(evidenceDir, file), 'utf8')) as Record<string, unknown>
    if (file === 'health-window.json')
      total += Date.parse(record.finishedAt as string) - Date.parse(record.startedAt as string)
    else visit(record)
  }
  return total
}
