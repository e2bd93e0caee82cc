import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DemoSandbox } from '../__tests__/e2e/demo-sandbox.js'
import { fixed, median, note, timed, type BenchMode, type Figure } from './measure.js'

const TARGET_RATIO = 1.1

/** The same commands the demo config names, back to back, as a plain shell script would run a release. */
const bareRelease = (healthUrls: readonly string[]): string => `#!/usr/bin/env bash
# What release-gate runs for the demo, without release-gate: deploy and validate staging, deploy and check
# production, two rounds of the health probes 100 ms apart.
set -euo pipefail
tag="$1"
evidence=.artifacts/bare
mkdir -p "$evidence"
cli=(node ../../dist/cli.js)
bash scripts/deploy_backend.sh --env staging --release "$tag"
bash scripts/deploy_frontend.sh --env staging --release "$tag"
"\${cli[@]}" validate --mode staging --output "$evidence/staging-validation-results.json" --tag "$tag" --config release-gate.yml
bash scripts/deploy_backend.sh --env production --release "$tag"
bash scripts/deploy_frontend.sh --env production --release "$tag"
"\${cli[@]}" collect-perf --env production --output "$evidence/post-deployment-validation.json" --tag "$tag" --config release-gate.yml
${[0, 1].map(() => healthUrls.map(url => `curl -fsS -o /dev/null ${url}\n`).join('')).join('sleep 0.1\n')}`

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

/**
 * A demo sandbox with the shortest health window the config allows (window = interval = 100ms: two rounds of the
 * probes, 100 ms apart).
 */
export function zeroWindowSandbox(portBase: number): DemoSandbox {
  const box = new DemoSandbox(portBase)
  const configPath = join(box.demo, 'release-gate.yml')
  writeFileSync(
    configPath,
    readFileSync(configPath, 'utf8')
      .replace('window: 2s', 'window: 100ms')
      .replace('interval: 1s', 'interval: 100ms')
  )
  return box
}

/**
 * Figure 2: the full protocol (`release-gate run`) on the demo with a shortest health window (the demo has no
 * rollout pauses), against a plain shell script running the same deploy, validate and check commands and the same
 * two rounds of health probes. Runs alternate so that drift hits both.
 */
export async function orchestrationOverhead(portBase: number, mode: BenchMode): Promise<Figure> {
  const box = zeroWindowSandbox(portBase)
  try {
    // The health probes are the config's inline `{ url: ..., expect-status: ... }` entries.
    const healthUrls = [
      ...readFileSync(join(box.demo, 'release-gate.yml'), 'utf8').matchAll(/\{ url: (\S+),/g)
    ].map(m => m[1] as string)
    if (healthUrls.length !== 2)
      throw new Error(`expected the demo's 2 health probes, found ${healthUrls.join(', ')}`)
    writeFileSync(join(box.demo, 'bare-release.sh'), bareRelease(healthUrls))
    chmodSync(join(box.demo, 'bare-release.sh'), 0o755)
    box.baseline('v1.0.0')
    box.upstream()
    const gate: number[] = []
    const bare: number[] = []
    const own: number[] = []
    // Run 0 warms the page cache and the services' first start; it is not counted.
    let release = 0
    let retries = 0
    for (let i = 0; i <= mode.overheadRuns;) {
      const tag = `v1.${++release}.0`
      const released = await timed(releaseArgv(box, tag), { cwd: box.demo, env: box.env() })
      const plain =
        released.code === 0
          ? await timed(['bash', 'bare-release.sh', `${tag}-bare`], { cwd: box.demo, env: box.env() })
          : undefined
      if (released.code !== 0 || plain?.code !== 0) {
        const failure = plain
          ? `the bare script exited ${plain.code}:\n${plain.output}`
          : `release-gate run ${tag} exited ${released.code}:\n${released.output}`
        // A port still held by a stopped instance (or anything else listening there) can make one pair fail. That pair
        // is run again; any other failure is a failure.
        if (/EADDRINUSE|still in use/.test(failure) && retries++ < 3) {
          const line = failure.split('\n').find(l => /EADDRINUSE|still in use/.test(l)) ?? ''
          note(
            `overhead run ${i}: a demo port was taken by another process (${line.trim()}); running the pair again`
          )
          continue
        }
        throw new Error(failure)
      }
      if (i > 0) {
        gate.push(released.ms)
        bare.push(plain.ms)
        own.push(released.ms - timeInCommands(join(box.demo, '.artifacts', 'deployment')))
      }
      note(
        `overhead run ${i}: release-gate ${fixed(released.ms)} ms (own ${fixed(own.at(-1) ?? NaN)} ms), bare script ${fixed(plain.ms)} ms`
      )
      i++
    }
    const ratio = median(gate) / median(bare)
    return {
      id: 'orchestration-overhead',
      title: 'Full protocol vs the same scripts in a shell script',
      value: `${fixed(ratio, 3)}x (${fixed(median(gate))} ms vs ${fixed(median(bare))} ms; release-gate's own time ${fixed(median(own))} ms)`,
      target: `≤ ${fixed(TARGET_RATIO, 2)}x`,
      met: ratio <= TARGET_RATIO,
      details: {
        runs: mode.overheadRuns,
        releaseGateMedianMs: median(gate),
        bareScriptMedianMs: median(bare),
        ratio,
        releaseGateOwnMedianMs: median(own),
        pairRatios: gate.map((ms, i) => ms / (bare[i] as number)),
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
