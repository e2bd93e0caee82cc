#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/entry/cli/process.ts
import { realpathSync } from "node:fs";

// src/adapters/signals.ts
var STOP_SIGNALS = ["SIGINT", "SIGTERM"];
var SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 };
function interruptOnSignals(say) {
  const controller = new AbortController();
  let received = null;
  let count = 0;
  const handler = (signal) => {
    count++;
    if (count === 1) {
      received = signal;
      say(
        `[ERROR] Received ${signal}: stopping the running command and recording where the release stopped...`
      );
      controller.abort(signal);
    } else if (count === 2)
      say(`Received ${signal} again: still recording the evidence; a third signal exits at once.`);
    else process.exit(128 + SIGNAL_NUMBERS[signal]);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return {
    interrupt: controller.signal,
    exitCode: () => received ? 128 + SIGNAL_NUMBERS[received] : null,
    dispose: () => {
      for (const signal of STOP_SIGNALS) process.off(signal, handler);
    }
  };
}

// src/entry/cli/process.ts
function selfArgv() {
  const script = process.argv[1];
  return script ? [process.execPath, realpathSync(script)] : [process.execPath];
}
var signals = null;
function stopOnSignals() {
  signals ??= interruptOnSignals((line) => process.stderr.write(line + "\n"));
  return signals.interrupt;
}
function signalExitCode() {
  return signals?.exitCode() ?? null;
}

export {
  selfArgv,
  stopOnSignals,
  signalExitCode
};
