#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  workspaceFileProblem,
  workspaceFolderProblem
} from "./chunk-J4CCDTUF.js";
import {
  ConfigError,
  UsageError
} from "./chunk-7Q6O7KFX.js";

// src/entry/config/paths.ts
async function confineFolders(config, override, workspace = process.cwd()) {
  const evidenceDir = override?.path ?? config.evidenceDir;
  const problems = [];
  const evidenceLabel = override?.label ?? "$.evidence-dir";
  const evidenceProblem = await workspaceFolderProblem(workspace, evidenceDir);
  if (evidenceProblem) problems.push({ label: evidenceLabel, problem: `the path ${evidenceProblem}` });
  else {
    const base = evidenceDir.replace(/[\\/]+$/, "");
    for (const [what, folder] of [
      ["archive", `${base}-archive`],
      ["rollback bundles", `${base}-rollbacks`]
    ]) {
      const folderProblem = await workspaceFileProblem(workspace, folder);
      if (folderProblem)
        problems.push({ label: evidenceLabel, problem: `its ${what} ${folder} ${folderProblem}` });
    }
  }
  const stateProblem = await workspaceFolderProblem(workspace, config.stateDir);
  if (stateProblem) problems.push({ label: "$.state-dir", problem: `the path ${stateProblem}` });
  const fromConfig = problems.filter((p) => p.label.startsWith("$."));
  const fromInput = problems.find((p) => !p.label.startsWith("$."));
  if (fromInput) throw new UsageError(`${fromInput.label}: ${fromInput.problem}.`);
  if (fromConfig.length > 0)
    throw new ConfigError(
      config.sourcePath,
      fromConfig.map((p) => `${p.label}: ${p.problem}`)
    );
}

export {
  confineFolders
};
