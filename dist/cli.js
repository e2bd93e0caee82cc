#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  signalExitCode
} from "./cli-chunks/chunk-3TSA7RGD.js";
import {
  InterruptedError
} from "./cli-chunks/chunk-55ENESYO.js";
import {
  EXIT
} from "./cli-chunks/chunk-DZATTA6Z.js";
import {
  HELP,
  OPTIONS,
  inertToWorkflowCommands,
  writeJsonLine
} from "./cli-chunks/chunk-BAE7ZAJW.js";
import {
  workspacePathProblem
} from "./cli-chunks/chunk-HYGIBIMM.js";
import "./cli-chunks/chunk-7DLPZUSP.js";
import {
  DEFAULT_CONFIG_PATH
} from "./cli-chunks/chunk-NLNMHNKJ.js";
import {
  UsageError,
  messageOf
} from "./cli-chunks/chunk-7Q6O7KFX.js";
import "./cli-chunks/chunk-457CUI25.js";

// src/adapters/console-logger.ts
var ConsoleLogger = class {
  constructor(interactive = Boolean(process.stderr.isTTY), quietProgressEveryMs = 1e4) {
    this.interactive = interactive;
    this.quietProgressEveryMs = quietProgressEveryMs;
  }
  interactive;
  quietProgressEveryMs;
  lastProgressAt = 0;
  progressShown = false;
  info(line) {
    this.clearProgress();
    process.stdout.write(inertToWorkflowCommands(line) + "\n");
  }
  warn(line) {
    this.clearProgress();
    process.stderr.write(inertToWorkflowCommands(line) + "\n");
  }
  error(line) {
    this.clearProgress();
    process.stderr.write(inertToWorkflowCommands(line) + "\n");
  }
  progress(line) {
    if (this.interactive) {
      process.stderr.write(`\r\x1B[2K${inertToWorkflowCommands(line)}`);
      this.progressShown = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastProgressAt >= this.quietProgressEveryMs) {
      this.lastProgressAt = now;
      process.stdout.write(inertToWorkflowCommands(line) + "\n");
    }
  }
  clearProgress() {
    if (this.progressShown) {
      process.stderr.write("\r\x1B[2K");
      this.progressShown = false;
    }
  }
};

// src/entry/cli/plain-argv.ts
var SHORT_NAMES = new Map(
  Object.entries(OPTIONS).flatMap(
    ([name, option]) => "short" in option ? [[option.short, name]] : []
  )
);
function parsePlainArgv(args) {
  const values = /* @__PURE__ */ Object.create(null);
  const positionals = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === "--") {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg.length < 2 || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    let name;
    let inline;
    if (arg.startsWith("--")) {
      const equals = arg.indexOf("=");
      name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
      inline = equals < 0 ? void 0 : arg.slice(equals + 1);
    } else if (arg.length === 2) name = SHORT_NAMES.get(arg.slice(1));
    if (name === void 0 || !Object.hasOwn(OPTIONS, name)) return null;
    const option = OPTIONS[name];
    let value;
    if (option.type === "boolean") {
      if (inline !== void 0) return null;
      value = true;
    } else if (inline !== void 0) value = inline;
    else {
      const next = args[index + 1];
      if (next === void 0 || next.startsWith("-")) return null;
      value = next;
      index += 1;
    }
    if (option.multiple) values[name] = [...values[name] ?? [], value];
    else values[name] = value;
  }
  return { values, positionals };
}

// src/entry/cli/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-source";

// src/entry/cli/commands/index.ts
var COMMANDS = /* @__PURE__ */ new Map([
  ["run", () => import("./cli-chunks/release-3EOBDGYI.js").then((module) => module.releaseCommand)],
  ["phase", () => import("./cli-chunks/release-3EOBDGYI.js").then((module) => module.releaseCommand)],
  ["rollback", () => import("./cli-chunks/rollback-OTKYZVFF.js").then((module) => module.rollbackCommand)],
  ["rehearse", () => import("./cli-chunks/rehearse-H5YYQOCF.js").then((module) => module.rehearseCommand)],
  ["signoff", () => import("./cli-chunks/signoff-KGPMYX2L.js").then((module) => module.signoffCommand)],
  ["verify", () => import("./cli-chunks/verify-PGGNY7PL.js").then((module) => module.verifyCommand)],
  ["report", () => import("./cli-chunks/report-6I5SLUNJ.js").then((module) => module.reportCommand)],
  ["validate", () => import("./cli-chunks/checks-JOWZKSAN.js").then((module) => module.checksCommand)],
  ["collect-perf", () => import("./cli-chunks/checks-JOWZKSAN.js").then((module) => module.checksCommand)]
]);

// src/entry/cli/main.ts
async function main(argv2) {
  let parsed;
  try {
    parsed = parsePlainArgv(argv2) ?? (await import("node:util")).parseArgs({
      args: argv2,
      options: OPTIONS,
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    throw new UsageError(`${messageOf(error)}. Run release-gate --help for usage.`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`release-gate ${VERSION}
`);
    return 0;
  }
  if (values.help || command === void 0 || command === "help") {
    process.stdout.write(HELP + "\n");
    return command === void 0 && !values.help ? EXIT.usage : 0;
  }
  const logger = new ConsoleLogger();
  const evidenceDirProblem = values["evidence-dir"] === void 0 ? null : workspacePathProblem(values["evidence-dir"]);
  if (evidenceDirProblem) throw new UsageError(`--evidence-dir: the path ${evidenceDirProblem}.`);
  const configPath = values.config ?? process.env.RELEASE_GATE_CONFIG ?? DEFAULT_CONFIG_PATH;
  const load = COMMANDS.get(command);
  if (!load)
    throw new UsageError(
      `Unknown command '${command}'. Expected run, phase, rollback, rehearse, signoff, verify, report, validate or collect-perf.`
    );
  const run = await load();
  return run({ command, values, rest, logger, configPath });
}
var argv = process.argv.slice(2);
function printFailureJson(outcome, exitCode, error) {
  if (!argv.includes("--json")) return;
  const command = argv.find((arg) => !arg.startsWith("-")) ?? null;
  writeJsonLine({ command, outcome, exitCode, error });
}
main(argv).then(
  (code) => {
    const interrupted = signalExitCode();
    if (interrupted !== null) process.exit(interrupted);
    process.exitCode = code;
  },
  (error) => {
    const interrupted = signalExitCode();
    if (error instanceof InterruptedError) {
      writeError(
        `[ERROR] ${error.message}${error.inFlight ? ` while ${error.inFlight.name} ran (stopped)` : ""}. Nothing else was started; run the command again to finish.
`
      );
      printFailureJson("interrupted", interrupted ?? EXIT.failed, error.message);
      process.exit(interrupted ?? EXIT.failed);
    }
    if (error instanceof UsageError) {
      writeError(`[ERROR] ${error.message}
`);
      printFailureJson("usage-error", EXIT.usage, error.message);
      process.exitCode = EXIT.usage;
    } else {
      writeError(`[ERROR] ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
      printFailureJson("error", EXIT.failed, messageOf(error));
      process.exitCode = EXIT.failed;
    }
  }
);
function writeError(text) {
  process.stderr.write(inertToWorkflowCommands(text));
}
