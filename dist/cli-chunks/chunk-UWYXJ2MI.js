#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  workspaceFileProblem
} from "./chunk-J4CCDTUF.js";
import {
  workspacePathProblem
} from "./chunk-HYGIBIMM.js";
import {
  UsageError
} from "./chunk-7Q6O7KFX.js";

// src/entry/cli/signing-key.ts
var SIGNING_KEY_VARIABLE = "RELEASE_GATE_SIGNING_KEY";
async function signingKeyRequest(values, env, workspace = process.cwd()) {
  const path = values["signing-key-file"];
  if (path !== void 0) {
    const problem = workspacePathProblem(path) ?? await workspaceFileProblem(workspace, path);
    if (problem) throw new UsageError(`--signing-key-file: the path ${problem}.`);
    const source = `--signing-key-file ${path}`;
    const { readKeyFile, sealSignerFromPem: sealSignerFromPem2 } = await sealKeys();
    const pem2 = await readKeyFile(path, source);
    return { sealSigner: sealSignerFromPem2(pem2, source), heldTokens: [pem2] };
  }
  const pem = env[SIGNING_KEY_VARIABLE];
  if (!pem) return {};
  const { sealSignerFromPem } = await sealKeys();
  return { sealSigner: sealSignerFromPem(pem, SIGNING_KEY_VARIABLE), heldTokens: [pem] };
}
async function publicKeyOf(values) {
  const path = values["public-key"];
  if (path === void 0) return void 0;
  if (path.trim() === "")
    throw new UsageError("--public-key needs a file: the signing key's public key (PEM).");
  const source = `--public-key ${path}`;
  const { readKeyFile, sealVerifierFromPem } = await sealKeys();
  return sealVerifierFromPem(await readKeyFile(path, source), source);
}
function sealKeys() {
  return import("./seal-keys-GHVLEWGO.js");
}

export {
  signingKeyRequest,
  publicKeyOf
};
