import { realpathSync } from 'node:fs'
import { interruptOnSignals } from '../../adapters/signals.js'

/** The argv that starts this CLI again (for `release-gate ...` commands inside the config). */
export function selfArgv(): string[] {
  const script = process.argv[1]
  return script ? [process.execPath, realpathSync(script)] : [process.execPath]
}

let signals: ReturnType<typeof interruptOnSignals> | null = null

/**
 * From here on SIGINT/SIGTERM stop the release cleanly: the running command is stopped and the phase records where it
 * stopped. Only commands that change environments take this over; the others keep the default (die at once).
 */
export function stopOnSignals(): AbortSignal {
  signals ??= interruptOnSignals(line => process.stderr.write(line + '\n'))
  return signals.interrupt
}

/** The exit code of the signal that stopped the run (130/143), null when none did or nobody listened. */
export function signalExitCode(): number | null {
  return signals?.exitCode() ?? null
}
