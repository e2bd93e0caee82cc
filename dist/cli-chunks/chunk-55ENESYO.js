#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/core/interruption.ts
var InterruptedError = class extends Error {
  constructor(signal, inFlight = null) {
    super(`interrupted by ${signal}`);
    this.signal = signal;
    this.inFlight = inFlight;
  }
  signal;
  inFlight;
  name = "InterruptedError";
};
function signalName(interrupt) {
  return typeof interrupt.reason === "string" ? interrupt.reason : "an interruption";
}
function throwIfInterrupted(interrupt, inFlight = null) {
  if (interrupt?.aborted) throw new InterruptedError(signalName(interrupt), inFlight);
}
function interruptibleClock(clock, interrupt) {
  return {
    now: () => clock.now(),
    sleep: (ms) => new Promise((resolve, reject) => {
      if (interrupt.aborted) return reject(new InterruptedError(signalName(interrupt)));
      const stop = () => reject(new InterruptedError(signalName(interrupt)));
      interrupt.addEventListener("abort", stop, { once: true });
      clock.sleep(ms).then(
        () => {
          interrupt.removeEventListener("abort", stop);
          resolve();
        },
        (error) => {
          interrupt.removeEventListener("abort", stop);
          reject(error);
        }
      );
    })
  };
}

export {
  InterruptedError,
  signalName,
  throwIfInterrupted,
  interruptibleClock
};
