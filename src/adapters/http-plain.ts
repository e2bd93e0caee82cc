import net from 'node:net'

/**
 * Plain-HTTP GETs (every probe, check and Prometheus or Alertmanager query to an `http:` URL) on `node:net`, for
 * `adapters/http.ts` only: a health window sends a hundred of them a second for as long as it lasts, and Node's
 * `http` client spends more CPU on each (request and response objects, streams, its agent's bookkeeping) than the
 * exchange itself. Here a request is bytes rendered once per URL, an answer goes through one strict, bounded parser,
 * and idle sockets wait in a pool per host, as Node's keep-alive agent keeps them. What this path does not handle
 * (HTTPS, a body, headers of the caller, credentials in the URL) stays on Node's client.
 */

/** A header block longer than this fails the answer, as Node's default `--max-http-header-size` does. */
export const MAX_HEAD_BYTES = 16 * 1024

/** A chunk-size line (size and extensions) longer than this is not a chunk size. */
const MAX_CHUNK_LINE_BYTES = 1024

/** At most this many interim (1xx) answers before the real one. */
const MAX_INTERIM_ANSWERS = 8

/** What an answer parsed to: its status, its raw header pairs, the first `maxBodyBytes` of its body. */
export interface PlainAnswer {
  status: number
  /** Name, value, name, value, ... as sent (names in their own case). */
  rawHeaders: string[]
  body: Buffer
  /** The connection may carry the next request: keep-alive, the body fully read and nothing after it. */
  reusable: boolean
  /** `Keep-Alive: timeout=N` of the answer, in ms, or null. */
  keepAliveHintMs: number | null
}

/** Where the parser stands after a chunk of bytes: wants more, has an answer, or refuses the bytes (Node's code). */
export type ParseOutcome =
  { kind: 'more' } | { kind: 'answer'; answer: PlainAnswer } | { kind: 'error'; code: string }

type BodyMode = 'none' | 'length' | 'chunked' | 'until-close'
type Stage = 'head' | 'body' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'done'

const MORE: ParseOutcome = { kind: 'more' }
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
// eslint-disable-next-line no-control-regex -- a header value may hold any visible byte and tabs, no other control
const BAD_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: [^\r\n]*)?$/
// Compiled once here, not as literals in the parser: a literal is a new object each time it runs.
const HTTP_1_X = /^HTTP\/1\.[01] /
const DIGITS = /^\d{1,15}$/
const CHUNKED_LAST = /(?:^|,)\s*chunked\s*$/i
const CHUNK_SIZE_LINE = /^([0-9A-Fa-f]{1,12})[ \t]*(?:;[^\r\n]*)?\r?\n$/
const CLOSE = /(?:^|,)\s*close\s*,/
const KEEP_ALIVE = /(?:^|,)\s*keep-alive\s*,/

/** N of a Keep-Alive value that starts `timeout=N` (digits), or null: read by hand, it comes with every answer. */
function keepAliveTimeoutSeconds(value: string): number | null {
  if (!value.startsWith('timeout=')) return null
  let seconds = 0
  let at = 8
  for (; at < value.length; at += 1) {
    const digit = value.charCodeAt(at) - 48
    if (digit < 0 || digit > 9) break
    seconds = seconds * 10 + digit
  }
  return at > 8 ? seconds : null
}

const EMPTY_BODY = Buffer.alloc(0)

/** A copy of the bytes of `chunk` from `start` to `end`: a read's buffer is shared, and the next read overwrites it. */
function copyOf(chunk: Buffer, start: number, end: number): Buffer {
  const copy = Buffer.allocUnsafe(end - start)
  chunk.copy(copy, 0, start, end)
  return copy
}

/** Space or tab: the optional white space around a header value. */
function isOws(code: number): boolean {
  return code === 32 || code === 9
}

/**
 * `name` in lower case when it is one of the headers that frame an answer or its connection, else '' (the other
 * headers of an answer, a hundred a second, are not lower-cased only to be passed over).
 */
function framingHeader(name: string): string {
  switch (name.length) {
    case 10:
    case 14:
    case 17:
      return name.toLowerCase()
    default:
      return ''
  }
}

/** Where the line of `text` from `start` to `newline` (its LF, or the text's end) ends without a CR before the LF. */
function endWithoutCr(text: string, start: number, newline: number): number {
  return newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline
}

/**
 * An HTTP/1.1 response parser for one answer to a GET, fed bytes as they arrive (any split) and bounded everywhere:
 * the head to `MAX_HEAD_BYTES`, the body kept to `maxBodyBytes` (reaching it ends the answer; the rest is never read),
 * a chunk-size line to 1 KiB. It refuses what Node's parser (llhttp, strict) refuses, with the same error codes, so a
 * failed probe reads the same in the evidence whichever path it took.
 */
export class PlainResponseParser {
  // Every field is set by `reset` alone, in one order: at construction and before each answer on the same connection
  // (one parser per connection). A parser outlives its answers, so its hidden class does too: optimized code holds
  // the class weakly, and when every parser had died between two rounds V8 built the class again and compiled the
  // parser's code once more.
  declare private maxBodyBytes: number
  declare private stage: Stage
  declare private head: Buffer[]
  declare private headBytes: number
  declare private interim: number
  declare private status: number
  declare private rawHeaders: string[]
  declare private keepAlive: boolean
  declare private keepAliveHintMs: number | null
  declare private mode: BodyMode
  declare private remaining: number
  /** The body's first piece, and the rest when it came in more than one read. */
  declare private body: Buffer | null
  declare private moreBody: Buffer[] | null
  declare private bodyBytes: number
  declare private line: Buffer[]
  declare private lineBytes: number
  /** The last two bytes of the block being read, so that its empty line is found across any split. */
  declare private last: number
  declare private beforeLast: number
  declare private startChecked: boolean
  /** Why `readBlock` refused a block (Node's error code). */
  declare private refusal: string
  /** True once any byte of an answer arrived: a kept socket that closes before then was stale, not the target. */
  declare started: boolean

  constructor(maxBodyBytes: number) {
    this.reset(maxBodyBytes)
  }

  /** Ready for a new answer, keeping at most `maxBodyBytes` of its body; nothing of the last answer is kept. */
  reset(maxBodyBytes: number): void {
    this.maxBodyBytes = maxBodyBytes
    this.stage = 'head'
    this.head = []
    this.headBytes = 0
    this.interim = 0
    this.status = 0
    this.rawHeaders = []
    this.keepAlive = false
    this.keepAliveHintMs = null
    this.mode = 'none'
    this.remaining = 0
    this.body = null
    this.moreBody = null
    this.bodyBytes = 0
    this.line = []
    this.lineBytes = 0
    this.last = -1
    this.beforeLast = -1
    this.startChecked = false
    this.refusal = ''
    this.started = false
  }

  /**
   * Takes the next bytes, the first `readLength` of `chunk` (a read lands in a buffer shared by every socket); returns
   * the answer once it is complete (bytes after it make it not reusable).
   */
  feed(chunk: Buffer, readLength = chunk.length): ParseOutcome {
    // Never past the buffer: kept bytes are copied into unzeroed memory, so a length beyond it would hand out whatever
    // that memory held.
    const length = Math.min(readLength, chunk.length)
    if (length > 0) this.started = true
    let at = 0
    while (at < length) {
      switch (this.stage) {
        case 'head':
        case 'trailers': {
          const end = this.endOfBlock(chunk, at, length)
          const taken = end < 0 ? length - at : end - at
          if (this.headBytes + taken > MAX_HEAD_BYTES) return { kind: 'error', code: 'HPE_HEADER_OVERFLOW' }
          // The usual case, a whole head in one read, is read in place; a split one is copied until it is whole.
          if (end >= 0 && this.head.length === 0) {
            at = this.readBlock(chunk.toString('latin1', at, end), end)
            if (at < 0) return { kind: 'error', code: this.refusal }
            break
          }
          this.head.push(copyOf(chunk, at, at + taken))
          this.headBytes += taken
          // Not HTTP at all: refused on its first bytes, as Node's parser does, not when (if ever) a blank line comes.
          if (!this.startChecked && this.stage === 'head' && this.headBytes >= 5) {
            this.startChecked = true
            if (Buffer.concat(this.head).toString('latin1', 0, 5) !== 'HTTP/')
              return { kind: 'error', code: 'HPE_INVALID_CONSTANT' }
          }
          if (end < 0) return MORE
          const block = Buffer.concat(this.head).toString('latin1')
          this.head = []
          this.headBytes = 0
          at = this.readBlock(block, end)
          if (at < 0) return { kind: 'error', code: this.refusal }
          break
        }
        case 'body': {
          const available = length - at
          const take = this.mode === 'length' ? Math.min(this.remaining, available) : available
          const full = this.keep(chunk, at, at + take)
          at += take
          if (this.mode === 'length') this.remaining -= take
          if (full) return this.answer(false)
          if (this.mode === 'length' && this.remaining === 0) this.stage = 'done'
          break
        }
        case 'chunk-size': {
          const found = chunk.indexOf(10, at)
          const newline = found < length ? found : -1
          const taken = newline < 0 ? length - at : newline + 1 - at
          if (this.lineBytes + taken > MAX_CHUNK_LINE_BYTES)
            return { kind: 'error', code: 'HPE_INVALID_CHUNK_SIZE' }
          this.line.push(copyOf(chunk, at, at + taken))
          this.lineBytes += taken
          at += taken
          if (newline < 0) return MORE
          const sizeLine = Buffer.concat(this.line).toString('latin1')
          this.line = []
          this.lineBytes = 0
          const size = CHUNK_SIZE_LINE.exec(sizeLine)?.[1]
          if (size === undefined) return { kind: 'error', code: 'HPE_INVALID_CHUNK_SIZE' }
          this.remaining = parseInt(size, 16)
          this.stage = this.remaining === 0 ? 'trailers' : 'chunk-data'
          // The trailer block starts right after the last chunk's size line: an empty line ends it at once.
          if (this.stage === 'trailers') this.last = 10
          break
        }
        case 'chunk-data': {
          const take = Math.min(this.remaining, length - at)
          const full = this.keep(chunk, at, at + take)
          at += take
          this.remaining -= take
          if (full) return this.answer(false)
          if (this.remaining === 0) this.stage = 'chunk-end'
          break
        }
        case 'chunk-end': {
          // CRLF (or a bare LF) after a chunk's data.
          const byte = chunk[at]
          at += 1
          if (byte === 10) this.stage = 'chunk-size'
          else if (byte !== 13) return { kind: 'error', code: 'HPE_STRICT' }
          break
        }
        case 'done':
          // Bytes after the answer: it stands, but the connection's framing is in doubt, so it is not reused.
          return this.answer(false)
      }
      if (this.stage === 'done' && at >= length) return this.answer(this.keepAlive)
    }
    if (this.stage === 'done') return this.answer(this.keepAlive)
    return MORE
  }

  /** A whole head or trailer block ends at `end`: read it; the index to go on from, or -1 (`refusal` says why). */
  private readBlock(block: string, end: number): number {
    this.last = -1
    this.beforeLast = -1
    this.startChecked = false
    if (this.stage === 'trailers') {
      this.stage = 'done'
      return end
    }
    const refused = this.readHead(block)
    if (refused === null) return end
    this.refusal = refused
    return -1
  }

  /** The server closed its end: a body read until the close is complete; anything else was cut short. */
  end(): ParseOutcome {
    if (this.stage === 'body' && this.mode === 'until-close') return this.answer(false)
    return { kind: 'error', code: 'ECONNRESET' }
  }

  private answer(reusable: boolean): ParseOutcome {
    this.stage = 'done'
    return {
      kind: 'answer',
      answer: {
        status: this.status,
        rawHeaders: this.rawHeaders,
        body: this.moreBody ? Buffer.concat(this.moreBody) : (this.body ?? EMPTY_BODY),
        reusable,
        keepAliveHintMs: this.keepAliveHintMs
      }
    }
  }

  /** Keeps a copy of the body bytes of `chunk` from `start` to `end`, up to the cap; true once the cap is reached. */
  private keep(chunk: Buffer, start: number, end: number): boolean {
    const wanted = Math.min(end - start, this.maxBodyBytes - this.bodyBytes)
    if (wanted > 0) {
      const copy = copyOf(chunk, start, start + wanted)
      if (this.body === null) this.body = copy
      else if (this.moreBody === null) this.moreBody = [this.body, copy]
      else this.moreBody.push(copy)
    }
    this.bodyBytes += wanted
    return this.bodyBytes >= this.maxBodyBytes
  }

  /**
   * Where the block being read (a head or the trailers) ends in `chunk`, from `at`: the index just after its empty
   * line, or -1. Lines end in CRLF or a bare LF; the bytes read before this chunk count (a split `\r\n\r\n`).
   */
  private endOfBlock(chunk: Buffer, at: number, length: number): number {
    for (let i = at; i < length; i += 1) {
      const byte = chunk[i] as number
      if (byte === 10 && (this.last === 10 || (this.last === 13 && this.beforeLast === 10))) return i + 1
      this.beforeLast = this.last
      this.last = byte
    }
    return -1
  }

  /** Reads a complete head; returns Node's error code when it refuses it. */
  private readHead(block: string): string | null {
    // Read line by line in place (no array of lines): a window parses a hundred heads a second.
    const firstNewline = block.indexOf('\n')
    const statusLine = block.slice(0, endWithoutCr(block, 0, firstNewline < 0 ? block.length : firstNewline))
    if (!statusLine.startsWith('HTTP/')) return 'HPE_INVALID_CONSTANT'
    if (!STATUS_LINE.test(statusLine))
      return HTTP_1_X.test(statusLine) ? 'HPE_INVALID_STATUS' : 'HPE_INVALID_VERSION'
    // Read off the matched line by position (`HTTP/1.x NNN`), not from a match array a hundred times a second.
    const minor = statusLine[7]
    const status = Number(statusLine.slice(9, 12))
    const rawHeaders: string[] = []
    let contentLength: number | null = null
    let chunked = false
    let transferEncoding = false
    let connection = ''
    for (let start = firstNewline + 1; start > 0 && start < block.length;) {
      const newline = block.indexOf('\n', start)
      const lineEnd = newline < 0 ? block.length : newline
      const end = endWithoutCr(block, start, lineEnd)
      const lineStart = start
      start = lineEnd + 1
      if (end === lineStart) continue
      const colon = block.indexOf(':', lineStart)
      const name = colon > lineStart && colon < end ? block.slice(lineStart, colon) : ''
      if (!TOKEN.test(name)) return 'HPE_INVALID_HEADER_TOKEN'
      // The value without the optional white space (spaces and tabs) around it, cut once.
      let valueStart = colon + 1
      let valueEnd = end
      while (valueStart < valueEnd && isOws(block.charCodeAt(valueStart))) valueStart += 1
      while (valueEnd > valueStart && isOws(block.charCodeAt(valueEnd - 1))) valueEnd -= 1
      const value = block.slice(valueStart, valueEnd)
      if (BAD_VALUE.test(value)) return 'HPE_INVALID_HEADER_TOKEN'
      rawHeaders.push(name, value)
      switch (framingHeader(name)) {
        case 'content-length': {
          if (!DIGITS.test(value)) return 'HPE_INVALID_CONTENT_LENGTH'
          const length = Number(value)
          if (contentLength !== null && contentLength !== length) return 'HPE_UNEXPECTED_CONTENT_LENGTH'
          contentLength = length
          break
        }
        case 'transfer-encoding':
          transferEncoding = true
          chunked = CHUNKED_LAST.test(value)
          break
        case 'connection':
          connection += `${value.toLowerCase()},`
          break
        case 'keep-alive': {
          const hint = keepAliveTimeoutSeconds(value)
          if (hint !== null) this.keepAliveHintMs = hint * 1000
          break
        }
      }
    }
    if (status >= 100 && status < 200 && status !== 101) {
      // An interim answer (100 Continue, 103 Early Hints): the real one follows on the same connection.
      this.interim += 1
      if (this.interim > MAX_INTERIM_ANSWERS) return 'HPE_INVALID_STATUS'
      this.keepAliveHintMs = null
      return null
    }
    if (transferEncoding && contentLength !== null) return 'HPE_INVALID_TRANSFER_ENCODING'
    this.status = status
    this.rawHeaders = rawHeaders
    const closes = CLOSE.test(connection)
    this.keepAlive = minor === '1' ? !closes : KEEP_ALIVE.test(connection) && !closes
    if (status === 101 || status === 204 || status === 304) this.mode = 'none'
    else if (chunked) this.mode = 'chunked'
    else if (transferEncoding || contentLength === null) this.mode = 'until-close'
    else this.mode = contentLength === 0 ? 'none' : 'length'
    // A 101 switched the connection to another protocol, which this client does not speak.
    if (this.mode === 'until-close' || status === 101) this.keepAlive = false
    this.remaining = contentLength ?? 0
    this.stage = this.mode === 'none' ? 'done' : this.mode === 'chunked' ? 'chunk-size' : 'body'
    return null
  }
}

/** How one plain exchange ended: an answer, a failure (Node's error code or ours), the caller's stop, or a stale socket. */
export type PlainOutcome =
  | { kind: 'answer'; answer: PlainAnswer; latencyMs: number }
  | { kind: 'failed'; timedOut: boolean; detail: string; latencyMs: number }
  | { kind: 'aborted'; reason: unknown; latencyMs: number }
  | { kind: 'stale-socket'; detail: string; latencyMs: number }

/** A socket of the pool: idle in its host's list, or carrying one request. */
interface Connection {
  socket: net.Socket
  origin: string
  /** Reads the answer to the request it carries (reset for each). */
  parser: PlainResponseParser
  current: InFlight | null
  /** While idle: when it is closed unless a request takes it first (`performance.now()` time). */
  idleUntil: number
}

/** A request in flight on its connection (whose parser reads the answer): its deadline and who hears the end. */
interface InFlight {
  connection: Connection
  reused: boolean
  started: number
  deadline: number
  timeoutMs: number
  settle: (outcome: PlainOutcome) => void
}

/** Idle sockets close after this long unless the server's Keep-Alive hint is shorter (Node's agent: the same). */
const IDLE_TIMEOUT_MS = 4_000
/** Closed this long before the server's announced keep-alive timeout, as Node's agent does. */
const KEEP_ALIVE_HINT_BUFFER_MS = 1_000
/** Rendered request heads kept per URL (a window's probes); past this, one is rendered per request. */
const MAX_RENDERED_REQUESTS = 1_000

/** Where every socket's reads land (read callbacks never overlap; see `openConnection`). */
const READ_BUFFER = Buffer.alloc(64 * 1024)
const idleByOrigin = new Map<string, Connection[]>()
const renderedRequests = new Map<string, Buffer>()
const inFlight = new Set<InFlight>()
/** One timer for every deadline in flight (a round's probes share theirs), armed at the earliest. */
let deadlineTimer: NodeJS.Timeout | null = null
let deadlineAt = Infinity

/** True when `target` can go this way: `http:`, no credentials in it (Node's client turns those into Basic auth). */
export function plainPathServes(target: URL): boolean {
  return target.protocol === 'http:' && target.username === '' && target.password === ''
}

/** True when an idle kept socket to `target`'s host waits in the pool: this process's path to that host is warm. */
export function keepsConnectionTo(target: URL): boolean {
  return (idleByOrigin.get(target.host) ?? []).some(kept => !kept.socket.destroyed && kept.socket.writable)
}

/**
 * One GET of `target` (see `plainPathServes`) on an idle kept socket of its host if there is one, else on a new one;
 * its latency and deadline count from when it is handed to the socket. Never throws.
 */
export function plainGet(
  target: URL,
  timeoutMs: number,
  maxBodyBytes: number,
  signal?: AbortSignal
): Promise<PlainOutcome> {
  return new Promise(resolve => {
    const origin = target.host
    const idle = idleByOrigin.get(origin)
    let kept = idle?.pop()
    // A socket whose close is still on its way is not taken.
    while (kept && (kept.socket.destroyed || !kept.socket.writable)) kept = idle?.pop()
    if (idle?.length === 0) idleByOrigin.delete(origin)
    const connection = kept ?? openConnection(target, origin)
    const abort = (): void => {
      if (connection.current !== request) return
      request.settle({ kind: 'aborted', reason: signal?.reason, latencyMs: since(request.started) })
      connection.socket.destroy()
    }
    connection.parser.reset(maxBodyBytes)
    const started = performance.now()
    const request: InFlight = {
      connection,
      reused: kept !== undefined,
      started,
      deadline: started + timeoutMs,
      timeoutMs,
      settle: outcome => {
        if (connection.current !== request) return
        connection.current = null
        inFlight.delete(request)
        if (inFlight.size === 0) disarmDeadline()
        signal?.removeEventListener('abort', abort)
        resolve(outcome)
      }
    }
    connection.current = request
    connection.socket.ref()
    inFlight.add(request)
    armDeadline(request.deadline)
    signal?.addEventListener('abort', abort, { once: true })
    queueWrite(request, requestBytes(target))
  })
}

/**
 * Requests started in one turn (a start group of a window's round) are written together once that turn ends, as
 * Node's client writes on its next tick: each start stays cheap, so the last of a group is not started late by the
 * sends of the ones before it. A request settled (aborted) before then is not sent.
 */
const queuedWrites: { request: InFlight; bytes: Buffer }[] = []
function queueWrite(request: InFlight, bytes: Buffer): void {
  if (queuedWrites.length === 0) process.nextTick(flushWrites)
  queuedWrites.push({ request, bytes })
}

function flushWrites(): void {
  for (const { request, bytes } of queuedWrites.splice(0))
    if (request.connection.current === request) request.connection.socket.write(bytes)
}

/** A new socket to the URL's host, with the handlers of every request it will carry (set once, not per request). */
function openConnection(target: URL, origin: string): Connection {
  // URL keeps an IPv6 literal in brackets; the socket wants it bare.
  const host = target.hostname.startsWith('[') ? target.hostname.slice(1, -1) : target.hostname
  const connection: Connection = {
    socket: null as unknown as net.Socket,
    origin,
    parser: new PlainResponseParser(0),
    current: null,
    idleUntil: Infinity
  }
  // Reads land in one buffer shared by every socket and are handed over at once, without a stream's buffering;
  // the parser copies what it keeps.
  const socket = net.connect({
    host,
    port: Number(target.port || 80),
    onread: { buffer: READ_BUFFER, callback: (bytes: number) => onBytes(bytes) }
  })
  connection.socket = socket
  socket.setNoDelay(true)
  /**
   * The first `bytes` of the read buffer arrived. Always true: keep reading (a socket with nothing asked of it is
   * closed on its first byte instead).
   */
  const onBytes = (bytes: number): boolean => {
    const request = connection.current
    // Bytes on an idle socket answer nothing we asked: the socket is not trusted again.
    if (!request) {
      drop(connection)
      return true
    }
    const outcome = connection.parser.feed(READ_BUFFER, bytes)
    if (outcome.kind === 'more') return true
    if (outcome.kind === 'error') {
      request.settle({
        kind: 'failed',
        timedOut: false,
        detail: outcome.code,
        latencyMs: since(request.started)
      })
      socket.destroy()
    } else {
      request.settle({ kind: 'answer', answer: outcome.answer, latencyMs: since(request.started) })
      if (outcome.answer.reusable) release(connection, outcome.answer.keepAliveHintMs)
      else socket.destroy()
    }
    return true
  }

  // The server closed its end: a body read until the close is complete; anything else was cut short.
  socket.on('end', () => {
    const request = connection.current
    if (request && !(request.reused && !connection.parser.started)) {
      const outcome = connection.parser.end()
      if (outcome.kind === 'answer')
        request.settle({ kind: 'answer', answer: outcome.answer, latencyMs: since(request.started) })
    }
    endConnection(connection, 'ECONNRESET')
  })
  socket.on('error', (error: NodeJS.ErrnoException) => endConnection(connection, error.code ?? error.message))
  socket.on('close', () => endConnection(connection, 'ECONNRESET'))
  return connection
}

/**
 * The connection is gone: out of the pool, and its request (if any) failed by `detail`, or, when a kept socket the
 * server had closed failed before any byte of an answer, marked stale (it says nothing about the target).
 */
function endConnection(connection: Connection, detail: string): void {
  forget(connection)
  connection.socket.destroy()
  const request = connection.current
  if (!request) return
  const latencyMs = since(request.started)
  if (request.reused && !connection.parser.started && (detail === 'ECONNRESET' || detail === 'EPIPE'))
    request.settle({ kind: 'stale-socket', detail, latencyMs })
  else request.settle({ kind: 'failed', timedOut: false, detail, latencyMs })
}

/** Back to its host's idle list, unreferenced (an idle socket never keeps the process alive), closing in time. */
function release(connection: Connection, keepAliveHintMs: number | null): void {
  let idleMs = IDLE_TIMEOUT_MS
  if (keepAliveHintMs !== null) {
    const hinted = keepAliveHintMs - KEEP_ALIVE_HINT_BUFFER_MS
    if (hinted <= 0) return void connection.socket.destroy()
    idleMs = Math.min(idleMs, hinted)
  }
  connection.socket.unref()
  connection.idleUntil = performance.now() + idleMs
  const idle = idleByOrigin.get(connection.origin)
  if (idle) idle.push(connection)
  else idleByOrigin.set(connection.origin, [connection])
  if (idleSweep === null) armIdleSweep(connection.idleUntil)
}

/**
 * One unreferenced timer closes idle sockets past their time (not a timer per socket, re-armed by every request): it
 * fires at the earliest `idleUntil` it knew of, closes what is due, and is armed again for the earliest left.
 */
let idleSweep: NodeJS.Timeout | null = null
function armIdleSweep(at: number): void {
  idleSweep = setTimeout(sweepIdle, Math.max(0, at - performance.now()))
  idleSweep.unref()
}

function sweepIdle(): void {
  idleSweep = null
  const now = performance.now()
  let next = Infinity
  for (const idle of [...idleByOrigin.values()])
    for (const connection of [...idle]) {
      if (connection.idleUntil <= now) drop(connection)
      else next = Math.min(next, connection.idleUntil)
    }
  if (next !== Infinity) armIdleSweep(next)
}

/** Out of the pool and closed. */
function drop(connection: Connection): void {
  forget(connection)
  connection.socket.destroy()
}

function forget(connection: Connection): void {
  const idle = idleByOrigin.get(connection.origin)
  const at = idle?.indexOf(connection) ?? -1
  if (!idle || at < 0) return
  idle.splice(at, 1)
  if (idle.length === 0) idleByOrigin.delete(connection.origin)
}

/** `GET <path> HTTP/1.1` with the headers Node's client sent for the same call, rendered once per URL. */
function requestBytes(target: URL): Buffer {
  const key = target.href
  let bytes = renderedRequests.get(key)
  if (!bytes) {
    bytes = Buffer.from(
      `GET ${target.pathname}${target.search} HTTP/1.1\r\nuser-agent: release-gate\r\naccept: */*\r\nHost: ${target.host}\r\nConnection: keep-alive\r\n\r\n`,
      'latin1'
    )
    if (renderedRequests.size < MAX_RENDERED_REQUESTS) renderedRequests.set(key, bytes)
  }
  return bytes
}

/** Arms the one deadline timer for `deadline` unless it is armed for an earlier one already. */
function armDeadline(deadline: number): void {
  if (deadlineTimer !== null && deadline >= deadlineAt) return
  disarmDeadline()
  deadlineAt = deadline
  deadlineTimer = setTimeout(onDeadline, Math.max(0, deadline - performance.now()))
}

function disarmDeadline(): void {
  if (deadlineTimer !== null) clearTimeout(deadlineTimer)
  deadlineTimer = null
  deadlineAt = Infinity
}

/**
 * Every request past its deadline fails as a timeout, one turn of the event loop late: an answer that arrived in time
 * while this process was busy (compiling, collecting garbage, starting other probes) sits in its socket and is read
 * first. The timer is then armed for the next deadline in flight.
 */
function onDeadline(): void {
  deadlineTimer = null
  deadlineAt = Infinity
  const now = performance.now()
  const due: InFlight[] = []
  let next = Infinity
  for (const request of inFlight) {
    if (request.deadline <= now) due.push(request)
    else next = Math.min(next, request.deadline)
  }
  if (next !== Infinity) armDeadline(next)
  if (due.length > 0) setImmediate(() => due.forEach(timeOut))
}

function timeOut(request: InFlight): void {
  if (request.connection.current !== request) return
  request.settle({
    kind: 'failed',
    timedOut: true,
    detail: `no answer within ${request.timeoutMs}ms`,
    latencyMs: since(request.started)
  })
  request.connection.socket.destroy()
}

function since(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10
}
