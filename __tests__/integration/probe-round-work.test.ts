import { createHook } from 'node:async_hooks'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ProbeSpec } from '../../src/core/config.js'
import { FetchHttpClient } from '../../src/adapters/http.js'
import { systemClock } from '../../src/adapters/local.js'
import { measure, MIN_START_GAP_MS } from '../../src/phases/analysis/measure.js'
import { realProbeSampler } from '../../src/phases/analysis/probes.js'

// What a health window's round of HTTP probes asks of the process, counted rather than timed (the CPU it costs is
// figure 4 of the benchmark): every object Node creates for asynchronous work is seen here as it is made.

const PROBES = 100
const ROUND_SPREAD_MS = 500
const START_GROUPS = Math.floor(ROUND_SPREAD_MS / MIN_START_GAP_MS)

// The target runs in a process of its own, so that only the prober's work is counted.
const TARGET = `
const server = require('node:http').createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end('{"status":"ok"}')
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))`

let target: ChildProcess
let base: string
beforeAll(async () => {
  target = spawn(process.execPath, ['-e', TARGET], { stdio: ['ignore', 'pipe', 'inherit'] })
  const [port] = (await once(target.stdout!, 'data')) as [Buffer]
  base = `http://127.0.0.1:${port.toString().trim()}`
})
afterAll(async () => {
  target.kill()
  await once(target, 'exit')
})

const limits = { failureLimit: 1000, consecutiveErrorLimit: 1000, inconclusiveLimit: 1000 }

describe('a round of 100 HTTP probes', () => {
  it('makes no HTTP request objects and one timer per start group for their deadlines, on kept connections', async () => {
    const probes: ProbeSpec[] = Array.from({ length: PROBES }, (_, i) => ({
      id: `p${i}`,
      kind: 'http',
      url: `${base}/healthz?probe=${i}`,
      expectStatus: 200,
      expectJson: {},
      timeoutMs: 1_000,
      ...limits
    }))
    const sampler = realProbeSampler({
      http: new FetchHttpClient(),
      runner: { run: () => Promise.reject(new Error('no command probes here')) },
      now: () => systemClock.now(),
      vars: { tag: 'v1.0.0', env: 'production', previous: '', evidence: '', service: '' },
      selfArgv: []
    })
    const created = new Map<string, number>()
    const hook = createHook({ init: (_id, type) => created.set(type, (created.get(type) ?? 0) + 1) })
    // Round 1 opens the connections; round 2 is the steady state a window repeats for as long as it lasts.
    const { samples } = await measure(
      probes,
      [0, ROUND_SPREAD_MS, 2 * ROUND_SPREAD_MS],
      sampler,
      systemClock,
      progress => {
        if (progress.round === 1) hook.enable()
        if (progress.round === 2) hook.disable()
      }
    )
    expect(samples.filter(s => s.status !== 'passed')).toEqual([])
    expect({
      httpRequests: created.get('HTTPCLIENTREQUEST') ?? 0,
      httpAnswers: created.get('HTTPINCOMINGMESSAGE') ?? 0,
      newConnections: created.get('TCPWRAP') ?? 0
    }).toEqual({ httpRequests: 0, httpAnswers: 0, newConnections: 0 })
    // The window's own wait before each group and the one deadline timer of the group's requests (before: one timer
    // per request and more), and the idle-socket sweep, which fires about once every 4 s.
    expect(created.get('Timeout') ?? 0).toBeLessThanOrEqual(2 * START_GROUPS + 2)
  })
})
