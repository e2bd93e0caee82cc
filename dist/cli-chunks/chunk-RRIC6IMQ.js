#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-SFJFTYR2.js";
import {
  isInside
} from "./chunk-J4CCDTUF.js";
import {
  describeSchemaErrors
} from "./chunk-T7AYJKF7.js";
import {
  compileSchemaFile
} from "./chunk-EUILFL2P.js";

// src/adapters/local.ts
import { mkdir, open, readFile, realpath, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import { hostname, userInfo } from "node:os";

// src/core/ledger.ts
var LEDGER_STATES = {
  empty: { class: "resolved", means: "nothing recorded yet", resolvedBy: "\u2014" },
  serving: {
    class: "resolved",
    means: "R passed its health window (or a rollback returned to R)",
    resolvedBy: "\u2014"
  },
  "rolling-out": {
    class: "busy",
    means: "R is being deployed over P (production may serve a mix)",
    resolvedBy: "wait for the run; if its process or workflow run is gone: `release-gate rollback --env <env>`"
  },
  "health-window": {
    class: "busy",
    means: "R is deployed and its health window is running",
    resolvedBy: "wait for the run; if its process or workflow run is gone: `release-gate rollback --env <env>`"
  },
  "rolling-back": {
    class: "busy",
    means: "a rollback from R to P is running",
    resolvedBy: "wait for the rollback; if its process or workflow run is gone: `release-gate rollback --env <env>`"
  },
  "rolled-back": { class: "resolved", means: "R was rolled back; P serves", resolvedBy: "\u2014" },
  failed: { class: "resolved", means: "R failed before it served (a staging gate)", resolvedBy: "\u2014" },
  "breached-left": {
    class: "unresolved",
    means: "R breached its health window and was left serving (health.on-breach: alert)",
    resolvedBy: "`release-gate rollback --env <env>`"
  },
  "rollback-failed": {
    class: "unresolved",
    means: "the rollback from R failed or was not possible; the environment may serve neither release",
    resolvedBy: "fix the cause, then `release-gate rollback --env <env>`"
  },
  interrupted: {
    class: "unresolved",
    means: "a signal stopped the rollout, the health window or the rollback of R",
    resolvedBy: "`release-gate rollback --env <env>`"
  }
};
var ALL_STATES = Object.keys(LEDGER_STATES);
var NOT_EMPTY = ALL_STATES.filter((kind) => kind !== "empty");
var LEDGER_TRANSITIONS = [
  {
    from: ALL_STATES,
    event: "in-progress",
    to: "rolling-out",
    sameRelease: false,
    recordedBy: "production (staging) starts its rollout; production only when the ledger allows a start"
  },
  {
    from: ["rolling-out"],
    event: "health-window",
    to: "health-window",
    sameRelease: true,
    recordedBy: "production passed Gate 3"
  },
  {
    from: ["rolling-out", "health-window"],
    event: "released",
    to: "serving",
    sameRelease: true,
    recordedBy: "the health window passed (staging: Gate 2 passed)"
  },
  {
    from: ["empty", "serving", "rolled-back", "failed"],
    event: "released",
    to: "serving",
    sameRelease: false,
    recordedBy: "a release recorded whole (a baseline, or a history written before the ledger)"
  },
  {
    from: ["rolling-out", "health-window"],
    event: "failed",
    to: "failed",
    sameRelease: true,
    recordedBy: "staging failed Gate 2"
  },
  {
    from: ["health-window"],
    event: "breach-left",
    to: "breached-left",
    sameRelease: true,
    recordedBy: "the health window breached with health.on-breach: alert"
  },
  {
    from: NOT_EMPTY,
    event: "rollback-started",
    to: "rolling-back",
    sameRelease: false,
    recordedBy: "a rollback starts (automatic, or `release-gate rollback`)"
  },
  {
    from: NOT_EMPTY,
    event: "rollback-target",
    to: "rolled-back",
    sameRelease: false,
    recordedBy: "the rollback succeeded: the target serves again"
  },
  {
    from: ["empty"],
    event: "rollback-target",
    to: "serving",
    sameRelease: false,
    recordedBy: "a rollback to a release before any was recorded"
  },
  {
    from: ["rolling-out", "health-window", "rolling-back", "breached-left", "rollback-failed", "interrupted"],
    event: "rolled-back",
    to: "rolled-back",
    sameRelease: true,
    recordedBy: "the release was rolled back (after its target was recorded)"
  },
  {
    from: ["rolling-out", "health-window", "rolling-back"],
    event: "rollback-failed",
    to: "rollback-failed",
    sameRelease: true,
    recordedBy: "a rollback failed, or was not possible"
  },
  {
    from: ["rolling-out", "health-window", "rolling-back"],
    event: "interrupted",
    to: "interrupted",
    sameRelease: true,
    recordedBy: "a signal (Ctrl-C, a cancelled job) stopped the phase"
  }
];
var EMPTY_STATE = {
  kind: "empty",
  release: null,
  over: null,
  to: null,
  during: null,
  since: null
};
function emptyLedger(environment) {
  return { environment, state: EMPTY_STATE, good: [], served: [], endedAt: {} };
}
function transitionFor(state, event, tag) {
  return LEDGER_TRANSITIONS.find(
    (row) => row.event === event && row.from.includes(state.kind) && (!row.sameRelease || state.release === tag)
  );
}
function applyEvent(ledger, entry) {
  const row = transitionFor(ledger.state, entry.status, entry.tag);
  if (!row) return;
  const before = ledger.state;
  const since = entry.recordedAt;
  const { good, served, endedAt } = ledger;
  const end = (tag, how) => {
    if (tag) endedAt[tag] = { at: since, how };
  };
  const serve = (tag) => {
    if (!tag) return;
    const at = served.indexOf(tag);
    if (at >= 0) served.splice(at, 1);
    served.unshift(tag);
  };
  const rollBack = (release, to) => {
    if (release && release !== to) {
      end(release, "rolled back");
      const at = good.indexOf(release);
      if (at >= 0) good.splice(at, 1);
    }
    if (to && good.includes(to)) good.push(...good.splice(good.indexOf(to), 1));
    serve(to);
  };
  let state;
  switch (row.to) {
    case "rolling-out":
      state = { ...EMPTY_STATE, kind: "rolling-out", release: entry.tag, over: servingRelease(before), since };
      break;
    case "health-window":
    case "failed":
    case "breached-left":
      state = { ...before, kind: row.to, since };
      if (row.to === "health-window" || row.to === "breached-left") serve(entry.tag);
      if (row.to === "failed" || row.to === "breached-left")
        end(entry.tag, row.to === "failed" ? "failed" : "left serving after a breach");
      break;
    case "serving":
      state = { ...EMPTY_STATE, kind: "serving", release: entry.tag, since };
      if (entry.status === "released") {
        const at = good.indexOf(entry.tag);
        if (at >= 0) good.splice(at, 1);
        good.push(entry.tag);
        end(entry.tag, "released");
      }
      serve(entry.tag);
      break;
    case "rolling-back": {
      const settled = before.kind === "serving" || before.kind === "rolled-back" || before.kind === "failed";
      const release = settled ? servingRelease(before) : before.release;
      state = {
        ...EMPTY_STATE,
        kind: "rolling-back",
        release,
        over: settled ? null : before.over,
        to: entry.target ?? null,
        since
      };
      break;
    }
    case "rolled-back": {
      if (before.kind === "rolled-back" && before.to === entry.tag) return;
      const release = entry.status === "rollback-target" ? subjectOf(before) : before.release;
      const to = entry.status === "rollback-target" ? entry.tag : before.to ?? before.over;
      if (release === to) {
        state = { ...EMPTY_STATE, kind: "serving", release: to, since };
        rollBack(null, to);
      } else {
        state = { ...EMPTY_STATE, kind: "rolled-back", release, to, since };
        rollBack(release, to);
      }
      break;
    }
    case "rollback-failed":
      state = { ...before, kind: "rollback-failed", since };
      end(before.release, "rolled back without success");
      break;
    case "interrupted":
      state = {
        ...before,
        kind: "interrupted",
        during: before.kind === "rolling-out" ? "rollout" : before.kind === "health-window" ? "health-window" : "rollback",
        since
      };
      break;
    case "empty":
      state = EMPTY_STATE;
      break;
  }
  ledger.state = state;
}
function foldLedger(environment, entries) {
  const ledger = emptyLedger(environment);
  for (const entry of entries) if (entry.environment === environment) applyEvent(ledger, entry);
  return ledger;
}
function subjectOf(state) {
  return state.kind === "rolled-back" ? state.to : state.release;
}
function servingRelease(state) {
  switch (state.kind) {
    case "serving":
    case "health-window":
    case "breached-left":
      return state.release;
    case "rolled-back":
      return state.to;
    case "failed":
      return state.over;
    case "interrupted":
      return state.during === "health-window" ? state.release : null;
    case "empty":
    case "rolling-out":
    case "rolling-back":
    case "rollback-failed":
      return null;
  }
}
function serving(ledger) {
  return servingRelease(ledger.state);
}
function rollbackTarget(ledger, releasing) {
  const excluded = releasing ?? subjectOf(ledger.state);
  return ledger.good.filter((tag) => tag !== excluded).at(-1) ?? null;
}
function rollbackCommand(environment) {
  return `release-gate rollback --env ${environment} (on GitHub: the rollback workflow)`;
}
function mayStart(ledger, tag, evidenceSince) {
  const { state, environment } = ledger;
  const kind = LEDGER_STATES[state.kind];
  const rollback = rollbackCommand(environment);
  if (kind.class !== "resolved") {
    const resolve = kind.class === "busy" ? `If it is running, wait for it. If it was interrupted or its run is gone, roll back with ${rollback}, then release ${tag} again.` : `Resolve it with ${rollback}${state.kind === "rollback-failed" ? " once the cause is fixed" : ""}, then release ${tag} again.`;
    return { environment, state: state.kind, reason: describeState(ledger), resolve };
  }
  const ended = ledger.endedAt[tag];
  if (ended && evidenceSince !== void 0 && evidenceSince <= ended.at) {
    return {
      environment,
      state: state.kind,
      reason: `${tag} was ${ended.how} on ${environment} at ${ended.at}, after this evidence was recorded (${evidenceSince}): its evidence cannot deploy it again`,
      resolve: `Run ${tag} again from the start (release-gate run --tag ${tag}), or release a new tag.`
    };
  }
  return null;
}
function refusalMessage(refusal) {
  return `${refusal.reason}. ${refusal.resolve}`;
}
function describeState(ledger) {
  const { state, environment: env } = ledger;
  const at = state.since ? ` at ${state.since}` : "";
  const over = state.over ?? "the previous release";
  const to = state.to ?? state.over ?? "the previous release";
  switch (state.kind) {
    case "empty":
      return `no release of ${env} is recorded`;
    case "serving":
      return `${env} serves ${state.release}`;
    case "rolling-out":
      return `Release ${state.release} started on ${env}${at} and has not finished: it is still rolling out over ${over}, or it was stopped and ${env} may serve a mix of releases`;
    case "health-window":
      return `Release ${state.release} is in its health window on ${env} (deployed${at}); it has not passed it yet`;
    case "rolling-back":
      return `A rollback of ${env} from ${state.release} to ${to} started${at} and has not finished`;
    case "rolled-back":
      return `${state.release} was rolled back from ${env}${at}; ${env} serves ${state.to}`;
    case "failed":
      return `${state.release} failed on ${env}${at}`;
    case "breached-left":
      return `${state.release} breached its health window on ${env}${at} and was left serving (health.on-breach: alert)`;
    case "rollback-failed":
      return `The rollback of ${env} from ${state.release} to ${to} failed${at}: ${env} may serve neither release`;
    case "interrupted":
      return state.during === "rollback" ? `The rollback of ${env} from ${state.release} to ${to} was interrupted${at}: ${env} may serve neither release (its services may be down)` : state.during === "health-window" ? `The health window of ${state.release} on ${env} was interrupted${at}: ${state.release} serves, unproven` : `The rollout of ${state.release} on ${env} was interrupted${at}: ${env} may serve a mix of ${state.release} and ${over}`;
  }
}

// src/core/announce.ts
var ANNOUNCE = {
  phase1Start: "[PHASE 1 START] - Verifying deployment readiness artifacts...",
  scope: "Confirming release scope, dependencies, and stakeholder approvals...",
  phase2Start: "[PHASE 2 START] - Deploying release candidate to staging...",
  stagingValidation: "Running staging validation suite...",
  approvalRequest: "[APPROVAL REQUEST] Staging deployment successful. Proceed with production release? (yes/no)",
  phase3Start: "[PHASE 3 START] - Executing production deployment...",
  postDeploymentChecks: "Running post-deployment smoke tests and monitoring checks...",
  phase4Start: "[PHASE 4 START] - Monitoring post-deployment health window...",
  rollbackDecision: "[ROLLBACK DECISION] Production anomalies detected. Execute rollback plan? (yes/no)",
  releaseComplete: "[RELEASE COMPLETE] Post-deployment health window passed. Publish release report to Protocol 5? (yes/no)",
  compilingReport: "Compiling final release report and evidence bundle...",
  protocolComplete: "[PROTOCOL COMPLETE] - Production deployment finalized. Ready for Protocol 12 (Monitoring & Observability).",
  missingPrerequisites: "[ERROR] Required staging or validation artifact missing.",
  healthDegradation: "[ALERT] Post-deployment metrics outside thresholds."
};
function phaseComplete(number, phaseName) {
  return `[PHASE ${number} COMPLETE] - ${phaseName} finished successfully.`;
}
function automation(name, status) {
  return `[AUTOMATION] ${name} executed: ${status}`;
}
function deploymentFailed(error) {
  return `[ERROR] Deployment command failed: ${error.replace(/\.$/, "")}.`;
}
function answered(question, answer) {
  return `${question.replace(/ \(yes\/no\)$/, "")} ${answer}`;
}

// src/core/one-line.ts
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, "\\n");
}

// src/adapters/local.ts
var systemClock = {
  now: () => /* @__PURE__ */ new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var FileArtifactReader = class {
  constructor(workspace = process.cwd()) {
    this.workspace = workspace;
  }
  workspace;
  async inspect(path) {
    try {
      const target = await realpath(path);
      if (!isInside(await realpath(this.workspace), target))
        return { exists: true, isFile: false, modifiedAt: null, text: null, outsideWorkspace: target };
      const info = await stat(path);
      if (!info.isFile()) return { exists: true, isFile: false, modifiedAt: info.mtime, text: null };
      return { exists: true, isFile: true, modifiedAt: info.mtime, text: await readFile(path, "utf8") };
    } catch (error) {
      if (error.code === "ENOENT")
        return { exists: false, isFile: false, modifiedAt: null, text: null };
      throw error;
    }
  }
};
var FileReleaseHistory = class {
  file;
  /**
   * The text this object last read or wrote, with its events, validated. A release reads the ledger a dozen times and
   * each read validated every event ever recorded; a read that finds the same text again takes them as they were.
   * Any other text (another process wrote, a person edited) is validated as a first read is.
   */
  known;
  constructor(stateDir) {
    this.file = join(stateDir, "release-history.json");
  }
  async load() {
    const text = await readTextIfExists(this.file);
    if (text === null) return [];
    if (this.known?.text !== text) {
      const value = parseStateFile(this.file, text, "release-history.schema.json", {
        notJson: (file, error) => `Release history ${file} is not valid JSON (${error}). Fix or remove it.`,
        invalid: (file, problems) => `Release history ${file} is invalid: ${problems}`
      });
      this.known = { text, releases: value.releases };
    }
    return [...this.known.releases];
  }
  async ledger(environment) {
    return foldLedger(environment, await this.load());
  }
  async record(entry) {
    await withFileLock(`${this.file}.lock`, async () => {
      await this.append(await this.load(), entry);
    });
  }
  async begin(environment, tag, evidenceSince) {
    return withFileLock(`${this.file}.lock`, async () => {
      const releases = await this.load();
      const refusal = mayStart(foldLedger(environment, releases), tag, evidenceSince);
      if (!refusal) await this.append(releases, { tag, environment, status: "in-progress" });
      return refusal;
    });
  }
  async append(releases, entry) {
    releases.push({ ...entry, recordedAt: (/* @__PURE__ */ new Date()).toISOString() });
    const text = JSON.stringify({ schemaVersion: 2, releases }, null, 2) + "\n";
    await writeFileAtomic(this.file, text);
    this.known = { text, releases };
  }
};
var FileSignoffStore = class {
  file;
  constructor(stateDir) {
    this.file = join(stateDir, "stakeholder-signoffs.json");
  }
  async load() {
    const value = await readStateFile(this.file, "stakeholder-signoffs.schema.json", {
      notJson: (file, error) => `Stakeholder sign-offs ${file} are not valid JSON (${error}). Fix or remove the file.`,
      invalid: (file, problems) => `Stakeholder sign-offs ${file} are invalid: ${problems}`
    });
    return value?.signoffs ?? [];
  }
  async forTag(tag) {
    return (await this.load()).filter((s) => s.tag === tag);
  }
  async record(signoff) {
    await withFileLock(`${this.file}.lock`, async () => {
      const signoffs = [...await this.load(), signoff];
      const file = { schemaVersion: 1, signoffs };
      await writeFileAtomic(this.file, JSON.stringify(file, null, 2) + "\n");
    });
  }
};
async function readStateFile(file, schema, messages) {
  const text = await readTextIfExists(file);
  return text === null ? null : parseStateFile(file, text, schema, messages);
}
async function readTextIfExists(file) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}
function parseStateFile(file, text, schema, messages) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(messages.notJson(file, oneLine(error.message)), { cause: error });
  }
  const validate = compileSchemaFile(schema);
  if (!validate(value))
    throw new Error(messages.invalid(file, describeSchemaErrors(validate.errors ?? [], value).join("; ")));
  return value;
}
var LOCK_WAIT_MS = 1e4;
var LOCK_STALE_MS = 6e4;
async function withFileLock(lockFile, critical) {
  await mkdir(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(JSON.stringify({ pid: process.pid, at: (/* @__PURE__ */ new Date()).toISOString() }));
      await handle.close();
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      if (await lockIsStale(lockFile)) {
        await rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(
          `${lockFile} is held by another release-gate process for more than ${LOCK_WAIT_MS / 1e3}s. If none runs, remove the file.`,
          { cause: error }
        );
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  try {
    return await critical();
  } finally {
    await rm(lockFile, { force: true });
  }
}
async function lockIsStale(lockFile) {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, "utf8"), stat(lockFile)]);
    if (Date.now() - info.mtimeMs > LOCK_STALE_MS) return true;
    const pid = Number(JSON.parse(text).pid);
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return error.code === "ESRCH";
    }
  } catch {
    return false;
  }
}
var ReleaseLockedError = class extends Error {
  constructor(file, holder) {
    super(
      `${file} is held by release-gate ${holder.holder} (pid ${holder.pid} on ${holder.host}, since ${holder.since}). Wait for it to finish. If no such process runs on ${holder.host}, remove ${file} and start again.`
    );
    this.file = file;
    this.holder = holder;
  }
  file;
  holder;
  name = "ReleaseLockedError";
};
var ReleaseLock = class {
  file;
  constructor(stateDir) {
    this.file = join(stateDir, "release.lock");
  }
  /**
   * Takes the lock for `holder`, or throws ReleaseLockedError naming the process that holds it. Returns the release
   * (idempotent) and whether a stale lock was taken over (its holder, to say so).
   */
  async acquire(holder) {
    await mkdir(dirname(this.file), { recursive: true });
    const mine = {
      holder,
      pid: process.pid,
      host: hostname(),
      since: (/* @__PURE__ */ new Date()).toISOString()
    };
    let tookOver = null;
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(this.file, "wx");
        await handle.writeFile(JSON.stringify(mine) + "\n");
        await handle.close();
        break;
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
        const current = await this.holder();
        if (current && !isStale(current)) throw new ReleaseLockedError(this.file, current);
        if (!current) {
          if (attempt >= 3)
            throw new ReleaseLockedError(this.file, {
              holder: "unknown (unreadable lock file)",
              pid: 0,
              host: "unknown",
              since: "unknown"
            });
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        tookOver = current;
        await rm(this.file, { force: true });
      }
    }
    let released = false;
    return {
      tookOver,
      release: async () => {
        if (released) return;
        released = true;
        const current = await this.holder();
        if (current?.pid === mine.pid && current.host === mine.host) await rm(this.file, { force: true });
      }
    };
  }
  /** The holder written in the lock file, or null when there is none (or it cannot be read yet). */
  async holder() {
    try {
      const value = JSON.parse(await readFile(this.file, "utf8"));
      return typeof value.pid === "number" && typeof value.host === "string" ? {
        holder: String(value.holder ?? "unknown"),
        pid: value.pid,
        host: value.host,
        since: String(value.since ?? "")
      } : null;
    } catch {
      return null;
    }
  }
};
function isStale(holder) {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}
var LocalApprovalSource = class {
  constructor(approveAs, comment, interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY), answeringAs = userInfo().username) {
    this.approveAs = approveAs;
    this.comment = comment;
    this.interactive = interactive;
    this.answeringAs = answeringAs;
  }
  approveAs;
  comment;
  interactive;
  answeringAs;
  /** A yes/no question at the terminal (e.g. an inconclusive analysis); no terminal means no. */
  async confirm(prompt) {
    if (!this.interactive) return false;
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    terminal.on("SIGINT", () => terminal.close());
    try {
      process.stdout.write(`${prompt} `);
      const line = await terminal[Symbol.asyncIterator]().next();
      return !line.done && ["yes", "y"].includes(String(line.value).trim().toLowerCase());
    } finally {
      terminal.close();
    }
  }
  async request(prompt) {
    return { kind: "answer", answer: await this.answer(prompt) };
  }
  /** The person's answer, as given; Gate 3's policy judges it. */
  async answer(prompt) {
    if (this.approveAs !== void 0) {
      return {
        decision: "approved",
        approver: this.approveAs,
        comment: this.comment ?? null,
        source: "cli-flag",
        reason: `approved with --approve ${this.approveAs}`
      };
    }
    if (!this.interactive) {
      return {
        decision: "rejected",
        approver: null,
        comment: null,
        source: "no-answer",
        reason: "no approval given: pass --approve <name> (and --comment <text>) or run in a terminal to answer the prompt"
      };
    }
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    terminal.on("SIGINT", () => terminal.close());
    const typedLines = terminal[Symbol.asyncIterator]();
    const ask = async (question) => {
      process.stdout.write(question);
      const line = await typedLines.next();
      return line.done ? null : String(line.value).trim();
    };
    try {
      const named = `${answered(prompt, `Answering as ${this.answeringAs} (--approver-name sets the name). (yes/no)`)} `;
      const answer = await ask(named);
      const approver = this.answeringAs;
      if (answer === null || !["yes", "y"].includes(answer.toLowerCase())) {
        return {
          decision: "rejected",
          approver: answer === null ? null : approver,
          comment: null,
          source: answer === null ? "no-answer" : "interactive",
          reason: answer === null ? "the terminal closed before an answer was given" : `answered ${JSON.stringify(answer)} at the prompt`
        };
      }
      const comment = await ask("Comment for the record (optional): ");
      return {
        decision: "approved",
        approver,
        comment: comment || null,
        source: "interactive",
        reason: "answered yes at the prompt"
      };
    } finally {
      terminal.close();
    }
  }
};

export {
  serving,
  rollbackTarget,
  rollbackCommand,
  mayStart,
  refusalMessage,
  describeState,
  ANNOUNCE,
  phaseComplete,
  automation,
  deploymentFailed,
  answered,
  oneLine,
  systemClock,
  FileArtifactReader,
  FileReleaseHistory,
  FileSignoffStore,
  ReleaseLockedError,
  ReleaseLock,
  LocalApprovalSource
};
