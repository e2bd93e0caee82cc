import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { CLI, scratchWorkspace } from './scratch-workspace.js'

// The CLI gives its commands the same allowlisted environment as the action: a variable the config does not list
// under pass-env (nor --pass-env adds) does not reach them, and a failed command that names it gets a hint.

describe('the environment of the commands the CLI runs', () => {
  const workspace = () =>
    scratchWorkspace('rg-pass-env-', {
      'needs-target.mjs': [
        "import { appendFileSync } from 'node:fs'",
        'const target = process.env.KUBE_TARGET',
        "if (!target) { console.error('error: KUBE_TARGET is not set'); process.exit(1) }",
        "appendFileSync('seen.log', `${process.argv[2]} ${target}\\n`)"
      ].join('\n'),
      'release-gate.yml': `version: 1
services:
  api:
    deploy: [node, needs-target.mjs, deploy]
    rollback: [node, needs-target.mjs, rollback]
health:
  window: 1s
  interval: 500ms
  probes:
    - { id: api, command: [node, -e, ""] }
`
    })
  const release = (dir: string, ...flags: string[]) =>
    spawnSync(
      process.execPath,
      [CLI, 'run', '--tag', 'v1.1.0', '--approve', 'dana', '--config', 'release-gate.yml', ...flags],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, KUBE_TARGET: 'prod-cluster' } }
    )

  it('withholds an unlisted variable and says to add it to pass-env when the failed command names it', () => {
    const run = release(workspace())
    expect(run.status).toBe(3)
    expect(run.stdout + run.stderr).toContain(
      "names KUBE_TARGET, set in release-gate's environment but not given to commands: add it to pass-env in the config (or --pass-env KUBE_TARGET on the command line)."
    )
  })

  it('gives the command a variable named with --pass-env', () => {
    const dir = workspace()
    const run = release(dir, '--pass-env', 'KUBE_*')
    expect([run.status, run.stderr]).toEqual([0, expect.any(String)])
    expect(readFileSync(join(dir, 'seen.log'), 'utf8')).toContain('deploy prod-cluster')
  })
})
