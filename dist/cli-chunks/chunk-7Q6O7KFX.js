#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends UsageError {
  constructor(file, problems) {
    super(`Invalid config ${file}:
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
  name = "ConfigError";
};
var EvidenceSchemaError = class extends Error {
  constructor(artifact, problems) {
    super(`Evidence ${artifact} does not match its schema: ${problems.join("; ")}`);
    this.artifact = artifact;
    this.problems = problems;
  }
  artifact;
  problems;
  name = "EvidenceSchemaError";
};
var TrafficRouterError = class extends Error {
  name = "TrafficRouterError";
};
function assertNever(value) {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  UsageError,
  ConfigError,
  EvidenceSchemaError,
  TrafficRouterError,
  assertNever,
  messageOf
};
