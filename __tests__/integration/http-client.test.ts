import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { FetchHttpClient, httpExchange } from '../../src/adapters/http.js'

const BODY_CAP_BYTES = 256 * 1024
const run = promisify(execFile)

// Real HTTP over loopback: what the one HTTP path keeps of an answer, and how much of it it reads at all.

/** What an endless answer managed to send before its reader went away. */
interface StreamTally {
  bytesSent: number
  /** Set when the client closed the connection (it stopped reading). */
  closed: Promise<void>
}

/** Answers every request with 200 and a body that never ends, writing only as fast as the client reads. */
async function startEndlessServer(): Promise<{ server: Server; url: string; tally: StreamTally }> {
  let markClosed = (): void => undefined
  const tally: StreamTally = { bytesSent: 0, closed: new Promise(resolve => (markClosed = resolve)) }
  const chunk = Buffer.alloc(64 * 1024, 'x')
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' })
    let open = true
    response.on('close', () => {
      open = false
      markClosed()
    })
    const pump = (): void => {
      while (open) {
        tally.bytesSent += chunk.length
        if (!response.write(chunk)) {
          response.once('drain', pump)
          return
        }
      }
    }
    pump()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/stream`, tally }
}

let endless: Awaited<ReturnType<typeof startEndlessServer>>

beforeEach(async () => {
  endless = await startEndlessServer()
})

afterEach(async () => {
  endless.server.closeAllConnections()
  await new Promise(resolve => endless.server.close(resolve))
})

describe('the HTTP client under probes and checks', () => {
  it('keeps the first 256 KiB of an endless answer and stops reading there, closing the connection', async () => {
    const response = await new FetchHttpClient().request(endless.url, { method: 'GET', timeoutMs: 20_000 })
    expect(response).toMatchObject({ ok: true, status: 200, error: null })
    expect(response.body).toHaveLength(BODY_CAP_BYTES)
    await endless.tally.closed
    // What the server got out before the close is the cap plus what socket buffers held: megabytes, never gigabytes.
    expect(endless.tally.bytesSent).toBeLessThan(16 * 1024 * 1024)
  })
})

/** A server answering 200 after `delayMs`, counting the TCP connections it accepted. */
async function startCountingServer(
  delayMs = 0
): Promise<{ server: Server; url: string; connections: () => number }> {
  let connections = 0
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () =>
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end('{"ok":true}')
      }, delayMs)
    )
  })
  server.on('connection', () => (connections += 1))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { server, url, connections: () => connections }
}

async function stopServer(server: Server): Promise<void> {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
}

describe('connections', () => {
  it('sends one probe round after another, and a webhook, over one kept-alive socket', async () => {
    const target = await startCountingServer()
    try {
      const client = new FetchHttpClient()
      for (let i = 0; i < 20; i += 1) {
        const response = await client.request(`${target.url}/healthz`, { method: 'GET', timeoutMs: 5_000 })
        expect(response).toMatchObject({ ok: true, status: 200 })
      }
      const posted = await httpExchange(`${target.url}/hook`, {
        method: 'POST',
        timeoutMs: 5_000,
        body: '{"text":"released"}',
        headers: { 'content-type': 'application/json' },
        redirect: 'error'
      })
      expect(posted).toMatchObject({ status: 200, failure: null })
      expect(target.connections()).toBe(1)
    } finally {
      await stopServer(target.server)
    }
  })
})

describe('timeouts measure the target', () => {
  // A fresh process, as a release runs: after the warm-up, the first round must not pay for Node loading its HTTP stack
  // or for its own event loop being busy when the answers arrive.
  it('never times out on the first round of 5 probes in a fresh process to a server answering in 50 ms (timeout 100 ms)', async () => {
    const target = await startCountingServer(50)
    const dir = await mkdtemp(join(tmpdir(), 'rg-http-'))
    try {
      const script = join(dir, 'first-round.mjs')
      await build({
        stdin: {
          contents: `import { FetchHttpClient } from ${JSON.stringify(resolve('src/adapters/http.ts'))}
const client = new FetchHttpClient()
// The window's warm-up: one request to the host, not a sample.
await client.request(process.argv[2] + '/warm', { method: 'GET', timeoutMs: 5000 })
const round = await Promise.all(
  Array.from({ length: 5 }, (_, i) => client.request(process.argv[2] + '/probe/' + i, { method: 'GET', timeoutMs: 100 }))
)
console.log(JSON.stringify(round.map(r => r.error)))`,
          resolveDir: process.cwd(),
          loader: 'ts'
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: script,
        logLevel: 'silent'
      })
      const runs: string[][] = []
      for (let i = 0; i < 3; i += 1) {
        const { stdout } = await run(process.execPath, [script, target.url])
        runs.push(JSON.parse(stdout) as string[])
      }
      expect(runs).toEqual(Array.from({ length: 3 }, () => [null, null, null, null, null]))
    } finally {
      await rm(dir, { recursive: true, force: true })
      await stopServer(target.server)
    }
  })
})
