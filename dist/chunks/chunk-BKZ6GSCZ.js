import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/adapters/github/artifact-client.ts
function lazyArtifactClient() {
  let loading;
  const client = () => loading ??= import("./artifact-RE5TAWMF.js").then((module) => new module.DefaultArtifactClient());
  return {
    uploadArtifact: async (...args) => (await client()).uploadArtifact(...args),
    listArtifacts: async (...args) => (await client()).listArtifacts(...args),
    downloadArtifact: async (...args) => (await client()).downloadArtifact(...args)
  };
}

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends UsageError {
  constructor(file, problems) {
    super(`Invalid config ${file}:
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
  name = "ConfigError";
};
var EvidenceSchemaError = class extends Error {
  constructor(artifact, problems) {
    super(`Evidence ${artifact} does not match its schema: ${problems.join("; ")}`);
    this.artifact = artifact;
    this.problems = problems;
  }
  artifact;
  problems;
  name = "EvidenceSchemaError";
};
function assertNever(value) {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/entry/action/state.ts
var STATE = {
  evidenceDir: "evidence-dir",
  interruptedName: "interrupted-artifact-name",
  retentionDays: "retention-days",
  uploaded: "uploaded"
};

// src/adapters/github/artifacts.ts
import { mkdtemp, readdir, rename, rm, mkdir, copyFile } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
var ARTIFACT_PHASES = ["readiness", "staging", "production", "stabilize", "report"];
function evidenceArtifactName(tag, phase, runAttempt, interrupted = false) {
  const index = ARTIFACT_PHASES.indexOf(phase) + 1;
  return `release-gate-${tag}-${index}-${phase}${runAttempt > 1 ? `-attempt${runAttempt}` : ""}${interrupted ? "-interrupted" : ""}`;
}
function rollbackArtifactName(environment, runId, runAttempt) {
  return `release-gate-rollback-${environment}-${runId}${runAttempt > 1 ? `-attempt${runAttempt}` : ""}`;
}
function pickPredecessor(artifacts, tag, phase) {
  const limit = ARTIFACT_PHASES.indexOf(phase) + 1;
  const prefix = `release-gate-${tag}-`;
  let best = null;
  for (const artifact of artifacts) {
    if (!artifact.name.startsWith(prefix)) continue;
    const match = /^(\d)-([a-z]+)(?:-attempt(\d+))?(-interrupted)?$/.exec(artifact.name.slice(prefix.length));
    if (!match) continue;
    const index = Number(match[1]);
    const attempt = Number(match[3] ?? 1);
    const interrupted = match[4] !== void 0;
    if (ARTIFACT_PHASES[index - 1] !== match[2]) continue;
    if (phase === "report" ? index > limit : index >= limit) continue;
    if (interrupted && phase !== "report") continue;
    const better = !best || index > best.index || index === best.index && attempt > best.attempt || index === best.index && attempt === best.attempt && best.interrupted && !interrupted;
    if (better) best = { artifact, index, attempt, interrupted };
  }
  return best?.artifact ?? null;
}
var EvidenceArtifacts = class {
  constructor(client) {
    this.client = client;
  }
  client;
  /**
   * Uploads every file of `dir` (flat: the bundle has no subfolders) as artifact `name`; null when there is nothing
   * to upload (a phase refused before writing anything).
   */
  async upload(name, dir, retentionDays) {
    const entries = await readdir(dir, { withFileTypes: true }).catch((error) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });
    const files = entries.filter((entry) => entry.isFile() && !entry.name.endsWith(".tmp")).map((entry) => join(dir, entry.name));
    if (files.length === 0) return null;
    const uploaded = await this.client.uploadArtifact(
      name,
      files,
      dir,
      retentionDays === void 0 ? {} : { retentionDays }
    );
    return { id: uploaded.id ?? null, size: uploaded.size ?? null, digest: uploaded.digest ?? null };
  }
  /**
   * Replaces `dir` with the evidence the phase before `phase` uploaded in this run. Returns the artifact used, or
   * null when there is none (the phase before never ran or never uploaded). A download whose digest differs from the
   * one recorded at upload is still restored, so that the manifest check can name the altered files.
   */
  async restore(tag, phase, dir) {
    const { artifacts } = await this.client.listArtifacts({ latest: true });
    const chosen = pickPredecessor(artifacts, tag, phase);
    if (!chosen) return null;
    let digestMismatch;
    const scratch = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "release-gate-evidence-"));
    try {
      const downloaded = await this.client.downloadArtifact(chosen.id, {
        path: scratch,
        ...chosen.digest ? { expectedHash: chosen.digest } : {}
      });
      digestMismatch = downloaded.digestMismatch === true;
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      for (const entry of await readdir(scratch, { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        await rename(join(scratch, entry.name), join(dir, entry.name)).catch(
          () => copyFile(join(scratch, entry.name), join(dir, entry.name))
        );
      }
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    return { name: chosen.name, id: chosen.id, digestMismatch };
  }
};

export {
  lazyArtifactClient,
  UsageError,
  ConfigError,
  EvidenceSchemaError,
  assertNever,
  messageOf,
  STATE,
  evidenceArtifactName,
  rollbackArtifactName,
  EvidenceArtifacts
};
