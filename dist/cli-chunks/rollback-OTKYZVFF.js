#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import "./chunk-ZOSXWB4E.js";
import {
  composeContext,
  executeRollback,
  settleCommunications
} from "./chunk-AR2Q3P27.js";
import "./chunk-NEQ3YV2T.js";
import "./chunk-XECMZOE5.js";
import {
  confineFolders
} from "./chunk-PFQSEVPA.js";
import {
  LocalApprovalSource,
  ReleaseLock,
  describeState,
  rollbackTarget,
  serving
} from "./chunk-RRIC6IMQ.js";
import {
  validateTag
} from "./chunk-TILFY5S5.js";
import {
  loadConfig
} from "./chunk-XGG6ZREH.js";
import {
  signingKeyRequest
} from "./chunk-UWYXJ2MI.js";
import {
  ARTIFACTS,
  FileEvidenceStore,
  newRunId,
  recordHeader,
  rollbackBundleDir
} from "./chunk-SFJFTYR2.js";
import "./chunk-J4CCDTUF.js";
import {
  selfArgv,
  stopOnSignals
} from "./chunk-3TSA7RGD.js";
import "./chunk-55ENESYO.js";
import {
  EXIT
} from "./chunk-DZATTA6Z.js";
import {
  evidenceDirFlag,
  passEnvOf,
  printJson,
  required
} from "./chunk-BAE7ZAJW.js";
import "./chunk-SMFC32GI.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-HYGIBIMM.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import "./chunk-EUILFL2P.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import {
  UsageError
} from "./chunk-7Q6O7KFX.js";
import "./chunk-U766XLRO.js";
import "./chunk-457CUI25.js";

// src/entry/cli/commands/rollback.ts
import { resolve as resolve2 } from "node:path";

// src/phases/rollback/manual.ts
async function resolveRollback(history, request) {
  const ledger = await history.ledger(request.environment);
  const settled = ["serving", "rolled-back", "failed", "empty"].includes(ledger.state.kind);
  const current = settled ? serving(ledger) : ledger.state.release;
  const target = request.target ?? rollbackTarget(ledger);
  if (!target) {
    throw new UsageError(
      `No rollback target known for ${request.environment} (${describeState(ledger)}; no other release that passed its health window and was not rolled back since is recorded). Name the release to return to (--to / target-release).`
    );
  }
  const served = ledger.served;
  if (!served.includes(target)) {
    throw new UsageError(
      `Release ${target} was never deployed to ${request.environment}, so it cannot be a rollback target. ` + (served.length > 0 ? `The releases ${request.environment} has served: ${served.join(", ")}.` : `No release of ${request.environment} is recorded.`)
    );
  }
  return { current, target };
}
function releaseDeployments(record, tag, environment) {
  return record?.tag === tag && record.environment === environment ? record.services : void 0;
}
async function runManualRollback(ctx, request) {
  for (const id of request.services ?? []) {
    if (!ctx.config.services.some((s) => s.id === id)) {
      throw new UsageError(
        `Unknown service '${id}'. Known: ${ctx.config.services.map((s) => s.id).join(", ")}.`
      );
    }
  }
  const deployments = releaseDeployments(request.releaseRecord, ctx.tag, request.environment);
  const rollback = await executeRollback(ctx, {
    environment: request.environment,
    ...deployments ? { deployments } : {},
    target: request.target,
    trigger: "manual",
    reason: request.reason,
    ...request.services ? { services: request.services } : {}
  });
  const report = {
    ...recordHeader(ARTIFACTS.rollbackReport, ctx.tag, ctx.clock.now()),
    environment: request.environment,
    rollback,
    ...request.approval ? { rollbackApproval: request.approval } : {}
  };
  await ctx.store.writeJson(ARTIFACTS.rollbackReport, report);
  await settleCommunications(ctx);
  await ctx.store.seal("rollback", ctx.tag, ctx.clock.now());
  ctx.logger.info(
    `Rollback of ${request.environment} to ${request.target}: ${rollback.status}. Evidence: ${ctx.store.path(ARTIFACTS.rollbackReport)}`
  );
  return report;
}

// src/entry/release-record.ts
import { resolve } from "node:path";
async function releaseRecordIn(evidenceDir) {
  try {
    return await new FileEvidenceStore(resolve(evidenceDir)).readJson(
      ARTIFACTS.productionDeployment
    );
  } catch {
    return void 0;
  }
}

// src/entry/cli/commands/rollback.ts
async function rollbackCommand({
  command,
  values,
  logger,
  configPath
}) {
  const signing = await signingKeyRequest(values, process.env);
  const config = await loadConfig(configPath);
  await confineFolders(config, evidenceDirFlag(values));
  const environment = required(values, "env", command);
  const passEnv = passEnvOf(values);
  const approval = new LocalApprovalSource(void 0, void 0);
  const history = composeContext(config, { tag: "0.0.0" }, logger, approval, selfArgv()).history;
  const { current, target } = await resolveRollback(history, {
    environment,
    ...values.to !== void 0 ? { target: validateTag(values.to, "--to") } : {}
  });
  const runId = newRunId(/* @__PURE__ */ new Date());
  const releaseBundle = values["evidence-dir"] ?? config.evidenceDir;
  const ctx = composeContext(
    config,
    {
      tag: current ?? target,
      evidenceDir: rollbackBundleDir(releaseBundle, runId),
      runId,
      interrupt: stopOnSignals(),
      passEnv,
      ...signing
    },
    logger,
    approval,
    selfArgv()
  );
  const held = await new ReleaseLock(resolve2(config.stateDir)).acquire(`rollback ${environment}`);
  let report;
  try {
    report = await runManualRollback(ctx, {
      environment,
      target,
      reason: values.reason ?? "manual rollback (release-gate rollback)",
      releaseRecord: await releaseRecordIn(releaseBundle),
      ...values.service ? { services: new Set(values.service) } : {}
    });
  } finally {
    await held.release();
  }
  const status = report.rollback.status;
  printJson(values, { command, environment, target, status, exitCode: status === "success" ? 0 : 1 });
  return status === "success" ? 0 : EXIT.failed;
}
export {
  rollbackCommand
};
