import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/entry/config/digest.ts
import { createHash } from "node:crypto";
function configDigest(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export {
  configDigest
};
