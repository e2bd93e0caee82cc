#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  publicKeyOf
} from "./chunk-UWYXJ2MI.js";
import {
  MANIFEST_FILE,
  assertValidEvidence,
  hasEvidenceSchema,
  manifestProblems,
  sealSignatureProblems,
  sealSigners,
  writerProblems
} from "./chunk-SFJFTYR2.js";
import "./chunk-J4CCDTUF.js";
import {
  EXIT
} from "./chunk-DZATTA6Z.js";
import {
  printJson
} from "./chunk-BAE7ZAJW.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-HYGIBIMM.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import {
  loadPrecompiledValidators
} from "./chunk-EUILFL2P.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import {
  UsageError,
  messageOf
} from "./chunk-7Q6O7KFX.js";
import "./chunk-457CUI25.js";

// src/adapters/evidence/bundle-files.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, posix } from "node:path";
var MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024;
var MAX_BUNDLE_BYTES = 128 * 1024 * 1024;
var MiB = 1024 * 1024;
var BundleTooLargeError = class extends Error {
  name = "BundleTooLargeError";
};
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
  const { default: zipReader } = await import("./lib-UNJ7WVPR.js");
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

// src/adapters/evidence/verify.ts
import { createHash } from "node:crypto";
var sha256 = (content) => createHash("sha256").update(content).digest("hex");
function verifyBundle(files, options = {}) {
  const checks = [];
  const add = (check, problems, okDetail) => {
    checks.push({
      check,
      passed: problems.length === 0,
      detail: problems.length === 0 ? okDetail : problems.join("; ")
    });
  };
  const manifestBytes = files.get(MANIFEST_FILE);
  let manifest;
  if (!manifestBytes) add("manifest", [`${MANIFEST_FILE} is missing`], "");
  else {
    try {
      const parsed = JSON.parse(manifestBytes.toString("utf8"));
      assertValidEvidence(MANIFEST_FILE, parsed);
      manifest = parsed;
      add(
        "manifest",
        [],
        `${manifest.entries.length} sealed phase(s): ${manifest.entries.map((e) => e.phase).join(" \u2192 ")}`
      );
    } catch (error) {
      add("manifest", [messageOf(error)], "");
    }
  }
  const onDisk = [...files.entries()].filter(([name]) => name !== MANIFEST_FILE).map(([file, content]) => ({ file, bytes: content.length, sha256: sha256(content) }));
  if (manifest) {
    const problems = manifestProblems(manifest, onDisk, options.notFiles);
    add(
      "hash chain",
      problems.filter((p) => p.startsWith("entry ") || p.includes("no entries")),
      "every entry chains to the one before"
    );
    add(
      "file digests",
      problems.filter((p) => !p.startsWith("entry ") && !p.includes("no entries")),
      `${onDisk.length} file(s) match the digests of the last sealed phase`
    );
    add(
      "signatures",
      options.verifier ? sealSignatureProblems(manifest, options.verifier) : [],
      signaturesDetail(manifest, options.verifier)
    );
  }
  const json = /* @__PURE__ */ new Map();
  const schemaProblems = [];
  let unchecked = 0;
  for (const [name, content] of files) {
    if (!name.endsWith(".json") || name === MANIFEST_FILE) continue;
    if (!hasEvidenceSchema(name)) {
      unchecked++;
      continue;
    }
    try {
      const value = JSON.parse(content.toString("utf8"));
      assertValidEvidence(name, value);
      json.set(name, value);
    } catch (error) {
      schemaProblems.push(`${name}: ${messageOf(error)}`);
    }
  }
  add(
    "schemas",
    schemaProblems,
    `${json.size} JSON artifact(s) match their schemas${unchecked > 0 ? `; ${unchecked} other JSON file(s) have no release-gate schema (not checked)` : ""}`
  );
  const tags = new Set(
    [...json.values()].map((v) => v.tag).filter((t) => typeof t === "string")
  );
  if (manifest) tags.add(manifest.tag);
  add(
    "one release",
    tags.size > 1 ? [`artifacts of different releases: ${[...tags].join(", ")}`] : [],
    `all of ${[...tags][0] ?? "(none)"}`
  );
  add("protocol order", orderProblems(json, manifest), "each phase built on the evidence of the one before");
  if (manifest)
    add("writers", writerProblems(manifest), "each file was written by the phase the protocol assigns it");
  return checks;
}
var UNDETECTED_REWRITE = "without a key, a rewrite with the chain recomputed cannot be detected";
function signaturesDetail(manifest, verifier) {
  const { signed, total, keys } = sealSigners(manifest);
  if (verifier) return `every seal (${total}) signed by key ${verifier.keyFingerprint}`;
  if (signed === 0) return `the seals are not signed: ${UNDETECTED_REWRITE}`;
  return `${signed} of ${total} seals signed by key ${keys.join(", ")}; not checked: pass --public-key to check them (${UNDETECTED_REWRITE})`;
}
function orderProblems(json, manifest) {
  const problems = [];
  const checklist = json.get("deployment-readiness-checklist.json");
  const staging = json.get("staging-deployment-report.json");
  const validation = json.get("staging-validation-results.json");
  const approval = json.get("production-approval.json");
  const production = json.get("production-deployment-report.json");
  const at = (iso) => new Date(iso).getTime();
  if (staging && !checklist) problems.push("a staging deployment without a readiness checklist");
  if (staging && checklist && !checklist.passed)
    problems.push("a staging deployment although readiness (Gate 1) failed");
  if (production) {
    if (!approval) problems.push("a production deployment without production-approval.json");
    else {
      if (approval.decision !== "approved" || !approval.approver)
        problems.push(`a production deployment although the approval was ${approval.decision}`);
      if (at(approval.decidedAt) > at(production.startedAt))
        problems.push(
          `the approval (${approval.decidedAt}) is dated after the production deployment started (${production.startedAt})`
        );
    }
    if (!staging || !staging.passed)
      problems.push("a production deployment without a passed staging deployment");
    else if (approval && at(staging.finishedAt) > at(approval.decidedAt))
      problems.push(
        `the approval (${approval.decidedAt}) is dated before staging finished (${staging.finishedAt})`
      );
    if (!validation || !validation.passed)
      problems.push("a production deployment without a passed staging validation");
  }
  if (manifest) {
    const order = ["readiness", "staging", "production", "stabilize", "report"];
    const phases = manifest.entries.map((e) => e.phase).filter((p) => order.includes(p));
    phases.forEach((phase, i) => {
      const previous = phases[i - 1];
      if (previous && order.indexOf(phase) < order.indexOf(previous) && phase !== previous)
        problems.push(`the manifest seals ${phase} after ${previous}`);
    });
  }
  return problems;
}
async function verifyBundleAt(path, options = {}) {
  const [{ files, notFiles }] = await Promise.all([readBundle(path), loadPrecompiledValidators("all")]);
  return verifyBundle(files, { ...options, notFiles });
}

// src/entry/cli/commands/verify.ts
async function verifyCommand({ command, values, rest, logger }) {
  const target = rest[0];
  if (!target) throw new UsageError("release-gate verify needs a bundle: a directory or an artifact .zip.");
  const verifier = await publicKeyOf(values);
  const checks = await verifyTarget(target, verifier);
  for (const check of checks)
    (check.passed ? logger.info.bind(logger) : logger.error.bind(logger))(
      `${check.passed ? "\u2714" : "\u2718"} ${check.check}: ${check.detail}`
    );
  const passed = checks.every((c) => c.passed);
  logger.info(
    passed ? `Evidence bundle ${target} verified.` : `[ERROR] Evidence bundle ${target} failed verification.`
  );
  printJson(values, {
    command,
    bundle: target,
    passed,
    publicKeyFingerprint: verifier?.keyFingerprint ?? null,
    checks
  });
  return passed ? 0 : EXIT.failed;
}
async function verifyTarget(target, verifier) {
  try {
    return await verifyBundleAt(target, verifier ? { verifier } : {});
  } catch (error) {
    if (!(error instanceof BundleTooLargeError)) throw error;
    return [{ check: "bundle size", passed: false, detail: error.message }];
  }
}
export {
  verifyCommand
};
