#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  isForbiddenCommandVariable
} from "./chunk-7DLPZUSP.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-NLNMHNKJ.js";
import {
  UsageError
} from "./chunk-7Q6O7KFX.js";

// src/core/workflow-commands.ts
var COMMAND_BREAK = "\u200B";
var LINE_END = /\r\n|\r|\n/;
function inertToWorkflowCommands(text) {
  return text.split(LINE_END).map(
    (line) => line.replace(/^([\s\p{Z}\p{Cc}]*)::/u, `$1:${COMMAND_BREAK}:`).replace(/##\[/g, `##${COMMAND_BREAK}[`)
  ).join("\n");
}

// src/core/phases.ts
var PHASES = ["readiness", "staging", "production", "stabilize", "report"];
var GATE_BEFORE = { staging: 1, production: 2, stabilize: 3 };

// src/entry/cli/args.ts
var HELP = `release-gate \u2014 run a production release like a careful release manager.

Usage:
  release-gate run --tag <tag> [--approve <name> [--comment <text>]] [options]
  release-gate phase <${PHASES.join("|")}> --tag <tag> [options]
  release-gate rollback --env <env> [--service <id>]... [--to <release>] [--reason <text>] [--config <file>]
  release-gate signoff --tag <tag> --role <role> --name <name> [--comment <text>] [--config <file>]
  release-gate verify <dir|zip> [--public-key <file>] [--json]
  release-gate report --html [--evidence-dir <dir>] [--output <file>]   (no --output: the page sealed in the bundle)
  release-gate rehearse --tag <tag> [--previous <tag>] [--output <file>] [--config <file>]
  release-gate validate --mode <staging|production> --output <file> [--tag <tag>] [--config <file>]
  release-gate collect-perf --env <staging|production> --output <file> [--tag <tag>] [--config <file>]

Options:
  --config <file>        release config (default ${DEFAULT_CONFIG_PATH})
  --evidence-dir <dir>   where evidence is written (default: config evidence-dir, .artifacts/deployment)
  --approve <name>       approve the production release as <name> (else: prompt on a terminal, or refuse)
  --comment <text>       comment recorded with the approval (or with the sign-off)
  --approver-name <name> the name a prompt's answer is recorded under (default: the OS login name)
  --previous <tag>       the release production serves now (rollback target), overriding the release history
  --uat-approve <name>   record a UAT sign-off by <name>
  --role <role>          signoff: the configured stakeholder (stakeholders[].role, or its name without a role)
  --name <name>          signoff: who signs off; recorded in <state-dir>/stakeholder-signoffs.json for that tag only,
                         and shown in release-manifest.md and the readiness checklist when that tag runs
  --override-window <why>  release outside the deployment window or in a freeze (emergencies; recorded)
  --pass-env <name>      give the commands this environment variable too (a name or a glob such as AWS_*; repeatable;
                         adds to the config's pass-env: commands get only an allowlisted environment)
  --signing-key-file <file>  sign every seal with this Ed25519 private key (PEM, inside the workspace; else the
                         PEM in RELEASE_GATE_SIGNING_KEY); run, phase and rollback
  --public-key <file>    verify: every seal must be signed by this Ed25519 public key (PEM)
  --json                 print a machine-readable summary on stdout as the last line
  -h, --help             print this help
  -v, --version          print release-gate's version

Exit codes: 0 released (or command succeeded), 1 failed (production may need attention), 2 usage or config error,
3 halted at a gate before production was touched, 4 production changed and was rolled back,
130/143 stopped by SIGINT/SIGTERM (the running command is stopped; release-interrupted.json says what to do).`;
var OPTIONS = {
  tag: { type: "string" },
  config: { type: "string" },
  "evidence-dir": { type: "string" },
  approve: { type: "string" },
  "approver-name": { type: "string" },
  comment: { type: "string" },
  previous: { type: "string" },
  "uat-approve": { type: "string" },
  role: { type: "string" },
  name: { type: "string" },
  "override-window": { type: "string" },
  env: { type: "string" },
  mode: { type: "string" },
  output: { type: "string" },
  service: { type: "string", multiple: true },
  to: { type: "string" },
  reason: { type: "string" },
  "pass-env": { type: "string", multiple: true },
  "signing-key-file": { type: "string" },
  "public-key": { type: "string" },
  json: { type: "boolean" },
  html: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function required(values, name, command) {
  const value = values[name];
  if (value === void 0 || value === "")
    throw new UsageError(`release-gate ${command} needs --${name}. Run release-gate --help for usage.`);
  return value;
}
function evidenceDirFlag(values) {
  const path = values["evidence-dir"];
  return path === void 0 ? void 0 : { path, label: "--evidence-dir" };
}
function printJson(values, summary) {
  if (values.json) writeJsonLine(summary);
}
function writeJsonLine(summary) {
  process.stdout.write(inertToWorkflowCommands(JSON.stringify(summary)) + "\n");
}
function passEnvOf(values) {
  const names = values["pass-env"] ?? [];
  for (const name of names) {
    if (!/^[A-Za-z0-9_*?]+$/.test(name))
      throw new UsageError(
        `--pass-env '${name}': expected a variable name or a glob of letters, digits, _, * and ?, e.g. --pass-env KUBECONFIG or --pass-env 'AWS_*'.`
      );
    if (!/[*?]/.test(name) && isForbiddenCommandVariable(name))
      throw new UsageError(
        `--pass-env '${name}': this variable is never given to commands (the action's inputs, the runner's credentials, the job's token and the file commands never are). Pass a credential as a secret listed under secrets: in the config.`
      );
  }
  return names;
}

export {
  inertToWorkflowCommands,
  PHASES,
  GATE_BEFORE,
  HELP,
  OPTIONS,
  required,
  evidenceDirFlag,
  printJson,
  writeJsonLine,
  passEnvOf
};
