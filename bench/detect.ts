import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DemoSandbox } from '../__tests__/e2e/demo-sandbox.js'
import { healthWindowOfFile, type HealthWindowFile } from '../src/core/records/health-window.js'
import { fixed, median, note, timed, type BenchMode, type Figure } from './measure.js'
import { releaseArgv } from './overhead.js'

const INTERVAL_MS = 1000
const FAILURE_LIMIT = 2
const SLACK_MS = 50

/**
 * Figure 3: a bad release (`-faulty`: healthy in staging, failing in production from the moment it serves) through
 * the whole protocol; measured from the first failing health sample (its start, as recorded in health-window.json) to
 * the first instruction of the rollback command (each rollback script of the sandbox copy stamps the time as its first
 * line). The failure limit alone requires (limit − 1) intervals of that.
 */
export async function timeToRollback(portBase: number, mode: BenchMode): Promise<Figure> {
  const box = new DemoSandbox(portBase)
  try {
    const configPath = join(box.demo, 'release-gate.yml')
    const config = readFileSync(configPath, 'utf8')
      .replace('window: 2s', 'window: 10s')
      .replace('interval: 1s', `interval: ${INTERVAL_MS}ms`)
      .replace('failure-limit: 2', `failure-limit: ${FAILURE_LIMIT}`)
    writeFileSync(configPath, config)
    const stampFile = join(box.state, 'rollback-started')
    for (const service of ['backend', 'frontend']) {
      const script = join(box.demo, 'scripts', `rollback_${service}.sh`)
      const lines = readFileSync(script, 'utf8').split('\n')
      lines.splice(1, 0, `date +%s%3N >> "\${DEMO_STATE_DIR:?}/rollback-started"`)
      writeFileSync(script, lines.join('\n'))
    }
    box.baseline('v1.0.0')
    box.upstream()
    const delays: number[] = []
    let release = 1
    let retries = 0
    for (let i = 0; i < mode.detectRuns;) {
      rmSync(stampFile, { force: true })
      const tag = `v1.${++release}.0-faulty`
      const run = await timed(releaseArgv(box, tag), { cwd: box.demo, env: box.env() })
      if (run.code !== 4) {
        // As in the overhead figure: a demo port held by another process's connection spoils the run, not the figure.
        if (/EADDRINUSE|still in use/.test(run.output) && retries++ < 3) {
          note(`time to rollback ${tag}: a demo port was taken by another process; running it again`)
          continue
        }
        throw new Error(`release-gate run ${tag} exited ${run.code}, expected 4:\n${run.output}`)
      }
      const record = healthWindowOfFile(box.json<HealthWindowFile>('health-window.json'))
      const firstFailing = record.samples.filter(s => !s.passed).map(s => Date.parse(s.startedAt))
      if (firstFailing.length === 0 || !existsSync(stampFile))
        throw new Error('no failing sample or no rollback stamp')
      const rollbackStarted = Math.min(...readFileSync(stampFile, 'utf8').trim().split('\n').map(Number))
      const delay = rollbackStarted - Math.min(...firstFailing)
      delays.push(delay)
      note(`time to rollback ${tag}: ${fixed(delay)} ms from the first failing sample`)
      i++
    }
    const required = (FAILURE_LIMIT - 1) * INTERVAL_MS
    const beyond = median(delays) - required
    return {
      id: 'time-to-rollback',
      title: 'First failing sample → rollback command starts',
      value: `${fixed(median(delays))} ms; ${fixed(beyond)} ms beyond the ${fixed(required)} ms the limit requires`,
      target: `≤ ${INTERVAL_MS + SLACK_MS} ms beyond (interval ${INTERVAL_MS} ms, failure-limit ${FAILURE_LIMIT})`,
      met: beyond <= INTERVAL_MS + SLACK_MS,
      targets: [],
      details: {
        runs: mode.detectRuns,
        intervalMs: INTERVAL_MS,
        failureLimit: FAILURE_LIMIT,
        requiredMs: required,
        medianMs: median(delays),
        beyondMs: beyond,
        delaysMs: delays
      }
    }
  } finally {
    box.stop()
    rmSync(box.root, { recursive: true, force: true })
  }
}
