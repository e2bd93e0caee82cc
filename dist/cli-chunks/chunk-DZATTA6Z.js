#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/core/outcome.ts
var EXIT = { released: 0, failed: 1, usage: 2, halted: 3, rolledBack: 4 };
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
function exitCodeOf(outcome) {
  switch (outcome.kind) {
    case "passed":
      return EXIT.released;
    case "halted":
      return EXIT.halted;
    case "rolled-back":
      return EXIT.rolledBack;
    case "failed":
    case "incomplete":
      return EXIT.failed;
    case "interrupted":
      return SIGNAL_EXIT[outcome.signal] ?? EXIT.failed;
  }
}
function statementOf(outcome, signalExitCode = null) {
  const interrupted = signalExitCode !== null && outcome.kind !== "interrupted";
  return {
    outcome: interrupted && outcome.kind === "passed" ? "interrupted" : outcome.kind,
    gate: outcome.kind === "halted" || outcome.kind === "rolled-back" || outcome.kind === "failed" ? outcome.gate ?? null : null,
    exitCode: signalExitCode ?? exitCodeOf(outcome),
    reasons: outcome.kind === "halted" ? outcome.reasons : "reason" in outcome ? [outcome.reason] : []
  };
}
function finalLine(tag, statement, where) {
  const exit = `(exit ${statement.exitCode})`;
  const [reason = ""] = statement.reasons;
  const gate = statement.gate === null ? "" : ` at Gate ${statement.gate}`;
  switch (statement.outcome) {
    case "passed":
      return `release-gate: ${tag} passed ${exit}; ${where}`;
    case "halted":
      return `release-gate: ${tag} halted${gate}; production untouched ${exit}; ${where}`;
    case "rolled-back":
      return `release-gate: ${tag} was rolled back${gate}: ${reason} ${exit}; ${where}`;
    case "failed":
      return `release-gate: ${tag} FAILED${gate}: ${reason} ${exit}; ${where}`;
    case "interrupted":
      return `release-gate: ${tag} INTERRUPTED: ${reason || "stopped by a signal"} ${exit}; ${where}`;
    case "incomplete":
      return `release-gate: ${tag} is INCOMPLETE: ${reason} ${exit}; ${where}`;
  }
}

export {
  EXIT,
  statementOf,
  finalLine
};
