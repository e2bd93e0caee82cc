import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from '@jest/globals'
import { actionStepVariables } from '../../bench/cold-start.js'
import { ACTION, CLI } from './scratch-workspace.js'

// Issue 21, figure 1: a phase that makes no GitHub call and reads no config must not parse the code that would.
// Each run starts the bundle as the benchmark does (readiness against a config that does not exist, the action with
// the benchmark's step variables) under a loader
// hook that records every file module loaded; esbuild marks each bundled source in the output with a
// `// node_modules/<package>/...` or `// src/...` comment, so the loaded files name what the process parsed.

const recorder = fileURLToPath(new URL('./module-load-recorder.mjs', import.meta.url))
const builtinRecorder = fileURLToPath(new URL('./builtin-load-recorder.mjs', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'rg-cold-start-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The npm packages and the modules of src/ bundled into the files a run of `argv` loaded, and what it printed. */
function packagesLoaded(
  name: string,
  argv: string[],
  env: Record<string, string>
): { packages: Set<string>; output: string } {
  const loadedList = join(work, `${name}-loaded.txt`)
  writeFileSync(loadedList, '')
  const run = spawnSync(process.execPath, ['--import', recorder, ...argv], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env, RG_LOADED_MODULES: loadedList },
    timeout: 30_000
  })
  const files = new Set(readFileSync(loadedList, 'utf8').split('\n').filter(Boolean))
  files.delete(new URL(`file://${recorder}`).href)
  const packages = new Set<string>()
  for (const file of files)
    for (const [, pkg, source] of readFileSync(fileURLToPath(file), 'utf8').matchAll(
      /^\/\/ (?:node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\/|(src\/\S+)$)/gm
    ))
      packages.add((pkg ?? source) as string)
  return { packages, output: run.stdout + run.stderr }
}

const arms = [
  {
    name: 'the action',
    argv: [ACTION],
    env: actionStepVariables(work),
    needs: ['@actions/core', 'src/entry/action/main.ts']
  },
  {
    name: 'the CLI',
    argv: [CLI, 'phase', 'readiness', '--tag', 'v1.0.0', '--config', 'no-such-config.yml'],
    env: {},
    needs: ['src/entry/cli/main.ts', 'src/entry/cli/commands/release.ts']
  }
]

/** What only a GitHub call, a config file, an evidence zip, a record's validation or the HTML report needs. */
const notAtStart = [
  'undici',
  '@actions/http-client',
  '@actions/github',
  '@octokit/core',
  '@octokit/plugin-rest-endpoint-methods',
  'yaml',
  'jszip',
  'pako',
  'markdown-it',
  // ajv's standalone code for the schemas, in two chunks (some 0.6 and 0.9 MB)
  'src/adapters/evidence/precompiled-validators.ts',
  'src/adapters/evidence/precompiled-validators-later.ts'
]

/**
 * What the CLI's readiness needs only once a config is read (the rest of the release: engine, phases, evidence store,
 * the schema compiler, the change-set globs) or only in another command; the CLI starts a command by loading that
 * command alone, and `run`/`phase` load the release itself after the config.
 */
const notAtCliStart = [
  'ajv',
  'ajv-formats',
  'fast-uri',
  'picomatch',
  'shell-quote',
  'src/adapters/evidence/schemas.ts',
  // node:crypto, with the key reader and the config's digest: a run without a key or a config does not need them
  'src/adapters/evidence/seal-keys.ts',
  'src/entry/config/digest.ts',
  'src/adapters/evidence/store.ts',
  'src/engine/run.ts',
  'src/entry/compose.ts',
  'src/phases/readiness/run.ts',
  'src/entry/cli/commands/checks.ts',
  'src/entry/cli/commands/verify.ts',
  'src/entry/cli/commands/report.ts',
  'src/entry/cli/commands/rollback.ts',
  'src/entry/cli/commands/signoff.ts',
  'src/entry/cli/commands/rehearse.ts'
]

describe('cold start of a phase that makes no GitHub call and finds no config', () => {
  it.each(arms)(
    '$name loads neither the GitHub HTTP stack, yaml, the zip reader, the schema validators nor markdown-it',
    ({ name, argv, env, needs }) => {
      const { packages, output } = packagesLoaded(name.replace(/\W/g, '-'), argv, env)
      // It ran as far as the missing config, and the recorder sees the packages it did load.
      expect(output).toContain('no-such-config.yml')
      for (const pkg of needs) expect(packages).toContain(pkg)
      expect(notAtStart.filter(pkg => packages.has(pkg))).toEqual([])
    }
  )

  it("the CLI reads its flags and its signals' numbers without loading node:util's argument parser or node:os", () => {
    // Some 3 ms of a start the benchmark holds to 40 ms above bare Node: the usual argv is read by the CLI itself.
    const cli = arms.find(arm => arm.name === 'the CLI')!
    const builtinList = join(work, 'cli-builtins.txt')
    const run = spawnSync(process.execPath, ['--import', builtinRecorder, ...cli.argv], {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', RG_LOADED_BUILTINS: builtinList },
      timeout: 30_000
    })
    expect(run.stderr).toContain('[ERROR] Config file no-such-config.yml not found.')
    const builtins = readFileSync(builtinList, 'utf8').split('\n')
    // The recorder saw the run's own loads (the CLI's writes to stderr load Node's streams).
    expect(builtins).toContain('NativeModule stream')
    expect(
      builtins.filter(line => /^NativeModule (?:os|internal\/util\/parse_args\/parse_args)$/.test(line))
    ).toEqual([])
  })

  it('the CLI loads only its release command up to the config: no schema compiler, globs, engine or other command', () => {
    const cli = arms.find(arm => arm.name === 'the CLI')!
    const { packages, output } = packagesLoaded('the-CLI-lazy', cli.argv, cli.env)
    // The same run, ending the same way: the missing config's usage error.
    expect(output).toContain('[ERROR] Config file no-such-config.yml not found.')
    expect(notAtCliStart.filter(pkg => packages.has(pkg))).toEqual([])
  })
})
