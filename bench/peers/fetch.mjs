// The peer actions of the cold-start figure, made once at bench time into bench/peers/<name>/ (not committed: it is
// their code). No GitHub access here, and none of the three actions is published to npm with its bundle, so each peer
// is its own dependency set as its package.json pins it (at the release named), installed from the npm registry with
// npm, its entry importing what the action's main module imports at its top, bundled into one CommonJS file as the
// action's ncc build does. It starts as the action starts: load the bundle, read its inputs, then exit.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** What each peer is: the action release, the dependencies its package.json pins, and its top-level imports. */
export const PEERS = {
  'github-script': {
    action: 'actions/github-script v7.0.1',
    dependencies: {
      '@actions/core': '1.10.1',
      '@actions/exec': '1.1.1',
      '@actions/github': '6.0.0',
      '@actions/glob': '0.4.0',
      '@actions/io': '1.1.3',
      '@octokit/plugin-request-log': '4.0.0',
      '@octokit/plugin-retry': '6.0.1'
    },
    entry: `import * as core from '@actions/core'
import * as exec from '@actions/exec'
import { context, getOctokit } from '@actions/github'
import * as glob from '@actions/glob'
import * as io from '@actions/io'
import { requestLog } from '@octokit/plugin-request-log'
import { retry } from '@octokit/plugin-retry'
const inputs = ['script', 'github-token', 'debug', 'user-agent', 'result-encoding'].map(name => core.getInput(name))
void [exec, glob, io, context, getOctokit, requestLog, retry, inputs]`
  },
  checkout: {
    action: 'actions/checkout v4.1.1',
    dependencies: {
      '@actions/core': '1.10.1',
      '@actions/exec': '1.1.1',
      '@actions/github': '6.0.0',
      '@actions/io': '1.1.3',
      '@actions/tool-cache': '2.0.1',
      uuid: '9.0.1'
    },
    entry: `import * as core from '@actions/core'
import * as exec from '@actions/exec'
import * as github from '@actions/github'
import * as io from '@actions/io'
import * as toolCache from '@actions/tool-cache'
import { v4 as uuid } from 'uuid'
const inputs = ['repository', 'ref', 'token', 'path', 'fetch-depth'].map(name => core.getInput(name))
void [exec, github, io, toolCache, uuid, inputs]`
  },
  'upload-artifact': {
    action: 'actions/upload-artifact v3.1.3',
    dependencies: {
      '@actions/artifact': '1.1.2',
      '@actions/core': '1.10.0',
      '@actions/glob': '0.3.0',
      '@actions/io': '1.1.2'
    },
    entry: `import * as core from '@actions/core'
import { create } from '@actions/artifact'
import * as glob from '@actions/glob'
import * as io from '@actions/io'
const inputs = ['name', 'path', 'if-no-files-found', 'retention-days'].map(name => core.getInput(name))
void [create, glob, io, inputs]`
  }
}

/** The bundle of one peer, made if missing; its path. */
export async function peerBundle(name) {
  const peer = PEERS[name]
  const dir = join(here, name)
  const bundle = join(dir, 'dist', 'index.js')
  if (existsSync(bundle)) return bundle
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `peer-${name}`, private: true, dependencies: peer.dependencies }, null, 2) + '\n'
  )
  writeFileSync(join(dir, 'entry.mjs'), peer.entry + '\n')
  const installed = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error'],
    { cwd: dir, stdio: 'inherit' }
  )
  if (installed.status !== 0) throw new Error(`npm install of the ${name} peer failed`)
  await build({
    entryPoints: [join(dir, 'entry.mjs')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error'
  })
  return bundle
}

/** Every peer's bundle, made if missing: name → { action, bundle, dependencies }. */
export async function peerBundles() {
  const peers = {}
  for (const [name, peer] of Object.entries(PEERS))
    peers[name] = { action: peer.action, dependencies: peer.dependencies, bundle: await peerBundle(name) }
  return peers
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(JSON.stringify(await peerBundles(), null, 2))
