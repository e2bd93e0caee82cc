#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  systemClock
} from "./chunk-RRIC6IMQ.js";
import {
  validateTag
} from "./chunk-TILFY5S5.js";
import {
  loadConfig
} from "./chunk-XGG6ZREH.js";
import {
  assertValidEvidence,
  recordHeader,
  schemaFor,
  writeFileAtomic
} from "./chunk-SFJFTYR2.js";
import {
  signalName
} from "./chunk-55ENESYO.js";
import {
  EXIT
} from "./chunk-DZATTA6Z.js";
import {
  OPTIONS,
  inertToWorkflowCommands,
  required
} from "./chunk-BAE7ZAJW.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-NLNMHNKJ.js";
import {
  validatorsReady
} from "./chunk-EUILFL2P.js";
import {
  UsageError,
  messageOf
} from "./chunk-7Q6O7KFX.js";

// src/entry/cli/commands/checks.ts
import { parseArgs } from "node:util";

// src/adapters/http.ts
import http from "node:http";
import https from "node:https";

// src/adapters/http-plain.ts
import net from "node:net";
var MAX_HEAD_BYTES = 16 * 1024;
var MAX_CHUNK_LINE_BYTES = 1024;
var MAX_INTERIM_ANSWERS = 8;
var MORE = { kind: "more" };
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var BAD_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/;
var STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: [^\r\n]*)?$/;
var HTTP_1_X = /^HTTP\/1\.[01] /;
var DIGITS = /^\d{1,15}$/;
var CHUNKED_LAST = /(?:^|,)\s*chunked\s*$/i;
var CHUNK_SIZE_LINE = /^([0-9A-Fa-f]{1,12})[ \t]*(?:;[^\r\n]*)?\r?\n$/;
var CLOSE = /(?:^|,)\s*close\s*,/;
var KEEP_ALIVE = /(?:^|,)\s*keep-alive\s*,/;
function keepAliveTimeoutSeconds(value) {
  if (!value.startsWith("timeout=")) return null;
  let seconds = 0;
  let at = 8;
  for (; at < value.length; at += 1) {
    const digit = value.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    seconds = seconds * 10 + digit;
  }
  return at > 8 ? seconds : null;
}
var EMPTY_BODY = Buffer.alloc(0);
function copyOf(chunk, start, end) {
  const copy = Buffer.allocUnsafe(end - start);
  chunk.copy(copy, 0, start, end);
  return copy;
}
function isOws(code) {
  return code === 32 || code === 9;
}
function framingHeader(name) {
  switch (name.length) {
    case 10:
    case 14:
    case 17:
      return name.toLowerCase();
    default:
      return "";
  }
}
function endWithoutCr(text, start, newline) {
  return newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}
var PlainResponseParser = class {
  constructor(maxBodyBytes) {
    this.reset(maxBodyBytes);
  }
  /** Ready for a new answer, keeping at most `maxBodyBytes` of its body; nothing of the last answer is kept. */
  reset(maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.stage = "head";
    this.head = [];
    this.headBytes = 0;
    this.interim = 0;
    this.status = 0;
    this.rawHeaders = [];
    this.keepAlive = false;
    this.keepAliveHintMs = null;
    this.mode = "none";
    this.remaining = 0;
    this.body = null;
    this.moreBody = null;
    this.bodyBytes = 0;
    this.line = [];
    this.lineBytes = 0;
    this.last = -1;
    this.beforeLast = -1;
    this.startChecked = false;
    this.refusal = "";
    this.started = false;
  }
  /**
   * Takes the next bytes, the first `readLength` of `chunk` (a read lands in a buffer shared by every socket); returns
   * the answer once it is complete (bytes after it make it not reusable).
   */
  feed(chunk, readLength = chunk.length) {
    const length = Math.min(readLength, chunk.length);
    if (length > 0) this.started = true;
    let at = 0;
    while (at < length) {
      switch (this.stage) {
        case "head":
        case "trailers": {
          const end = this.endOfBlock(chunk, at, length);
          const taken = end < 0 ? length - at : end - at;
          if (this.headBytes + taken > MAX_HEAD_BYTES) return { kind: "error", code: "HPE_HEADER_OVERFLOW" };
          if (end >= 0 && this.head.length === 0) {
            at = this.readBlock(chunk.toString("latin1", at, end), end);
            if (at < 0) return { kind: "error", code: this.refusal };
            break;
          }
          this.head.push(copyOf(chunk, at, at + taken));
          this.headBytes += taken;
          if (!this.startChecked && this.stage === "head" && this.headBytes >= 5) {
            this.startChecked = true;
            if (Buffer.concat(this.head).toString("latin1", 0, 5) !== "HTTP/")
              return { kind: "error", code: "HPE_INVALID_CONSTANT" };
          }
          if (end < 0) return MORE;
          const block = Buffer.concat(this.head).toString("latin1");
          this.head = [];
          this.headBytes = 0;
          at = this.readBlock(block, end);
          if (at < 0) return { kind: "error", code: this.refusal };
          break;
        }
        case "body": {
          const available = length - at;
          const take = this.mode === "length" ? Math.min(this.remaining, available) : available;
          const full = this.keep(chunk, at, at + take);
          at += take;
          if (this.mode === "length") this.remaining -= take;
          if (full) return this.answer(false);
          if (this.mode === "length" && this.remaining === 0) this.stage = "done";
          break;
        }
        case "chunk-size": {
          const found = chunk.indexOf(10, at);
          const newline = found < length ? found : -1;
          const taken = newline < 0 ? length - at : newline + 1 - at;
          if (this.lineBytes + taken > MAX_CHUNK_LINE_BYTES)
            return { kind: "error", code: "HPE_INVALID_CHUNK_SIZE" };
          this.line.push(copyOf(chunk, at, at + taken));
          this.lineBytes += taken;
          at += taken;
          if (newline < 0) return MORE;
          const sizeLine = Buffer.concat(this.line).toString("latin1");
          this.line = [];
          this.lineBytes = 0;
          const size = CHUNK_SIZE_LINE.exec(sizeLine)?.[1];
          if (size === void 0) return { kind: "error", code: "HPE_INVALID_CHUNK_SIZE" };
          this.remaining = parseInt(size, 16);
          this.stage = this.remaining === 0 ? "trailers" : "chunk-data";
          if (this.stage === "trailers") this.last = 10;
          break;
        }
        case "chunk-data": {
          const take = Math.min(this.remaining, length - at);
          const full = this.keep(chunk, at, at + take);
          at += take;
          this.remaining -= take;
          if (full) return this.answer(false);
          if (this.remaining === 0) this.stage = "chunk-end";
          break;
        }
        case "chunk-end": {
          const byte = chunk[at];
          at += 1;
          if (byte === 10) this.stage = "chunk-size";
          else if (byte !== 13) return { kind: "error", code: "HPE_STRICT" };
          break;
        }
        case "done":
          return this.answer(false);
      }
      if (this.stage === "done" && at >= length) return this.answer(this.keepAlive);
    }
    if (this.stage === "done") return this.answer(this.keepAlive);
    return MORE;
  }
  /** A whole head or trailer block ends at `end`: read it; the index to go on from, or -1 (`refusal` says why). */
  readBlock(block, end) {
    this.last = -1;
    this.beforeLast = -1;
    this.startChecked = false;
    if (this.stage === "trailers") {
      this.stage = "done";
      return end;
    }
    const refused = this.readHead(block);
    if (refused === null) return end;
    this.refusal = refused;
    return -1;
  }
  /** The server closed its end: a body read until the close is complete; anything else was cut short. */
  end() {
    if (this.stage === "body" && this.mode === "until-close") return this.answer(false);
    return { kind: "error", code: "ECONNRESET" };
  }
  answer(reusable) {
    this.stage = "done";
    return {
      kind: "answer",
      answer: {
        status: this.status,
        rawHeaders: this.rawHeaders,
        body: this.moreBody ? Buffer.concat(this.moreBody) : this.body ?? EMPTY_BODY,
        reusable,
        keepAliveHintMs: this.keepAliveHintMs
      }
    };
  }
  /** Keeps a copy of the body bytes of `chunk` from `start` to `end`, up to the cap; true once the cap is reached. */
  keep(chunk, start, end) {
    const wanted = Math.min(end - start, this.maxBodyBytes - this.bodyBytes);
    if (wanted > 0) {
      const copy = copyOf(chunk, start, start + wanted);
      if (this.body === null) this.body = copy;
      else if (this.moreBody === null) this.moreBody = [this.body, copy];
      else this.moreBody.push(copy);
    }
    this.bodyBytes += wanted;
    return this.bodyBytes >= this.maxBodyBytes;
  }
  /**
   * Where the block being read (a head or the trailers) ends in `chunk`, from `at`: the index just after its empty
   * line, or -1. Lines end in CRLF or a bare LF; the bytes read before this chunk count (a split `\r\n\r\n`).
   */
  endOfBlock(chunk, at, length) {
    for (let i = at; i < length; i += 1) {
      const byte = chunk[i];
      if (byte === 10 && (this.last === 10 || this.last === 13 && this.beforeLast === 10)) return i + 1;
      this.beforeLast = this.last;
      this.last = byte;
    }
    return -1;
  }
  /** Reads a complete head; returns Node's error code when it refuses it. */
  readHead(block) {
    const firstNewline = block.indexOf("\n");
    const statusLine = block.slice(0, endWithoutCr(block, 0, firstNewline < 0 ? block.length : firstNewline));
    if (!statusLine.startsWith("HTTP/")) return "HPE_INVALID_CONSTANT";
    if (!STATUS_LINE.test(statusLine))
      return HTTP_1_X.test(statusLine) ? "HPE_INVALID_STATUS" : "HPE_INVALID_VERSION";
    const minor = statusLine[7];
    const status = Number(statusLine.slice(9, 12));
    const rawHeaders = [];
    let contentLength = null;
    let chunked = false;
    let transferEncoding = false;
    let connection = "";
    for (let start = firstNewline + 1; start > 0 && start < block.length; ) {
      const newline = block.indexOf("\n", start);
      const lineEnd = newline < 0 ? block.length : newline;
      const end = endWithoutCr(block, start, lineEnd);
      const lineStart = start;
      start = lineEnd + 1;
      if (end === lineStart) continue;
      const colon = block.indexOf(":", lineStart);
      const name = colon > lineStart && colon < end ? block.slice(lineStart, colon) : "";
      if (!TOKEN.test(name)) return "HPE_INVALID_HEADER_TOKEN";
      let valueStart = colon + 1;
      let valueEnd = end;
      while (valueStart < valueEnd && isOws(block.charCodeAt(valueStart))) valueStart += 1;
      while (valueEnd > valueStart && isOws(block.charCodeAt(valueEnd - 1))) valueEnd -= 1;
      const value = block.slice(valueStart, valueEnd);
      if (BAD_VALUE.test(value)) return "HPE_INVALID_HEADER_TOKEN";
      rawHeaders.push(name, value);
      switch (framingHeader(name)) {
        case "content-length": {
          if (!DIGITS.test(value)) return "HPE_INVALID_CONTENT_LENGTH";
          const length = Number(value);
          if (contentLength !== null && contentLength !== length) return "HPE_UNEXPECTED_CONTENT_LENGTH";
          contentLength = length;
          break;
        }
        case "transfer-encoding":
          transferEncoding = true;
          chunked = CHUNKED_LAST.test(value);
          break;
        case "connection":
          connection += `${value.toLowerCase()},`;
          break;
        case "keep-alive": {
          const hint = keepAliveTimeoutSeconds(value);
          if (hint !== null) this.keepAliveHintMs = hint * 1e3;
          break;
        }
      }
    }
    if (status >= 100 && status < 200 && status !== 101) {
      this.interim += 1;
      if (this.interim > MAX_INTERIM_ANSWERS) return "HPE_INVALID_STATUS";
      this.keepAliveHintMs = null;
      return null;
    }
    if (transferEncoding && contentLength !== null) return "HPE_INVALID_TRANSFER_ENCODING";
    this.status = status;
    this.rawHeaders = rawHeaders;
    const closes = CLOSE.test(connection);
    this.keepAlive = minor === "1" ? !closes : KEEP_ALIVE.test(connection) && !closes;
    if (status === 101 || status === 204 || status === 304) this.mode = "none";
    else if (chunked) this.mode = "chunked";
    else if (transferEncoding || contentLength === null) this.mode = "until-close";
    else this.mode = contentLength === 0 ? "none" : "length";
    if (this.mode === "until-close" || status === 101) this.keepAlive = false;
    this.remaining = contentLength ?? 0;
    this.stage = this.mode === "none" ? "done" : this.mode === "chunked" ? "chunk-size" : "body";
    return null;
  }
};
var IDLE_TIMEOUT_MS = 4e3;
var KEEP_ALIVE_HINT_BUFFER_MS = 1e3;
var MAX_RENDERED_REQUESTS = 1e3;
var READ_BUFFER = Buffer.alloc(64 * 1024);
var idleByOrigin = /* @__PURE__ */ new Map();
var renderedRequests = /* @__PURE__ */ new Map();
var inFlight = /* @__PURE__ */ new Set();
var deadlineTimer = null;
var deadlineAt = Infinity;
function plainPathServes(target) {
  return target.protocol === "http:" && target.username === "" && target.password === "";
}
function keepsConnectionTo(target) {
  return (idleByOrigin.get(target.host) ?? []).some((kept) => !kept.socket.destroyed && kept.socket.writable);
}
function plainGet(target, timeoutMs, maxBodyBytes, signal) {
  return new Promise((resolve) => {
    const origin = target.host;
    const idle = idleByOrigin.get(origin);
    let kept = idle?.pop();
    while (kept && (kept.socket.destroyed || !kept.socket.writable)) kept = idle?.pop();
    if (idle?.length === 0) idleByOrigin.delete(origin);
    const connection = kept ?? openConnection(target, origin);
    const abort = () => {
      if (connection.current !== request) return;
      request.settle({ kind: "aborted", reason: signal?.reason, latencyMs: since(request.started) });
      connection.socket.destroy();
    };
    connection.parser.reset(maxBodyBytes);
    const started = performance.now();
    const request = {
      connection,
      reused: kept !== void 0,
      started,
      deadline: started + timeoutMs,
      timeoutMs,
      settle: (outcome) => {
        if (connection.current !== request) return;
        connection.current = null;
        inFlight.delete(request);
        if (inFlight.size === 0) disarmDeadline();
        signal?.removeEventListener("abort", abort);
        resolve(outcome);
      }
    };
    connection.current = request;
    connection.socket.ref();
    inFlight.add(request);
    armDeadline(request.deadline);
    signal?.addEventListener("abort", abort, { once: true });
    queueWrite(request, requestBytes(target));
  });
}
var queuedWrites = [];
function queueWrite(request, bytes) {
  if (queuedWrites.length === 0) process.nextTick(flushWrites);
  queuedWrites.push({ request, bytes });
}
function flushWrites() {
  for (const { request, bytes } of queuedWrites.splice(0))
    if (request.connection.current === request) request.connection.socket.write(bytes);
}
function openConnection(target, origin) {
  const host = target.hostname.startsWith("[") ? target.hostname.slice(1, -1) : target.hostname;
  const connection = {
    socket: null,
    origin,
    parser: new PlainResponseParser(0),
    current: null,
    idleUntil: Infinity
  };
  const socket = net.connect({
    host,
    port: Number(target.port || 80),
    onread: { buffer: READ_BUFFER, callback: (bytes) => onBytes(bytes) }
  });
  connection.socket = socket;
  socket.setNoDelay(true);
  const onBytes = (bytes) => {
    const request = connection.current;
    if (!request) {
      drop(connection);
      return true;
    }
    const outcome = connection.parser.feed(READ_BUFFER, bytes);
    if (outcome.kind === "more") return true;
    if (outcome.kind === "error") {
      request.settle({
        kind: "failed",
        timedOut: false,
        detail: outcome.code,
        latencyMs: since(request.started)
      });
      socket.destroy();
    } else {
      request.settle({ kind: "answer", answer: outcome.answer, latencyMs: since(request.started) });
      if (outcome.answer.reusable) release(connection, outcome.answer.keepAliveHintMs);
      else socket.destroy();
    }
    return true;
  };
  socket.on("end", () => {
    const request = connection.current;
    if (request && !(request.reused && !connection.parser.started)) {
      const outcome = connection.parser.end();
      if (outcome.kind === "answer")
        request.settle({ kind: "answer", answer: outcome.answer, latencyMs: since(request.started) });
    }
    endConnection(connection, "ECONNRESET");
  });
  socket.on("error", (error) => endConnection(connection, error.code ?? error.message));
  socket.on("close", () => endConnection(connection, "ECONNRESET"));
  return connection;
}
function endConnection(connection, detail) {
  forget(connection);
  connection.socket.destroy();
  const request = connection.current;
  if (!request) return;
  const latencyMs = since(request.started);
  if (request.reused && !connection.parser.started && (detail === "ECONNRESET" || detail === "EPIPE"))
    request.settle({ kind: "stale-socket", detail, latencyMs });
  else request.settle({ kind: "failed", timedOut: false, detail, latencyMs });
}
function release(connection, keepAliveHintMs) {
  let idleMs = IDLE_TIMEOUT_MS;
  if (keepAliveHintMs !== null) {
    const hinted = keepAliveHintMs - KEEP_ALIVE_HINT_BUFFER_MS;
    if (hinted <= 0) return void connection.socket.destroy();
    idleMs = Math.min(idleMs, hinted);
  }
  connection.socket.unref();
  connection.idleUntil = performance.now() + idleMs;
  const idle = idleByOrigin.get(connection.origin);
  if (idle) idle.push(connection);
  else idleByOrigin.set(connection.origin, [connection]);
  if (idleSweep === null) armIdleSweep(connection.idleUntil);
}
var idleSweep = null;
function armIdleSweep(at) {
  idleSweep = setTimeout(sweepIdle, Math.max(0, at - performance.now()));
  idleSweep.unref();
}
function sweepIdle() {
  idleSweep = null;
  const now = performance.now();
  let next = Infinity;
  for (const idle of [...idleByOrigin.values()])
    for (const connection of [...idle]) {
      if (connection.idleUntil <= now) drop(connection);
      else next = Math.min(next, connection.idleUntil);
    }
  if (next !== Infinity) armIdleSweep(next);
}
function drop(connection) {
  forget(connection);
  connection.socket.destroy();
}
function forget(connection) {
  const idle = idleByOrigin.get(connection.origin);
  const at = idle?.indexOf(connection) ?? -1;
  if (!idle || at < 0) return;
  idle.splice(at, 1);
  if (idle.length === 0) idleByOrigin.delete(connection.origin);
}
function requestBytes(target) {
  const key = target.href;
  let bytes = renderedRequests.get(key);
  if (!bytes) {
    bytes = Buffer.from(
      `GET ${target.pathname}${target.search} HTTP/1.1\r
user-agent: release-gate\r
accept: */*\r
Host: ${target.host}\r
Connection: keep-alive\r
\r
`,
      "latin1"
    );
    if (renderedRequests.size < MAX_RENDERED_REQUESTS) renderedRequests.set(key, bytes);
  }
  return bytes;
}
function armDeadline(deadline) {
  if (deadlineTimer !== null && deadline >= deadlineAt) return;
  disarmDeadline();
  deadlineAt = deadline;
  deadlineTimer = setTimeout(onDeadline, Math.max(0, deadline - performance.now()));
}
function disarmDeadline() {
  if (deadlineTimer !== null) clearTimeout(deadlineTimer);
  deadlineTimer = null;
  deadlineAt = Infinity;
}
function onDeadline() {
  deadlineTimer = null;
  deadlineAt = Infinity;
  const now = performance.now();
  const due = [];
  let next = Infinity;
  for (const request of inFlight) {
    if (request.deadline <= now) due.push(request);
    else next = Math.min(next, request.deadline);
  }
  if (next !== Infinity) armDeadline(next);
  if (due.length > 0) setImmediate(() => due.forEach(timeOut));
}
function timeOut(request) {
  if (request.connection.current !== request) return;
  request.settle({
    kind: "failed",
    timedOut: true,
    detail: `no answer within ${request.timeoutMs}ms`,
    latencyMs: since(request.started)
  });
  request.connection.socket.destroy();
}
function since(started) {
  return Math.round((performance.now() - started) * 10) / 10;
}

// src/adapters/http.ts
var MAX_BODY_BYTES = 256 * 1024;
var AGENTS = {
  "http:": new http.Agent({ keepAlive: true, timeout: 4e3 }),
  "https:": new https.Agent({ keepAlive: true, timeout: 4e3 })
};
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function httpExchange(url, options) {
  const target = parseHttpUrl(url);
  if (target && !options.signal?.aborted && takesPlainPath(target, options))
    return plainGet(target, options.timeoutMs, MAX_BODY_BYTES, options.signal).then(
      (first) => (
        // The same one retry as below, for the same reason.
        first.kind === "stale-socket" ? plainGet(target, options.timeoutMs, MAX_BODY_BYTES, options.signal).then(
          (again) => plainExchange(again, options)
        ) : plainExchange(first, options)
      )
    );
  return nodeClientExchange(target, options);
}
async function nodeClientExchange(target, options) {
  const started = performance.now();
  const failed = (failure) => ({
    status: null,
    headers: {},
    body: "",
    latencyMs: round(performance.now() - started),
    failure
  });
  if (!target) return failed({ kind: "invalid-url", detail: "expected an http:// or https:// URL" });
  if (options.signal?.aborted) return failed(describeAbort(options.signal.reason, options.timeoutMs));
  const first = await exchangeOnce(target, options);
  if (first.kind === "stale-socket" && (options.method === "GET" || options.method === "HEAD"))
    return (await exchangeOnce(target, options)).exchange;
  return first.exchange;
}
function takesPlainPath(target, options) {
  return !ENV_PROXY && options.method === "GET" && options.body === void 0 && options.headers === void 0 && plainPathServes(target);
}
var ENV_PROXY = Boolean(process.env.NODE_USE_ENV_PROXY);
function plainExchange(outcome, options) {
  const failed = (failure) => ({
    status: null,
    headers: {},
    body: "",
    latencyMs: outcome.latencyMs,
    failure
  });
  switch (outcome.kind) {
    case "answer": {
      const { status, rawHeaders, body } = outcome.answer;
      if (options.redirect === "error" && REDIRECT_STATUSES.has(status))
        return failed({ kind: "redirect", detail: "unexpected redirect" });
      return {
        status,
        headers: headersOf(rawHeaders),
        body: body.toString("utf8"),
        latencyMs: outcome.latencyMs,
        failure: null
      };
    }
    case "aborted":
      return failed(describeAbort(outcome.reason, options.timeoutMs));
    case "failed":
      return failed({ kind: outcome.timedOut ? "timeout" : "network", detail: outcome.detail });
    case "stale-socket":
      return failed({ kind: "network", detail: outcome.detail });
  }
}
function exchangeOnce(target, options) {
  return new Promise((resolve) => {
    const transport = target.protocol === "https:" ? https : http;
    const headers = {
      "user-agent": "release-gate",
      accept: "*/*",
      ...options.headers
    };
    if (options.body !== void 0) headers["content-length"] = String(Buffer.byteLength(options.body));
    let answered = false;
    let settled = false;
    const request = transport.request(target, {
      method: options.method,
      headers,
      agent: AGENTS[target.protocol]
    });
    const started = performance.now();
    const finish = (attempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      options.signal?.removeEventListener("abort", stop);
      resolve(attempt);
    };
    const fail = (failure) => finish({
      kind: "exchange",
      exchange: {
        status: null,
        headers: {},
        body: "",
        latencyMs: round(performance.now() - started),
        failure
      }
    });
    const stop = () => {
      fail(describeAbort(options.signal?.reason, options.timeoutMs));
      request.destroy();
    };
    const timeout = setTimeout(
      () => setImmediate(() => {
        if (settled) return;
        fail({ kind: "timeout", detail: `no answer within ${options.timeoutMs}ms` });
        request.destroy();
      }),
      options.timeoutMs
    );
    options.signal?.addEventListener("abort", stop, { once: true });
    request.on("error", (error) => {
      const stale = !answered && request.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE");
      if (!stale) return fail({ kind: "network", detail: error.code ?? messageOf(error) });
      finish({
        kind: "stale-socket",
        exchange: {
          status: null,
          headers: {},
          body: "",
          latencyMs: round(performance.now() - started),
          failure: { kind: "network", detail: error.code ?? messageOf(error) }
        }
      });
    });
    request.on("response", (response) => {
      answered = true;
      const status = response.statusCode ?? 0;
      if (options.redirect === "error" && REDIRECT_STATUSES.has(status)) {
        response.destroy();
        return fail({ kind: "redirect", detail: "unexpected redirect" });
      }
      const chunks = [];
      let kept = 0;
      const done = () => finish({
        kind: "exchange",
        exchange: {
          status,
          headers: headersOf(response.rawHeaders),
          body: Buffer.concat(chunks).toString("utf8"),
          latencyMs: round(performance.now() - started),
          failure: null
        }
      });
      response.on("data", (chunk) => {
        const wanted = chunk.subarray(0, MAX_BODY_BYTES - kept);
        chunks.push(wanted);
        kept += wanted.length;
        if (kept >= MAX_BODY_BYTES) {
          done();
          response.destroy();
        }
      });
      response.on("end", done);
      response.on(
        "error",
        (error) => fail({ kind: "network", detail: error.code ?? messageOf(error) })
      );
      response.on("close", () => {
        if (!response.complete) fail({ kind: "network", detail: "the connection closed mid-answer" });
      });
    });
    request.end(options.body);
  });
}
function headersOf(rawHeaders) {
  const headers = {};
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    const value = rawHeaders[i + 1];
    const before = headers[name];
    headers[name] = before === void 0 || name === "set-cookie" ? value : `${before}, ${value}`;
  }
  return headers;
}
var WARM_TIMEOUT_MS = 2e3;
var WARM_REQUEST = { method: "GET", timeoutMs: WARM_TIMEOUT_MS, redirect: "manual" };
var FetchHttpClient = class {
  /**
   * One GET per host (the first URL naming it), all at once; what they answer is not looked at. A host this process
   * already keeps a connection to is warm (the path loaded, the connection open: a release's checks just used it) and
   * gets none: the request would only add the host's answer time to the release.
   */
  async warm(urls) {
    const firstPerHost = /* @__PURE__ */ new Map();
    for (const url of urls) {
      const target = parseHttpUrl(url);
      if (!target || firstPerHost.has(target.origin)) continue;
      if (takesPlainPath(target, WARM_REQUEST) && keepsConnectionTo(target)) continue;
      firstPerHost.set(target.origin, url);
    }
    await Promise.all([...firstPerHost.values()].map((url) => httpExchange(url, WARM_REQUEST)));
  }
  request(url, options) {
    const { method, timeoutMs, signal } = options;
    return httpExchange(url, { method, timeoutMs, signal, redirect: "manual" }).then((exchange) => ({
      ok: exchange.failure === null,
      status: exchange.status,
      headers: exchange.headers,
      body: exchange.body,
      latencyMs: exchange.latencyMs,
      error: exchange.failure ? `${options.method} ${url} failed: ${exchange.failure.detail}` : null
    }));
  }
};
function describeAbort(reason, timeoutMs) {
  if (reason?.name === "TimeoutError")
    return { kind: "timeout", detail: `no answer within ${timeoutMs}ms` };
  return { kind: "network", detail: messageOf(reason ?? "stopped") };
}
var parsedUrls = /* @__PURE__ */ new Map();
var MAX_PARSED_URLS = 1e3;
function parseHttpUrl(url) {
  const known = parsedUrls.get(url);
  if (known !== void 0) return known;
  let parsed;
  try {
    parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") parsed = null;
  } catch {
    parsed = null;
  }
  if (parsedUrls.size < MAX_PARSED_URLS) parsedUrls.set(url, parsed);
  return parsed;
}
function round(ms) {
  return Math.round(ms * 10) / 10;
}

// src/adapters/process-runner.ts
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
var TAIL_BYTES = 16 * 1024;
var LOG_LINE_CHARS = 16 * 1024;
var KILL_GRACE_MS = 5e3;
var INTERRUPT_GRACE_MS = 2e3;
var STDIO_DRAIN_MS = 2e3;
var ProcessRunner = class {
  constructor(logger, redact, cwd, baseEnv, interrupt) {
    this.logger = logger;
    this.redact = redact;
    this.cwd = cwd;
    this.baseEnv = baseEnv;
    this.interrupt = interrupt;
  }
  logger;
  redact;
  cwd;
  baseEnv;
  interrupt;
  run(request) {
    const run = startCommandRun(request, this.redact);
    const { stdout, stderr } = run;
    return new Promise((resolve) => {
      let settled = false;
      const cleanups = [];
      const finish = (exitCode, signal, error) => {
        if (settled) return;
        settled = true;
        for (const cleanup of cleanups) cleanup();
        resolve(commandRecord(request, this.redact, run, { exitCode, signal, error }));
      };
      if (this.interrupt?.aborted)
        return finish(
          null,
          null,
          `not started: release-gate was interrupted by ${signalName(this.interrupt)}`
        );
      const child = spawn(request.argv[0], request.argv.slice(1), {
        cwd: this.cwd,
        env: { ...this.baseEnv, ...request.env },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true
      });
      const killGroup = (signal) => {
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {
        }
      };
      const interrupt = this.interrupt;
      if (interrupt) {
        const onInterrupt = () => {
          run.interruptedBy = signalName(interrupt);
          killGroup("SIGTERM");
          setTimeout(() => killGroup("SIGKILL"), INTERRUPT_GRACE_MS).unref();
        };
        interrupt.addEventListener("abort", onInterrupt, { once: true });
        cleanups.push(() => interrupt.removeEventListener("abort", onInterrupt));
      }
      const timeoutTimer = setTimeout(() => {
        run.timedOut = true;
        killGroup("SIGTERM");
        setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
      }, request.timeoutMs);
      cleanups.push(() => clearTimeout(timeoutTimer));
      const forward = (chunk, buffer, lines) => {
        buffer.push(chunk);
        const complete = lines.push(chunk);
        if (!request.quiet)
          for (const line of complete) this.logger.info(`  ${request.label} | ${this.redact(line)}`);
      };
      const stdoutLines = new LineSplitter(LOG_LINE_CHARS);
      const stderrLines = new LineSplitter(LOG_LINE_CHARS);
      child.stdout.on("data", (chunk) => forward(chunk, stdout, stdoutLines));
      child.stderr.on("data", (chunk) => forward(chunk, stderr, stderrLines));
      child.on("error", (error) => finish(null, null, `cannot start ${request.argv[0]}: ${error.message}`));
      const flushPending = () => {
        for (const lines of [stdoutLines, stderrLines]) {
          const unfinished = lines.end();
          if (unfinished !== null && !request.quiet)
            this.logger.info(`  ${request.label} | ${this.redact(unfinished)}`);
        }
      };
      let drainTimer;
      child.on("close", (code, signal) => {
        clearTimeout(drainTimer);
        flushPending();
        finish(code, signal, null);
      });
      child.on("exit", (code, signal) => {
        drainTimer = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          flushPending();
          finish(code, signal, null);
        }, STDIO_DRAIN_MS);
      });
    });
  }
};
function startCommandRun(request, redact) {
  return {
    argv: request.argv.map((word) => redact(word)),
    started: Date.now(),
    timedOut: false,
    interruptedBy: null,
    stdout: new TailBuffer(TAIL_BYTES),
    stderr: new TailBuffer(TAIL_BYTES)
  };
}
function commandRecord(request, redact, run, ending) {
  const finished = Date.now();
  const { timedOut, interruptedBy, stdout, stderr } = run;
  const { error, exitCode } = ending;
  const status = error ? "error" : timedOut ? "timeout" : exitCode === 0 ? "success" : "failure";
  return {
    name: request.name,
    argv: run.argv,
    startedAt: new Date(run.started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - run.started,
    exitCode,
    signal: ending.signal,
    timedOut,
    status,
    error: error ?? (timedOut ? `timed out after ${request.timeoutMs}ms; process group killed` : interruptedBy ? `stopped: release-gate was interrupted by ${interruptedBy}; process group killed` : null),
    stdoutTail: redact(stdout.text()),
    stderrTail: redact(stderr.text()),
    outputBytes: stdout.total + stderr.total,
    outputTruncated: stdout.truncated || stderr.truncated
  };
}
var TailBuffer = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  chunks = [];
  kept = 0;
  total = 0;
  truncated = false;
  push(chunk) {
    this.total += chunk.length;
    this.chunks.push(chunk);
    this.kept += chunk.length;
    while (this.kept > this.limit && this.chunks.length > 0) {
      const first = this.chunks[0];
      const excess = this.kept - this.limit;
      this.truncated = true;
      if (first.length <= excess) {
        this.chunks.shift();
        this.kept -= first.length;
      } else {
        this.chunks[0] = first.subarray(excess);
        this.kept -= excess;
      }
    }
  }
  text() {
    const text = Buffer.concat(this.chunks).toString("utf8");
    return this.truncated ? `[... ${this.total - this.kept} earlier bytes omitted ...]
${text}` : text;
  }
};
var LineSplitter = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  decoder = new StringDecoder("utf8");
  pending = "";
  omitted = 0;
  /** The lines this chunk completes; a line beyond the limit comes cut, saying how much was left out. */
  push(chunk) {
    const text = this.decoder.write(chunk);
    const lines = [];
    let start = 0;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
      this.keep(text.slice(start, newline));
      lines.push(this.take());
      start = newline + 1;
    }
    this.keep(text.slice(start));
    return lines;
  }
  /** The last line when the stream ended without a newline, or null. */
  end() {
    this.keep(this.decoder.end());
    return this.pending || this.omitted ? this.take() : null;
  }
  keep(text) {
    const room = Math.max(0, this.limit - this.pending.length);
    this.pending += text.slice(0, room);
    this.omitted += Math.max(0, text.length - room);
  }
  take() {
    const line = this.omitted ? `${this.pending} [... line cut: ${this.omitted} more characters omitted]` : this.pending;
    this.pending = "";
    this.omitted = 0;
    return line;
  }
};

// src/adapters/in-process-runner.ts
var InProcessRunner = class {
  constructor(logger, redact, baseEnv, command, interrupt) {
    this.logger = logger;
    this.redact = redact;
    this.baseEnv = baseEnv;
    this.command = command;
    this.interrupt = interrupt;
  }
  logger;
  redact;
  baseEnv;
  command;
  interrupt;
  run(request) {
    const run = startCommandRun(request, this.redact);
    const stop = new AbortController();
    const ending = (exitCode, signal, error) => commandRecord(request, this.redact, run, { exitCode, signal, error });
    const interrupt = this.interrupt;
    if (interrupt?.aborted)
      return Promise.resolve(
        ending(null, null, `not started: release-gate was interrupted by ${signalName(interrupt)}`)
      );
    const write2 = (buffer, line) => {
      if (stop.signal.aborted) return;
      const bytes = Buffer.from(inertToWorkflowCommands(line) + "\n");
      buffer.push(bytes);
      const splitter = new LineSplitter(LOG_LINE_CHARS);
      if (!request.quiet)
        for (const logged of splitter.push(bytes))
          this.logger.info(`  ${request.label} | ${this.redact(logged)}`);
    };
    const io = {
      env: { ...this.baseEnv, ...request.env },
      signal: stop.signal,
      stdout: (line) => write2(run.stdout, line),
      stderr: (line) => write2(run.stderr, line)
    };
    return new Promise((resolve) => {
      const cleanups = [];
      let settled = false;
      const finish = (record) => {
        if (settled) return;
        settled = true;
        for (const cleanup of cleanups) cleanup();
        resolve(record);
      };
      const halt = () => {
        stop.abort(new Error("stopped"));
        const grace = setTimeout(() => finish(ending(null, "SIGKILL", null)), KILL_GRACE_MS);
        cleanups.push(() => clearTimeout(grace));
      };
      const timeoutTimer = setTimeout(() => {
        run.timedOut = true;
        halt();
      }, request.timeoutMs);
      cleanups.push(() => clearTimeout(timeoutTimer));
      if (interrupt) {
        const onInterrupt = () => {
          run.interruptedBy = signalName(interrupt);
          halt();
        };
        interrupt.addEventListener("abort", onInterrupt, { once: true });
        cleanups.push(() => interrupt.removeEventListener("abort", onInterrupt));
      }
      this.command(io).then(
        (exitCode) => finish(stop.signal.aborted ? ending(null, "SIGTERM", null) : ending(exitCode, null, null)),
        (error) => {
          if (!stop.signal.aborted) {
            io.stderr(`[ERROR] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
            return finish(ending(1, null, null));
          }
          finish(ending(null, "SIGTERM", null));
        }
      );
    });
  }
};

// src/entry/cli/checks.ts
import { basename } from "node:path";

// src/core/json-pointer.ts
function jsonPointer(value, pointer) {
  if (pointer === "") return value;
  let current = value;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}

// src/phases/shared/http-check.ts
function judgeHttpResponse(spec, response, tag) {
  if (!response.ok) return { passed: false, message: response.error ?? "request failed" };
  const problems = [];
  if (response.status !== spec.expectStatus)
    problems.push(`status ${response.status}, expected ${spec.expectStatus}`);
  for (const [name, expected] of Object.entries(spec.expectHeaders)) {
    const actual = response.headers[name.toLowerCase()];
    if (actual === void 0 || !actual.toLowerCase().includes(expected.toLowerCase())) {
      problems.push(
        `header ${name} is ${actual === void 0 ? "absent" : JSON.stringify(actual)}, expected it to contain ${JSON.stringify(expected)}`
      );
    }
  }
  const jsonExpectations = Object.entries(spec.expectJson);
  if (jsonExpectations.length > 0) {
    let body;
    try {
      body = JSON.parse(response.body);
    } catch {
      problems.push("body is not JSON");
    }
    if (body !== void 0) {
      for (const [pointer, rawExpected] of jsonExpectations) {
        const expected = typeof rawExpected === "string" && tag !== null ? rawExpected.replaceAll("${tag}", tag) : rawExpected;
        const actual = jsonPointer(body, pointer);
        if (actual !== expected)
          problems.push(
            `${pointer} is ${JSON.stringify(actual) ?? "absent"}, expected ${JSON.stringify(expected)}`
          );
      }
    }
  }
  if (spec.maxLatencyMs !== void 0 && response.latencyMs > spec.maxLatencyMs) {
    problems.push(`latency ${response.latencyMs}ms, expected at most ${spec.maxLatencyMs}ms`);
  }
  return problems.length === 0 ? { passed: true, message: `${response.status} in ${response.latencyMs}ms` } : { passed: false, message: problems.join("; ") };
}
async function runHttpCheck(http2, spec, tag, now) {
  const startedAt = now();
  const response = await http2.request(spec.url, { method: spec.method, timeoutMs: spec.timeoutMs });
  const finishedAt = now();
  const judged = judgeHttpResponse(spec, response, tag);
  return {
    id: spec.id,
    kind: "http",
    passed: judged.passed,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    message: judged.message,
    url: spec.url,
    status: response.status,
    latencyMs: response.latencyMs
  };
}

// src/phases/production/perf.ts
function percentile(sorted, q) {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}
function summarizeTarget(spec, latencies, errors) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const requests = latencies.length;
  const mean = requests === 0 ? 0 : sorted.reduce((sum, v) => sum + v, 0) / requests;
  const round2 = (v) => Math.round(v * 10) / 10;
  return {
    id: spec.id,
    url: spec.url,
    requests,
    errors,
    errorRate: requests === 0 ? 1 : errors / requests,
    availability: requests === 0 ? 0 : (requests - errors) / requests,
    latencyMs: {
      p50: round2(percentile(sorted, 0.5)),
      p95: round2(percentile(sorted, 0.95)),
      p99: round2(percentile(sorted, 0.99)),
      max: round2(sorted.at(-1) ?? 0),
      mean: round2(mean)
    }
  };
}
async function collectPerf(http2, targets, samples, tag, now) {
  const snapshot = [];
  const checks = [];
  for (const spec of targets) {
    const startedAt = now();
    const latencies = [];
    let errors = 0;
    let lastProblem = "";
    for (let i = 0; i < samples; i++) {
      const response = await http2.request(spec.url, { method: spec.method, timeoutMs: spec.timeoutMs });
      const judged = judgeHttpResponse({ ...spec, maxLatencyMs: void 0 }, response, tag);
      latencies.push(response.latencyMs);
      if (!judged.passed) {
        errors++;
        lastProblem = judged.message;
      }
    }
    const target = summarizeTarget(spec, latencies, errors);
    snapshot.push(target);
    const problems = [];
    if (errors > 0) problems.push(`${errors}/${samples} requests failed (last: ${lastProblem})`);
    if (spec.maxLatencyMs !== void 0 && target.latencyMs.p95 > spec.maxLatencyMs)
      problems.push(`p95 ${target.latencyMs.p95}ms > ${spec.maxLatencyMs}ms`);
    const finishedAt = now();
    checks.push({
      id: spec.id,
      kind: "http",
      passed: problems.length === 0,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      message: problems.length === 0 ? `${samples} requests, p50 ${target.latencyMs.p50}ms, p95 ${target.latencyMs.p95}ms, no errors` : problems.join("; "),
      url: spec.url,
      status: null,
      latencyMs: target.latencyMs.p95
    });
  }
  return { targets: snapshot, checks };
}

// src/entry/cli/checks.ts
var KNOWN = ["staging-validation-results.json", "post-deployment-validation.json"];
function stoppable(options) {
  const { http: http2, signal } = options;
  return signal ? { request: (url, request) => http2.request(url, { ...request, signal }) } : http2;
}
function checksFor(config, environment) {
  if (environment !== "staging" && environment !== "production") {
    throw new UsageError(`Unknown environment '${environment}'. Expected staging or production.`);
  }
  const checks = config.validation[environment];
  if (checks.length === 0) {
    throw new UsageError(
      `No checks configured for ${environment}: add validation.${environment} to ${config.sourcePath}.`
    );
  }
  return checks;
}
function artifactFor(output, fallback) {
  const name = basename(output);
  return KNOWN.includes(name) ? name : fallback;
}
async function write(options, artifact, checks, perf) {
  const results = {
    ...recordHeader(artifact, options.tag, options.now()),
    environment: options.environment,
    passed: checks.every((c) => c.passed),
    commands: [],
    checks,
    ...perf ? { perf } : {}
  };
  options.signal?.throwIfAborted();
  await validatorsReady([schemaFor(artifact)]);
  assertValidEvidence(artifact, results);
  await writeFileAtomic(options.output, JSON.stringify(results, null, 2) + "\n");
  return results;
}
async function builtinValidate(options) {
  const checks = [];
  for (const spec of checksFor(options.config, options.environment))
    checks.push(await runHttpCheck(stoppable(options), spec, options.tag, options.now));
  return write(
    options,
    artifactFor(
      options.output,
      options.environment === "staging" ? "staging-validation-results.json" : "post-deployment-validation.json"
    ),
    checks
  );
}
async function builtinCollectPerf(options) {
  const snapshot = await collectPerf(
    stoppable(options),
    checksFor(options.config, options.environment),
    options.config.validation.perfSamples,
    options.tag,
    options.now
  );
  const requests = snapshot.targets.reduce((sum, t) => sum + t.requests, 0);
  const errors = snapshot.targets.reduce((sum, t) => sum + t.errors, 0);
  const errorRate = requests === 0 ? 1 : errors / requests;
  return write(options, artifactFor(options.output, "post-deployment-validation.json"), snapshot.checks, {
    targets: snapshot.targets,
    errorRate,
    availability: 1 - errorRate
  });
}

// src/entry/cli/commands/checks.ts
var CHECK_COMMANDS = /* @__PURE__ */ new Set(["validate", "collect-perf"]);
async function checksCommand({ command, values, logger, configPath }) {
  return runChecks(command, values, {
    configPath,
    env: process.env,
    http: new FetchHttpClient(),
    print: (line) => logger.info(line)
  });
}
async function runChecks(command, values, io) {
  const environment = command === "validate" ? required(values, "mode", command) : required(values, "env", command);
  const tagText = values.tag ?? io.env.RELEASE_GATE_TAG;
  const options = {
    config: await loadConfig(io.configPath),
    environment,
    output: required(values, "output", command),
    tag: tagText ? validateTag(tagText) : null,
    http: io.http,
    now: () => systemClock.now(),
    ...io.signal ? { signal: io.signal } : {}
  };
  const results = command === "validate" ? await builtinValidate(options) : await builtinCollectPerf(options);
  for (const check of results.checks) io.print(`${check.passed ? "\u2714" : "\u2718"} ${check.id}: ${check.message}`);
  io.print(`${command} ${environment}: ${results.passed ? "passed" : "FAILED"} \u2192 ${options.output}`);
  return results.passed ? 0 : EXIT.failed;
}
function builtinChecks(deps) {
  return {
    find: (args) => {
      const flags = checkFlags(args);
      if (!flags) return null;
      const { command, values } = flags;
      return new InProcessRunner(
        deps.logger,
        deps.redact,
        deps.commandEnv,
        (io) => runChecksAsCli(command, values, io, deps.http),
        deps.interrupt
      );
    }
  };
}
function checkFlags(args) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return null;
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? "";
  const plain = !values.help && !values.version && !values.json && values["evidence-dir"] === void 0;
  return plain && CHECK_COMMANDS.has(command) ? { command, values } : null;
}
async function runChecksAsCli(command, values, io, http2) {
  try {
    return await runChecks(command, values, {
      configPath: values.config ?? io.env.RELEASE_GATE_CONFIG ?? DEFAULT_CONFIG_PATH,
      env: io.env,
      http: http2,
      print: (line) => io.stdout(line),
      signal: io.signal
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`[ERROR] ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}

export {
  jsonPointer,
  judgeHttpResponse,
  runHttpCheck,
  ProcessRunner,
  httpExchange,
  FetchHttpClient,
  checksCommand,
  builtinChecks
};
