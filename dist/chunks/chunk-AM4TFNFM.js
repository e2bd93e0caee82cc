import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  UsageError,
  messageOf
} from "./chunk-AN3NI2IA.js";

// src/adapters/github/artifact-client.ts
function lazyArtifactClient() {
  let loading;
  const client = () => loading ??= import("./artifact-JDLXT3Q4.js").then((module) => new module.DefaultArtifactClient());
  return {
    uploadArtifact: async (...args) => (await client()).uploadArtifact(...args),
    listArtifacts: async (...args) => (await client()).listArtifacts(...args),
    downloadArtifact: async (...args) => (await client()).downloadArtifact(...args)
  };
}

// src/entry/action/state.ts
var STATE = {
  evidenceDir: "evidence-dir",
  interruptedName: "interrupted-artifact-name",
  retentionDays: "retention-days",
  uploaded: "uploaded"
};

// src/adapters/github/artifacts.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdtemp, readdir as readdir2, rm, mkdir, lstat, readFile as readFile2, writeFile } from "node:fs/promises";
import { basename, join as join2 } from "node:path";

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
function appendEntry(manifest, tag, phase, sealedAt, files, runId) {
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
  const run = manifest ? manifest.runId : runId;
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    artifact: MANIFEST_FILE,
    tag,
    ...run ? { runId: run } : {},
    entries: [...entries, { ...unsealed, digest: entryDigest(unsealed) }]
  };
}
function manifestProblems(manifest, onDisk, notFiles = []) {
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
  const odd = new Map(notFiles.map((f) => [f.file, f.kind]));
  const recordedBy = `as recorded by the ${last.phase} phase (altered)`;
  for (const recorded of last.files) {
    const actual = present.get(recorded.file);
    const kind = odd.get(recorded.file);
    if (kind)
      problems.push(
        `${recorded.file}: ${notAFileText(kind)} (the ${last.phase} phase recorded a file of ${recorded.bytes} bytes)`
      );
    else if (!actual) problems.push(`${recorded.file}: recorded by the ${last.phase} phase but missing`);
    else if (actual.bytes !== recorded.bytes)
      problems.push(`${recorded.file}: ${actual.bytes} bytes, expected ${recorded.bytes} ${recordedBy}`);
    else if (actual.sha256 !== recorded.sha256) {
      const [found, expected] = distinctPrefixes(actual.sha256, recorded.sha256);
      problems.push(
        `${recorded.file}: same size (${actual.bytes} bytes), different content: SHA-256 ${found}\u2026, expected ${expected}\u2026 ${recordedBy}`
      );
    }
  }
  const recordedNames = new Set(last.files.map((f) => f.file));
  const unrecorded = [
    ...onDisk.map((f) => ({ file: f.file, what: "" })),
    ...notFiles.map((f) => ({ file: f.file, what: `${notAFileText(f.kind)}; ` }))
  ].sort((a, b) => a.file.localeCompare(b.file));
  for (const { file, what } of unrecorded)
    if (!recordedNames.has(file)) problems.push(`${file}: ${what}present but not recorded in the manifest`);
  return problems;
}
function notAFileText(kind) {
  return kind === "other" ? "is not a regular file" : `is a ${kind}, not a file`;
}
function distinctPrefixes(found, expected) {
  let differsAt = 0;
  while (differsAt < found.length && found[differsAt] === expected[differsAt]) differsAt++;
  const length = Math.max(12, differsAt + 1);
  return [found.slice(0, length), expected.slice(0, length)];
}

// src/adapters/evidence/bundle-files.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, posix } from "node:path";
var MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024;
var MAX_BUNDLE_BYTES = 128 * 1024 * 1024;
var MiB = 1024 * 1024;
var BundleTooLargeError = class extends Error {
  name = "BundleTooLargeError";
};
async function readBundleFiles(path) {
  return (await readBundle(path)).files;
}
async function readBundle(path) {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(
      `Evidence bundle ${path} not found. Pass a directory such as .artifacts/deployment or an artifact .zip.`
    );
  }
  const files = /* @__PURE__ */ new Map();
  if (info.isDirectory()) {
    const notFiles = [];
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.isFile()) {
        if (!entry.name.endsWith(".tmp")) files.set(entry.name, await readFile(join(path, entry.name)));
      } else {
        const kind = entry.isSymbolicLink() ? "symbolic link" : entry.isDirectory() ? "directory" : "other";
        notFiles.push({ file: entry.name, kind });
      }
    }
    return { files, notFiles };
  }
  if (info.size > MAX_BUNDLE_BYTES)
    throw new BundleTooLargeError(
      `${path} is ${info.size} bytes; a bundle may be at most ${MAX_BUNDLE_BYTES} bytes (${MAX_BUNDLE_BYTES / MiB} MiB)`
    );
  const { default: zipReader } = await import("./lib-DOFPD62I.js");
  let zip;
  try {
    zip = await zipReader.loadAsync(await readFile(path));
  } catch (error) {
    throw new UsageError(`${path} is neither a directory nor a readable zip: ${error.message}`);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  refuseDeclaredSizes(entries);
  const names = entries.map((f) => f.name);
  const folders = new Set(names.map((n) => n.includes("/") ? n.split("/")[0] : ""));
  const prefix = folders.size === 1 && !folders.has("") ? `${[...folders][0]}/` : "";
  let inflatedBytes = 0;
  for (const name of names) {
    const relative = prefix ? name.slice(prefix.length) : name;
    if (relative.includes("/") || posix.isAbsolute(relative) || relative.split("/").includes(".."))
      throw new UsageError(`${path} holds ${name}, which is not a file of a flat evidence bundle`);
    const content = await inflateAtMost(zip.files[name], MAX_BUNDLE_FILE_BYTES);
    inflatedBytes += content.length;
    if (inflatedBytes > MAX_BUNDLE_BYTES) throw tooLargeTogether(`more than ${MAX_BUNDLE_BYTES}`);
    files.set(relative, content);
  }
  return { files, notFiles: [] };
}
function refuseDeclaredSizes(entries) {
  let declaredTotal = 0;
  for (const entry of entries) {
    const declared = entry._data?.uncompressedSize ?? 0;
    if (declared > MAX_BUNDLE_FILE_BYTES) throw tooLargeFile(entry.name, `${declared}`);
    declaredTotal += declared;
  }
  if (declaredTotal > MAX_BUNDLE_BYTES) throw tooLargeTogether(`${declaredTotal}`);
}
function inflateAtMost(entry, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let inflated = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (chunk) => {
      inflated += chunk.length;
      if (inflated <= limit) return void chunks.push(chunk);
      stream.pause();
      stream.removeAllListeners("data");
      reject(tooLargeFile(entry.name, `more than ${limit}`, "inflates to"));
    });
    stream.on("error", reject);
    stream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}
function tooLargeFile(name, bytes, verb = "is") {
  return new BundleTooLargeError(
    `${name} ${verb} ${bytes} bytes; a file of an evidence bundle may be at most ${MAX_BUNDLE_FILE_BYTES} bytes (${MAX_BUNDLE_FILE_BYTES / MiB} MiB)`
  );
}
function tooLargeTogether(bytes) {
  return new BundleTooLargeError(
    `the files of the zip are ${bytes} bytes together; a bundle may be at most ${MAX_BUNDLE_BYTES} bytes (${MAX_BUNDLE_BYTES / MiB} MiB)`
  );
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
async function sealedFiles(dir, unsealed = []) {
  const isRegularFile = async (fileName) => basename(fileName) === fileName && fileName !== "." && fileName !== ".." && ((await lstat(join2(dir, fileName)).catch(() => null))?.isFile() ?? false);
  const extra = [];
  for (const fileName of unsealed) if (await isRegularFile(fileName)) extra.push(join2(dir, fileName));
  if (!await isRegularFile(MANIFEST_FILE)) return extra;
  let listed;
  try {
    const manifest = JSON.parse(await readFile2(join2(dir, MANIFEST_FILE), "utf8"));
    listed = manifest.entries.at(-1)?.files.map((entry) => entry.file);
  } catch {
    listed = [];
  }
  const names = Array.isArray(listed) ? listed.filter((n) => typeof n === "string") : [];
  const files = [MANIFEST_FILE];
  for (const fileName of new Set(names)) if (await isRegularFile(fileName)) files.push(fileName);
  return [.../* @__PURE__ */ new Set([...files.map((fileName) => join2(dir, fileName)), ...extra])];
}
var EvidenceArtifacts = class {
  constructor(client) {
    this.client = client;
  }
  client;
  /**
   * Uploads the sealed bundle in `dir` as artifact `name`: the manifest and the files its last entry lists, each a
   * regular file directly in `dir`; nothing else in the folder (a file a command left there after the seal, a link)
   * leaves the runner, except the `unsealed` files named (a report that could not be sealed onto a broken chain).
   * Null when there is nothing to upload (a phase refused before writing anything).
   */
  async upload(name, dir, retentionDays, unsealed = []) {
    const files = await sealedFiles(dir, unsealed);
    if (files.length === 0) return null;
    const uploaded = await this.client.uploadArtifact(
      name,
      files,
      dir,
      retentionDays === void 0 ? {} : { retentionDays }
    );
    return {
      id: uploaded.id ?? null,
      size: uploaded.size ?? null,
      digest: normalDigest(uploaded.digest ?? null)
    };
  }
  /**
   * Replaces `dir` with the evidence the phase before `phase` uploaded in this run: exactly the artifact `pinned` names
   * (the id and digest the job before published as outputs) or, without a pin, the latest by name. The zip is
   * downloaded as it is stored, its SHA-256 compared with the one recorded at upload, and only then unpacked: a
   * corrupt or altered artifact is a deterministic failure, never retried, and named with what to do.
   */
  async restore(tag, phase, dir, pinned = null) {
    const { artifacts } = await this.client.listArtifacts(pinned ? {} : { latest: true });
    const chosen = pinned ? artifacts.find((a) => a.id === pinned.id) : pickPredecessor(artifacts, tag, phase);
    if (!chosen) return pinned ? { status: "missing", id: pinned.id } : { status: "none" };
    const expected = pinned?.digest ?? normalDigest(chosen.digest ?? null);
    const scratch = await mkdtemp(join2(process.env.RUNNER_TEMP ?? tmpdir(), "release-gate-evidence-"));
    try {
      await this.client.downloadArtifact(chosen.id, { path: scratch, skipDecompress: true });
      const [zipName] = (await readdir2(scratch, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
      if (zipName === void 0)
        return { status: "unreadable", name: chosen.name, id: chosen.id, problem: "the download is empty" };
      const zipPath = join2(scratch, zipName);
      const actual = `sha256:${createHash2("sha256").update(await readFile2(zipPath)).digest("hex")}`;
      let files;
      try {
        files = await readBundleFiles(zipPath);
      } catch (error) {
        const problem = messageOf(error);
        return expected && expected !== actual ? {
          status: "altered",
          name: chosen.name,
          id: chosen.id,
          expected,
          actual,
          unpacked: false,
          problem
        } : { status: "unreadable", name: chosen.name, id: chosen.id, problem };
      }
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      for (const [fileName, content] of files)
        if (!fileName.endsWith("/")) await writeFile(join2(dir, fileName), content);
      if (expected && expected !== actual)
        return {
          status: "altered",
          name: chosen.name,
          id: chosen.id,
          expected,
          actual,
          unpacked: true,
          problem: null
        };
      return { status: "restored", name: chosen.name, id: chosen.id, digest: actual };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
};
function normalDigest(digest) {
  if (!digest) return null;
  const hex = digest.startsWith("sha256:") ? digest.slice("sha256:".length) : digest;
  return `sha256:${hex.toLowerCase()}`;
}

export {
  lazyArtifactClient,
  recordHeader,
  MANIFEST_FILE,
  appendEntry,
  manifestProblems,
  STATE,
  evidenceArtifactName,
  rollbackArtifactName,
  EvidenceArtifacts
};
