import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FetchHttpClient } from '../../src/adapters/http.js'
import { ProcessRunner } from '../../src/adapters/process-runner.js'
import type { CommandRequest, CommandRunner } from '../../src/core/ports.js'
import type { ExecRecord } from '../../src/core/records/index.js'
import { redactorFor } from '../../src/core/redact.js'
import { builtinChecks } from '../../src/entry/cli/commands/checks.js'
import { MemoryLogger, TWO_SERVICES_CONFIG } from '../fakes.js'
import { CLI, scratchWorkspace } from './scratch-workspace.js'

// `release-gate validate` run inside the release's process leaves the evidence `node dist/cli.js validate` leaves as
// a child process: the same record field by field (timings aside), the same log lines, the same output file, for a
// pass, a failure, a usage error, a secret in the output, a step's timeout and an interruption.

const SECRET = 's3cr3t-deploy-value'
const redact = redactorFor({ DEPLOY_TOKEN: SECRET }, [])

let server: Server
let base = ''
let workspace = ''
const startDir = process.cwd()

beforeAll(async () => {
  server = createServer((request, response) => {
    const answer = (status: number) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end('{}')
    if (request.url === '/slow') setTimeout(() => answer(200), 5_000).unref()
    else answer(request.url === '/ok' ? 200 : 503)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const config = (urls: string[]) =>
    TWO_SERVICES_CONFIG +
    `validation:\n  staging:\n${urls.map((url, i) => `    - { id: check-${i}, url: '${url}', timeout: 10s }\n`).join('')}`
  workspace = scratchWorkspace('rg-builtin-', {
    'pass.yml': config([`${base}/ok`]),
    'fail.yml': config([`${base}/down`]),
    'secret.yml': config([`http://127.0.0.1:1/?token=${SECRET}`]),
    'slow.yml': config([`${base}/slow`])
  })
  // Both read the config and write the output relative to the working directory, as in a release.
  process.chdir(workspace)
})

afterAll(() => {
  process.chdir(startDir)
  server.closeAllConnections()
  server.close()
})

interface Ran {
  record: ExecRecord
  logged: string[]
  written: string | null
}

async function runWith(
  runner: (interrupt: AbortSignal) => CommandRunner,
  args: string[],
  config: string,
  stop: { timeoutMs: number; interruptAfterMs?: number }
): Promise<Ran> {
  const interrupt = new AbortController()
  if (stop.interruptAfterMs !== undefined) setTimeout(() => interrupt.abort('SIGINT'), stop.interruptAfterMs)
  const request: CommandRequest = {
    name: 'release-gate',
    argv: [process.execPath, CLI, ...args],
    timeoutMs: stop.timeoutMs,
    label: 'staging',
    env: { RELEASE_GATE_TAG: 'v1.1.0', RELEASE_GATE_CONFIG: config }
  }
  const output = join(workspace, args[args.indexOf('--output') + 1] ?? 'none')
  const record = await runner(interrupt.signal).run(request)
  return {
    record,
    logged: [],
    written: existsSync(output) ? readFileSync(output, 'utf8') : null
  }
}

/** What may differ between two runs: timings, latencies and the time a record was written. */
function withoutTimings(ran: Ran): unknown {
  const record = { ...ran.record, startedAt: 'T', finishedAt: 'T', durationMs: 0 }
  const steady = (text: string) =>
    text
      .replace(/\d+(\.\d+)?ms/g, 'Nms')
      .replace(/"(generatedAt|startedAt|finishedAt)": "[^"]+"/g, '"$1": "T"')
      .replace(/"(latencyMs|durationMs)": [\d.]+/g, '"$1": N')
  return {
    ...record,
    stdoutTail: steady(record.stdoutTail),
    stderrTail: steady(record.stderrTail),
    outputBytes: 'compared as text',
    logged: ran.logged.map(steady),
    written: ran.written === null ? null : steady(ran.written)
  }
}

const cases = [
  { name: 'a passing check', config: 'pass.yml', status: 'success', exitCode: 0, timeoutMs: 20_000 },
  { name: 'a failing check', config: 'fail.yml', status: 'failure', exitCode: 1, timeoutMs: 20_000 },
  {
    name: 'a usage error',
    config: 'pass.yml',
    status: 'failure',
    exitCode: 2,
    timeoutMs: 20_000,
    noOutput: true
  },
  { name: 'a secret in the output', config: 'secret.yml', status: 'failure', exitCode: 1, timeoutMs: 20_000 },
  { name: "the step's timeout", config: 'slow.yml', status: 'timeout', exitCode: null, timeoutMs: 1_500 },
  {
    name: 'an interruption (SIGINT)',
    config: 'slow.yml',
    status: 'failure',
    exitCode: null,
    timeoutMs: 20_000,
    interruptAfterMs: 1_500
  }
]

describe('release-gate validate in the release process, against the same as a child process', () => {
  it.each(cases)(
    '$name: the same record, log lines and output file',
    async c => {
      const args = (output: string) =>
        c.noOutput ? ['validate', '--mode', 'staging'] : ['validate', '--mode', 'staging', '--output', output]
      const childLog = new MemoryLogger()
      const inProcessLog = new MemoryLogger()
      const child = await runWith(
        interrupt => new ProcessRunner(childLog, redact, workspace, {}, interrupt),
        args(`child-${c.config}.json`),
        c.config,
        c
      )
      const inProcess = await runWith(
        interrupt => {
          const builtin = builtinChecks({
            logger: inProcessLog,
            redact,
            commandEnv: {},
            http: new FetchHttpClient(),
            interrupt
          }).find(args(`in-process-${c.config}.json`))
          if (!builtin) throw new Error('validate is not a built-in')
          return builtin
        },
        args(`in-process-${c.config}.json`),
        c.config,
        c
      )
      child.logged = childLog.lines.map(line => line.replace(`child-${c.config}`, 'OUT'))
      inProcess.logged = inProcessLog.lines.map(line => line.replace(`in-process-${c.config}`, 'OUT'))
      for (const ran of [child, inProcess]) {
        ran.record.argv = ran.record.argv.map(word => word.replace(/(child|in-process)-/, ''))
        ran.record.stdoutTail = ran.record.stdoutTail.replace(/(child|in-process)-/, '')
      }

      expect(child.record).toMatchObject({ status: c.status, exitCode: c.exitCode })
      expect(withoutTimings(inProcess)).toEqual(withoutTimings(child))
      // Stopped when told (the check alone would wait 5 s for its answer).
      expect(inProcess.record.durationMs).toBeLessThan((c.interruptAfterMs ?? c.timeoutMs) + 1_000)
      // The hook's own file is not evidence yet (the phase redacts what it merges); the record and the log are.
      expect(JSON.stringify([inProcess.record, inProcess.logged])).not.toContain(SECRET)
    },
    30_000
  )
})
