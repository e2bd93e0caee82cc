#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-7Q6O7KFX.js";
import "./chunk-457CUI25.js";

// src/adapters/evidence/seal-keys.ts
import { createHash, createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { open } from "node:fs/promises";
var MAX_KEY_FILE_BYTES = 64 * 1024;
function keyFingerprint(publicKey) {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
}
function sealSignerFromPem(pem, source) {
  if (pem.includes("ENCRYPTED PRIVATE KEY"))
    throw new UsageError(
      `${source}: the private key is encrypted; release-gate takes it unencrypted, from a secret (openssl genpkey -algorithm ed25519 writes one).`
    );
  let privateKey;
  try {
    privateKey = createPrivateKey({ key: pem.trim(), format: "pem" });
  } catch {
    throw new UsageError(
      `${source}: not a PEM private key (value not shown). Expected an Ed25519 private key in PKCS#8 PEM, as openssl genpkey -algorithm ed25519 writes it.`
    );
  }
  requireEd25519(privateKey, source, "private");
  const publicKey = createPublicKey(privateKey);
  return {
    keyFingerprint: keyFingerprint(publicKey),
    sign: (payload) => sign(null, payload, privateKey).toString("base64"),
    verify: (payload, signature) => verify(null, payload, publicKey, Buffer.from(signature, "base64"))
  };
}
function sealVerifierFromPem(pem, source) {
  if (pem.includes("PRIVATE KEY"))
    throw new UsageError(
      `${source}: not a PEM public key but a private key (value not shown). Pass the signing key's public key (openssl pkey -in release-signing.pem -pubout -out release-signing.pub).`
    );
  let publicKey;
  try {
    publicKey = createPublicKey({ key: pem.trim(), format: "pem" });
  } catch {
    throw new UsageError(
      `${source}: not a PEM public key (value not shown). Pass the signing key's public key (openssl pkey -in release-signing.pem -pubout -out release-signing.pub).`
    );
  }
  requireEd25519(publicKey, source, "public");
  return {
    keyFingerprint: keyFingerprint(publicKey),
    verify: (payload, signature) => verify(null, payload, publicKey, Buffer.from(signature, "base64"))
  };
}
function requireEd25519(key, source, kind) {
  if (key.asymmetricKeyType !== "ed25519")
    throw new UsageError(
      `${source}: an ${key.asymmetricKeyType ?? "unknown"} key; expected an Ed25519 ${kind} key (openssl genpkey -algorithm ed25519 makes one).`
    );
}
async function readKeyFile(path, source) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new UsageError(`${source}: cannot be read (${error.code ?? "error"}).`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UsageError(`${source}: cannot be read (not a regular file).`);
    if (info.size > MAX_KEY_FILE_BYTES)
      throw new UsageError(
        `${source}: ${info.size} bytes; a PEM key file is far smaller (at most ${MAX_KEY_FILE_BYTES}).`
      );
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
export {
  keyFingerprint,
  readKeyFile,
  sealSignerFromPem,
  sealVerifierFromPem
};
