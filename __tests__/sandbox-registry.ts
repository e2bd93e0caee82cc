import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// No jest here: the benchmark runs the harness outside jest, where nothing is registered.
//
// A test that times out does not stop what it started: jest gives up waiting, but the release it ran goes on and
// may start the demo's services again after `afterEach` stopped them; a killed worker runs no hook at all. Every demo
// sandbox, job workspace and emulator process a run starts is therefore recorded here, in a directory of the run's
// own, and the run's global teardown (`global-teardown.ts`) stops all of it. A run that was itself killed
// (no teardown) leaves its directory behind; the next run's global setup stops what it lists.

/** The environment variable that names the registry of the jest run (set by `__tests__/global-setup.ts`). */
export const SANDBOX_REGISTRY_ENV = 'RELEASE_GATE_TEST_SANDBOXES'
const REGISTRY_PREFIX = 'rg-sandboxes-'
const OWNER_FILE = 'owner.json'
/** How long the teardown keeps looking for processes that a dying one forked after it was seen. */
const SETTLE_MS = 5000
const POLL_MS = 50

/** What a run started: directories whose processes are the sandbox's, or one process it spawned itself. */
export type SandboxEntry =
  | {
      kind: 'sandbox'
      /** Every process working inside it, or started with its state directory, belongs to the sandbox. */
      root: string
      state?: string
    }
  | { kind: 'process'; pid: number; startTime: string; description: string }

/** A process as the kernel lists it: its id and its start time (which tells a reused id apart). */
interface ProcessIdentity {
  pid: number
  startTime: string
}

/** Creates the registry of this run, owned by this process, and returns its directory. */
export function createSandboxRegistry(): string {
  const dir = mkdtempSync(join(tmpdir(), REGISTRY_PREFIX))
  writeFileSync(join(dir, OWNER_FILE), JSON.stringify(identify(process.pid)))
  return dir
}

/** Records a demo sandbox or a job workspace (its directory, and the state directory its services record in). */
export function registerSandbox(root: string, state?: string): void {
  record({ kind: 'sandbox', root, ...(state ? { state } : {}) })
}

/** Records a process a test started itself (an emulated Prometheus, HAProxy, Alertmanager). */
export function registerProcess(pid: number | undefined, description: string): void {
  const identity = pid === undefined ? null : identify(pid)
  if (identity) record({ kind: 'process', ...identity, description })
}

function record(entry: SandboxEntry): void {
  const registry = process.env[SANDBOX_REGISTRY_ENV]
  if (!registry) return
  mkdirSync(registry, { recursive: true })
  const name = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`
  writeFileSync(join(registry, name), JSON.stringify(entry))
}

/** The entries of a registry, in the order they were written. */
export function registeredSandboxes(registry: string): SandboxEntry[] {
  let names: string[]
  try {
    names = readdirSync(registry).filter(name => name !== OWNER_FILE && name.endsWith('.json'))
  } catch {
    return []
  }
  return names.sort().flatMap(name => {
    try {
      return [JSON.parse(readFileSync(join(registry, name), 'utf8')) as SandboxEntry]
    } catch {
      // Half written when its writer was killed: nothing was started after it.
      return []
    }
  })
}

/**
 * Kills every process of the entries (a sandbox's services, HAProxy, a release still running in it and the scripts
 * it runs; a registered process) and looks again until none is left, since a script may fork between two looks.
 * Returns what it killed, as `pid: command line`.
 */
export async function stopSandboxes(entries: readonly SandboxEntry[]): Promise<string[]> {
  const killed: string[] = []
  const deadline = Date.now() + SETTLE_MS
  for (;;) {
    const found = processesOf(entries)
    if (found.length === 0) return killed
    for (const proc of found) {
      try {
        process.kill(proc.pid, 'SIGKILL')
        killed.push(`${proc.pid}: ${proc.command}`)
      } catch {
        // Gone already.
      }
    }
    if (Date.now() > deadline) return killed
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
}

/** Stops everything a registry lists and removes it. */
export async function stopRegistry(registry: string): Promise<string[]> {
  const killed = await stopSandboxes(registeredSandboxes(registry))
  rmSync(registry, { recursive: true, force: true })
  return killed
}

/** Stops what the registries of earlier runs list whose owner is gone (a run killed before its teardown). */
export async function stopAbandonedRegistries(): Promise<string[]> {
  const killed: string[] = []
  for (const name of readdirSync(tmpdir()).filter(n => n.startsWith(REGISTRY_PREFIX))) {
    const registry = join(tmpdir(), name)
    let owner: ProcessIdentity
    try {
      owner = JSON.parse(readFileSync(join(registry, OWNER_FILE), 'utf8')) as ProcessIdentity
    } catch {
      continue // Not ours to judge (another user's, or being created).
    }
    if (identify(owner.pid)?.startTime === owner.startTime) continue // Its run still goes on.
    killed.push(...(await stopRegistry(registry)))
  }
  return killed
}

/** The live processes that belong to the entries, never this process. */
export function processesOf(entries: readonly SandboxEntry[]): (ProcessIdentity & { command: string })[] {
  const roots = entries.flatMap(e => (e.kind === 'sandbox' ? [e.root] : []))
  const stateVars = entries.flatMap(e =>
    e.kind === 'sandbox' && e.state ? [`DEMO_STATE_DIR=${e.state}`] : []
  )
  const registered = entries.flatMap(e => (e.kind === 'process' ? [e] : []))
  const found: (ProcessIdentity & { command: string })[] = []
  for (const pid of readdirSync('/proc')
    .filter(name => /^\d+$/.test(name))
    .map(Number)) {
    if (pid === process.pid) continue
    try {
      const identity = identify(pid)
      if (!identity) continue
      const cwd = readlinkSync(`/proc/${pid}/cwd`)
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
      const belongs =
        roots.some(root => cwd === root || cwd.startsWith(`${root}/`)) ||
        environ.some(variable => stateVars.includes(variable)) ||
        registered.some(r => r.pid === pid && r.startTime === identity.startTime)
      if (belongs)
        found.push({
          ...identity,
          command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim()
        })
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found
}

/** A process's id and start time (field 22 of /proc/<pid>/stat), null when it is gone. */
function identify(pid: number): ProcessIdentity | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: count the fields after its closing parenthesis.
    const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
    return startTime ? { pid, startTime } : null
  } catch {
    return null
  }
}
