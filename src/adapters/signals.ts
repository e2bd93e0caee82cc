const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * Their numbers, the same on every platform Node runs on (POSIX fixes both), for the 128 + n exit code: written out, not
 * read from `node:os`, which the CLI would otherwise load at every start for these two.
 */
const SIGNAL_NUMBERS: Record<(typeof STOP_SIGNALS)[number], number> = { SIGINT: 2, SIGTERM: 15 }

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
  let received: (typeof STOP_SIGNALS)[number] | null = null
  let count = 0
  const handler = (signal: (typeof STOP_SIGNALS)[number]): void => {
    count++
    if (count === 1) {
      received = signal
      say(
        `[ERROR] Received ${signal}: stopping the running command and recording where the release stopped...`
      )
      controller.abort(signal)
    } else if (count === 2)
      say(`Received ${signal} again: still recording the evidence; a third signal exits at once.`)
    else process.exit(128 + SIGNAL_NUMBERS[signal])
  }
  for (const signal of STOP_SIGNALS) process.on(signal, handler)
  return {
    interrupt: controller.signal,
    exitCode: () => (received ? 128 + SIGNAL_NUMBERS[received] : null),
    dispose: () => {
      for (const signal of STOP_SIGNALS) process.off(signal, handler)
    }
  }
}
