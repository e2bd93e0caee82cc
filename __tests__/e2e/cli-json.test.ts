import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { CLI, scratchWorkspace } from './scratch-workspace.js'

// With --json, the last line of stdout is a JSON summary whatever happened, so a script that parses it never gets
// nothing: a usage error and a config error too.

describe('--json when the command cannot start', () => {
  const workspace = scratchWorkspace('rg-json-', { 'broken.yml': 'version: 1\nservices: [\n' })

  it.each([
    [
      'an unknown option',
      ['run', '--tag', 'v1.1.0', '--json', '--frobnicate'],
      "Unknown option '--frobnicate'"
    ],
    ['a missing --tag', ['run', '--json'], 'release-gate run needs --tag'],
    ['an unknown command', ['deploy', '--json'], "Unknown command 'deploy'"],
    [
      'a config that is not YAML',
      ['run', '--tag', 'v1.1.0', '--config', 'broken.yml', '--json'],
      'broken.yml'
    ]
  ])('%s: exit 2 and the JSON line says why', (_case, args, error) => {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: workspace, encoding: 'utf8' })
    expect(result.status).toBe(2)
    const last = result.stdout.trim().split('\n').at(-1) ?? ''
    const summary = JSON.parse(last) as Record<string, unknown>
    expect(summary).toMatchObject({ outcome: 'usage-error', exitCode: 2, command: args[0] })
    expect(summary.error).toContain(error)
  })

  it('never lets the error it quotes issue a workflow command from the JSON line', () => {
    const args = ['run', '--tag', 'v1.1.0', '--json', '--##[warning]planted']
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: workspace, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stdout).not.toContain('##[')
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>
    expect(summary.error).toContain('planted')
  })
})
