#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  findStakeholder,
  signoffTextProblem,
  stakeholderRole
} from "./chunk-KTJ7GGEX.js";
import {
  confineFolders
} from "./chunk-PFQSEVPA.js";
import {
  FileSignoffStore
} from "./chunk-RRIC6IMQ.js";
import {
  validateTag
} from "./chunk-TILFY5S5.js";
import {
  loadConfig
} from "./chunk-XGG6ZREH.js";
import "./chunk-SFJFTYR2.js";
import "./chunk-J4CCDTUF.js";
import {
  printJson,
  required
} from "./chunk-BAE7ZAJW.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import "./chunk-EUILFL2P.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import {
  UsageError
} from "./chunk-7Q6O7KFX.js";
import "./chunk-457CUI25.js";

// src/entry/cli/commands/signoff.ts
import { relative, resolve } from "node:path";
async function signoffCommand({ command, values, logger, configPath }) {
  const tag = validateTag(required(values, "tag", command));
  const role = required(values, "role", command);
  const name = required(values, "name", command);
  const comment = values.comment ?? null;
  for (const problem of [
    signoffTextProblem("name", name),
    comment === null ? null : signoffTextProblem("comment", comment)
  ])
    if (problem) throw new UsageError(`${problem}.`);
  const config = await loadConfig(configPath);
  await confineFolders(config, void 0);
  const roles = config.stakeholders.map((s) => `'${stakeholderRole(s)}'`);
  if (roles.length === 0)
    throw new UsageError(
      `No stakeholders are configured in ${config.sourcePath}: list who signs off under stakeholders: (name, role) first.`
    );
  const stakeholder = findStakeholder(config.stakeholders, role);
  if (!stakeholder)
    throw new UsageError(
      `--role '${role}' is not a stakeholder role in ${config.sourcePath}. Configured roles: ${roles.join(", ")}.`
    );
  const signoff = {
    tag,
    role: stakeholderRole(stakeholder),
    name,
    comment,
    signedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  const store = new FileSignoffStore(resolve(config.stateDir));
  await store.record(signoff);
  const file = relative(process.cwd(), store.file);
  logger.info(
    `Recorded: ${name} signed off ${tag} for ${stakeholder.name} (${signoff.role}) at ${signoff.signedAt}, in ${file}. Phase 1 of ${tag} records it; it counts for no other release. In GitHub Actions, commit ${file} before tagging.`
  );
  printJson(values, { command, outcome: "recorded", exitCode: 0, ...signoff, file });
  return 0;
}
export {
  signoffCommand
};
