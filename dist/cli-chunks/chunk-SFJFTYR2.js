#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  describeSchemaErrors
} from "./chunk-T7AYJKF7.js";
import {
  compileSchemaFile,
  compileUserSchema,
  schemaIdOf,
  validatorsReady
} from "./chunk-EUILFL2P.js";
import {
  EvidenceSchemaError
} from "./chunk-7Q6O7KFX.js";

// src/core/records/common.ts
var ARTIFACTS = {
  readinessChecklist: "deployment-readiness-checklist.json",
  releaseManifest: "release-manifest.md",
  releaseManifestJson: "release-manifest.json",
  communications: "deployment-communications.md",
  stagingDeployment: "staging-deployment-report.json",
  stagingValidation: "staging-validation-results.json",
  uatConfirmation: "uat-confirmation.json",
  productionApproval: "production-approval.json",
  productionDeployment: "production-deployment-report.json",
  postDeploymentValidation: "post-deployment-validation.json",
  healthWindow: "health-window.json",
  healthLog: "deployment-health-log.md",
  rollbackReport: "rollback-report.json",
  deploymentReport: "DEPLOYMENT-REPORT.md",
  deploymentReportHtml: "DEPLOYMENT-REPORT.html",
  rollbackRehearsal: "rollback-rehearsal.json",
  rollbackPlan: "rollback-plan.md",
  retrospective: "retrospective-inputs.json",
  releaseInterrupted: "release-interrupted.json"
};

// src/adapters/evidence/disk-files.ts
import { randomBytes, createHash } from "node:crypto";
import { lstat, mkdir, open, rename, rm, readdir } from "node:fs/promises";
import { basename, join, dirname } from "node:path";

// src/adapters/evidence/io-tally.ts
var NO_COUNTING = { count: () => void 0 };

// src/adapters/evidence/disk-files.ts
var SYMBOLIC_LINK_PROBLEM = "is a symbolic link; evidence files must be regular files";
async function writeFileAtomic(path, content, options = {}) {
  const counter = options.counter ?? NO_COUNTING;
  await replaceFile(path, content, { syncFile: true, counter });
  if (options.syncDirectory !== false) await syncDirectory(dirname(path), counter);
}
async function replaceFile(path, content, options) {
  const { counter } = options;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const hash = createHash("sha256");
  let bytesWritten = 0;
  const handle = await open(temporary, "w", 420);
  let renamed = false;
  try {
    const writeAll = async (source, bytes) => {
      hash.update(source.subarray(0, bytes));
      for (let written = 0; written < bytes; )
        written += (await handle.write(source, written, bytes - written)).bytesWritten;
      bytesWritten += bytes;
    };
    if (typeof content === "string") {
      const encoded = Buffer.from(content, "utf8");
      await writeAll(encoded, encoded.length);
    } else {
      const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
      let pending = "";
      const flush = async () => {
        const bytes = Buffer.byteLength(pending, "utf8");
        const source = bytes <= buffer.length ? buffer : Buffer.from(pending, "utf8");
        if (source === buffer) buffer.write(pending, 0, "utf8");
        await writeAll(source, bytes);
        pending = "";
      };
      for (const piece of content) {
        pending += piece;
        if (pending.length >= WRITE_CHUNK) await flush();
      }
      await flush();
    }
    if (options.syncFile) {
      await handle.sync();
      counter.count("fsync", basename(path));
    }
    counter.count("hash", basename(path));
    await rename(temporary, path);
    renamed = true;
    counter.count("rename", basename(path));
    const identity = identityOf(await handle.stat({ bigint: true }));
    return { bytes: bytesWritten, sha256: hash.digest("hex"), identity };
  } finally {
    try {
      await handle.close();
    } finally {
      if (!renamed) await rm(temporary, { force: true });
    }
  }
}
var WRITE_CHUNK = 64 * 1024;
var WRITE_BUFFER_BYTES = 1024 * 1024;
async function syncDirectory(dir, counter = NO_COUNTING) {
  const directory = await open(dir, "r").catch(() => void 0);
  if (directory) {
    await directory.sync().catch(() => void 0);
    counter.count("fsync", ".");
    await directory.close();
  }
}
function identityOf(stats) {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}
async function hashOpenFile(handle) {
  const before = identityOf(await handle.stat({ bigint: true }));
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(HASH_BUFFER_BYTES);
  let bytes = 0;
  for (; ; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    bytes += bytesRead;
  }
  const after = identityOf(await handle.stat({ bigint: true }));
  return { bytes, sha256: hash.digest("hex"), identity: before === after ? after : "" };
}
var HASH_BUFFER_BYTES = 256 * 1024;
var isMissing = (error) => error.code === "ENOENT";
var DiskBundleFiles = class {
  constructor(dir, counter = NO_COUNTING) {
    this.dir = dir;
    this.counter = counter;
  }
  dir;
  counter;
  /** Digests this store knows, by file name, each with the identity of the file it was taken from. */
  known = /* @__PURE__ */ new Map();
  /** Files written since the last sync: in place (renamed), not yet fsynced. */
  unsynced = /* @__PURE__ */ new Set();
  /** The text of a file, or undefined when it does not exist; a symbolic link is refused, never followed. */
  async read(name) {
    return (await this.readFile(name, false))?.text;
  }
  /** The text of a file and its SHA-256: remembered if the file is as this store last wrote or hashed it. */
  async readWithDigest(name) {
    const read = await this.readFile(name, true);
    return read && { text: read.text, sha256: read.sha256 };
  }
  async readFile(name, withDigest) {
    const path = join(this.dir, name);
    let handle;
    try {
      if ((await lstat(path)).isSymbolicLink()) throw new EvidenceSchemaError(name, [SYMBOLIC_LINK_PROBLEM]);
      handle = await open(path, "r");
    } catch (error) {
      if (isMissing(error)) return void 0;
      throw error;
    }
    try {
      if (!withDigest) return { text: await handle.readFile("utf8") };
      const before = identityOf(await handle.stat({ bigint: true }));
      const bytes = await handle.readFile();
      const after = identityOf(await handle.stat({ bigint: true }));
      const known = this.known.get(name);
      if (known && known.identity === before && before === after)
        return { text: bytes.toString("utf8"), sha256: known.sha256 };
      this.counter.count("hash", name);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      if (before === after) this.known.set(name, { bytes: bytes.length, sha256, identity: after });
      return { text: bytes.toString("utf8"), sha256 };
    } finally {
      await handle.close();
    }
  }
  /**
   * Writes atomically, leaving the fsyncs to `sync`: a phase's files count only once its manifest entry is sealed, so
   * each file it wrote is fsynced once there, however often the phase rewrote it.
   */
  async write(name, content) {
    const written = await replaceFile(join(this.dir, name), content, {
      syncFile: false,
      counter: this.counter
    });
    this.known.set(name, written);
    this.unsynced.add(name);
    return { bytes: written.bytes, sha256: written.sha256 };
  }
  /** Fsyncs every file written since the last sync, all at once, then the directory, which makes their renames durable. */
  async sync() {
    const names = [...this.unsynced];
    this.unsynced.clear();
    await Promise.all(names.map((name) => this.syncFile(name)));
    await syncDirectory(this.dir, this.counter);
  }
  async syncFile(name) {
    const handle = await open(join(this.dir, name), "r+").catch((error) => {
      if (isMissing(error)) return void 0;
      throw error;
    });
    if (!handle) return;
    try {
      await handle.sync();
      this.counter.count("fsync", name);
    } finally {
      await handle.close();
    }
  }
  /** Syncs every earlier write, then writes the seal fsynced before its rename, then syncs the directory again. */
  async writeSeal(name, content) {
    await this.sync();
    const written = await replaceFile(join(this.dir, name), content, {
      syncFile: true,
      counter: this.counter
    });
    this.known.set(name, written);
    await syncDirectory(this.dir, this.counter);
    return { bytes: written.bytes, sha256: written.sha256 };
  }
  /** The directory's entries (not recursive: a bundle is flat); empty when the directory does not exist. */
  async list() {
    try {
      return (await readdir(this.dir, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        kind: entry.isSymbolicLink() ? "link" : entry.isFile() ? "file" : "other"
      }));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }
  /** Size and SHA-256: remembered while the file's identity is unchanged, otherwise streamed from the file. */
  async digest(name) {
    const path = join(this.dir, name);
    const known = this.known.get(name);
    if (known && known.identity === identityOf(await lstat(path, { bigint: true })))
      return { bytes: known.bytes, sha256: known.sha256 };
    const handle = await open(path, "r");
    try {
      this.counter.count("hash", name);
      const hashed = await hashOpenFile(handle);
      if (hashed.identity) this.known.set(name, hashed);
      else this.known.delete(name);
      return { bytes: hashed.bytes, sha256: hashed.sha256 };
    } finally {
      await handle.close();
    }
  }
  /** One rename moves the whole directory; an empty one is made in its place. */
  async moveAside(destination) {
    await mkdir(dirname(destination), { recursive: true });
    await rename(this.dir, destination);
    this.known.clear();
    this.unsynced.clear();
    await mkdir(this.dir, { recursive: true });
  }
};

// src/adapters/evidence/store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { join as join2 } from "node:path";

// src/core/manifest.ts
import { createHash as createHash2 } from "node:crypto";

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
  return createHash2("sha256").update(canonical).digest("hex");
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

// src/core/evidence-writers.ts
var EVERY_PHASE = [
  "readiness",
  "staging",
  "production",
  "stabilize",
  "report",
  "rollback"
];
var WRITTEN_BY = {
  // With the stakeholder sign-offs of its tag (recorded before the run by `release-gate signoff`): Gate 1 judges them.
  [ARTIFACTS.readinessChecklist]: ["readiness"],
  [ARTIFACTS.releaseManifestJson]: ["readiness"],
  [ARTIFACTS.releaseManifest]: ["readiness", "report"],
  [ARTIFACTS.rollbackPlan]: ["readiness"],
  [ARTIFACTS.rollbackRehearsal]: ["readiness"],
  [ARTIFACTS.stagingDeployment]: ["staging"],
  [ARTIFACTS.stagingValidation]: ["staging"],
  [ARTIFACTS.uatConfirmation]: ["staging"],
  [ARTIFACTS.productionApproval]: ["production"],
  [ARTIFACTS.productionDeployment]: ["production"],
  [ARTIFACTS.postDeploymentValidation]: ["production"],
  [ARTIFACTS.healthWindow]: ["stabilize"],
  [ARTIFACTS.healthLog]: ["stabilize"],
  [ARTIFACTS.rollbackReport]: ["rollback"],
  [ARTIFACTS.retrospective]: ["report"],
  [ARTIFACTS.deploymentReport]: ["report"],
  [ARTIFACTS.deploymentReportHtml]: ["report"],
  // Every phase reports its notifications, and a signal can stop any of them.
  [ARTIFACTS.communications]: EVERY_PHASE,
  [ARTIFACTS.releaseInterrupted]: EVERY_PHASE
};
function writerProblems(manifest) {
  const problems = [];
  let before = /* @__PURE__ */ new Map();
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`;
    for (const file of entry.files) {
      const earlier = before.get(file.file);
      const expectedWriter = earlier && earlier.sha256 === file.sha256 ? earlier.writtenBy : entry.phase;
      if (file.writtenBy !== expectedWriter)
        problems.push(
          `${file.file}: ${where} records it as written by ${file.writtenBy}, but its content was sealed by ${expectedWriter}`
        );
      const allowed = WRITTEN_BY[file.file];
      if (allowed && expectedWriter === entry.phase && !allowed.includes(entry.phase))
        problems.push(
          `${file.file}: written by the ${entry.phase} phase (${where}); the protocol assigns it to ${allowed.join(" or ")}`
        );
    }
    before = new Map(entry.files.map((f) => [f.file, { sha256: f.sha256, writtenBy: f.writtenBy }]));
  });
  return problems;
}

// src/adapters/evidence/json-chunks.ts
var ScalarArrayInBatches = class {
  constructor(batches) {
    this.batches = batches;
  }
  batches;
};
function* prettyJsonChunks(value, indent = "", layout = {}) {
  if (value instanceof ScalarArrayInBatches) {
    yield* scalarArrayPieces(value);
    return;
  }
  if (Array.isArray(value) && layout.scalarArraysOnOneLine && value.length > 0 && value.every(isScalar)) {
    yield "[";
    for (let start = 0; start < value.length; start += ARRAY_BATCH)
      yield `${start > 0 ? "," : ""}${JSON.stringify(value.slice(start, start + ARRAY_BATCH)).slice(1, -1)}`;
    yield "]";
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let start = 0; start < value.length; start += ARRAY_BATCH) {
      const batch = JSON.stringify(value.slice(start, start + ARRAY_BATCH), null, 2);
      yield `${start > 0 ? "," : ""}
${indent}${batch.slice(2, -2).replace(/\n/g, `
${indent}`)}`;
    }
    yield `
${indent}]`;
    return;
  }
  if (isPlainRecord(value)) {
    const entries = Object.entries(value).filter(
      ([, field]) => field !== void 0 && typeof field !== "function" && typeof field !== "symbol"
    );
    if (entries.length === 0) {
      yield "{}";
      return;
    }
    const inner = `${indent}  `;
    yield "{";
    for (const [index, [key, field]] of entries.entries()) {
      yield `
${inner}${JSON.stringify(key)}: `;
      yield* prettyJsonChunks(field, inner, layout);
      if (index < entries.length - 1) yield ",";
    }
    yield `
${indent}}`;
    return;
  }
  yield (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `
${indent}`);
}
function* scalarArrayPieces(array) {
  let first = true;
  for (const batch of array.batches()) {
    if (batch.length === 0) continue;
    yield `${first ? "[" : ","}${JSON.stringify(batch).slice(1, -1)}`;
    first = false;
  }
  yield first ? "[]" : "]";
}
var ARRAY_BATCH = 256;
function isScalar(value) {
  return value === null || ["number", "string", "boolean"].includes(typeof value);
}
function isPlainRecord(value) {
  if (typeof value !== "object" || value === null) return false;
  if (typeof value.toJSON === "function") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// src/core/records/health-window.ts
var STATUS_CODES = ["passed", "failed", "inconclusive", "error"];
var PER_SAMPLE_COLUMNS = [
  "probe",
  "round",
  "status",
  "value",
  "startOffsetMs",
  "durationMs",
  "message"
];
var SAMPLE_BATCH = 4096;
function columnsInBatches(samples, windowStartedAt) {
  const count = samples.length;
  const probeIds = /* @__PURE__ */ new Map();
  const messages = /* @__PURE__ */ new Map();
  const alerts = [];
  for (let index = 0; index < count; index++) {
    const sample = samples[index];
    if (!probeIds.has(sample.probe)) probeIds.set(sample.probe, probeIds.size);
    if (!messages.has(sample.message)) messages.set(sample.message, messages.size);
    if (sample.alerts) alerts.push({ sample: index, alerts: sample.alerts });
  }
  const windowStart = Date.parse(windowStartedAt);
  const startOf = (i) => i < 0 ? windowStart : Date.parse(samples[i].startedAt);
  const cell = {
    probe: (sample) => probeIds.get(sample.probe),
    round: (sample) => sample.round,
    status: (sample) => STATUS_CODES.indexOf(sample.status),
    value: (sample) => sample.value,
    // From the previous sample's start (the first sample's: from the window's start).
    startOffsetMs: (sample, i) => Date.parse(sample.startedAt) - startOf(i - 1),
    durationMs: (sample) => Date.parse(sample.finishedAt) - Date.parse(sample.startedAt),
    message: (sample) => messages.get(sample.message)
  };
  const tables = {
    count,
    probeIds: [...probeIds.keys()],
    probe: [],
    round: [],
    status: [],
    value: [],
    startOffsetMs: [],
    durationMs: [],
    messages: [...messages.keys()],
    message: [],
    alerts
  };
  return {
    tables,
    column: (name, start, end) => {
      const of = cell[name];
      const values = [];
      for (let i = start; i < Math.min(end, count); i++) values.push(of(samples[i], i));
      return values;
    }
  };
}
function samplesOfColumns(columns, windowStartedAt) {
  const alertsOf = new Map(columns.alerts.map((entry) => [entry.sample, entry.alerts]));
  const samples = [];
  let previousStart = Date.parse(windowStartedAt);
  for (let i = 0; i < columns.count; i++) {
    const started = previousStart + columns.startOffsetMs[i];
    const status = STATUS_CODES[columns.status[i]];
    const alerts = alertsOf.get(i);
    samples.push({
      probe: columns.probeIds[columns.probe[i]],
      round: columns.round[i],
      passed: status === "passed",
      status,
      value: columns.value[i],
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(started + columns.durationMs[i]).toISOString(),
      message: columns.messages[columns.message[i]],
      ...alerts ? { alerts } : {}
    });
    previousStart = started;
  }
  return samples;
}
function isFileInBatches(record) {
  return record.columnsKey === "sampleColumns" && "head" in record;
}
function healthWindowFileInBatches(record, rowsPerBatch = SAMPLE_BATCH) {
  const { samples, rollback, ...rest } = record;
  const { tables, column } = columnsInBatches(samples, record.startedAt);
  return {
    head: { ...rest, schemaVersion: 2, sampleColumns: tables, rollback },
    columnsKey: "sampleColumns",
    columnNames: PER_SAMPLE_COLUMNS,
    rows: tables.count,
    rowsPerBatch,
    column
  };
}
function healthWindowOfFile(file) {
  if (file.schemaVersion === 1) return file;
  const { sampleColumns: columns, rollback, ...rest } = file;
  return { ...rest, samples: samplesOfColumns(columns, file.startedAt), rollback };
}

// src/core/redact.ts
var SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|_KEY)$/i;
var MIN_SECRET_LENGTH = 4;
var MIN_FRAGMENT_LENGTH = 8;
var noRedaction = (text) => text;
function redactorFor(env, secretNames, knownSecrets = []) {
  const secrets = new Set(knownSecrets);
  for (const [name, value] of Object.entries(env))
    if (value && (secretNames.includes(name) || SECRET_NAME.test(name))) secrets.add(value);
  const forms = /* @__PURE__ */ new Set();
  const lines = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of encodedForms(secret)) forms.add(form);
    const secretLines = secret.split(/\r?\n/);
    for (const line of secretLines) forms.add(line);
    if (secretLines.length > 1) for (const line of secretLines) lines.add(line);
  }
  const ordered = [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return noRedaction;
  const pattern = new RegExp(ordered.map(escapeRegExp).join("|"), "g");
  const fragmentsOf = [...lines].filter((line) => line.length >= MIN_FRAGMENT_LENGTH);
  return (text) => hideFragments(text.replace(pattern, "***"), fragmentsOf);
}
function encodedForms(secret) {
  const bytes = new TextEncoder().encode(secret);
  const base64 = toBase64(bytes);
  const forms = [secret, base64, base64.replace(/=+$/, "")];
  for (const skip of [1, 2]) {
    const tail = bytes.subarray(skip);
    forms.push(toBase64(tail).slice(0, Math.floor(tail.length * 4 / 3)));
  }
  forms.push(toBase64(bytes).slice(0, Math.floor(bytes.length * 4 / 3)));
  forms.push(encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2));
  forms.push(JSON.stringify(secret).slice(1, -1));
  return forms;
}
function toBase64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function hideFragments(text, secretLines) {
  if (secretLines.length === 0) return text;
  return text.split("\n").map((line) => {
    const content = line.replace(/\r$/, "");
    if (content.length < MIN_FRAGMENT_LENGTH) return line;
    const cut = secretLines.some((secret) => secret.startsWith(content) || secret.endsWith(content));
    return cut ? line.replace(content, "***") : line;
  }).join("\n");
}

// src/core/seal-signature.ts
var SEAL_SIGNATURE_ALGORITHM = "ed25519";
var PAYLOAD_CONTEXT = "release-gate evidence seal v1";
function sealPayload(tag, entry) {
  return new TextEncoder().encode(
    JSON.stringify([PAYLOAD_CONTEXT, tag, entry.seq, entry.phase, entry.digest])
  );
}
function signLastSeal(manifest, signer) {
  const last = manifest.entries.at(-1);
  if (!last) return manifest;
  const signature = {
    algorithm: SEAL_SIGNATURE_ALGORITHM,
    keyFingerprint: signer.keyFingerprint,
    value: signer.sign(sealPayload(manifest.tag, last))
  };
  return { ...manifest, entries: [...manifest.entries.slice(0, -1), { ...last, signature }] };
}
function sealSignatureProblems(manifest, verifier) {
  const problems = [];
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`;
    const signature = entry.signature;
    if (!signature) problems.push(`${where}: not signed`);
    else if (signature.keyFingerprint !== verifier.keyFingerprint)
      problems.push(
        `${where}: signed by key ${signature.keyFingerprint}, not by the given key ${verifier.keyFingerprint}`
      );
    else if (!verifier.verify(sealPayload(manifest.tag, entry), signature.value))
      problems.push(`${where}: the signature does not match the entry (rewritten after it was signed)`);
  });
  return problems;
}
function sealSigners(manifest) {
  const signatures = manifest.entries.flatMap((entry) => entry.signature ? [entry.signature] : []);
  return {
    signed: signatures.length,
    total: manifest.entries.length,
    keys: [...new Set(signatures.map((s) => s.keyFingerprint))]
  };
}

// src/adapters/evidence/store.ts
var SCHEMA_OF = {
  "staging-validation-results.json": "evidence/validation-results.schema.json",
  "post-deployment-validation.json": "evidence/validation-results.schema.json"
};
function schemaFor(artifact) {
  return SCHEMA_OF[artifact] ?? `evidence/${artifact.replace(/\.json$/, "")}.schema.json`;
}
function hasEvidenceSchema(artifact) {
  return schemaIdOf(schemaFor(artifact)) !== null;
}
var EARLIER_FORMATS = {
  "health-window.json": { 1: "evidence/health-window-v1.schema.json" }
};
function schemaOfRecord(artifact, value) {
  const version = value?.schemaVersion;
  return typeof version === "number" && EARLIER_FORMATS[artifact]?.[version] || schemaFor(artifact);
}
function assertValidEvidence(artifact, value) {
  const validate = compileSchemaFile(schemaOfRecord(artifact, value));
  if (!validate(value))
    throw new EvidenceSchemaError(artifact, describeSchemaErrors(validate.errors ?? [], value));
}
function assertValidInBatches(artifact, head, batched) {
  const validate = compileSchemaFile(schemaOfRecord(artifact, head));
  const key = batched.columnsKey;
  const headColumns = head[key];
  const withoutTables = Object.fromEntries(
    Object.entries(headColumns).map(([name, field]) => [name, Array.isArray(field) ? [] : field])
  );
  for (let start = 0; start === 0 || start < batched.rows; start += batched.rowsPerBatch) {
    const end = start + batched.rowsPerBatch;
    const columns = { ...start === 0 ? headColumns : withoutTables };
    for (const name of batched.columnNames) columns[name] = batched.column(name, start, end);
    const piece = { ...head, [key]: columns };
    if (!validate(piece)) {
      const columnPath = new RegExp(`^(\\$\\.${key}\\.(?:${batched.columnNames.join("|")})\\[)(\\d+)\\]`);
      throw new EvidenceSchemaError(
        artifact,
        describeSchemaErrors(validate.errors ?? [], piece).map(
          (line) => line.replace(columnPath, (_, prefix, row) => `${prefix}${start + Number(row)}]`)
        )
      );
    }
  }
}
function withColumnsInBatches(head, batched) {
  const key = batched.columnsKey;
  const columns = { ...head[key] };
  for (const name of batched.columnNames)
    columns[name] = new ScalarArrayInBatches(function* () {
      for (let start = 0; start < batched.rows; start += batched.rowsPerBatch)
        yield batched.column(name, start, start + batched.rowsPerBatch);
    });
  return { ...head, [key]: columns };
}
var projectSchemas = {
  assertEvidence: assertValidEvidence,
  compileUserSchema
};
var ONE_LINE_COLUMNS = { scalarArraysOnOneLine: true };
function layoutOf(artifact) {
  return artifact === "health-window.json" ? ONE_LINE_COLUMNS : {};
}
function* withNewline(pieces) {
  yield* pieces;
  yield "\n";
}
function redactStrings(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)]));
  return value;
}
var EvidenceBundleStore = class {
  /**
   * @param runId the run a new bundle belongs to (a manual rollback names its folder after it); otherwise one is made
   *   when the bundle's first phase seals, and a bundle already sealed keeps its own.
   */
  constructor(files, redact = noRedaction, signer, runId, counter = NO_COUNTING) {
    this.files = files;
    this.redact = redact;
    this.signer = signer;
    this.runId = runId;
    this.counter = counter;
    this.dir = files.dir;
  }
  files;
  redact;
  signer;
  runId;
  counter;
  /** Where the bundle lives (commands receive it as `${evidence}`). */
  dir;
  /** The SHA-256 of the bytes of each record this store validated, by artifact: those bytes need no second check. */
  validated = /* @__PURE__ */ new Map();
  /** The SHA-256 of each file as this store last scrubbed it: clean bytes, by file name. */
  scrubbed = /* @__PURE__ */ new Map();
  /** Absolute or relative path of an artifact inside the bundle. */
  path(artifact) {
    return join2(this.dir, artifact);
  }
  /** Validates `record` against its schema, then writes it atomically. */
  async writeJson(artifact, record) {
    await this.writeRecord(artifact, record, "file");
  }
  /** Validates, writes (as a file or as the seal) and remembers the digest of the valid bytes written. */
  async writeRecord(artifact, record, as) {
    this.validated.delete(artifact);
    await validatorsReady([schemaOfRecord(artifact, isFileInBatches(record) ? record.head : record)]);
    this.counter.count("validation", artifact);
    let text;
    if (isFileInBatches(record)) {
      const head = this.redactRecord(record.head);
      assertValidInBatches(artifact, head, record);
      text = withNewline(prettyJsonChunks(withColumnsInBatches(head, record), "", layoutOf(artifact)));
    } else {
      const redacted = this.redactRecord(record);
      assertValidEvidence(artifact, redacted);
      text = withNewline(prettyJsonChunks(redacted, "", layoutOf(artifact)));
    }
    const written = as === "seal" ? await this.files.writeSeal(artifact, text) : await this.files.write(artifact, text);
    this.validated.set(artifact, written.sha256);
  }
  /** Redacted value by value, so that a secret that happens to read like `true` or a year cannot break the JSON. */
  redactRecord(record) {
    return this.redact === noRedaction ? record : redactStrings(record, this.redact);
  }
  /**
   * Writes a Markdown (or other text) artifact atomically; a long one may come as a sequence of pieces (each redacted;
   * a secret split across two pieces is caught by the scrub at seal).
   */
  async writeText(artifact, text) {
    const redact = this.redact;
    const redacted = typeof text === "string" ? redact(text) : redact === noRedaction ? text : (function* () {
      for (const piece of text) yield redact(piece);
    })();
    await this.files.write(artifact, redacted);
  }
  /** Appends to a text artifact by rewriting it atomically (these files are small). */
  async appendText(artifact, text) {
    const existing = await this.readText(artifact);
    await this.files.write(artifact, this.redact((existing ?? "") + text));
  }
  /**
   * Redacts secret values from a file a command wrote into the bundle (a validation result, say), in place; JSON
   * value by value, anything else as text. Returns whether anything was redacted. Unparseable JSON is left for the
   * reader to refuse, but still loses its secrets as text.
   */
  async scrub(artifact) {
    if (this.redact === noRedaction) return false;
    const cleanDigest = this.scrubbed.get(artifact);
    if (cleanDigest !== void 0 && await this.digestIfPresent(artifact) === cleanDigest) return false;
    const read = await this.files.readWithDigest(artifact);
    if (read === void 0) return false;
    this.counter.count("scrub", artifact);
    const { text } = read;
    let scrubbed = this.redact(text);
    if (scrubbed === text) {
      this.scrubbed.set(artifact, read.sha256);
      return false;
    }
    if (artifact.endsWith(".json")) {
      try {
        scrubbed = JSON.stringify(redactStrings(JSON.parse(text), this.redact), null, 2) + "\n";
      } catch {
      }
    }
    this.scrubbed.set(artifact, (await this.files.write(artifact, scrubbed)).sha256);
    return true;
  }
  async digestIfPresent(artifact) {
    return (await this.files.digest(artifact).catch(() => void 0))?.sha256;
  }
  /** The text of an artifact, or undefined when it does not exist; a symbolic link is refused, never followed. */
  async readText(artifact) {
    return this.files.read(artifact);
  }
  /**
   * Reads an earlier phase's artifact: undefined if absent; throws if it does not parse or match its schema, because
   * a phase must never build on altered or broken evidence.
   */
  async readJson(artifact) {
    const read = await this.files.readWithDigest(artifact);
    if (read === void 0) return void 0;
    let value;
    try {
      value = JSON.parse(read.text);
    } catch (error) {
      throw new EvidenceSchemaError(artifact, [`not valid JSON (${error.message})`]);
    }
    if (this.validated.get(artifact) === read.sha256) return value;
    await validatorsReady([schemaOfRecord(artifact, value)]);
    this.counter.count("validation", artifact);
    assertValidEvidence(artifact, value);
    this.validated.set(artifact, read.sha256);
    return value;
  }
  /**
   * Moves an earlier bundle aside to `<dir>-archive/<time>/` before a new release starts, so nothing is lost and the
   * new bundle holds only this release's evidence. Returns where it went, or null when there was nothing.
   */
  async archiveExisting(now) {
    if ((await this.files.list()).length === 0) return null;
    const archive = join2(`${this.dir}-archive`, now.toISOString().replace(/[:.]/g, "-"));
    await this.files.moveAside(archive);
    this.runId = void 0;
    return archive;
  }
  /**
   * Appends a hash-chained entry for `phase` to evidence-manifest.json, recording every file as it is now, signed when
   * the store holds a signing key.
   */
  async seal(phase, tag, now) {
    if (this.redact !== noRedaction) {
      for (const entry of await this.files.list().catch(() => []))
        if (entry.kind === "file" && !entry.name.endsWith(".tmp")) await this.scrub(entry.name);
    }
    const files = (await this.inventory()).map((f) => ({
      ...f,
      schema: f.file.endsWith(".json") ? schemaIdOf(schemaFor(f.file)) : null
    }));
    const sealed = await this.readJson(MANIFEST_FILE);
    if (!sealed) this.runId ??= newRunId(now);
    const chained = appendEntry(sealed, tag, phase, now.toISOString(), files, this.runId);
    const manifest = this.signer ? signLastSeal(chained, this.signer) : chained;
    await this.writeRecord(MANIFEST_FILE, manifest, "seal");
    return manifest;
  }
  /**
   * Problems that make the bundle untrustworthy for the next phase: no manifest, a broken chain, a file that is
   * missing, altered or unrecorded, or one written by a phase the protocol does not assign it to; with a signing key
   * also a seal not signed by it (a bundle rewritten, or planted, by someone without the key). Empty when intact.
   */
  async verify() {
    let manifest;
    try {
      manifest = await this.readJson(MANIFEST_FILE);
    } catch (error) {
      return [error.message];
    }
    if (!manifest) return [`${MANIFEST_FILE} is missing from ${this.dir}: run the readiness phase first`];
    const links = (await this.files.list()).filter((entry) => entry.kind === "link").map((entry) => `${entry.name} ${SYMBOLIC_LINK_PROBLEM}`);
    const unsigned = this.signer ? sealSignatureProblems(manifest, this.signer) : [];
    return [
      ...links,
      ...manifestProblems(manifest, await this.inventory()),
      ...writerProblems(manifest),
      ...unsigned
    ];
  }
  /** Files in the bundle (the manifest aside) with their size and SHA-256, sorted by name. */
  async inventory() {
    let entries;
    try {
      entries = await this.files.list();
    } catch {
      return [];
    }
    const kinds = new Map(entries.map((entry) => [entry.name, entry.kind]));
    const files = [];
    for (const name of [...kinds.keys()].filter((n) => !n.endsWith(".tmp") && n !== MANIFEST_FILE).sort()) {
      if (kinds.get(name) !== "file") continue;
      files.push({ file: name, ...await this.files.digest(name) });
    }
    return files;
  }
};
var FileEvidenceStore = class extends EvidenceBundleStore {
  constructor(dir, redact = noRedaction, signer, runId, counter = NO_COUNTING) {
    super(new DiskBundleFiles(dir, counter), redact, signer, runId, counter);
  }
};
function newRunId(now) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${randomBytes2(3).toString("hex")}`;
}
function rollbackBundleDir(evidenceDir, runId) {
  return join2(`${evidenceDir.replace(/[\\/]+$/, "")}-rollbacks`, runId);
}

export {
  recordHeader,
  MANIFEST_FILE,
  manifestProblems,
  ARTIFACTS,
  writerProblems,
  healthWindowFileInBatches,
  healthWindowOfFile,
  writeFileAtomic,
  redactorFor,
  sealSignatureProblems,
  sealSigners,
  schemaFor,
  hasEvidenceSchema,
  assertValidEvidence,
  projectSchemas,
  FileEvidenceStore,
  newRunId,
  rollbackBundleDir
};
