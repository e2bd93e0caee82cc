import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DemoSandbox } from '../__tests__/e2e/demo-sandbox.js'
import { fixed, median, note, timed, type BenchMode, type Figure } from './measure.js'

const TARGET_RATIO = 1.1

/** The same commands the demo config names, back to back, as a plain shell script would run a release. */
const BARE_RELEASE = `#!/usr/bin/env bash
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
curl -fsS -o /dev/null "$1_HEALTH_1" 2>/dev/null || true
`

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
    const healthUrls = [
      ...readFileSync(join(box.demo, 'release-gate.yml'), 'utf8').matchAll(/url: (\S+healthz|\S+greeting),/g)
    ].map(m => m[1] as string)
    const script = BARE_RELEASE.replace(
      'curl -fsS -o /dev/null "$1_HEALTH_1" 2>/dev/null || true\n',
      [0, 1].map(() => healthUrls.map(url => `curl -fsS -o /dev/null ${url}\n`).join('')).join('sleep 0.1\n')
    )
    writeFileSync(join(box.demo, 'bare-release.sh'), script)
    chmodSync(join(box.demo, 'bare-release.sh'), 0o755)
    box.baseline('v1.0.0')
    box.upstream()
    const gate: number[] = []
    const bare: number[] = []
    // Run 0 warms the page cache and the services' first start; it is not counted.
    for (let i = 0; i <= mode.overheadRuns; i++) {
      const tag = `v1.${i + 1}.0`
      const released = await timed(
        [
          process.execPath,
          join(box.root, 'dist', 'cli.js'),
          'run',
          '--tag',
          tag,
          '--config',
          'release-gate.yml',
          '--approve',
          'bench'
        ],
        { cwd: box.demo, env: box.env() }
      )
      if (released.code !== 0)
        throw new Error(`release-gate run ${tag} exited ${released.code}:\n${released.output}`)
      const plain = await timed(['bash', 'bare-release.sh', `${tag}-bare`], { cwd: box.demo, env: box.env() })
      if (plain.code !== 0) throw new Error(`the bare script exited ${plain.code}:\n${plain.output}`)
      if (i > 0) {
        gate.push(released.ms)
        bare.push(plain.ms)
      }
      note(`overhead run ${i}: release-gate ${fixed(released.ms)} ms, bare script ${fixed(plain.ms)} ms`)
    }
    const ratio = median(gate) / median(bare)
    return {
      id: 'orchestration-overhead',
      title: 'Full protocol vs the same scripts in a shell script',
      value: `${fixed(ratio, 2)}x (${fixed(median(gate))} ms vs ${fixed(median(bare))} ms)`,
      target: `≤ ${fixed(TARGET_RATIO, 2)}x`,
      met: ratio <= TARGET_RATIO,
      details: {
        runs: mode.overheadRuns,
        releaseGateMedianMs: median(gate),
        bareScriptMedianMs: median(bare),
        ratio,
        releaseGateMs: gate,
        bareScriptMs: bare
      }
    }
  } finally {
    box.stop()
    rmSync(box.root, { recursive: true, force: true })
  }
}
