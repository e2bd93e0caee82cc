import { constants } from 'node:os'

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * Turns SIGINT and SIGTERM into an interruption the protocol can record: the first signal aborts the returned signal
 * (running commands are stopped, the phase writes release-interrupted.json and the evidence is uploaded). A cancelled
 * workflow run sends SIGINT, then SIGTERM 7.5 s later: that second one only says so. A third exits at once.
 */
export function interruptOnSignals(say: (line: string) => void): {
  interrupt: AbortSignal
  /** The exit code for the signal received (130 for SIGINT, 143 for SIGTERM), or null without one. */
  exitCode(): number | null
  dispose(): void
} {
  const controller = new AbortController()
  let received: NodeJS.Signals | null = null
  let count = 0
  const handler = (signal: NodeJS.Signals): void => {
    count++
    if (count === 1) {
      received = signal
      say(
        `[ERROR] Received ${signal}: stopping the running command and recording where the release stopped...`
      )
      controller.abort(signal)
    } else if (count === 2)
      say(`Received ${signal} again: still recording the evidence; a third signal exits at once.`)
    else process.exit(128 + (constants.signals[signal] ?? 1))
  }
  for (const signal of STOP_SIGNALS) process.on(signal, handler)
  return {
    interrupt: controller.signal,
    exitCode: () => (received ? 128 + (constants.signals[received] ?? 1) : null),
    dispose: () => {
      for (const signal of STOP_SIGNALS) process.off(signal, handler)
    }
  }
}
