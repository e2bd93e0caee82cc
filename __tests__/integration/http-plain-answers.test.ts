import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from '@jest/globals'
import { httpExchange, type HttpExchange } from '../../src/adapters/http.js'
import { PlainResponseParser, type ParseOutcome } from '../../src/adapters/http-plain.js'

// What the one HTTP client makes of an answer it cannot trust, byte by byte: a plain-HTTP GET (every probe, check and
// Prometheus query) is parsed by release-gate's own bounded reader, and each case here holds it to what Node's
// http client answered before (the same status, body, headers and failure text in the evidence).

const BODY_CAP_BYTES = 256 * 1024

/** One thing the scripted server does in its answer: send bytes, wait a moment, close its end, or reset. */
type Step = string | Buffer | { pauseMs: number } | { close: 'end' | 'reset' }

/** Per connection, the answers to its requests in order (a missing answer: the server says nothing). */
type Script = (connection: number, request: number) => Step[] | undefined

interface ScriptedServer {
  url: string
  connections: () => number
  requestHeads: string[]
  close: () => Promise<void>
}

/** A TCP server that reads request heads and answers each with scripted bytes, counting its connections. */
async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const sockets = new Set<Socket>()
  const requestHeads: string[] = []
  let connections = 0
  const server: Server = createServer(socket => {
    const connection = connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    let pending = ''
    let request = 0
    socket.on('data', chunk => {
      pending += chunk.toString('latin1')
      let end: number
      while ((end = pending.indexOf('\r\n\r\n')) >= 0) {
        requestHeads.push(pending.slice(0, end + 4))
        pending = pending.slice(end + 4)
        void play(socket, script(connection, request++) ?? [])
      }
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    requestHeads,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise(done => server.close(done))
    }
  }
}

const END: Step = { close: 'end' }
const RESET: Step = { close: 'reset' }

async function play(socket: Socket, steps: readonly Step[]): Promise<void> {
  for (const step of steps) {
    if (socket.destroyed) return
    if (typeof step === 'object' && 'close' in step) {
      if (step.close === 'end') socket.end()
      else socket.resetAndDestroy()
    } else if (typeof step === 'object' && 'pauseMs' in step)
      await new Promise(done => setTimeout(done, step.pauseMs))
    else socket.write(step)
  }
}

let server: ScriptedServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const get = (url: string, timeoutMs = 2_000): Promise<HttpExchange> =>
  httpExchange(url, { method: 'GET', timeoutMs, redirect: 'manual' })

const ok = (body: string, headers = ''): string =>
  `HTTP/1.1 200 OK\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`

/** Every byte sent on its own, a moment apart, so each arrives in its own read. */
const byteByByte = (text: string): Step[] => [...text].flatMap(ch => [ch, { pauseMs: 1 }])

interface AnswerCase {
  name: string
  answer: Step[]
  expected: Partial<HttpExchange>
}

describe('one answer, parsed', () => {
  it.each<AnswerCase>([
    {
      name: 'a body of Content-Length bytes',
      answer: [ok('{"status":"ok"}', 'content-type: application/json\r\n')],
      expected: { status: 200, body: '{"status":"ok"}', failure: null }
    },
    {
      name: 'a chunked body, with chunk extensions and a trailer',
      answer: [
        'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n',
        '5;name=value\r\nhello\r\n',
        '7\r\n, world\r\n0\r\nx-trailer: yes\r\n\r\n'
      ],
      expected: { status: 200, body: 'hello, world', failure: null }
    },
    {
      name: 'a head and a body split across packets, down to single bytes',
      answer: byteByByte(ok('split', 'x-split: across packets\r\n')),
      expected: {
        status: 200,
        body: 'split',
        headers: { 'content-length': '5', 'x-split': 'across packets' }
      }
    },
    {
      name: 'a chunked body split inside its size lines and its CRLFs',
      answer: byteByByte(
        'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n'
      ),
      expected: { status: 200, body: 'abc0123456789abcdef', failure: null }
    },
    {
      name: 'a body that runs until the server closes (no length, no chunks)',
      answer: ['HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n', 'until ', 'close', END],
      expected: { status: 200, body: 'until close', failure: null }
    },
    {
      name: 'a 204 with no body',
      answer: ['HTTP/1.1 204 No Content\r\n\r\n'],
      expected: { status: 204, body: '', failure: null }
    },
    {
      name: 'a 304 with a Content-Length and no body',
      answer: ['HTTP/1.1 304 Not Modified\r\ncontent-length: 10\r\n\r\n'],
      expected: { status: 304, body: '', failure: null }
    },
    {
      name: 'an interim 100 Continue before the answer',
      answer: ['HTTP/1.1 100 Continue\r\n\r\n', ok('after continue')],
      expected: { status: 200, body: 'after continue', failure: null }
    },
    {
      name: 'a redirect, which a probe sees as its answer',
      answer: ['HTTP/1.1 302 Found\r\nlocation: http://elsewhere.invalid/\r\ncontent-length: 0\r\n\r\n'],
      expected: { status: 302, headers: { location: 'http://elsewhere.invalid/', 'content-length': '0' } }
    },
    {
      name: 'repeated headers, joined as fetch joins them (Set-Cookie: the last)',
      answer: [ok('', 'X-Many: a\r\nx-many: b\r\nset-cookie: one=1\r\nSet-Cookie: two=2\r\n')],
      expected: {
        status: 200,
        headers: { 'content-length': '0', 'x-many': 'a, b', 'set-cookie': 'two=2' }
      }
    },
    {
      name: 'header values with spaces and tabs around them (cut) and inside them (kept)',
      answer: [ok('', 'x-padded: \t a b \t\r\nx-bare:v\r\n')],
      expected: { status: 200, headers: { 'content-length': '0', 'x-padded': 'a b', 'x-bare': 'v' } }
    },
    {
      name: 'a header value with no-break spaces around it, kept as sent (they are not white space in HTTP)',
      answer: [Buffer.from(ok('', 'x-nbsp: \xa0v\xa0\r\n'), 'latin1')],
      expected: { status: 200, headers: { 'content-length': '0', 'x-nbsp': '\xa0v\xa0' } }
    },
    {
      name: 'an HTTP/1.0 answer',
      answer: ['HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\nok', END],
      expected: { status: 200, body: 'ok', failure: null }
    },
    {
      name: 'a body of UTF-8 split inside a character',
      answer: [
        'HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\n',
        Buffer.from('€x').subarray(0, 2),
        { pauseMs: 5 },
        Buffer.from('€x').subarray(2)
      ],
      expected: { status: 200, body: '€x', failure: null }
    },
    {
      name: 'a Content-Length body beyond the cap: the first 256 KiB, then the connection closed',
      answer: [
        `HTTP/1.1 200 OK\r\ncontent-length: ${4 * BODY_CAP_BYTES}\r\n\r\n`,
        'x'.repeat(4 * BODY_CAP_BYTES)
      ],
      expected: { status: 200, body: 'x'.repeat(BODY_CAP_BYTES), failure: null }
    },
    {
      name: 'a chunked body beyond the cap: the first 256 KiB',
      answer: [
        'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n',
        ...Array.from({ length: 6 }, () => `10000\r\n${'y'.repeat(0x10000)}\r\n`)
      ],
      expected: { status: 200, body: 'y'.repeat(BODY_CAP_BYTES), failure: null }
    },
    {
      name: 'a status line that is not HTTP',
      answer: ['SSH-2.0-OpenSSH_9.6\r\n\r\n'],
      expected: { status: null, body: '', failure: { kind: 'network', detail: 'HPE_INVALID_CONSTANT' } }
    },
    {
      name: 'a first line that is not HTTP, refused on its first bytes (no waiting for the end of a head)',
      answer: ['GARBAGE'],
      expected: { status: null, body: '', failure: { kind: 'network', detail: 'HPE_INVALID_CONSTANT' } }
    },
    {
      name: 'a status code that is not three digits',
      answer: ['HTTP/1.1 2000 OK\r\ncontent-length: 0\r\n\r\n'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_INVALID_STATUS' } }
    },
    {
      name: 'headers over 16 KiB',
      answer: [`HTTP/1.1 200 OK\r\nx-big: ${'h'.repeat(17 * 1024)}\r\ncontent-length: 0\r\n\r\n`],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_HEADER_OVERFLOW' } }
    },
    {
      name: 'a header name with a space in it',
      answer: ['HTTP/1.1 200 OK\r\nbad name: x\r\ncontent-length: 0\r\n\r\n'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_INVALID_HEADER_TOKEN' } }
    },
    {
      name: 'a Content-Length that is not a number',
      answer: ['HTTP/1.1 200 OK\r\ncontent-length: ten\r\n\r\n'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_INVALID_CONTENT_LENGTH' } }
    },
    {
      name: 'two different Content-Lengths',
      answer: ['HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\nabc'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_UNEXPECTED_CONTENT_LENGTH' } }
    },
    {
      name: 'both a Content-Length and chunks',
      answer: ['HTTP/1.1 200 OK\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_INVALID_TRANSFER_ENCODING' } }
    },
    {
      name: 'a chunk size that is not hexadecimal',
      answer: ['HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_INVALID_CHUNK_SIZE' } }
    },
    {
      name: 'chunk data longer than its size says',
      answer: ['HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_STRICT' } }
    },
    {
      name: 'a header line without a colon',
      answer: ['HTTP/1.1 200 OK\r\nno-colon-here\r\ncontent-length: 0\r\n\r\n'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_INVALID_HEADER_TOKEN' } }
    },
    {
      name: 'a header value that starts with a control byte other than a tab',
      answer: ['HTTP/1.1 200 OK\r\nx-vt: \x0bv\r\ncontent-length: 0\r\n\r\n'],
      expected: { status: null, failure: { kind: 'network', detail: 'HPE_INVALID_HEADER_TOKEN' } }
    },
    {
      name: 'a connection closed in the middle of the body',
      answer: ['HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\npartial', { pauseMs: 5 }, END],
      expected: { status: null, failure: { kind: 'network', detail: 'ECONNRESET' } }
    },
    {
      name: 'a connection closed in the middle of the head',
      answer: ['HTTP/1.1 200 OK\r\ncontent-le', { pauseMs: 5 }, END],
      expected: { status: null, failure: { kind: 'network', detail: 'ECONNRESET' } }
    },
    {
      name: 'a connection closed before any answer',
      answer: [END],
      expected: { status: null, failure: { kind: 'network', detail: 'ECONNRESET' } }
    },
    {
      name: 'a connection reset before any answer',
      answer: [RESET],
      expected: { status: null, failure: { kind: 'network', detail: 'ECONNRESET' } }
    },
    {
      name: 'a head that never ends',
      answer: ['HTTP/1.1 200 OK\r\n', 'x-slow: 1\r\n'],
      expected: { status: null, failure: { kind: 'timeout', detail: 'no answer within 300ms' } }
    },
    {
      name: 'a body that trickles past the timeout',
      answer: [
        'HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n',
        ...Array.from({ length: 60 }, () => ['.', { pauseMs: 10 }]).flat()
      ],
      expected: { status: null, failure: { kind: 'timeout', detail: 'no answer within 300ms' } }
    }
  ])('$name', async ({ answer, expected }) => {
    server = await startScriptedServer(() => answer)
    const exchange = await get(`${server.url}/healthz`, 300)
    expect(exchange).toMatchObject(expected)
    if (expected.headers) expect(exchange.headers).toEqual(expected.headers)
  })
})

describe('reads that land in one buffer shared by every socket', () => {
  /** Feeds `answer` in reads of `size` bytes through one buffer whose bytes past each read are stale line ends. */
  const feedThroughSharedBuffer = (answer: string, size: number): ParseOutcome => {
    const shared = Buffer.alloc(64, '\r\n')
    const parser = new PlainResponseParser(BODY_CAP_BYTES)
    let outcome: ParseOutcome = { kind: 'more' }
    for (let at = 0; at < answer.length && outcome.kind === 'more'; at += size) {
      shared.fill('\r\n')
      const length = shared.write(answer.slice(at, at + size), 'latin1')
      outcome = parser.feed(shared, length)
    }
    return outcome
  }

  it('never reads past the buffer it is handed, whatever length a read claims', () => {
    const read = Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc', 'latin1')
    const parser = new PlainResponseParser(BODY_CAP_BYTES)
    // 7 bytes claimed beyond the buffer: taking them would complete the body with bytes nobody sent.
    expect(parser.feed(read, read.length + 7)).toEqual({ kind: 'more' })
    expect(parser.feed(Buffer.from('defghij'))).toMatchObject({
      kind: 'answer',
      answer: { status: 200, body: Buffer.from('abcdefghij') }
    })
  })

  it.each([
    ['a Content-Length body', ok('{"status":"ok"}')],
    ['a chunked body', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n']
  ])('%s reads only the bytes of each read, at any split', (_what, answer) => {
    const whole = feedThroughSharedBuffer(answer, answer.length)
    expect(whole).toMatchObject({ kind: 'answer', answer: { status: 200, reusable: true } })
    for (const size of [1, 2, 3, 7, 16]) expect(feedThroughSharedBuffer(answer, size)).toEqual(whole)
  })
})

describe('kept connections', () => {
  it('asks for the path and query of the URL on a kept-alive connection, naming the host', async () => {
    server = await startScriptedServer(() => [ok('ok')])
    await get(`${server.url}/healthz?probe=7#fragment`)
    const [head] = server.requestHeads
    expect(head?.split('\r\n')[0]).toBe('GET /healthz?probe=7 HTTP/1.1')
    expect(head?.toLowerCase()).toContain(`\r\nhost: ${new URL(server.url).host}\r\n`)
    expect(head?.toLowerCase()).toContain('\r\nconnection: keep-alive\r\n')
    expect(head?.toLowerCase()).toContain('\r\nuser-agent: release-gate\r\n')
  })

  it('reuses one connection round after round', async () => {
    server = await startScriptedServer(() => [ok('ok')])
    for (let round = 0; round < 5; round += 1)
      expect(await get(`${server.url}/healthz`)).toMatchObject({ status: 200 })
    expect(server.connections()).toBe(1)
  })

  it.each([
    { name: 'Connection: close', answer: ok('ok', 'connection: close\r\n') },
    {
      name: 'an HTTP/1.0 answer without keep-alive',
      answer: 'HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\nok'
    },
    { name: 'an answer read until the server closed', answer: 'HTTP/1.1 200 OK\r\n\r\nok' }
  ])('opens a new connection after $name', async ({ answer }) => {
    server = await startScriptedServer(() => [answer, END])
    expect(await get(`${server.url}/a`)).toMatchObject({ status: 200, body: 'ok' })
    expect(await get(`${server.url}/b`)).toMatchObject({ status: 200, body: 'ok' })
    expect(server.connections()).toBe(2)
  })

  it('opens a new connection when the server closed the kept one between rounds', async () => {
    server = await startScriptedServer(() => [ok('ok'), { pauseMs: 5 }, END])
    expect(await get(`${server.url}/a`)).toMatchObject({ status: 200 })
    await new Promise(done => setTimeout(done, 50))
    expect(await get(`${server.url}/b`)).toMatchObject({ status: 200, failure: null })
    expect(server.connections()).toBe(2)
  })

  it('asks once more on a fresh connection when a kept one closes with no answer, and only once', async () => {
    // The first connection answers once, then closes on the next request; every later connection does the same.
    server = await startScriptedServer((_connection, request) => (request === 0 ? [ok('ok')] : [END]))
    expect(await get(`${server.url}/a`)).toMatchObject({ status: 200 })
    expect(await get(`${server.url}/b`)).toMatchObject({ status: 200, failure: null })
    expect(server.connections()).toBe(2)
  })

  it('does not ask again when a fresh connection closes with no answer', async () => {
    server = await startScriptedServer(() => [END])
    expect(await get(`${server.url}/a`)).toMatchObject({ status: null, failure: { kind: 'network' } })
    expect(server.connections()).toBe(1)
  })

  it('does not reuse a connection whose answer came with bytes after its end', async () => {
    server = await startScriptedServer(() => [ok('ok') + 'HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nextra'])
    expect(await get(`${server.url}/a`)).toMatchObject({ status: 200, body: 'ok' })
    await new Promise(done => setTimeout(done, 20))
    expect(await get(`${server.url}/b`)).toMatchObject({ status: 200, body: 'ok' })
    expect(server.connections()).toBe(2)
  })

  it('closes a connection that timed out and answers the next request on a new one', async () => {
    server = await startScriptedServer(connection => (connection === 0 ? [] : [ok('late')]))
    expect(await get(`${server.url}/a`, 100)).toMatchObject({ failure: { kind: 'timeout' } })
    expect(await get(`${server.url}/b`)).toMatchObject({ status: 200, body: 'late' })
    expect(server.connections()).toBe(2)
  })

  it("answers an aborted request with the caller's reason and drops its connection", async () => {
    server = await startScriptedServer(connection => (connection === 0 ? [] : [ok('ok')]))
    const controller = new AbortController()
    const pending = httpExchange(`${server.url}/a`, {
      method: 'GET',
      timeoutMs: 5_000,
      redirect: 'manual',
      signal: controller.signal
    })
    setTimeout(() => controller.abort(new Error('the step timed out')), 20)
    expect(await pending).toMatchObject({
      status: null,
      failure: { kind: 'network', detail: 'the step timed out' }
    })
    expect(await get(`${server.url}/b`)).toMatchObject({ status: 200 })
    expect(server.connections()).toBe(2)
  })
})
