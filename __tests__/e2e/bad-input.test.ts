import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { BAD_INPUTS, BASE_CONFIG, type BadInputCase } from '../corpus/bad-inputs.js'
import { ACTION, CLI, scratchWorkspace } from './scratch-workspace.js'

// Every case of the bad-input corpus through the bundled CLI or action, as real processes in a scratch workspace
// whose deploy and rollback commands record that they ran: a refusal must name the problem and run nothing.

/** A workspace with the base config, fresh upstream evidence, and v1.0.0 serving production (a rollback target). */
function workspace(config = BASE_CONFIG): string {
  return scratchWorkspace('rg-bad-', {
    'release-gate.yml': config,
    'record.mjs':
      "import { appendFileSync } from 'node:fs'\nappendFileSync('ran.log', process.argv.slice(2).join(' ') + '\\n')\n",
    'upstream/staging-validation.json': JSON.stringify({ passed: true })
  })
}

/** Lays out the upstream evidence of an evidence case. */
function badEvidence(dir: string, evidence: Extract<BadInputCase, { kind: 'evidence' }>['evidence']): void {
  const file = join(dir, 'upstream', 'staging-validation.json')
  const write = (value: string): void => writeFileSync(file, value)
  switch (evidence) {
    case 'bad-schema':
      return writeFileSync(join(dir, 'upstream', 'validation.schema.json'), JSON.stringify({ type: 'strin' }))
    case 'truncated':
      return write('{"passed": tr')
    case 'wrong-schema':
      writeFileSync(
        join(dir, 'upstream', 'validation.schema.json'),
        JSON.stringify({ type: 'object', required: ['passed'], properties: { passed: { type: 'boolean' } } })
      )
      return write(JSON.stringify({ passed: 'yes' }))
    case 'future':
      return write(JSON.stringify({ passed: true, generatedAt: '2099-01-01T00:00:00Z' }))
    case 'no-time':
      return write(JSON.stringify({ passed: true, generatedAt: 'yesterday' }))
    case 'symlink-out': {
      const outside = join(mkdtempSync(join(tmpdir(), 'rg-outside-')), 'forged.json')
      writeFileSync(outside, JSON.stringify({ passed: true }))
      spawnSync('rm', [file])
      return symlinkSync(outside, file)
    }
    case 'missing':
      return void spawnSync('rm', [file])
    case 'stale': {
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000)
      return utimesSync(file, twoHoursAgo, twoHoursAgo)
    }
    case 'directory':
      spawnSync('rm', [file])
      return mkdirSync(file)
  }
}

/** What an outside config holds: a value a refusal must not echo. */
const OUTSIDE_SECRET = 'ghs_runner_credential_0000'

/**
 * Lays out a path case: the workspace gets a .git folder, and the case's link out (to a folder holding a planted
 * runner-credentials.txt, or to a config file) or nested repository. Returns the outside folder.
 */
function pathLayout(dir: string, testCase: Extract<BadInputCase, { kind: 'path' }>): string {
  const outside = mkdtempSync(join(tmpdir(), 'rg-outside-'))
  writeFileSync(join(outside, 'runner-credentials.txt'), OUTSIDE_SECRET)
  mkdirSync(join(dir, '.git'))
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  const layout = testCase.layout
  if (layout && 'link' in layout) {
    if (layout.to === 'outside-config') {
      writeFileSync(join(outside, 'release-gate.yml'), `${BASE_CONFIG}token: ${OUTSIDE_SECRET}\n`)
      spawnSync('rm', [join(dir, layout.link)])
      symlinkSync(join(outside, 'release-gate.yml'), join(dir, layout.link))
    } else
      symlinkSync(layout.to === 'outside-nothing' ? join(outside, 'new') : outside, join(dir, layout.link))
    // An earlier bundle, which a new release would archive.
    if (layout.link === 'release-evidence-archive') {
      mkdirSync(join(dir, 'release-evidence'))
      writeFileSync(join(dir, 'release-evidence', 'earlier.txt'), 'an earlier release')
    }
  }
  if (layout && 'nested' in layout) {
    mkdirSync(join(dir, layout.nested, '.git'), { recursive: true })
    writeFileSync(join(dir, layout.nested, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  }
  return outside
}

/** Every file under `dir`, as relative paths, sorted. */
const filesUnder = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).map(String).sort()

/** Runs one case; returns its exit code and everything it printed. */
function runCase(testCase: BadInputCase, dir: string): { code: number | null; output: string } {
  const env = { ...process.env }
  delete env.RELEASE_GATE_CONFIG
  delete env.RELEASE_GATE_TAG
  const argv =
    testCase.kind === 'input' || (testCase.kind === 'path' && testCase.inputs)
      ? [ACTION]
      : [
          CLI,
          'run',
          '--approve',
          'corpus',
          // After --approve corpus, so that a case's own --approve is the one that counts.
          ...(testCase.kind === 'tag' ? testCase.args : ['--tag', 'v1.1.0']),
          '--config',
          'release-gate.yml'
        ]
  const inputs =
    testCase.kind === 'input' ? testCase.inputs : testCase.kind === 'path' ? testCase.inputs : undefined
  if (inputs) {
    Object.assign(env, {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '77',
      GITHUB_ACTOR: 'dana',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_REF_NAME: 'v1.1.0',
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: 'http://127.0.0.1:9',
      'INPUT_GITHUB-TOKEN': 'ghs_corpus',
      INPUT_CONFIG: 'release-gate.yml'
    })
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  }
  const result = spawnSync(process.execPath, argv, { cwd: dir, env, encoding: 'utf8', timeout: 30_000 })
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

const ranCommands = (dir: string): string =>
  existsSync(join(dir, 'ran.log')) ? readFileSync(join(dir, 'ran.log'), 'utf8') : ''

describe('the bad-input corpus', () => {
  it('has at least 50 cases, each with a distinct name', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(50)
    expect(new Set(BAD_INPUTS.map(c => c.name)).size).toBe(BAD_INPUTS.length)
  })

  it('runs the deploy and rollback commands of the base workspace when nothing is wrong (so the checks below can fail)', () => {
    const dir = workspace()
    const run = runCase(
      { name: 'control', kind: 'tag', args: ['--tag', 'v1.1.0'], exit: 2, message: '' },
      dir
    )
    expect(run.output).toContain('[PROTOCOL COMPLETE]')
    expect(run.code).toBe(0)
    expect(ranCommands(dir)).toContain('deploy production v1.1.0')
  })

  it.each(BAD_INPUTS.map(c => [c.kind, c.name, c] as const))('refuses %s: %s', (_kind, _name, testCase) => {
    const dir = workspace(
      testCase.kind === 'config' || testCase.kind === 'evidence' || testCase.kind === 'path'
        ? testCase.config
        : undefined
    )
    if (testCase.kind === 'evidence') badEvidence(dir, testCase.evidence)
    const outside = testCase.kind === 'path' ? pathLayout(dir, testCase) : null
    const workspaceBefore = filesUnder(dir)
    const outsideBefore = outside ? filesUnder(outside) : []
    const run = runCase(testCase, dir)
    expect(run.output).toContain(testCase.message)
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(run.code).toBe(testCase.exit)
    expect(ranCommands(dir)).toBe('')
    if (outside) {
      // Nothing was read from, written to or moved out of the workspace, nor echoed from a file outside it.
      expect(run.output).not.toContain(OUTSIDE_SECRET)
      expect(filesUnder(outside)).toEqual(outsideBefore)
      expect(filesUnder(dir)).toEqual(workspaceBefore)
    }
  })
})
