#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/core/command-environment.ts
var BASE_COMMAND_VARIABLES = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TERM",
  "TZ",
  "LANG",
  "LANGUAGE",
  "LC_*",
  "TMPDIR",
  "TMP",
  "TEMP",
  "RUNNER_TEMP",
  "RUNNER_OS",
  "RUNNER_ARCH",
  "CI"
];
var GITHUB_CONTEXT_VARIABLES = [
  "GITHUB_ACTIONS",
  "GITHUB_REPOSITORY",
  "GITHUB_REPOSITORY_OWNER",
  "GITHUB_SHA",
  "GITHUB_REF",
  "GITHUB_REF_NAME",
  "GITHUB_REF_TYPE",
  "GITHUB_RUN_ID",
  "GITHUB_RUN_NUMBER",
  "GITHUB_RUN_ATTEMPT",
  "GITHUB_ACTOR",
  "GITHUB_TRIGGERING_ACTOR",
  "GITHUB_SERVER_URL",
  "GITHUB_API_URL",
  "GITHUB_WORKFLOW",
  "GITHUB_EVENT_NAME",
  "GITHUB_JOB",
  "GITHUB_WORKSPACE"
];
var FORBIDDEN_PREFIXES = ["INPUT_", "ACTIONS_"];
var FORBIDDEN_NAMES = /* @__PURE__ */ new Set([
  "GITHUB_TOKEN",
  "GITHUB_ENV",
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
  "GITHUB_PATH",
  "GITHUB_STEP_SUMMARY"
]);
function isForbiddenCommandVariable(name) {
  const upper = name.toUpperCase();
  return FORBIDDEN_NAMES.has(upper) || FORBIDDEN_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
function globPattern(glob) {
  const source = glob.split("").map((char) => char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`);
}
function commandEnvironment(source, rule) {
  const patterns = [
    ...BASE_COMMAND_VARIABLES,
    ...GITHUB_CONTEXT_VARIABLES,
    ...rule.secretNames,
    ...rule.passEnv
  ].map(globPattern);
  const heldTokens = new Set((rule.heldTokens ?? []).filter(Boolean));
  const environment = {};
  for (const [name, value] of Object.entries(source)) {
    if (value === void 0 || isForbiddenCommandVariable(name) || heldTokens.has(value)) continue;
    if (patterns.some((pattern) => pattern.test(name))) environment[name] = value;
  }
  return environment;
}
function withheldVariableHint(commandName, output, source, given) {
  const named = new Set(output.match(/[A-Za-z_][A-Za-z0-9_]{2,}/g) ?? []);
  const withheld = [...named].filter((name) => source[name] !== void 0 && !(name in given)).sort();
  const passable = withheld.filter((name) => !isForbiddenCommandVariable(name));
  const forbidden = withheld.filter(isForbiddenCommandVariable);
  const lines = [];
  if (passable.length > 0)
    lines.push(
      `${commandName} failed and its output names ${passable.join(", ")}, set in release-gate's environment but not given to commands: add ${passable.length === 1 ? "it" : "them"} to pass-env in the config (or --pass-env ${passable[0]} on the command line).`
    );
  if (forbidden.length > 0)
    lines.push(
      `${commandName} failed and its output names ${forbidden.join(", ")}, which no command ever gets (the action's inputs, the runner's credentials, the job's token, the file commands): pass what the command needs as a secret listed under secrets: in the config.`
    );
  return lines.length > 0 ? lines.join(" ") : null;
}
function commandEnvironmentReminder(commandName) {
  return `${commandName} failed. If it needs an environment variable: commands get only PATH, HOME, the locale, the temporary directories, CI, GitHub's run context, the RELEASE_GATE_* variables, the secrets listed under secrets: and the variables listed under pass-env in the config (docs/config.md).`;
}

export {
  isForbiddenCommandVariable,
  commandEnvironment,
  withheldVariableHint,
  commandEnvironmentReminder
};
