#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  workspaceFileProblem
} from "./chunk-J4CCDTUF.js";
import {
  ConfigError,
  UsageError,
  messageOf
} from "./chunk-7Q6O7KFX.js";

// src/entry/config/load.ts
import { open, readFile } from "node:fs/promises";
var MAX_CONFIG_BYTES = 1024 * 1024;
async function loadConfig(file, workspace = process.cwd()) {
  const outside = await workspaceFileProblem(workspace, file);
  if (outside)
    throw new UsageError(
      `Config file ${file} ${outside}: it is not read. Keep the config in the repository, as a file, not a link out.`
    );
  let text;
  try {
    text = await readAtMost(file, MAX_CONFIG_BYTES);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `Config file ${file} not found. Create it (see schemas/config.schema.json) or pass --config <file>.` : `Cannot read config file ${file}: ${messageOf(error)}`
    );
  }
  if (lastLoaded?.file === file && lastLoaded.text === text) return structuredClone(lastLoaded.config);
  const [{ parseConfig }] = await Promise.all([
    import("./parse-VJCKP3GE.js"),
    import("./schemas-HQQZ5QHH.js").then((schemas) => schemas.loadPrecompiledValidators())
  ]);
  const config = parseConfig(text, file);
  lastLoaded = { file, text, config: structuredClone(config) };
  return config;
}
var lastLoaded;
async function readAtMost(file, limit) {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) {
      const { size } = await handle.stat();
      throw new ConfigError(file, [
        `the file is ${size > limit ? size : `more than ${limit}`} bytes; a config may be at most ${limit} bytes (${limit / 1024 / 1024} MiB)`
      ]);
    }
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    await handle.close();
  }
}
async function configFileDigest(file) {
  const { configDigest } = await import("./digest-RHLVGV25.js");
  return readFile(file, "utf8").then(configDigest, () => null);
}

export {
  loadConfig,
  configFileDigest
};
