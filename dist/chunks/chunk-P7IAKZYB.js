import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/adapters/github/artifact-client.ts
function lazyArtifactClient() {
  let loading;
  const client = () => loading ??= import("./artifact-AJVPNVZ3.js").then((module) => new module.DefaultArtifactClient());
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
import { mkdtemp, readdir, rename, rm, mkdir, copyFile, lstat, readFile } from "node:fs/promises";
import { basename, join } from "node:path";

// src/core/manifest.ts
import { createHash } from "node:crypto";

// src/core/record-header.ts
var EVIDENCE_SCHEMA_VERSION = 1;
function recordHeader(artifact, tag, generatedAt) {
  return { schemaVersion: EVIDENCE_SCHEMA_VERSION, artifact, tag, generatedAt: generatedAt.toISOString() };
}

// src/core/manifest.ts
var MANIFEST_FILE = "evidence-manifest.json";
function entryDigest(entry) {
  const canonical = JSON.stringify([
    entry.seq,
    entry.phase,
    entry.sealedAt,
    entry.files.map((f) => [f.file, f.bytes, f.sha256, f.schema, f.writtenBy]),
    entry.previousDigest
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
function appendEntry(manifest, tag, phase, sealedAt, files) {
  const entries = manifest?.entries ?? [];
  const last = entries.at(-1);
  const before = new Map(last?.files.map((f) => [f.file, f]) ?? []);
  const attributed = files.map((f) => {
    const earlier = before.get(f.file);
    return { ...f, writtenBy: earlier && earlier.sha256 === f.sha256 ? earlier.writtenBy : phase };
  });
  const unsealed = {
    seq: entries.length + 1,
    phase,
    sealedAt,
    files: attributed.sort((a, b) => a.file.localeCompare(b.file)),
    previousDigest: last?.digest ?? null
  };
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    artifact: MANIFEST_FILE,
    tag,
    entries: [...entries, { ...unsealed, digest: entryDigest(unsealed) }]
  };
}
function manifestProblems(manifest, onDisk) {
  const problems = [];
  let previous = null;
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`;
    if (entry.seq !== index + 1)
      problems.push(`${where}: sequence number ${entry.seq}, expected ${index + 1}`);
    if (entry.previousDigest !== previous)
      problems.push(`${where}: does not chain to the entry before it (entries removed or reordered)`);
    if (entryDigest(entry) !== entry.digest)
      problems.push(`${where}: digest does not match its content (edited)`);
    previous = entry.digest;
  });
  const last = manifest.entries.at(-1);
  if (!last) return [...problems, "the manifest has no entries"];
  const present = new Map(onDisk.map((f) => [f.file, f]));
  for (const recorded of last.files) {
    const actual = present.get(recorded.file);
    if (!actual) problems.push(`${recorded.file}: recorded by the ${last.phase} phase but missing`);
    else if (actual.sha256 !== recorded.sha256 || actual.bytes !== recorded.bytes)
      problems.push(
        `${recorded.file}: SHA-256 ${actual.sha256.slice(0, 12)}\u2026 differs from ${recorded.sha256.slice(0, 12)}\u2026 recorded by the ${last.phase} phase (altered)`
      );
  }
  const recordedNames = new Set(last.files.map((f) => f.file));
  for (const file of onDisk)
    if (!recordedNames.has(file.file)) problems.push(`${file.file}: present but not recorded in the manifest`);
  return problems;
}

// src/adapters/github/artifacts.ts
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
async function sealedFiles(dir) {
  const isRegularFile = async (fileName) => basename(fileName) === fileName && fileName !== "." && fileName !== ".." && ((await lstat(join(dir, fileName)).catch(() => null))?.isFile() ?? false);
  if (!await isRegularFile(MANIFEST_FILE)) return [];
  let listed;
  try {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), "utf8"));
    listed = manifest.entries.at(-1)?.files.map((entry) => entry.file);
  } catch {
    listed = [];
  }
  const names = Array.isArray(listed) ? listed.filter((n) => typeof n === "string") : [];
  const files = [MANIFEST_FILE];
  for (const fileName of new Set(names)) if (await isRegularFile(fileName)) files.push(fileName);
  return files.map((fileName) => join(dir, fileName));
}
var EvidenceArtifacts = class {
  constructor(client) {
    this.client = client;
  }
  client;
  /**
   * Uploads the sealed bundle in `dir` as artifact `name`: the manifest and the files its last entry lists, each a
   * regular file directly in `dir`; nothing else in the folder (a file a command left there after the seal, a link)
   * leaves the runner. Null when there is nothing sealed to upload (a phase refused before writing anything).
   */
  async upload(name, dir, retentionDays) {
    const files = await sealedFiles(dir);
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
  recordHeader,
  MANIFEST_FILE,
  appendEntry,
  manifestProblems,
  evidenceArtifactName,
  rollbackArtifactName,
  EvidenceArtifacts
};
