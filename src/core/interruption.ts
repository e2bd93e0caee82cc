import type { Clock } from './ports.js'
import type { ExecRecord } from './records/index.js'

/**
 * The release was told to stop (SIGINT, SIGTERM, a cancelled workflow run). Thrown wherever the protocol would start
 * something new or wait, so that nothing starts after the signal and the phase can record where it stopped.
 */
export class InterruptedError extends Error {
  override name = 'InterruptedError'
  constructor(
    readonly signal: string,
    /** The command that was running when the signal came, stopped with its process group. */
    readonly inFlight: ExecRecord | null = null
  ) {
    super(`interrupted by ${signal}`)
  }
}

/** The signal name an aborted AbortSignal carries (its reason), e.g. SIGTERM. */
export function signalName(interrupt: AbortSignal): string {
  return typeof interrupt.reason === 'string' ? interrupt.reason : 'an interruption'
}

/** Throws InterruptedError once `interrupt` has fired; `inFlight` is the command that just ended, if any. */
export function throwIfInterrupted(
  interrupt: AbortSignal | undefined,
  inFlight: ExecRecord | null = null
): void {
  if (interrupt?.aborted) throw new InterruptedError(signalName(interrupt), inFlight)
}

/** A clock whose sleeps end early, with InterruptedError, when `interrupt` fires: a health window stops at once. */
export function interruptibleClock(clock: Clock, interrupt: AbortSignal): Clock {
  return {
    now: () => clock.now(),
    sleep: ms =>
      new Promise<void>((resolve, reject) => {
        if (interrupt.aborted) return reject(new InterruptedError(signalName(interrupt)))
        const stop = (): void => reject(new InterruptedError(signalName(interrupt)))
        interrupt.addEventListener('abort', stop, { once: true })
        clock.sleep(ms).then(
          () => {
            interrupt.removeEventListener('abort', stop)
            resolve()
          },
          error => {
            interrupt.removeEventListener('abort', stop)
            reject(error as Error)
          }
        )
      })
  }
}
