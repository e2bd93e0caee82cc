import { spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, createServer, get, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { HaproxyProcess, haproxyBinary } from '../__tests__/emulators/haproxy.js'
import { CLI, scratchWorkspace } from '../__tests__/e2e/scratch-workspace.js'
import { healthWindowOfFile, type HealthWindowFile } from '../src/core/records/health-window.js'
import { fixed, median, note, type BenchMode, type Figure } from './measure.js'

const INTERVAL_MS = 200
/** How often the client polls through HAProxy: the resolution of "traffic back". */
const POLL_EVERY_MS = 5
const OLD = 'v1.0.0'

/** A server answering `{version, healthy}` from the file its colour's deploy command writes; a `-bad` release is unhealthy. */
function colourServer(dir: string, colour: string): Promise<Server> {
  const server = createServer((_request, response) => {
    const version = readFileSync(join(dir, 'versions', colour), 'utf8').trim()
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ version, healthy: !version.includes('-bad') }))
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** What the client polling through HAProxy saw: each answer's arrival (ms since the epoch) and version, and failures. */
interface Polled {
  answers: { at: number; version: string }[]
  failed: number
}

/** A client requesting `url` every `POLL_EVERY_MS` over kept connections until stopped; an error or non-200 is a failure. */
function pollThrough(url: string): { stop: () => Promise<Polled> } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const polled: Polled = { answers: [], failed: 0 }
  let running = true
  const once = (): Promise<void> =>
    new Promise(resolve => {
      const request = get(url, { agent, timeout: 2000 }, response => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () => {
          if (response.statusCode === 200)
            polled.answers.push({
              at: Date.now(),
              version: (JSON.parse(body) as { version: string }).version
            })
          else polled.failed++
          resolve()
        })
      })
      request.on('timeout', () => request.destroy(new Error('timeout')))
      request.on('error', () => {
        polled.failed++
        resolve()
      })
    })
  const loop = (async () => {
    while (running) {
      await once()
      await new Promise(resolve => setTimeout(resolve, POLL_EVERY_MS))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      agent.destroy()
      return polled
    }
  }
}

/** The bundled CLI run to its end, without blocking this process (its servers and the polling client keep running). */
function cli(dir: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args, '--config', 'release-gate.yml'], { cwd: dir })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', code => resolve({ code, output }))
  })
}

/** The config of one run: blue/green through HAProxy's Runtime API, the old colour kept, one failed sample breaches. */
export const breachConfig = (haproxy: { socketPath: string; url: string }): string => `version: 1
services:
  web:
    deploy: bash deploy.sh \${tag} \${color}
    rollback: bash rollback.sh \${previous}
    strategy: { type: blue-green, keep-old: 10m, retire: 'bash retire.sh \${color}' }
    # The old colour stays in the backend, drained: the switch back is one Runtime API call.
    traffic:
      production: { router: haproxy, socket: '${haproxy.socketPath}', backend: web, servers: { blue: web_blue, green: web_green } }
health:
  window: 5s
  interval: ${INTERVAL_MS}ms
  failure-limit: 1
  probes:
    - { id: web, http: { url: '${haproxy.url}', expect-json: { /healthy: true } } }
`

/** One bad release through a fresh HAProxy: the breach, the Runtime API call and the client's first old answer. */
async function oneRun(
  tag: string
): Promise<{ apiMs: number; backMs: number; failed: number; requests: number }> {
  const dir = scratchWorkspace('rg-bench-breach-', {
    'versions/blue': OLD,
    'versions/green': OLD,
    // Staging has no colours: its deploy writes its own file.
    'deploy.sh': 'echo "$1" > "versions/${2:-staging}"\n',
    'rollback.sh':
      'for c in blue green; do [ "$(cat versions/$c)" = "$1" ] || echo "$1" > "versions/$c"; done\n',
    'retire.sh': 'true\n'
  })
  const servers: Server[] = []
  let haproxy: HaproxyProcess | undefined
  try {
    for (const colour of ['blue', 'green']) servers.push(await colourServer(dir, colour))
    const port = (server: Server | undefined): number => (server?.address() as AddressInfo).port
    haproxy = await HaproxyProcess.start({
      backend: 'web',
      servers: {
        web_blue: { port: port(servers[0]), weight: 100 },
        web_green: { port: port(servers[1]), weight: 0 }
      }
    })
    writeFileSync(join(dir, 'release-gate.yml'), breachConfig(haproxy))
    const client = pollThrough(haproxy.url)
    const release = await cli(dir, 'run', '--tag', tag, '--approve', 'bench')
    const polled = await client.stop()
    if (release.code !== 4)
      throw new Error(`release-gate run ${tag} exited ${release.code}, expected 4:\n${release.output}`)
    const evidence = join(dir, '.artifacts', 'deployment')
    // The health window's record holds its samples and the rollback it started, traffic return included.
    const file = JSON.parse(
      readFileSync(join(evidence, 'health-window.json'), 'utf8')
    ) as HealthWindowFile & {
      rollback?: { traffic?: { action: string; at: string }[] }
    }
    const breach = Math.min(
      ...healthWindowOfFile(file)
        .samples.filter(s => !s.passed)
        .map(s => Date.parse(s.startedAt))
    )
    const returned = file.rollback?.traffic?.find(event => event.action === 'return')
    if (!Number.isFinite(breach) || !returned)
      throw new Error(`no failing sample or no traffic return in ${evidence}/health-window.json`)
    // The client's first old answer after it saw the bad release.
    const sawBad = polled.answers.findIndex(a => a.version === tag)
    const back = polled.answers.slice(Math.max(0, sawBad)).find(a => a.version === OLD && a.at >= breach)
    if (sawBad < 0 || !back) throw new Error(`the client never saw ${tag}, then ${OLD} again`)
    return {
      apiMs: Date.parse(returned.at) - breach,
      backMs: back.at - breach,
      failed: polled.failed,
      requests: polled.answers.length + polled.failed
    }
  } finally {
    await haproxy?.stop()
    for (const server of servers) await new Promise<void>(resolve => server.close(() => resolve()))
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Figure 7 (issue 20): a bad blue/green release with `keep-old` through a real HAProxy, the old colour left in the
 * backend: from the first failing health sample (its start in health-window.json) to the Runtime API call that
 * returns the traffic (its time in the rollback's traffic event, in health-window.json) and to the first answer of the old version a client
 * polling through HAProxy every 5 ms gets; failed requests counted. Median over runs, each with a fresh HAProxy.
 */
export async function breachToTrafficBack(mode: BenchMode): Promise<Figure> {
  const title =
    'Blue/green with keep-old through HAProxy: first failing sample → traffic back to the old colour'
  const target = '0 failed requests'
  if (!haproxyBinary()) {
    note('breach → traffic back: haproxy not installed (bash .ci/install-haproxy.sh); not measured')
    return {
      id: 'breach-traffic-back',
      title,
      value: 'haproxy not installed; not measured',
      target,
      met: null,
      targets: [],
      details: { skipped: 'haproxy not installed' }
    }
  }
  const runs: Awaited<ReturnType<typeof oneRun>>[] = []
  for (let i = 0; i < mode.breachRuns; i++) {
    const run = await oneRun(`v1.${i + 1}.0-bad`)
    note(
      `breach → traffic back ${i + 1}: Runtime API call ${fixed(run.apiMs)} ms, client gets ${OLD} ${fixed(run.backMs)} ms after the first failing sample; ${run.failed} of ${run.requests} requests failed`
    )
    runs.push(run)
  }
  const failed = runs.reduce((sum, r) => sum + r.failed, 0)
  const requests = runs.reduce((sum, r) => sum + r.requests, 0)
  const apiMs = median(runs.map(r => r.apiMs))
  const backMs = median(runs.map(r => r.backMs))
  return {
    id: 'breach-traffic-back',
    title,
    value: `${fixed(backMs)} ms to the client's first old answer (Runtime API call at ${fixed(apiMs)} ms), median of ${runs.length}; ${failed} of ${requests} requests failed`,
    target,
    met: failed === 0,
    targets: [
      {
        target: 'zero failed requests through HAProxy while a breach returns the traffic',
        measured: `${failed} of ${requests} failed over ${runs.length} runs`,
        met: failed === 0,
        method: `a client polling through HAProxy every ${POLL_EVERY_MS} ms over a kept connection; an error or a non-200 answer is a failure`
      }
    ],
    details: {
      runs: runs.length,
      intervalMs: INTERVAL_MS,
      failureLimit: 1,
      pollEveryMs: POLL_EVERY_MS,
      medianRuntimeApiMs: apiMs,
      medianTrafficBackMs: backMs,
      runtimeApiMs: runs.map(r => r.apiMs),
      trafficBackMs: runs.map(r => r.backMs),
      failedRequests: runs.map(r => r.failed),
      requests: runs.map(r => r.requests)
    }
  }
}
