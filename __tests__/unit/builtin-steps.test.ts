import { describe, expect, it } from '@jest/globals'
import type { StepSpec } from '../../src/core/config.js'
import type { BuiltinCommands } from '../../src/core/ports.js'
import { parseConfig } from '../../src/entry/config/parse.js'
import { realProbeSampler } from '../../src/phases/analysis/probes.js'
import { runStep } from '../../src/phases/shared/step.js'
import { fakeContext, FakeHttp, FakeRunner, TWO_SERVICES_CONFIG } from '../fakes.js'

// `release-gate validate` and `collect-perf` in a config run inside the release's own process (no Node start of
// ~240 ms each); every other command, `release-gate <anything else>` included, still runs as a process.

const vars = {
  tag: 'v1.1.0',
  env: 'staging',
  previous: 'v1.0.0',
  evidence: '.artifacts/deployment',
  service: ''
}

/** Built-ins that answer for `validate` and `collect-perf` only, with the runner that stands for "in this process". */
function builtinsRecording(): { builtins: BuiltinCommands; inProcess: FakeRunner; asked: string[][] } {
  const inProcess = new FakeRunner()
  const asked: string[][] = []
  return {
    inProcess,
    asked,
    builtins: {
      find: args => {
        asked.push([...args])
        return args[0] === 'validate' || args[0] === 'collect-perf' ? inProcess : null
      }
    }
  }
}

const step = (command: string): StepSpec => ({
  name: command.split(' ')[0] as string,
  command,
  timeoutMs: 60_000
})

describe('config steps that are release-gate built-ins', () => {
  it.each([
    { command: 'release-gate validate --mode ${env} --output staging.json', builtin: true },
    { command: 'release-gate collect-perf --env production --output perf.json', builtin: true },
    { command: 'release-gate verify .artifacts/deployment', builtin: false },
    { command: 'validate.sh ${env}', builtin: false }
  ])('$command runs in this process: $builtin', async ({ command, builtin }) => {
    const processes = new FakeRunner()
    const { builtins, inProcess } = builtinsRecording()
    const ctx = fakeContext(parseConfig(TWO_SERVICES_CONFIG, 'release-gate.yml'), {
      runner: processes,
      builtins
    })

    await runStep(ctx, step(command), vars, 'staging')

    expect(processes.requests).toHaveLength(builtin ? 0 : 1)
    expect(inProcess.requests).toHaveLength(builtin ? 1 : 0)
  })

  it('gives the built-in the request a process would get: argv through this program, env, timeout, label', async () => {
    const { builtins, inProcess, asked } = builtinsRecording()
    const ctx = fakeContext(parseConfig(TWO_SERVICES_CONFIG, 'release-gate.yml'), { builtins })

    await runStep(ctx, step('release-gate validate --mode ${env} --output x.json'), vars, 'staging')

    expect(asked).toEqual([['validate', '--mode', 'staging', '--output', 'x.json']])
    expect(inProcess.requests[0]).toMatchObject({
      name: 'release-gate',
      argv: ['node', 'cli.js', 'validate', '--mode', 'staging', '--output', 'x.json'],
      timeoutMs: 60_000,
      label: 'staging',
      env: {
        RELEASE_GATE_TAG: 'v1.1.0',
        RELEASE_GATE_ENV: 'staging',
        RELEASE_GATE_CONFIG: 'release-gate.yml'
      }
    })
  })

  it.each([
    { command: 'release-gate validate --mode production --output probe.json', builtin: true },
    { command: 'release-gate verify .artifacts/deployment', builtin: false }
  ])('a command probe $command runs in this process: $builtin', async ({ command, builtin }) => {
    const processes = new FakeRunner()
    const { builtins, inProcess } = builtinsRecording()
    const sample = realProbeSampler({
      http: new FakeHttp(),
      runner: processes,
      builtins,
      now: () => new Date('2026-12-01T00:00:00Z'),
      vars,
      selfArgv: ['node', 'cli.js']
    })

    const measured = await sample(
      {
        id: 'checks',
        kind: 'command',
        command,
        value: 'exit-code',
        failureLimit: 1,
        consecutiveErrorLimit: 3,
        inconclusiveLimit: 3,
        timeoutMs: 1000
      },
      0
    )

    expect(measured.status).toBe('passed')
    expect(processes.requests).toHaveLength(builtin ? 0 : 1)
    expect(inProcess.requests.map(r => ({ argv: r.argv, quiet: r.quiet }))).toEqual(
      builtin ? [{ argv: ['node', 'cli.js', ...command.split(' ').slice(1)], quiet: true }] : []
    )
  })
})
