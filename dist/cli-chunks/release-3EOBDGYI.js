#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  validateTag
} from "./chunk-TILFY5S5.js";
import {
  loadConfig
} from "./chunk-XGG6ZREH.js";
import {
  signingKeyRequest
} from "./chunk-UWYXJ2MI.js";
import "./chunk-J4CCDTUF.js";
import {
  PHASES,
  required
} from "./chunk-BAE7ZAJW.js";
import "./chunk-HYGIBIMM.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import {
  UsageError
} from "./chunk-7Q6O7KFX.js";
import "./chunk-457CUI25.js";

// src/entry/cli/commands/release.ts
async function releaseCommand({
  command,
  values,
  rest,
  logger,
  configPath
}) {
  const phase = command === "phase" ? phaseNamed(rest[0]) : void 0;
  const tag = validateTag(required(values, "tag", command));
  if (values.previous !== void 0) validateTag(values.previous, "--previous");
  const approver = values.approve?.trim();
  if (values.approve !== void 0 && !approver)
    throw new UsageError(
      `--approve needs the approver's name, e.g. --approve dana (got ${JSON.stringify(values.approve)}).`
    );
  const signing = await signingKeyRequest(values, process.env);
  const config = await loadConfig(configPath);
  const { runConfiguredRelease } = await import("./release-run-AMB65FBA.js");
  return runConfiguredRelease({ command, values, logger, phase, tag, approver, signing, config });
}
function phaseNamed(name) {
  if (!name || !PHASES.includes(name))
    throw new UsageError(`Unknown phase '${name ?? ""}'. Expected one of: ${PHASES.join(", ")}.`);
  return name;
}
export {
  releaseCommand
};
