#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import "./chunk-NEQ3YV2T.js";
import {
  systemClock
} from "./chunk-RRIC6IMQ.js";
import {
  loadConfig
} from "./chunk-XGG6ZREH.js";
import {
  ARTIFACTS,
  writeFileAtomic
} from "./chunk-SFJFTYR2.js";
import "./chunk-J4CCDTUF.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-NLNMHNKJ.js";
import "./chunk-EUILFL2P.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import {
  UsageError
} from "./chunk-7Q6O7KFX.js";
import "./chunk-457CUI25.js";

// src/entry/cli/commands/report.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
async function reportCommand({ values, logger, configPath }) {
  if (!values.html)
    throw new UsageError(
      "release-gate report needs --html (the Markdown report is written by every release)."
    );
  const config = await loadConfig(configPath);
  const dir = values["evidence-dir"] ?? config.evidenceDir;
  const markdown = await readFile(join(dir, ARTIFACTS.deploymentReport), "utf8").catch(() => {
    throw new UsageError(
      `No ${ARTIFACTS.deploymentReport} in ${dir}. Run a release first, or pass --evidence-dir.`
    );
  });
  if (values.output === void 0) {
    const sealed = resolve(dir, ARTIFACTS.deploymentReportHtml);
    if (!existsSync(sealed))
      throw new UsageError(
        `No ${ARTIFACTS.deploymentReportHtml} in ${dir} (a bundle from before the report phase wrote one). Pass --output <file> to render it outside the bundle.`
      );
    logger.info(`HTML report: ${sealed} (written and sealed by the report phase)`);
    return 0;
  }
  const output = values.output;
  const { renderReportHtml } = await import("./html-47TXEEYE.js");
  await writeFileAtomic(
    output,
    renderReportHtml(markdown, {
      title: `Deployment report (${dir})`,
      generatedAt: systemClock.now().toISOString()
    })
  );
  logger.info(`HTML report: ${output}`);
  return 0;
}
export {
  reportCommand
};
