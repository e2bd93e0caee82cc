import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  EvidenceArtifacts,
  STATE,
  lazyArtifactClient
} from "./chunks/chunk-AM4TFNFM.js";
import {
  messageOf
} from "./chunks/chunk-AN3NI2IA.js";
import {
  error,
  getState,
  warning
} from "./chunks/chunk-ETITURQL.js";
import "./chunks/chunk-KQPNXURP.js";

// src/entry/action/post.ts
async function post() {
  const evidenceDir = getState(STATE.evidenceDir);
  if (!evidenceDir || getState(STATE.uploaded) === "true") return;
  const name = getState(STATE.interruptedName);
  const retention = getState(STATE.retentionDays);
  try {
    const uploaded = await new EvidenceArtifacts(lazyArtifactClient()).upload(
      name,
      evidenceDir,
      retention ? Number(retention) : void 0
    );
    if (uploaded)
      warning(
        `The phase did not finish; the evidence it left was uploaded as artifact ${name} (id ${uploaded.id ?? "unknown"}).`
      );
  } catch (error2) {
    error(
      `[ERROR] Could not upload the evidence of the interrupted phase: ${messageOf(error2)}. It is on the runner in ${evidenceDir}.`
    );
  }
}
await post();
export {
  post
};
