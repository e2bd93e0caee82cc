import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createSandboxRegistry,
  processesOf,
  SANDBOX_REGISTRY_ENV,
  registerSandbox,
  stopAbandonedRegistries,
  stopSandboxes,
  type SandboxEntry
} from '../sandbox-registry.js'

// A test that times out leaves its sandbox running unless the run's global teardown stops it: a jest of its own runs
// timed-out/release-times-out.ts (a release hanging in its production deploy, its test timed out, nothing stopped)
// with the repository's jest config, and once that jest has ended nothing of the sandbox may run or hold a port.

const repo = fileURLToPath(new URL('../..', import.meta.url))
const PORT_BASE = 33700
/** How long the inner jest may take: the sandbox's baseline and a release up to its production deploy, ~10 s. */
const INNER_JEST_MS = 60_000

/** The demo's ports in a sandbox: HAProxy's public and own ones, and every instance slot (lib.sh's layout). */
const DEMO_PORTS = [
  1,
  2,
  9,
  11,
  12,
  ...[20, 30, 40, 50].flatMap(group => [1, 2, 3, 4].map(slot => group + slot))
].map(offset => PORT_BASE + offset)

function listening(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Runs jest on one file as `npm test` runs it; killed (as a person gives up) if it has not ended in time. */
function innerJest(
  file: string,
  env: Record<string, string>
): Promise<{ code: number | null; output: string; killed: boolean }> {
  return new Promise(resolve => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
    delete childEnv.JEST_WORKER_ID
    const child = spawn(
      process.execPath,
      ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--testMatch', file, '--', file],
      { cwd: repo, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let output = ''
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, INNER_JEST_MS)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, output, killed })
    })
  })
}

describe('the jest run', () => {
  let sandbox: SandboxEntry | undefined
  afterAll(async () => {
    // Whatever the outcome, this test leaves nothing behind either.
    if (sandbox) await stopSandboxes([sandbox])
  })

  it(
    'stops a sandbox whose test timed out while its release still ran',
    async () => {
      const sandboxFile = join(mkdtempSync(join(tmpdir(), 'rg-timed-out-')), 'sandbox.json')
      const inner = await innerJest(join(repo, '__tests__', 'e2e', 'timed-out', 'release-times-out.ts'), {
        TIMED_OUT_PORT_BASE: String(PORT_BASE),
        TIMED_OUT_SANDBOX_FILE: sandboxFile
      })
      const { root, state } = JSON.parse(readFileSync(sandboxFile, 'utf8')) as { root: string; state: string }
      sandbox = { kind: 'sandbox', root, state }

      expect(inner.output).toContain('Exceeded timeout of 500 ms')
      // The release reached its production deploy: HAProxy and v1.0.0's instances had been started.
      expect(readFileSync(join(state, 'haproxy', 'haproxy.pid'), 'utf8')).toMatch(/^\d+/)
      expect(processesOf([sandbox]).map(p => p.command)).toEqual([])
      const held = []
      for (const port of DEMO_PORTS) if (await listening(port)) held.push(port)
      expect(held).toEqual([])
      // And the jest ended by itself: nothing of the release kept it waiting.
      expect(inner.killed).toBe(false)
    },
    INNER_JEST_MS + 30_000
  )

  it('stops, before it starts, what a run killed before its teardown left running, and only that', async () => {
    const sandboxIn = (registry: string): SandboxEntry => {
      const root = mkdtempSync(join(tmpdir(), 'rg-e2e-'))
      spawn('sleep', ['60'], { cwd: root, detached: true, stdio: 'ignore' }).unref()
      const saved = process.env[SANDBOX_REGISTRY_ENV]
      process.env[SANDBOX_REGISTRY_ENV] = registry
      registerSandbox(root)
      process.env[SANDBOX_REGISTRY_ENV] = saved
      return { kind: 'sandbox', root }
    }
    const killedRun = createSandboxRegistry()
    // Its owner is gone: no process has that id and start time.
    writeFileSync(join(killedRun, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 1, startTime: '1' }))
    const abandoned = sandboxIn(killedRun)
    const runningRun = createSandboxRegistry()
    const stillRunning = sandboxIn(runningRun)
    try {
      expect(processesOf([abandoned])).toHaveLength(1)

      const killed = await stopAbandonedRegistries()

      expect(killed).toEqual([expect.stringMatching(/^\d+: sleep 60$/)])
      expect(processesOf([abandoned])).toEqual([])
      expect(existsSync(killedRun)).toBe(false)
      expect(processesOf([stillRunning])).toHaveLength(1)
      expect(existsSync(runningRun)).toBe(true)
    } finally {
      await stopSandboxes([abandoned, stillRunning])
      rmSync(runningRun, { recursive: true, force: true })
    }
  })
})
