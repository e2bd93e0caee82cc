import { describe, expect, it } from '@jest/globals'
import { InProcessRunner, type InProcessCommand } from '../../src/adapters/in-process-runner.js'
import { ProcessRunner } from '../../src/adapters/process-runner.js'
import type { CommandRequest } from '../../src/core/ports.js'
import { redactorFor } from '../../src/core/redact.js'
import { inertToWorkflowCommands } from '../../src/core/workflow-commands.js'
import { MemoryLogger } from '../fakes.js'

// A command run inside release-gate leaves what the same command as a process leaves: these hold the in-process
// runner to the process runner on the cases that need no network (the e2e builtin-checks test does the rest).

const SECRET = 's3cr3t-deploy-value'
const redact = redactorFor({ DEPLOY_TOKEN: SECRET }, [])

const request = (quiet = false): CommandRequest => ({
  name: 'release-gate validate',
  argv: ['node', 'cli.js', 'validate', `--tag=${SECRET}`],
  timeoutMs: 10_000,
  label: 'staging',
  ...(quiet ? { quiet } : {})
})

function timeless(record: object): object {
  return { ...record, startedAt: 'T', finishedAt: 'T', durationMs: 0 }
}

describe('a command run in this process', () => {
  it.each<{ name: string; command: InProcessCommand; script: string; quiet?: boolean }>([
    {
      name: 'output lines, redacted, under the label',
      command: async io => {
        io.stdout(`token ${SECRET}`)
        io.stderr('warning')
        return 0
      },
      script: `echo "token ${SECRET}"; echo warning >&2`
    },
    {
      name: 'a failure exit code',
      command: async io => {
        io.stdout('✘ check: 503')
        return 1
      },
      script: `echo "✘ check: 503"; exit 1`
    },
    {
      name: 'a workflow command made inert',
      command: async io => {
        io.stdout('::stop-commands::x')
        return 0
      },
      // What the CLI's logger writes for that line.
      script: `printf '%s\\n' '${inertToWorkflowCommands('::stop-commands::x')}'`
    },
    {
      name: 'quiet: captured, not logged',
      command: async io => {
        io.stdout('quiet line')
        return 0
      },
      script: 'echo quiet line',
      quiet: true
    }
  ])('$name, as the process runner records them', async ({ command, script, quiet }) => {
    const processLog = new MemoryLogger()
    const inProcessLog = new MemoryLogger()
    const asProcess = await new ProcessRunner(processLog, redact, process.cwd(), {}).run({
      ...request(quiet),
      argv: ['bash', '-c', script]
    })
    const inProcess = await new InProcessRunner(inProcessLog, redact, {}, command).run({
      ...request(quiet),
      argv: ['bash', '-c', script]
    })

    expect(timeless(inProcess)).toEqual(timeless(asProcess))
    expect(inProcessLog.lines).toEqual(processLog.lines)
    expect(JSON.stringify([inProcess, inProcessLog.lines])).not.toContain(SECRET)
  })

  it('does not start once release-gate is interrupted, as a process would not', async () => {
    const interrupt = new AbortController()
    interrupt.abort('SIGINT')
    let ran = false
    const inProcess = await new InProcessRunner(
      new MemoryLogger(),
      redact,
      {},
      async () => {
        ran = true
        return 0
      },
      interrupt.signal
    ).run(request())
    const asProcess = await new ProcessRunner(
      new MemoryLogger(),
      redact,
      process.cwd(),
      {},
      interrupt.signal
    ).run(request())

    expect(ran).toBe(false)
    expect(timeless(inProcess)).toEqual(timeless(asProcess))
    expect(inProcess.argv).toEqual(['node', 'cli.js', 'validate', '--tag=***'])
  })

  it('gives the command the commands environment and the request env', async () => {
    let seen: Record<string, string> = {}
    await new InProcessRunner(new MemoryLogger(), redact, { PATH: '/bin', SHARED: 'base' }, async io => {
      seen = io.env
      return 0
    }).run({ ...request(), env: { SHARED: 'request', RELEASE_GATE_TAG: 'v1.1.0' } })

    expect(seen).toEqual({ PATH: '/bin', SHARED: 'request', RELEASE_GATE_TAG: 'v1.1.0' })
  })
})
