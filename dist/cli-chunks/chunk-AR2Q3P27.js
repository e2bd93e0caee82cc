#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  FetchHttpClient,
  ProcessRunner,
  builtinChecks,
  httpExchange
} from "./chunk-XECMZOE5.js";
import {
  FileArtifactReader,
  FileReleaseHistory,
  FileSignoffStore,
  automation,
  rollbackTarget,
  systemClock
} from "./chunk-RRIC6IMQ.js";
import {
  previousSemverTag
} from "./chunk-TILFY5S5.js";
import {
  configFileDigest
} from "./chunk-XGG6ZREH.js";
import {
  ARTIFACTS,
  FileEvidenceStore,
  projectSchemas,
  redactorFor
} from "./chunk-SFJFTYR2.js";
import {
  interruptibleClock,
  throwIfInterrupted
} from "./chunk-55ENESYO.js";
import {
  deployLevels,
  formatDuration,
  renderArgv,
  rollbackOrder,
  tokenizeCommand,
  usesPrevious
} from "./chunk-SMFC32GI.js";
import {
  commandEnvironment,
  commandEnvironmentReminder,
  withheldVariableHint
} from "./chunk-7DLPZUSP.js";
import {
  warmEvidenceValidators
} from "./chunk-EUILFL2P.js";
import {
  TrafficRouterError,
  messageOf
} from "./chunk-7Q6O7KFX.js";
import {
  inlineText
} from "./chunk-U766XLRO.js";

// src/entry/compose.ts
import { resolve } from "node:path";

// src/adapters/haproxy.ts
import { connect } from "node:net";
var MAX_ANSWER_BYTES = 1024 * 1024;
var ADMIN_MAINT = 1 | 2 | 4 | 32 | 64;
var ADMIN_DRAIN = 8 | 16;
function describeSocket(socket) {
  return "path" in socket ? socket.path : `${socket.host}:${socket.port}`;
}
function runtimeApiExchange(socket, commands, timeoutMs) {
  const where = describeSocket(socket);
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let bytes = 0;
    let settled = false;
    const connection = "path" in socket ? connect(socket.path) : connect(socket.port, socket.host);
    const finish = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      connection.destroy();
      if (error) reject(error);
      else resolve2(Buffer.concat(chunks).toString("utf8"));
    };
    const timer = setTimeout(
      () => finish(
        new TrafficRouterError(`HAProxy Runtime API at ${where}: no complete answer within ${timeoutMs}ms`)
      ),
      timeoutMs
    );
    connection.on("connect", () => connection.end(`${commands.join("; ")}
`));
    connection.on("data", (chunk) => {
      bytes += chunk.length;
      if (bytes > MAX_ANSWER_BYTES)
        return finish(
          new TrafficRouterError(
            `HAProxy Runtime API at ${where}: answer longer than ${MAX_ANSWER_BYTES} bytes`
          )
        );
      chunks.push(chunk);
    });
    connection.on(
      "error",
      (error) => finish(new TrafficRouterError(`HAProxy Runtime API at ${where}: ${error.code ?? error.message}`))
    );
    connection.on("close", () => finish(null));
  });
}
function parseServersState(answer) {
  const lines = answer.split("\n").map((line) => line.trim());
  const header = lines.find((line) => line.startsWith("# "));
  if (!header)
    throw new TrafficRouterError(
      `unexpected answer to 'show servers state': ${answer.trim().slice(0, 200) || "(empty)"}`
    );
  const columns = header.slice(2).split(/\s+/);
  const at = (name2) => {
    const index = columns.indexOf(name2);
    if (index < 0) throw new TrafficRouterError(`'show servers state' has no column ${name2}`);
    return index;
  };
  const [name, weight, admin, operational] = [
    "srv_name",
    "srv_uweight",
    "srv_admin_state",
    "srv_op_state"
  ].map(at);
  return lines.filter((line) => line !== "" && !line.startsWith("#") && line.includes(" ")).map((line) => line.split(/\s+/)).map((fields) => ({
    server: fields[name] ?? "",
    weight: Number(fields[weight]),
    adminState: Number(fields[admin]),
    operationalState: Number(fields[operational])
  }));
}
function stateOf(line) {
  if (line.adminState & ADMIN_MAINT) return "maint";
  if (line.adminState & ADMIN_DRAIN) return "drain";
  return "ready";
}
var HaproxyRouter = class {
  constructor(spec) {
    this.spec = spec;
  }
  spec;
  async read() {
    const answer = await runtimeApiExchange(
      this.spec.socket,
      [`show servers state ${this.spec.backend}`],
      this.spec.timeoutMs
    );
    if (/^(No such|Can't find) backend/im.test(answer))
      throw new TrafficRouterError(
        `HAProxy has no backend '${this.spec.backend}' (${describeSocket(this.spec.socket)})`
      );
    const lines = parseServersState(answer);
    return this.roles().map(([role, server]) => {
      const line = lines.find((l) => l.server === server);
      if (!line)
        throw new TrafficRouterError(
          `HAProxy backend '${this.spec.backend}' has no server '${server}' (the ${role} server); it has: ${lines.map((l) => l.server).join(", ") || "none"}`
        );
      return { role, server: `${this.spec.backend}/${server}`, weight: line.weight, state: stateOf(line) };
    });
  }
  async apply(targets) {
    const before = await this.read();
    const commands = [];
    for (const [role, target] of this.targetsOf(targets))
      if (target.state === "ready") commands.push(`set server ${this.address(role)} state ready`);
    for (const [role, target] of this.targetsOf(targets))
      if (target.weight !== void 0)
        commands.push(`set server ${this.address(role)} weight ${target.weight}`);
    for (const [role, target] of this.targetsOf(targets))
      if (target.state === "drain") commands.push(`set server ${this.address(role)} state drain`);
    const answer = (await runtimeApiExchange(this.spec.socket, commands, this.spec.timeoutMs)).trim();
    if (answer !== "")
      throw new TrafficRouterError(
        `HAProxy refused '${commands.join("; ")}': ${answer.replace(/\s*\n\s*/g, " ")}`
      );
    const after = await this.read();
    const mismatches = this.targetsOf(targets).flatMap(([role, target]) => {
      const server = after.find((s) => s.role === role);
      return [
        ...target.weight !== void 0 && server.weight !== target.weight ? [`${server.server} weight ${server.weight}, expected ${target.weight}`] : [],
        ...target.state !== void 0 && server.state !== target.state ? [`${server.server} state ${server.state}, expected ${target.state}`] : []
      ];
    });
    if (mismatches.length > 0)
      throw new TrafficRouterError(
        `HAProxy read back ${mismatches.join("; ")} after '${commands.join("; ")}'`
      );
    return { before, after };
  }
  roles() {
    return Object.entries(this.spec.servers);
  }
  targetsOf(targets) {
    return Object.entries(targets);
  }
  address(role) {
    const server = this.spec.servers[role];
    if (!server)
      throw new TrafficRouterError(`no ${role} server is configured for backend '${this.spec.backend}'`);
    return `${this.spec.backend}/${server}`;
  }
};

// src/entry/command-hints.ts
function hintingAtPassEnv(runner, logger, sourceEnv, commandEnv) {
  let reminded = false;
  const hinted = /* @__PURE__ */ new Set();
  return {
    async run(request) {
      const record = await runner.run(request);
      if (request.quiet || record.status !== "failure") return record;
      const hint = withheldVariableHint(
        record.name,
        `${record.stdoutTail}
${record.stderrTail}`,
        sourceEnv,
        { ...commandEnv, ...request.env }
      );
      if (hint && !hinted.has(hint)) logger.warn(hint);
      else if (!hint && !reminded) logger.info(commandEnvironmentReminder(record.name));
      if (hint) hinted.add(hint);
      else reminded = true;
      return record;
    }
  };
}

// src/adapters/git/git-changes.ts
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
var GitCommandError = class extends Error {
  constructor(args, code, stderr) {
    super(`git ${args.join(" ")} failed (exit code ${code}): ${stderr.trim() || "no error output"}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
  args;
  code;
  stderr;
  name = "GitCommandError";
};
var MAX_GIT_OUTPUT_BYTES = 512 * 1024 * 1024;
var GIT_TIMEOUT_MS = 12e4;
function gitRunner(cwd) {
  return (args) => new Promise((resolve2, reject) => {
    execFile(
      "git",
      args,
      { cwd, encoding: "utf8", maxBuffer: MAX_GIT_OUTPUT_BYTES, timeout: GIT_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error === null) return resolve2({ code: 0, stdout, stderr });
        if (typeof error.code === "number") return resolve2({ code: error.code, stdout, stderr });
        reject(new Error(`cannot run git ${args.join(" ")} in ${cwd}: ${error.message}`, { cause: error }));
      }
    );
  });
}
var GitChangeReader = class {
  constructor(runGit) {
    this.runGit = runGit;
  }
  runGit;
  /**
   * The commits in `previousTag..tag`: all of them, branch commits included, so that a `feat!:` inside a merged
   * pull request is seen; a merge commit's files are its diff against its first parent (what it brought in).
   */
  async rawCommits(previousTag, tag) {
    const notes = [];
    const tagExists = await this.tagExists(tag);
    if (!tagExists) notes.push(`tag ${tag} does not exist here yet; HEAD stands in for it`);
    const tipName = tagExists ? tag : "HEAD";
    const tipRef = tagExists ? `refs/tags/${tag}` : "HEAD";
    let baseRef = null;
    if (previousTag !== null) {
      if (await this.tagExists(previousTag)) baseRef = `refs/tags/${previousTag}`;
      else
        notes.push(
          `previous tag ${previousTag} does not exist here (fetch tags?); the range is the whole history of ${tipName}`
        );
    }
    const range = baseRef === null ? tipName : `${previousTag}..${tipName}`;
    const shallow = (await this.git(["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
    if (shallow)
      notes.push("this is a shallow clone: older commits and tags are missing (fetch-depth: 0 fixes it)");
    const nonce = randomBytes(8).toString("hex");
    const marker = `${nonce}`;
    const format = `%x1e${nonce}%x1f%H%x00%aN%x00%aE%x00%aI%x00%s%x00%b`;
    const log = await this.git([
      "log",
      "-z",
      "--no-color",
      "--no-show-signature",
      // Both sides of a rename: moving a file out of a service touches that service too.
      "--no-renames",
      "--no-relative",
      "--root",
      "--diff-merges=first-parent",
      "--encoding=UTF-8",
      `--format=${format}`,
      "--name-only",
      "--end-of-options",
      baseRef === null ? tipRef : `${baseRef}..${tipRef}`,
      "--"
    ]);
    return { range, tip: tagExists ? "tag" : "head", shallow, commits: parseLog(log.stdout, marker), notes };
  }
  /** The newest semver tag reachable from `tag` (HEAD if it does not exist yet) and older than it, or null. */
  async previousTag(tag) {
    const tipRef = await this.tagExists(tag) ? `refs/tags/${tag}` : "HEAD";
    const listed = await this.git(["tag", "--list", "--no-column", "--merged", tipRef]);
    return previousSemverTag(listed.stdout.split("\n").filter(Boolean), tag);
  }
  async tagExists(tag) {
    const args = ["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`];
    const result = await this.runGit(args);
    if (result.code === 0) return true;
    if (result.code === 1) return false;
    throw new GitCommandError(args, result.code, result.stderr);
  }
  async git(args) {
    const result = await this.runGit(args);
    if (result.code !== 0) throw new GitCommandError(args, result.code, result.stderr);
    return result;
  }
};
function parseLog(stdout, marker) {
  const tokens = stdout.split("\0");
  const commits = [];
  let current = null;
  let firstPath = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    if (token.startsWith(marker)) {
      const [author = "", email = "", date = "", subject = "", body = ""] = tokens.slice(i + 1, i + 6);
      current = {
        sha: token.slice(marker.length),
        author,
        email,
        date,
        subject,
        body: body.trimEnd(),
        files: []
      };
      commits.push(current);
      i += 5;
      firstPath = true;
    } else if (token !== "" && current !== null) {
      current.files.push(firstPath && token.startsWith("\n") ? token.slice(1) : token);
      firstPath = false;
    }
  }
  return commits;
}

// src/adapters/git/local-changes.ts
var LocalGitChanges = class {
  reader;
  constructor(cwd) {
    this.reader = new GitChangeReader(gitRunner(cwd));
  }
  async releaseCommits(tag) {
    try {
      const previousTag = await this.reader.previousTag(tag);
      const found = await this.reader.rawCommits(previousTag, tag);
      return {
        tagFound: found.tip === "tag",
        previousTag,
        range: found.range,
        commits: found.commits,
        notes: found.notes
      };
    } catch (error) {
      return {
        tagFound: null,
        previousTag: null,
        range: "HEAD",
        commits: [],
        notes: [`the change set could not be read from git: ${messageOf(error)}`]
      };
    }
  }
};

// src/adapters/retry.ts
var WEBHOOK_RETRY = {
  attempts: 3,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4,
  beyondMaxDelay: "wait-max"
};
var RETRYABLE_NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "ABORT_ERR"
]);
function retryAfterMs(header, now) {
  if (header === null || header === void 0) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now.getTime());
}
function retryDecision(failure, attempt, policy, now = /* @__PURE__ */ new Date()) {
  if (attempt >= policy.attempts) return { retry: false, delayMs: 0, why: `gave up after ${attempt} tries` };
  const backoff = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  const header = (name) => {
    const value = failure.headers?.[name];
    return value === void 0 ? void 0 : String(value);
  };
  const requestedMs = () => {
    const asked = retryAfterMs(header("retry-after"), now);
    if (asked !== null) return asked;
    const reset = Number(header("x-ratelimit-reset"));
    if (header("x-ratelimit-remaining") === "0" && Number.isFinite(reset))
      return Math.max(0, reset * 1e3 - now.getTime());
    return null;
  };
  const waitFor = (why) => {
    const wanted = requestedMs();
    if (wanted === null) return { retry: true, delayMs: backoff, why };
    if (wanted > policy.maxDelayMs) {
      if (policy.beyondMaxDelay === "wait-max") return { retry: true, delayMs: policy.maxDelayMs, why };
      return {
        retry: false,
        delayMs: 0,
        why: `${why}; the server asks to wait ${Math.ceil(wanted / 1e3)}s, too long`
      };
    }
    return { retry: true, delayMs: Math.max(wanted, backoff), why };
  };
  const status = failure.status;
  if (status === 429) return waitFor("rate limited (429)");
  if (status === 403) {
    const limited = header("retry-after") !== void 0 || header("x-ratelimit-remaining") === "0" || /secondary rate limit|abuse detection/i.test(failure.message);
    return limited ? waitFor("rate limited (403)") : { retry: false, delayMs: 0, why: "forbidden (403)" };
  }
  if (status !== void 0 && status >= 500) return waitFor(`server error (${status})`);
  if (status === void 0 && failure.transient === false)
    return { retry: false, delayMs: 0, why: "not retryable" };
  if (status === void 0 && failure.transient === true)
    return { retry: true, delayMs: backoff, why: "network error" };
  if (failure.code && RETRYABLE_NETWORK_CODES.has(failure.code))
    return { retry: true, delayMs: backoff, why: `network error (${failure.code})` };
  if (status === void 0 && /fetch failed|socket hang up|network|timed? ?out|abort/i.test(failure.message))
    return { retry: true, delayMs: backoff, why: "network error" };
  return { retry: false, delayMs: 0, why: status ? `HTTP ${status}` : "not retryable" };
}
var CallFailedError = class extends Error {
  constructor(call, attempts, status, message, options) {
    super(message, options);
    this.call = call;
    this.attempts = attempts;
    this.status = status;
  }
  call;
  attempts;
  status;
  name = "CallFailedError";
};
async function withRetry(name, call, options) {
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt > 1 && options.recover) {
        const recovered = await options.recover();
        if (recovered !== void 0) return recovered;
      }
      return await call();
    } catch (error) {
      const failure = options.describe(error);
      const decision = retryDecision(failure, attempt, options.policy, options.now?.() ?? /* @__PURE__ */ new Date());
      if (!decision.retry) {
        throw new CallFailedError(
          name,
          attempt,
          failure.status,
          `${name} failed${attempt > 1 ? ` after ${attempt} tries` : ""}: ${failure.status ? `HTTP ${failure.status}: ` : ""}${failure.message} (${decision.why})`,
          { cause: error }
        );
      }
      options.onRetry?.(
        `${name}: ${decision.why}; try ${attempt + 1} of ${options.policy.attempts} in ${Math.round(decision.delayMs)}ms`
      );
      await options.clock.sleep(decision.delayMs);
    }
  }
}

// src/adapters/webhooks/payloads.ts
var EVENT_PRESENTATION = {
  "phase-started": { emoji: "\u25B6\uFE0F", title: "Phase started" },
  "approval-requested": { emoji: "\u270B", title: "Approval requested" },
  "approval-decided": { emoji: "\u{1F5F3}\uFE0F", title: "Approval decided" },
  released: { emoji: "\u2705", title: "Released" },
  halted: { emoji: "\u26D4", title: "Halted" },
  alert: { emoji: "\u{1F6A8}", title: "Alert" },
  "rollback-started": { emoji: "\u21A9\uFE0F", title: "Rollback started" },
  "rollback-finished": { emoji: "\u21A9\uFE0F", title: "Rollback finished" }
};
function genericPayload(event) {
  return {
    source: "release-gate",
    version: 1,
    event: event.kind,
    tag: event.tag,
    environment: event.environment,
    phase: event.phase ?? null,
    summary: event.summary,
    details: sortedDetails(event.details),
    at: event.at,
    runUrl: event.runUrl ?? null
  };
}
var SLACK_HEADER_MAX = 150;
var SLACK_SECTION_MAX = 3e3;
var SLACK_FIELD_MAX = 2e3;
var SLACK_FIELDS_MAX = 10;
var SLACK_FALLBACK_MAX = 3e3;
function slackPayload(event) {
  const { emoji, title } = EVENT_PRESENTATION[event.kind];
  const heading = `${emoji} ${title}: ${event.tag} \u2192 ${event.environment}`;
  const detailEntries = Object.entries(sortedDetails(event.details));
  const shownDetails = detailEntries.slice(0, SLACK_FIELDS_MAX);
  const hiddenDetailCount = detailEntries.length - shownDetails.length;
  const section = {
    type: "section",
    text: { type: "mrkdwn", text: truncate(escapeMrkdwn(event.summary), SLACK_SECTION_MAX) }
  };
  if (shownDetails.length > 0) {
    section.fields = shownDetails.map(([name, value]) => ({
      type: "mrkdwn",
      text: truncate(`*${escapeMrkdwn(name)}*
${escapeMrkdwn(detailText(value))}`, SLACK_FIELD_MAX)
    }));
  }
  const contextParts = ["release-gate", escapeMrkdwn(event.environment)];
  if (event.phase) contextParts.push(`phase ${escapeMrkdwn(event.phase)}`);
  contextParts.push(escapeMrkdwn(event.at));
  if (hiddenDetailCount > 0) contextParts.push(`${hiddenDetailCount} more details in the run`);
  if (event.runUrl && isWebLink(event.runUrl)) contextParts.push(`<${escapeMrkdwn(event.runUrl)}|View run>`);
  return {
    text: truncate(escapeMrkdwn(`${heading} \u2014 ${event.summary}`), SLACK_FALLBACK_MAX),
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: truncate(heading, SLACK_HEADER_MAX), emoji: true }
      },
      section,
      { type: "context", elements: [{ type: "mrkdwn", text: contextParts.join(" \xB7 ") }] }
    ]
  };
}
function sortedDetails(details) {
  const sorted = {};
  for (const name of Object.keys(details ?? {}).sort()) sorted[name] = details?.[name] ?? null;
  return sorted;
}
function detailText(value) {
  return value === null ? "\u2014" : String(value);
}
function escapeMrkdwn(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function isWebLink(url) {
  return /^https?:\/\/[^\s|<>]+$/.test(url);
}
function truncate(text, max) {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join("")}\u2026`;
}

// src/adapters/webhooks/notifier.ts
var NOTIFY_DEADLINE_MS = 3e4;
var WebhookNotifier = class {
  constructor(targets, deps, policy = WEBHOOK_RETRY, deadlineMs = NOTIFY_DEADLINE_MS) {
    this.targets = targets;
    this.deps = deps;
    this.policy = policy;
    this.deadlineMs = deadlineMs;
  }
  targets;
  deps;
  policy;
  deadlineMs;
  deliveryRecords = [];
  /**
   * Targets that gave no answer to every try of an earlier event: each later event gets one try within the target's
   * own timeout, so a receiver that hangs or is down costs a release one event's retries, not every event's.
   */
  unanswering = /* @__PURE__ */ new Set();
  /** Tells every subscribed target about `event`, in parallel; one record per target, never rejects. */
  async notify(event) {
    const subscribed = this.targets.filter(
      (target) => target.events.length === 0 || target.events.includes(event.kind)
    );
    if (subscribed.length === 0) return [];
    let redactedEvent;
    try {
      redactedEvent = this.redactEvent(event);
    } catch (error) {
      return this.recordAll(
        subscribed.map(
          (target) => this.failedBeforeSending(target, event.kind, `redaction failed: ${messageOf(error)}`)
        )
      );
    }
    const records = await Promise.all(subscribed.map((target) => this.deliver(target, redactedEvent)));
    return this.recordAll(records);
  }
  /** Every delivery record so far, oldest first. */
  deliveries() {
    return this.deliveryRecords.map((record) => ({ ...record }));
  }
  async deliver(target, event) {
    const at = this.safeNow();
    const body = JSON.stringify(target.format === "slack" ? slackPayload(event) : genericPayload(event));
    const degraded = this.unanswering.has(target.name);
    const deadlineMs = degraded ? Math.min(this.deadlineMs, target.timeoutMs) : this.deadlineMs;
    const policy = degraded ? { ...this.policy, attempts: 1 } : this.policy;
    let attempts = 0;
    let outcome = { ok: false, status: null, error: "not attempted" };
    const dropped = {
      ok: false,
      status: null,
      error: degraded ? `no outcome within ${deadlineMs}ms; dropped after one try (it answered no try of an earlier event)` : `no outcome within ${deadlineMs}ms; dropped`,
      retryable: false
    };
    const deadline = new AbortController();
    let deadlineTimer;
    const deadlinePassed = new Promise((resolve2) => {
      deadlineTimer = setTimeout(() => {
        deadline.abort();
        resolve2();
      }, deadlineMs);
    });
    const retries = withRetry(
      target.name,
      async () => {
        if (deadline.signal.aborted) throw new UndeliveredError(dropped);
        attempts += 1;
        outcome = await this.postOnce(target, body, deadline.signal);
        if (!outcome.ok) throw new UndeliveredError(outcome);
      },
      {
        policy,
        // A wait ends when the deadline passes; the next try then finds it passed.
        clock: {
          sleep: (ms) => interruptibleClock(this.deps.clock, deadline.signal).sleep(ms).catch(() => void 0)
        },
        describe: (error) => describePostFailure(error),
        now: () => this.safeNowDate()
      }
    ).catch(() => {
    });
    await Promise.race([retries, deadlinePassed]);
    clearTimeout(deadlineTimer);
    if (deadline.signal.aborted && !outcome.ok) outcome = dropped;
    if (outcome.ok) this.unanswering.delete(target.name);
    else if (outcome.status === null && attempts > 0) this.unanswering.add(target.name);
    const record = {
      target: target.name,
      event: event.kind,
      at,
      attempts,
      delivered: outcome.ok,
      status: outcome.status,
      error: outcome.ok ? null : this.safeRedact(outcome.error ?? `HTTP ${outcome.status ?? "no answer"}`)
    };
    if (!record.delivered) {
      const tries = attempts === 1 ? "1 try" : `${attempts} tries`;
      this.safeLog(`[WARN] notification to ${target.name} failed after ${tries}: ${record.error}`);
    }
    return record;
  }
  async postOnce(target, body, stop) {
    try {
      return await this.deps.post(target.url, body, target.timeoutMs, stop);
    } catch (error) {
      return { ok: false, status: null, error: messageOf(error) };
    }
  }
  redactEvent(event) {
    const redact = this.deps.redact;
    const redacted = {
      kind: event.kind,
      tag: redact(event.tag),
      environment: redact(event.environment),
      summary: redact(event.summary),
      at: redact(event.at)
    };
    if (event.phase !== void 0) redacted.phase = redact(event.phase);
    if (event.runUrl !== void 0) redacted.runUrl = redact(event.runUrl);
    if (event.details !== void 0) {
      const details = {};
      for (const [name, value] of Object.entries(event.details)) {
        details[redact(name)] = typeof value === "string" ? redact(value) : value;
      }
      redacted.details = details;
    }
    return redacted;
  }
  failedBeforeSending(target, kind, error) {
    this.safeLog(`[WARN] notification to ${target.name} failed after 0 tries: ${error}`);
    return {
      target: target.name,
      event: kind,
      at: this.safeNow(),
      attempts: 0,
      delivered: false,
      status: null,
      error
    };
  }
  recordAll(records) {
    this.deliveryRecords.push(...records);
    return records.map((record) => ({ ...record }));
  }
  safeRedact(text) {
    try {
      return this.deps.redact(text);
    } catch {
      return "(error text withheld: redaction failed)";
    }
  }
  safeLog(line) {
    try {
      this.deps.log(line);
    } catch {
    }
  }
  safeNowDate() {
    try {
      return this.deps.clock.now();
    } catch {
      return /* @__PURE__ */ new Date();
    }
  }
  safeNow() {
    return this.safeNowDate().toISOString();
  }
};
var UndeliveredError = class extends Error {
  constructor(outcome) {
    super(outcome.error ?? `HTTP ${outcome.status ?? "no answer"}`);
    this.outcome = outcome;
  }
  outcome;
};
function describePostFailure(error) {
  if (!(error instanceof UndeliveredError)) return { message: messageOf(error) };
  const { outcome } = error;
  return {
    ...outcome.status === null ? { transient: outcome.retryable !== false } : { status: outcome.status },
    headers: { "retry-after": outcome.retryAfter ?? void 0 },
    message: error.message
  };
}
async function fetchPost(url, body, timeoutMs, stop) {
  const exchange = await httpExchange(url, {
    method: "POST",
    timeoutMs,
    body,
    headers: { "content-type": "application/json" },
    redirect: "error",
    ...stop ? { signal: stop } : {}
  });
  const { failure } = exchange;
  if (failure?.kind === "invalid-url")
    return {
      ok: false,
      status: null,
      error: "invalid webhook URL (expected http:// or https://)",
      retryable: false
    };
  if (failure?.kind === "redirect")
    return {
      ok: false,
      status: null,
      error: "the webhook answered with a redirect, which is not followed",
      retryable: false
    };
  if (failure || exchange.status === null)
    return { ok: false, status: null, error: failure?.detail ?? "no answer", retryable: true };
  const retryAfter = exchange.headers["retry-after"] ?? null;
  if (exchange.status >= 200 && exchange.status < 300)
    return { ok: true, status: exchange.status, error: null, retryAfter };
  return { ok: false, status: exchange.status, error: `HTTP ${exchange.status}`, retryAfter };
}

// src/adapters/webhooks/sink.ts
function webhookSink(config, deps) {
  if (config.notify.length === 0) return void 0;
  const unusable = [];
  const targets = [];
  for (const target of config.notify) {
    const url = target.url ?? (target.urlEnv ? deps.env[target.urlEnv] : void 0);
    if (!url) {
      unusable.push(`${target.name}: not sent (${target.urlEnv} is not set)`);
      continue;
    }
    targets.push({
      name: target.name,
      url,
      format: target.format,
      events: target.events,
      timeoutMs: target.timeoutMs
    });
  }
  const notifier = new WebhookNotifier(targets, {
    post: deps.post ?? fetchPost,
    clock: deps.clock,
    redact: deps.redact,
    log: deps.warn
  });
  return {
    async send(event) {
      const deliveries = await notifier.notify(event);
      return [
        ...deliveries.map(
          (d) => d.delivered ? `${d.target}: delivered` : `${d.target}: NOT delivered after ${d.attempts} ${d.attempts === 1 ? "try" : "tries"} (${d.error ?? `HTTP ${d.status}`})`
        ),
        ...unusable
      ];
    }
  };
}

// src/entry/warm-up.ts
var SAMPLE_REPORT = [
  "# Report",
  "",
  "## Gates",
  "",
  "| gate | verdict |",
  "| --- | --- |",
  "| 1 | `passed` |",
  "",
  "- [evidence](./x.json) **bold** _em_",
  "",
  "```mermaid",
  "xychart-beta",
  '  title "probe"',
  '  x-axis "round" [1, 2]',
  "  line [10, 12]",
  "  line [500, 500]",
  "```",
  ""
].join("\n");
async function warmUpLaterWork() {
  const validators = await warmEvidenceValidators();
  await new Promise((resolve2) => setImmediate(resolve2));
  const { renderReportHtml } = await import("./html-47TXEEYE.js");
  await new Promise((resolve2) => setImmediate(resolve2));
  renderReportHtml(SAMPLE_REPORT, { title: "warm-up", generatedAt: (/* @__PURE__ */ new Date(0)).toISOString() });
  return [...validators, "render/html"];
}
function warmingUpWhileRunning(runner, warmUp) {
  let started = false;
  return {
    run: (request) => {
      const running = runner.run(request);
      if (!started) {
        started = true;
        setImmediate(() => void warmUp().catch(() => void 0));
      }
      return running;
    }
  };
}

// src/entry/compose.ts
function composeContext(config, options, logger, approval, selfArgv, adapters = {}) {
  const cwd = process.cwd();
  const heldTokens = options.heldTokens ?? [];
  const redact = redactorFor(process.env, config.secretEnvNames, [
    ...options.knownSecrets ?? [],
    ...heldTokens
  ]);
  const commandEnv = commandEnvironment(process.env, {
    passEnv: [...config.passEnv, ...options.passEnv ?? []],
    secretNames: config.secretEnvNames,
    heldTokens
  });
  const runner = warmingUpWhileRunning(
    hintingAtPassEnv(
      new ProcessRunner(logger, redact, cwd, commandEnv, options.interrupt),
      logger,
      process.env,
      commandEnv
    ),
    warmUpLaterWork
  );
  const clock = options.interrupt ? interruptibleClock(systemClock, options.interrupt) : systemClock;
  const events = webhookSink(config, {
    env: process.env,
    clock,
    ...options.interrupt ? { interrupt: options.interrupt } : {},
    redact,
    warn: (line) => logger.warn(line)
  });
  const http = new FetchHttpClient();
  return {
    ...events ? { events } : {},
    config,
    tag: options.tag,
    ...options.previous !== void 0 ? { previousOverride: options.previous } : {},
    ...options.uatApprover !== void 0 ? { uatApprover: options.uatApprover } : {},
    ...options.windowOverride ? { windowOverride: options.windowOverride } : {},
    ...options.requireTagInGit ? { requireTagInGit: true } : {},
    ...adapters.pullRequests ? { pullRequests: adapters.pullRequests } : {},
    ...adapters.confirm ? { confirm: adapters.confirm } : {},
    store: new FileEvidenceStore(
      resolve(cwd, options.evidenceDir ?? config.evidenceDir),
      redact,
      options.sealSigner,
      options.runId
    ),
    schemas: projectSchemas,
    runner,
    http,
    builtins: builtinChecks({ logger, redact, commandEnv, http, interrupt: options.interrupt }),
    trafficRouter: (spec) => new HaproxyRouter(spec),
    clock,
    ...options.interrupt ? { interrupt: options.interrupt } : {},
    logger,
    approval,
    history: adapters.history ?? new FileReleaseHistory(resolve(cwd, config.stateDir)),
    // The action reads them from the checkout too: a sign-off counts there once committed under the state dir.
    signoffs: new FileSignoffStore(resolve(cwd, config.stateDir)),
    changes: adapters.changes ?? new LocalGitChanges(cwd),
    artifacts: new FileArtifactReader(),
    selfArgv,
    configFileDigest: () => configFileDigest(config.sourcePath)
  };
}

// src/phases/shared/events.ts
var pendingCommunications = /* @__PURE__ */ new WeakMap();
function emitEvent(ctx, kind, summary, options = {}) {
  const event = {
    kind,
    tag: ctx.tag,
    environment: options.environment ?? ctx.config.approval.environment,
    summary,
    at: ctx.clock.now().toISOString(),
    ...options.phase ? { phase: options.phase } : {},
    ...options.details ? { details: options.details } : {}
  };
  const deliveries = send(ctx, event);
  queueCommunications(ctx, async (existing) => {
    const delivered = await deliveries;
    const heading = existing === void 0 ? "# Deployment communications\n\n## Timeline\n\n" : existing.includes("## Timeline\n") ? "" : "\n## Timeline\n\n";
    return `${heading}- ${event.at} **${kind}**${event.phase ? ` (${event.phase})` : ""}: ${inlineText(summary)}${delivered.length > 0 ? ` \u2014 ${inlineText(delivered.join("; "))}` : ""}
`;
  });
  return Promise.resolve();
}
function queueCommunications(ctx, text) {
  const previous = pendingCommunications.get(ctx.store) ?? Promise.resolve();
  const next = previous.then(async () => {
    try {
      const existing = await ctx.store.readText(ARTIFACTS.communications);
      await ctx.store.appendText(ARTIFACTS.communications, await text(existing));
    } catch (error) {
      ctx.logger.warn(`[WARN] could not add to the communications timeline: ${error.message}`);
    }
  });
  pendingCommunications.set(ctx.store, next);
}
async function settleCommunications(ctx) {
  await pendingCommunications.get(ctx.store);
}
async function send(ctx, event) {
  try {
    return ctx.events ? await ctx.events.send(event) : [];
  } catch (error) {
    return [`notification error: ${error.message}`];
  }
}

// src/phases/shared/step.ts
async function rollbackTarget2(ctx, environment) {
  return ctx.previousOverride ?? rollbackTarget(await ctx.history.ledger(environment), ctx.tag);
}
function templateVars(ctx, environment, service, previous) {
  return { tag: ctx.tag, env: environment, previous: previous ?? "", evidence: ctx.store.dir, service };
}
function stepArgv(ctx, step, vars) {
  return resolveSelf(renderArgv(tokenizeCommand(step.command), vars), ctx.selfArgv);
}
function resolveSelf(written, selfArgv) {
  return written[0] === "release-gate" ? [...selfArgv, ...written.slice(1)] : [...written];
}
function commandRoute(written, ports) {
  const builtin = written[0] === "release-gate" ? ports.builtins?.find(written.slice(1)) : null;
  return { argv: resolveSelf(written, ports.selfArgv), runner: builtin ?? ports.runner };
}
async function runStep(ctx, step, vars, label) {
  throwIfInterrupted(ctx.interrupt);
  const { argv, runner } = commandRoute(renderArgv(tokenizeCommand(step.command), vars), ctx);
  const record = await runner.run({
    name: step.name,
    argv,
    timeoutMs: step.timeoutMs,
    label,
    env: {
      RELEASE_GATE_TAG: vars.tag,
      RELEASE_GATE_ENV: vars.env,
      RELEASE_GATE_PREVIOUS: vars.previous,
      RELEASE_GATE_EVIDENCE_DIR: vars.evidence,
      RELEASE_GATE_SERVICE: vars.service,
      RELEASE_GATE_CONFIG: ctx.config.sourcePath
    }
  });
  ctx.logger.info(automation(step.name, describeExec(record)));
  ctx.journal?.push(record);
  throwIfInterrupted(ctx.interrupt, record);
  return record;
}
function describeExec(record) {
  switch (record.status) {
    case "success":
      return "success";
    case "timeout":
      return `timed out after ${record.durationMs}ms (process group killed)`;
    case "error":
      return `error (${record.error ?? "could not start"})`;
    case "failure":
      return record.signal ? `failed (killed by ${record.signal})` : `failed (exit code ${record.exitCode})`;
  }
}

// src/phases/rollout/traffic.ts
function haproxyRouterOf(ctx, service, environment) {
  const spec = service.traffic?.[environment];
  if (spec?.router !== "haproxy") return null;
  if (!ctx.trafficRouter) throw new Error("a traffic router is configured but no router factory was composed");
  return { router: ctx.trafficRouter(spec), spec };
}
async function shiftTraffic(ctx, router, moment, targets) {
  const asked = describeTargets(targets);
  try {
    const shift = await router.apply(targets);
    ctx.logger.info(`  ${moment.service} | traffic (haproxy): ${describeServers(shift.after)}`);
    return {
      change: {
        ...base(ctx, moment),
        before: shift.before,
        after: shift.after,
        verified: true,
        message: asked
      },
      failure: null
    };
  } catch (error) {
    const reason = messageOf(error);
    ctx.logger.error(`[ERROR] ${moment.service}: traffic change (${asked}) failed: ${reason}`);
    const now = await router.read().catch(() => []);
    return {
      change: {
        ...base(ctx, moment),
        before: now,
        after: now,
        verified: false,
        message: `${asked}: ${reason}`
      },
      failure: `traffic change (${asked}) failed: ${reason}`
    };
  }
}
function commandTrafficChange(ctx, moment, before, after, message) {
  const servers = (weights) => Object.entries(weights).map(([role, weight]) => ({
    role,
    server: role,
    weight,
    state: "unknown"
  }));
  return {
    ...base(ctx, moment),
    router: "command",
    before: servers(before),
    after: servers(after),
    verified: false,
    message
  };
}
function describeServers(servers) {
  return servers.map(
    (s) => `${s.server} weight ${s.weight ?? "?"}${s.state === "ready" || s.state === "unknown" ? "" : ` (${s.state})`}`
  ).join(", ");
}
function describeTargets(targets) {
  return Object.entries(targets).map(
    ([role, t]) => [role, t.state, t.weight !== void 0 ? `weight ${t.weight}` : void 0].filter(Boolean).join(" ")
  ).join(", ");
}
function base(ctx, moment) {
  return {
    service: moment.service,
    environment: moment.environment,
    step: moment.step,
    router: "haproxy",
    action: moment.action,
    at: ctx.clock.now().toISOString()
  };
}

// src/phases/rollout/steps/blue-green.ts
function idleColor(active) {
  return active === "blue" ? "green" : "blue";
}
function parseColor(output) {
  const words = output.toLowerCase().match(/\b(blue|green)\b/g);
  return words?.at(-1) ?? null;
}
function servingColor(servers) {
  const serving = servers.filter((s) => s.state === "ready" && (s.weight ?? 0) > 0);
  const role = serving.length === 1 ? serving[0]?.role : void 0;
  return role === "blue" || role === "green" ? role : null;
}
async function detectColors(ctx, service, commands, environment, previous) {
  const routed = haproxyRouterOf(ctx, service, environment);
  if (routed) {
    try {
      const servers = await routed.router.read();
      const active2 = servingColor(servers);
      const colors2 = { commands, active: active2, next: idleColor(active2) };
      ctx.logger.info(
        `  ${service.id} | live colour (haproxy: ${describeServers(servers)}): ${active2 ?? "none"}; deploying ${ctx.tag} to ${colors2.next}`
      );
      return colors2;
    } catch (error) {
      return {
        reason: `${service.id}: cannot tell the live colour from HAProxy: ${error instanceof Error ? error.message : String(error)}`,
        trigger: "deploy-failure"
      };
    }
  }
  const vars = templateVars(ctx, environment, service.id, previous);
  const probe = await runStep(ctx, commands.activeColor, vars, `${service.id} colour`);
  if (probe.status !== "success") {
    return {
      reason: `${service.id}: cannot tell the live colour: ${commands.activeColor.name} ${describeExec(probe)}`,
      trigger: "deploy-failure"
    };
  }
  const active = parseColor(probe.stdoutTail);
  const colors = { commands, active, next: idleColor(active) };
  ctx.logger.info(
    `  ${service.id} | live colour: ${active ?? "none"}; deploying ${ctx.tag} to ${colors.next}`
  );
  return colors;
}
async function runBlueGreenStep(state, step, current) {
  const { ctx, service, blueGreen } = state;
  const { record } = current;
  if (!blueGreen) return null;
  const color = step.kind === "retire" ? blueGreen.active : blueGreen.next;
  record.color = color;
  if (step.kind === "retire" && color === null) {
    record.message = "no old colour to retire (first blue/green release)";
    return null;
  }
  if (step.kind === "retire") {
    const keepOld = blueGreen.commands.keepOldMs;
    record.status = "deferred";
    record.message = `${color} kept up for an instant switch back; retired once the health window passed${keepOld > 0 ? ` and keep-old (${formatDuration(keepOld)}) elapsed since the switch` : ""}`;
    return null;
  }
  const command = step.kind === "deploy-color" ? service.deploy : blueGreen.commands.switch;
  const vars = {
    ...templateVars(ctx, state.environment, service.id, state.previous),
    color,
    weight: step.kind === "deploy-color" ? "0" : "100",
    step: String(current.number)
  };
  const routed = step.kind === "switch" ? haproxyRouterOf(ctx, service, state.environment) : null;
  if (routed) {
    const old2 = idleColor(blueGreen.next);
    const { change, failure } = await shiftTraffic(
      ctx,
      routed.router,
      { service: service.id, environment: state.environment, step: current.number, action: "switch" },
      { [blueGreen.next]: { state: "ready", weight: 100 }, [old2]: { weight: 0, state: "drain" } }
    );
    record.traffic = [change];
    record.finishedAt = ctx.clock.now().toISOString();
    if (failure) {
      record.status = "failed";
      record.message = failure;
      return {
        reason: `${service.id}: ${failure} at step ${current.number} (${current.description})`,
        trigger: "deploy-failure"
      };
    }
    record.message = `${current.description}: ${color}`;
    return verifySwitch(state, vars);
  }
  const exec = await runStep(ctx, command, vars, service.id);
  record.exec = exec;
  state.lastDeploy = exec;
  record.finishedAt = ctx.clock.now().toISOString();
  if (exec.status !== "success") {
    record.status = "failed";
    record.message = `${command.name} ${describeExec(exec)}`;
    return {
      reason: `${service.id}: ${command.name} ${describeExec(exec)} at step ${current.number} (${current.description})`,
      trigger: "deploy-failure"
    };
  }
  record.message = `${current.description}: ${color}`;
  if (step.kind !== "switch") return null;
  const old = blueGreen.active;
  record.traffic = [
    commandTrafficChange(
      ctx,
      { service: service.id, environment: state.environment, step: current.number, action: "switch" },
      old ? { [old]: 100, [blueGreen.next]: 0 } : { [blueGreen.next]: 0 },
      old ? { [old]: 0, [blueGreen.next]: 100 } : { [blueGreen.next]: 100 },
      `${command.name} switched to ${blueGreen.next}`
    )
  ];
  return verifySwitch(state, vars);
}
async function verifySwitch(state, vars) {
  const { ctx, service } = state;
  if (!service.verify) return null;
  const verify = await runStep(ctx, service.verify, vars, `${service.id} verify`);
  state.verify = verify;
  if (verify.status === "success") return null;
  const record = state.records.at(-1);
  if (record) record.status = "failed";
  return {
    reason: `${service.id}: ${service.verify.name} ${describeExec(verify)}`,
    trigger: "deploy-failure"
  };
}
function keptColors(services) {
  return services.flatMap((deployment) => {
    const steps = deployment.rollout?.steps ?? [];
    const retire = steps.find((s) => s.kind === "retire" && s.status === "deferred");
    const switched = steps.find((s) => s.kind === "switch" && s.status === "completed");
    const color = retire?.color;
    if (switched && (color === "blue" || color === "green"))
      return [{ service: deployment.service, color, switchedAt: switched.finishedAt }];
    const unverified = steps.find(
      (s) => s.kind === "switch" && s.status === "failed" && s.exec?.status === "success"
    );
    const old = unverified?.traffic?.[0]?.before.find(
      (r) => r.role !== unverified.color && (r.weight ?? 0) > 0
    )?.role;
    if (!unverified || old !== "blue" && old !== "green") return [];
    return [{ service: deployment.service, color: old, switchedAt: unverified.finishedAt }];
  });
}
function keptColorVars(ctx, kept, environment, previous) {
  return {
    ...templateVars(ctx, environment, kept.service, previous),
    color: kept.color,
    weight: "100",
    step: ""
  };
}
async function runColorCommand(ctx, kept, kind, environment, previous) {
  const service = ctx.config.services.find((s) => s.id === kept.service);
  const commands = service?.strategy.blueGreen;
  if (!service || !commands) return null;
  const vars = keptColorVars(ctx, kept, environment, previous);
  const exec = await runStep(
    ctx,
    commands[kind],
    vars,
    `${service.id} ${kind === "switch" ? "switch back" : "retire"}`
  );
  return { service: service.id, color: kept.color, exec };
}
function unretiredColors(ctx, kept, retired, environment, previous) {
  return kept.filter(
    (k) => !retired.some((r) => r.service === k.service && r.color === k.color && r.exec.status === "success")
  ).map((k) => {
    const retire = ctx.config.services.find((s) => s.id === k.service)?.strategy.blueGreen?.retire;
    return {
      service: k.service,
      color: k.color,
      command: retire ? renderArgv(tokenizeCommand(retire.command), keptColorVars(ctx, k, environment, previous)).join(
        " "
      ) : null
    };
  });
}
async function switchBackToKeptColors(ctx, kept, environment, previous) {
  const switched = [];
  for (const color of kept) {
    const service = ctx.config.services.find((s) => s.id === color.service);
    if (service?.traffic?.[environment]?.router === "haproxy") continue;
    const record = await runColorCommand(ctx, color, "switch", environment, previous);
    if (!record) continue;
    switched.push(record);
    if (record.exec.status === "success")
      ctx.logger.info(
        `  ${color.service} | traffic switched back to ${color.color} (${record.exec.durationMs} ms); the rollback commands follow`
      );
    else
      ctx.logger.error(
        `[ERROR] ${color.service}: switching back to ${color.color} ${describeExec(record.exec)}; the rollback commands follow`
      );
  }
  return switched;
}
async function retireKeptColors(ctx, kept, environment, previous, retired = []) {
  for (const color of kept) {
    const keepOldMs = ctx.config.services.find((s) => s.id === color.service)?.strategy.blueGreen?.keepOldMs ?? 0;
    const waitMs = Date.parse(color.switchedAt) + keepOldMs - ctx.clock.now().getTime();
    if (waitMs > 0) {
      ctx.logger.info(
        `  ${color.service} | keeping ${color.color} up for keep-old: ${formatDuration(waitMs)} more`
      );
      await ctx.clock.sleep(waitMs);
    }
    const record = await runColorCommand(ctx, color, "retire", environment, previous);
    if (!record) continue;
    retired.push(record);
    if (record.exec.status === "success")
      ctx.logger.info(`  ${color.service} | retired the old colour ${color.color}`);
    else
      ctx.logger.warn(
        `[WARN] ${color.service}: retiring the old colour ${color.color} ${describeExec(record.exec)}; it still runs (unrouted): retire it by hand`
      );
  }
  return retired;
}

// src/phases/rollback/traffic.ts
async function returnTraffic(ctx, service, environment, deployment) {
  let routed;
  try {
    routed = haproxyRouterOf(ctx, service, environment);
  } catch (error) {
    ctx.logger.error(`[ERROR] ${service.id}: traffic not returned: ${messageOf(error)}`);
    return null;
  }
  if (!routed) return null;
  const moment = { service: service.id, environment, step: null, action: "return" };
  if (service.strategy.type === "canary") {
    const { change: change2 } = await shiftTraffic(ctx, routed.router, moment, {
      stable: { weight: 100 },
      canary: { weight: 0 }
    });
    return change2;
  }
  if (!deployment?.rollout) {
    ctx.logger.info(
      `  ${service.id} | traffic stays: no rollout of ${ctx.tag} is recorded in this bundle; the rollback command switches colours`
    );
    return null;
  }
  const steps = deployment.rollout.steps;
  const switched = steps.find((s) => s.kind === "switch");
  const newColor = steps.find((s) => s.kind === "deploy-color")?.color;
  if (!switched || !newColor) {
    ctx.logger.info(`  ${service.id} | traffic stays: this release's rollout did not switch colours`);
    return null;
  }
  if (steps.some((s) => s.kind === "retire" && s.status === "completed" && s.color !== null)) {
    ctx.logger.warn(
      `  ${service.id} | traffic stays on ${newColor}: the old colour was retired; the rollback command restores it`
    );
    return null;
  }
  const oldColor = idleColor(newColor);
  const { change } = await shiftTraffic(ctx, routed.router, moment, {
    [oldColor]: { state: "ready", weight: 100 },
    [newColor]: { weight: 0, state: "drain" }
  });
  return change;
}

// src/phases/rollback/execute.ts
function rollbackPlanProblem(ctx, target) {
  if (target) return null;
  const needTarget = ctx.config.services.filter((s) => usesPrevious(tokenizeCommand(s.rollback.command))).map((s) => s.id);
  if (needTarget.length === 0) return null;
  if (ctx.config.allowFirstRelease) return null;
  return `no previous release is known to roll back to (rollback of ${needTarget.join(", ")} uses \${previous}). Pass --previous <tag> with the release production serves now, or, for the very first release, set rollback.allow-first-release: true.`;
}
async function executeRollback(ctx, request) {
  const switchBack = request.switchedBack?.length ? { switchBack: request.switchedBack } : {};
  const startedAt = ctx.clock.now().toISOString();
  const order = rollbackOrder(deployLevels(ctx.config.services), request.services);
  const steps = [];
  const impossible = order.filter((id) => {
    const service = ctx.config.services.find((s) => s.id === id);
    return !request.target && service !== void 0 && usesPrevious(tokenizeCommand(service.rollback.command));
  });
  if (impossible.length > 0) {
    await ctx.history.record({
      tag: ctx.tag,
      environment: request.environment,
      status: "rollback-failed",
      note: `rollback not possible: no previous release known for ${impossible.join(", ")}`
    });
    ctx.logger.error(`[ERROR] Rollback not possible: no previous release known for ${impossible.join(", ")}.`);
    return {
      trigger: request.trigger,
      reason: request.reason,
      target: null,
      startedAt,
      finishedAt: ctx.clock.now().toISOString(),
      status: "not-possible",
      steps,
      ...switchBack
    };
  }
  await ctx.history.record({
    tag: ctx.tag,
    environment: request.environment,
    status: "rollback-started",
    target: request.target,
    note: request.reason
  });
  ctx.logger.info(
    `Rolling back ${order.join(", ")} in ${request.environment} to ${request.target ?? "(no target)"}: ${request.reason}`
  );
  await emitEvent(
    ctx,
    "rollback-started",
    `Rolling back ${order.join(", ")} in ${request.environment} to ${request.target ?? "(no target)"}: ${request.reason}`,
    { environment: request.environment, details: { trigger: request.trigger } }
  );
  const deployments = request.deployments ?? await recordedDeployments(ctx, request.environment);
  const traffic = [];
  for (const serviceId of order) {
    const service = ctx.config.services.find((s) => s.id === serviceId);
    if (!service) continue;
    const returned = await returnTraffic(
      ctx,
      service,
      request.environment,
      deployments.find((d) => d.service === service.id)
    );
    if (returned) traffic.push(returned);
    const exec = await runStep(
      ctx,
      service.rollback,
      templateVars(ctx, request.environment, service.id, request.target),
      `${service.id} rollback`
    );
    steps.push({ service: service.id, exec });
  }
  const status = steps.every((s) => s.exec.status === "success") ? "success" : "failure";
  await emitEvent(
    ctx,
    "rollback-finished",
    `Rollback of ${request.environment} to ${request.target ?? "(no target)"}: ${status}`,
    { environment: request.environment, details: { trigger: request.trigger, status } }
  );
  if (status === "success" && request.target) {
    await ctx.history.record({
      tag: request.target,
      environment: request.environment,
      status: "rollback-target",
      note: `rolled back from ${ctx.tag}: ${request.reason}`
    });
  } else if (status !== "success") {
    await ctx.history.record({
      tag: ctx.tag,
      environment: request.environment,
      status: "rollback-failed",
      note: `rollback ${status}: ${request.reason}`
    });
  }
  return {
    trigger: request.trigger,
    reason: request.reason,
    target: request.target,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    status,
    steps,
    ...traffic.length > 0 ? { traffic } : {},
    ...switchBack
  };
}
async function recordedDeployments(ctx, environment) {
  try {
    const report = await ctx.store.readJson(ARTIFACTS.productionDeployment);
    return report?.environment === environment ? report.services : [];
  } catch {
    return [];
  }
}

export {
  emitEvent,
  queueCommunications,
  settleCommunications,
  rollbackTarget2 as rollbackTarget,
  templateVars,
  stepArgv,
  commandRoute,
  runStep,
  describeExec,
  haproxyRouterOf,
  shiftTraffic,
  commandTrafficChange,
  detectColors,
  runBlueGreenStep,
  keptColors,
  unretiredColors,
  switchBackToKeptColors,
  retireKeptColors,
  rollbackPlanProblem,
  executeRollback,
  composeContext
};
