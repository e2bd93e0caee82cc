#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  deployServices
} from "./chunk-HOWNM3MK.js";
import {
  composeContext,
  executeRollback,
  rollbackTarget
} from "./chunk-AR2Q3P27.js";
import "./chunk-NEQ3YV2T.js";
import {
  runHttpCheck
} from "./chunk-XECMZOE5.js";
import {
  confineFolders
} from "./chunk-PFQSEVPA.js";
import {
  LocalApprovalSource
} from "./chunk-RRIC6IMQ.js";
import {
  validateTag
} from "./chunk-TILFY5S5.js";
import {
  loadConfig
} from "./chunk-XGG6ZREH.js";
import {
  ARTIFACTS,
  recordHeader,
  writeFileAtomic
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
import "./chunk-LFPJ3XXN.js";
import "./chunk-SMFC32GI.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import "./chunk-EUILFL2P.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import "./chunk-7Q6O7KFX.js";
import "./chunk-U766XLRO.js";
import "./chunk-457CUI25.js";

// src/entry/cli/commands/rehearse.ts
import { join } from "node:path";

// src/phases/readiness/rehearsal.ts
async function runRehearsal(ctx, environment = "staging") {
  const startedAt = ctx.clock.now().toISOString();
  const previous = await rollbackTarget(ctx, environment);
  const steps = [];
  ctx.logger.info(
    `[REHEARSAL] Rolling ${ctx.tag} back to ${previous ?? "(no previous release)"} on ${environment} and forward again...`
  );
  const step = async (name, work) => {
    const began = ctx.clock.now();
    const result = await work();
    const ended = ctx.clock.now();
    steps.push({
      name,
      startedAt: began.toISOString(),
      finishedAt: ended.toISOString(),
      durationMs: ended.getTime() - began.getTime(),
      ...result
    });
    ctx.logger.info(`  ${result.passed ? "\u2714" : "\u2718"} ${name}: ${result.message}`);
    return result.passed;
  };
  const deploy = async () => {
    const deployed = await deployServices(ctx, environment, previous);
    return {
      commands: deployed.services.flatMap(
        (s) => [s.deploy, s.verify].filter((e) => e !== null)
      ),
      checks: [],
      passed: deployed.failure === null,
      message: deployed.failure ? deployed.failure.reason : `${ctx.tag} deployed`
    };
  };
  const verify = (release) => async () => {
    const checks = [];
    for (const check of ctx.config.validation.staging)
      checks.push(await runHttpCheck(ctx.http, check, release, () => ctx.clock.now()));
    const failed = checks.filter((c) => !c.passed);
    return {
      commands: [],
      checks,
      passed: failed.length === 0,
      message: checks.length === 0 ? "no validation.staging checks configured: nothing proves which release serves" : failed.length === 0 ? `${release} serves (${checks.length} checks)` : failed.map((c) => `${c.id}: ${c.message}`).join("; ")
    };
  };
  let passed = false;
  if (!previous) {
    steps.push({
      name: "rollback",
      startedAt,
      finishedAt: startedAt,
      durationMs: 0,
      commands: [],
      checks: [],
      passed: false,
      message: `no previous release of ${environment} is known: there is nothing to roll back to (pass --previous <tag>)`
    });
  } else {
    passed = await step("deploy-candidate", deploy) && await step("rollback", async () => {
      const rollback = await executeRollback(ctx, {
        environment,
        target: previous,
        trigger: "rehearsal",
        reason: `rollback rehearsal of ${ctx.tag}`
      });
      return {
        commands: rollback.steps.map((s) => s.exec),
        checks: [],
        passed: rollback.status === "success",
        message: `rollback to ${previous}: ${rollback.status}`
      };
    }) && await step("verify-previous", verify(previous)) && await step("redeploy-candidate", deploy) && await step("verify-candidate", verify(ctx.tag));
    if (ctx.config.validation.staging.length === 0) passed = false;
  }
  const rollbackStep = steps.find((s) => s.name === "rollback");
  const rehearsal = {
    ...recordHeader(ARTIFACTS.rollbackRehearsal, ctx.tag, ctx.clock.now()),
    environment,
    previousRelease: previous,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    passed,
    rollbackDurationMs: rollbackStep?.passed ? rollbackStep.durationMs : null,
    steps
  };
  await ctx.store.writeJson(ARTIFACTS.rollbackRehearsal, rehearsal);
  if (passed)
    ctx.logger.info(
      `[REHEARSAL] Rollback rehearsal passed: back to ${previous} in ${rehearsal.rollbackDurationMs}ms, and forward again.`
    );
  else
    ctx.logger.error(
      `[ERROR] Rollback rehearsal failed: ${steps.find((s) => !s.passed)?.message ?? "unknown"}. Gate 1 will refuse this release until a rehearsal passes.`
    );
  return rehearsal;
}

// src/entry/cli/commands/rehearse.ts
async function rehearseCommand({
  command,
  values,
  logger,
  configPath
}) {
  const tag = validateTag(required(values, "tag", command));
  if (values.previous !== void 0) validateTag(values.previous, "--previous");
  const config = await loadConfig(configPath);
  const evidenceDir = evidenceDirFlag(values) ?? {
    path: join(config.stateDir, "rehearsal"),
    label: "$.state-dir"
  };
  await confineFolders(config, evidenceDir);
  const approval = new LocalApprovalSource(void 0, void 0);
  const ctx = composeContext(
    config,
    {
      tag,
      evidenceDir: evidenceDir.path,
      interrupt: stopOnSignals(),
      passEnv: passEnvOf(values),
      ...values.previous !== void 0 ? { previous: values.previous } : {}
    },
    logger,
    approval,
    selfArgv()
  );
  const rehearsal = await runRehearsal(ctx);
  const output = values.output ?? config.prerequisites.find((p) => p.id === "rollback-rehearsal")?.path;
  if (output) {
    await writeFileAtomic(output, JSON.stringify(rehearsal, null, 2) + "\n");
    logger.info(`Rehearsal record: ${output}`);
  }
  printJson(values, {
    command,
    tag,
    passed: rehearsal.passed,
    output: output ?? ctx.store.path("rollback-rehearsal.json")
  });
  return rehearsal.passed ? 0 : EXIT.failed;
}
export {
  rehearseCommand
};
