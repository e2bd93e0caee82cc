import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { FetchHttpClient } from '../../src/adapters/http.js'

const BODY_CAP_BYTES = 256 * 1024

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
