import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
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
  // Plain-HTTP GETs (probes, checks, queries) and requests with a body (webhooks) keep a socket each: the GETs on
  // release-gate's lean client, the rest on Node's.
  it('sends one probe round after another over one kept-alive socket, and webhook after webhook over another', async () => {
    const target = await startCountingServer()
    try {
      const client = new FetchHttpClient()
      for (let i = 0; i < 20; i += 1) {
        const response = await client.request(`${target.url}/healthz`, { method: 'GET', timeoutMs: 5_000 })
        expect(response).toMatchObject({ ok: true, status: 200 })
      }
      for (let i = 0; i < 3; i += 1) {
        const posted = await httpExchange(`${target.url}/hook`, {
          method: 'POST',
          timeoutMs: 5_000,
          body: '{"text":"released"}',
          headers: { 'content-type': 'application/json' },
          redirect: 'error'
        })
        expect(posted).toMatchObject({ status: 200, failure: null })
      }
      expect(target.connections()).toBe(2)
    } finally {
      await stopServer(target.server)
    }
  })

  it('warms a host before a window only when no kept connection to it is open (a check just used it)', async () => {
    const requests: string[] = []
    const servers = await Promise.all(
      ['checked', 'unchecked'].map(async name => {
        const server = createServer((request, response) => {
          requests.push(`${name} ${request.url}`)
          response.end('ok')
        })
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
        return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
      })
    )
    const [checked, unchecked] = servers as [(typeof servers)[0], (typeof servers)[0]]
    try {
      const client = new FetchHttpClient()
      await client.request(`${checked.url}/version`, { method: 'GET', timeoutMs: 5_000 })
      await client.warm([`${checked.url}/healthz`, `${unchecked.url}/healthz`])
      expect(requests).toEqual(['checked /version', 'unchecked /healthz'])
    } finally {
      await Promise.all(servers.map(s => stopServer(s.server)))
    }
  })
})

/**
 * A script run as its own Node process over release-gate's source (bundled here; `@src/` names `src/`): a release's
 * process is fresh, and only a fresh process shows start-up costs and what Node reads from its environment at start
 * (NODE_EXTRA_CA_CERTS).
 */
async function freshProcessScript(dir: string, contents: string): Promise<string> {
  const script = join(dir, 'script.mjs')
  await build({
    stdin: {
      contents: contents.replaceAll('@src/', `${resolve('src')}/`),
      resolveDir: process.cwd(),
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent'
  })
  return script
}

describe('timeouts measure the target', () => {
  // A fresh process, as a release runs: the window warms the HTTP path, and its first round must then not pay for
  // Node loading its HTTP stack, nor for the process being busy when the answers arrive.
  it('never times out in the first round of a window of 5 probes to a server answering in 50 ms (timeout 100 ms)', async () => {
    const target = await startCountingServer(50)
    const dir = await mkdtemp(join(tmpdir(), 'rg-http-'))
    try {
      const script = await freshProcessScript(
        dir,
        `import { FetchHttpClient } from '@src/adapters/http.ts'
import { systemClock } from '@src/adapters/local.ts'
import { measure } from '@src/phases/analysis/measure.ts'
import { realProbeSampler, warmProbeTargets } from '@src/phases/analysis/probes.ts'
const http = new FetchHttpClient()
const vars = { tag: 'v1.1.0', env: 'production', previous: 'v1.0.0', evidence: '', service: 'health' }
const limits = { failureLimit: 99, consecutiveErrorLimit: 99, inconclusiveLimit: 99 }
const probes = Array.from({ length: 5 }, (_, i) => ({
  id: 'p' + i, kind: 'http', url: process.argv[2] + '/probe/' + i, expectStatus: 200, expectJson: {}, timeoutMs: 100, ...limits
}))
await warmProbeTargets(http, probes, vars)
const sampler = realProbeSampler({ http, runner: null, now: () => new Date(), vars, selfArgv: [] })
const { samples } = await measure(probes, [0, 500], sampler, systemClock, () => {})
console.log(JSON.stringify(samples.filter(s => s.round === 1).map(s => s.status + ' ' + s.message)))`
      )
      const firstRounds: string[][] = []
      for (let i = 0; i < 3; i += 1) {
        const { stdout } = await run(process.execPath, [script, target.url])
        firstRounds.push(JSON.parse(stdout) as string[])
      }
      for (const firstRound of firstRounds) {
        expect(firstRound).toHaveLength(5)
        for (const sample of firstRound) expect(sample).toMatch(/^passed /)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
      await stopServer(target.server)
    }
  })
})

describe('TLS', () => {
  it('trusts a server whose certificate NODE_EXTRA_CA_CERTS names, and refuses it otherwise', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rg-tls-'))
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert
    ])
    const server = createHttpsServer(
      { key: await readFile(key), cert: await readFile(cert) },
      (_request, response) => response.end('{"ok":true}')
    )
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`
    try {
      const script = await freshProcessScript(
        dir,
        `import { FetchHttpClient } from '@src/adapters/http.ts'
const answer = await new FetchHttpClient().request(process.argv[2], { method: 'GET', timeoutMs: 5000 })
console.log(JSON.stringify({ status: answer.status, error: answer.error }))`
      )
      const withCa = await run(process.execPath, [script, url], {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: cert }
      })
      const withoutCaEnv = { ...process.env }
      delete withoutCaEnv.NODE_EXTRA_CA_CERTS
      const withoutCa = await run(process.execPath, [script, url], { env: withoutCaEnv })
      expect(JSON.parse(withCa.stdout)).toEqual({ status: 200, error: null })
      expect(JSON.parse(withoutCa.stdout)).toEqual({
        status: null,
        error: expect.stringMatching(
          /^GET https:\/\/127\.0\.0\.1:\d+\/healthz failed: \w*(SELF_SIGNED|CERT)\w*$/
        )
      })
    } finally {
      server.closeAllConnections()
      await new Promise(done => server.close(done))
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('what the one HTTP path keeps as before', () => {
  let server: Server
  let base: string
  beforeEach(async () => {
    server = createServer((request, response) => {
      if (request.url === '/moved') {
        response.writeHead(302, { location: 'http://elsewhere.invalid/' })
        response.end()
      }
      // '/silent' never answers.
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(async () => stopServer(server))

  it.each([
    {
      name: 'a probe sees a redirect as an answer',
      redirect: 'manual',
      expected: { status: 302, failure: null }
    },
    {
      name: 'a webhook refuses a redirect',
      redirect: 'error',
      expected: { status: null, failure: { kind: 'redirect', detail: 'unexpected redirect' } }
    }
  ] as const)('$name', async ({ redirect, expected }) => {
    expect(await httpExchange(`${base}/moved`, { method: 'GET', timeoutMs: 5_000, redirect })).toMatchObject(
      expected
    )
  })

  it('gives up at the timeout, saying so', async () => {
    const exchange = await httpExchange(`${base}/silent`, {
      method: 'GET',
      timeoutMs: 100,
      redirect: 'manual'
    })
    expect(exchange).toMatchObject({
      status: null,
      failure: { kind: 'timeout', detail: 'no answer within 100ms' }
    })
    expect(exchange.latencyMs).toBeGreaterThanOrEqual(100)
  })

  it.each([
    { name: 'an address that is not HTTP', url: 'ftp://x/', kind: 'invalid-url' },
    { name: 'a port nobody listens on', url: 'http://127.0.0.1:1/', kind: 'network' }
  ])('fails as data on $name', async ({ url, kind }) => {
    expect(await httpExchange(url, { method: 'GET', timeoutMs: 5_000, redirect: 'manual' })).toMatchObject({
      status: null,
      failure: { kind }
    })
  })
})
