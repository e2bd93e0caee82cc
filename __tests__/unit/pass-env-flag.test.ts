import { parseArgs } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { OPTIONS, passEnvOf } from '../../src/entry/cli/args.js'
import { hintingAtPassEnv } from '../../src/entry/command-hints.js'
import { parseConfig } from '../../src/entry/config/parse.js'
import { UsageError } from '../../src/core/errors.js'
import { FakeRunner, MemoryLogger } from '../fakes.js'

// The CLI follows the action's rule: commands get an allowlisted environment, and `--pass-env NAME` (repeatable) adds
// to the config's pass-env, so a config behaves the same locally and in CI.

const flags = (...args: string[]) =>
  parseArgs({ args: ['run', ...args], options: OPTIONS, allowPositionals: true, strict: true }).values

describe('--pass-env', () => {
  it('is repeatable and keeps names and globs in order', () => {
    expect(passEnvOf(flags('--pass-env', 'KUBECONFIG', '--pass-env', 'AWS_*'))).toEqual([
      'KUBECONFIG',
      'AWS_*'
    ])
  })

  it('is empty when not given', () => {
    expect(passEnvOf(flags())).toEqual([])
  })

  const refused = [
    {
      name: 'a name with a character no variable has',
      value: 'AWS-*',
      says: 'expected a variable name or a glob'
    },
    { name: 'the action secrets input', value: 'INPUT_SECRETS', says: 'never given to commands' },
    { name: 'the job token', value: 'GITHUB_TOKEN', says: 'never given to commands' },
    { name: 'a runner credential', value: 'ACTIONS_RUNTIME_TOKEN', says: 'never given to commands' },
    { name: 'a file command', value: 'GITHUB_OUTPUT', says: 'never given to commands' }
  ]
  it.each(refused)('refuses $name', ({ value, says }) => {
    expect(() => passEnvOf(flags('--pass-env', value))).toThrow(UsageError)
    expect(() => passEnvOf(flags('--pass-env', value))).toThrow(says)
  })
})

describe('pass-env in the config', () => {
  const config = (passEnv: string) => `
version: 1
pass-env: ${passEnv}
services:
  api: { deploy: ./deploy.sh, rollback: ./rollback.sh }
health: { window: 1m, interval: 10s, probes: [{ id: web, http: { url: 'https://example.com' } }] }
`
  it('is read as given', () => {
    expect(parseConfig(config("['AWS_*', KUBECONFIG]"), 'release-gate.yml').passEnv).toEqual([
      'AWS_*',
      'KUBECONFIG'
    ])
  })

  it('refuses a variable no command may get, naming its path', () => {
    expect(() => parseConfig(config('[KUBECONFIG, INPUT_SECRETS]'), 'release-gate.yml')).toThrow(
      "$.pass-env[1]: 'INPUT_SECRETS' is never given to commands"
    )
  })

  it('accepts a glob that also matches forbidden variables (they are left out of it)', () => {
    expect(parseConfig(config("['*']"), 'release-gate.yml').passEnv).toEqual(['*'])
  })
})

describe('the hint after a failed command', () => {
  const source = { PATH: '/bin', AWS_PROFILE: 'prod' }
  const given = { PATH: '/bin' }

  it('warns with the withheld variable the output names, once per distinct hint', async () => {
    const logger = new MemoryLogger()
    const runner = hintingAtPassEnv(
      new FakeRunner(
        () => 1,
        () => 'AWS_PROFILE is not set'
      ),
      logger,
      source,
      given
    )
    await runner.run({ name: 'deploy.sh', argv: ['deploy.sh'], timeoutMs: 1000, label: 'api' })
    await runner.run({ name: 'deploy.sh', argv: ['deploy.sh'], timeoutMs: 1000, label: 'api' })
    expect(logger.lines).toEqual([expect.stringContaining('names AWS_PROFILE')])
    expect(logger.text()).toContain('add it to pass-env in the config (or --pass-env AWS_PROFILE')
  })

  it('reminds once that commands get only the allowlisted environment when the output names no withheld variable', async () => {
    const logger = new MemoryLogger()
    const runner = hintingAtPassEnv(new FakeRunner(() => 1), logger, source, given)
    await runner.run({ name: 'deploy.sh', argv: ['deploy.sh'], timeoutMs: 1000, label: 'api' })
    await runner.run({ name: 'check.sh', argv: ['check.sh'], timeoutMs: 1000, label: 'api' })
    expect(logger.lines).toEqual([expect.stringContaining('commands get only')])
  })

  it('says nothing after a success, or after a quiet command (a probe, asked again and again)', async () => {
    const logger = new MemoryLogger()
    await hintingAtPassEnv(new FakeRunner(() => 0), logger, source, given).run({
      name: 'deploy.sh',
      argv: ['deploy.sh'],
      timeoutMs: 1000,
      label: 'api'
    })
    await hintingAtPassEnv(new FakeRunner(() => 1), logger, source, given).run({
      name: 'probe',
      argv: ['probe'],
      timeoutMs: 1000,
      label: 'probe',
      quiet: true
    })
    expect(logger.lines).toEqual([])
  })
})
