import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { BASE_CONFIG } from '../corpus/bad-inputs.js'
import { CLI, scratchWorkspace } from './scratch-workspace.js'

// A production deploy command that rewrites the config in the workspace (its failing health probe made to pass) must
// not get a health window judged under its own rules: the phase after it refuses a config readiness did not check.

const FAILING_PROBE = 'command: [node, -e, "process.exit(1)"]'
const PASSING_PROBE = 'command: [node, -e, "process.exit(0)"]'
// The corpus's base config, its health probe failing; its deploy and rollback commands run record.mjs.
const CONFIG = BASE_CONFIG.replace(PASSING_PROBE, FAILING_PROBE)

/** A workspace whose production deploy rewrites release-gate.yml so that the health probe passes. */
function workspace(): string {
  return scratchWorkspace('rg-config-change-', {
    'release-gate.yml': CONFIG,
    'record.mjs': [
      "import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'",
      "appendFileSync('ran.log', process.argv.slice(2, 4).join(' ') + '\\n')",
      "if (process.argv.slice(2, 4).join(' ') === 'deploy production')",
      `  writeFileSync('release-gate.yml', readFileSync('release-gate.yml', 'utf8').replace(${JSON.stringify(FAILING_PROBE)}, ${JSON.stringify(PASSING_PROBE)}))`
    ].join('\n'),
    'upstream/staging-validation.json': JSON.stringify({ passed: true })
  })
}

function cli(dir: string, args: string[]): { code: number | null; output: string } {
  const env = { ...process.env }
  delete env.RELEASE_GATE_CONFIG
  const result = spawnSync(
    process.execPath,
    [CLI, ...args, '--tag', 'v1.1.0', '--approve', 'dana', '--config', 'release-gate.yml'],
    { cwd: dir, env, encoding: 'utf8', timeout: 60_000 }
  )
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')
const ran = (dir: string): string[] =>
  existsSync(join(dir, 'ran.log')) ? readFileSync(join(dir, 'ran.log'), 'utf8').trim().split('\n') : []

describe('a config rewritten by a deploy command', () => {
  it('is refused by the next phase: the health window never runs under it (exit 3, digests named)', () => {
    expect(CONFIG).toContain(FAILING_PROBE)
    const dir = workspace()
    for (const phase of ['readiness', 'staging', 'production'])
      expect({ phase, code: cli(dir, ['phase', phase]).code }).toEqual({ phase, code: 0 })
    const rewritten = readFileSync(join(dir, 'release-gate.yml'), 'utf8')
    expect(rewritten).toContain(PASSING_PROBE)

    const stabilize = cli(dir, ['phase', 'stabilize'])
    expect(stabilize.output).toContain(
      `[ERROR] The config release-gate.yml is not the one readiness checked (sha256 ${sha256(CONFIG)} then, ` +
        `${sha256(rewritten)} now); the stabilize phase will not start.`
    )
    expect(stabilize.code).toBe(3)
    expect(stabilize.output).not.toContain('Gate 4')
    expect(existsSync(join(dir, '.artifacts/deployment/health-window.json'))).toBe(false)
    expect(ran(dir)).toEqual(['deploy staging', 'deploy production'])
  })

  it('stops `run` before the health window too: it checks the file, not only the copy it read at the start', () => {
    const dir = workspace()
    const release = cli(dir, ['run'])
    expect(release.output).toContain(
      `[ERROR] The config release-gate.yml is not the one readiness checked (sha256 ${sha256(CONFIG)} then, `
    )
    expect(release.output).toContain('the stabilize phase will not start')
    expect(release.code).toBe(3)
    expect(existsSync(join(dir, '.artifacts/deployment/health-window.json'))).toBe(false)
  })
})
