import { createServer } from 'node:http'
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { redactorFor } from '../../src/core/redact.js'
import type { ReleaseEvent, ReleaseEventKind } from '../../src/core/events.js'
import { fetchPost, WebhookNotifier } from '../../src/adapters/webhooks/notifier.js'
import type { NotifyTarget } from '../../src/adapters/webhooks/notifier.js'
import { WEBHOOK_RETRY } from '../../src/adapters/retry.js'
import { FakeClock } from '../fakes.js'

// Real HTTP over loopback through the real `fetchPost`; only time is fake, so retries never wait.

/** How the receiver answers one request; `hang` never answers. */
type ScriptedAnswer = { status: number; headers?: Record<string, string>; body?: string } | 'hang'

/** One request as the receiver saw it. */
interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

/** A webhook receiver on a free loopback port: records every request and answers from a script, then 200 `ok`. */
class LoopbackReceiver {
  readonly requests: ReceivedRequest[] = []
  private readonly script: ScriptedAnswer[] = []

  private constructor(private readonly server: Server) {}

  static async start(): Promise<LoopbackReceiver> {
    const server = createServer()
    const receiver = new LoopbackReceiver(server)
    server.on('request', (request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        receiver.requests.push({
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8')
        })
        const answer = receiver.script.shift() ?? { status: 200, body: 'ok' }
        if (answer === 'hang') return
        response.writeHead(answer.status, answer.headers).end(answer.body ?? '')
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return receiver
  }

  /** Queues answers for the next requests, in order. */
  answerNext(...answers: ScriptedAnswer[]): void {
    this.script.push(...answers)
  }

  /** Drops the answers not given yet: the next requests get 200 `ok`. */
  answerOkFromNow(): void {
    this.script.length = 0
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`
  }

  /** Bodies received, parsed. */
  bodies(): unknown[] {
    return this.requests.map(request => JSON.parse(request.body) as unknown)
  }

  close(): Promise<void> {
    // Hanging requests keep their sockets open; without this, close() would wait for them.
    this.server.closeAllConnections()
    return new Promise(resolve => this.server.close(() => resolve()))
  }
}

/** A loopback URL where nothing listens: connection refused. */
async function refusingUrl(): Promise<string> {
  const receiver = await LoopbackReceiver.start()
  const url = receiver.url('/hook')
  await receiver.close()
  return url
}

/** A fake clock that remembers how long each retry would have waited. */
class RecordingClock extends FakeClock {
  readonly sleeps: number[] = []
  override async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    await super.sleep(ms)
  }
}

const PLANTED_TOKEN = 'ghp_plantedSecretValue1234'

const eventOf = (kind: ReleaseEventKind, over: Partial<ReleaseEvent> = {}): ReleaseEvent => ({
  kind,
  tag: 'v2.4.0',
  environment: 'production',
  phase: 'rollout',
  summary: `${kind} for v2.4.0 in production.`,
  details: { weight: 25 },
  at: '2026-11-24T10:00:00.000Z',
  runUrl: 'https://github.com/acme/shop/actions/runs/42',
  ...over
})

const targetOf = (name: string, url: string, over: Partial<NotifyTarget> = {}): NotifyTarget => ({
  name,
  url,
  format: 'json',
  events: [],
  timeoutMs: 2000,
  ...over
})

/** A notifier over the real fetch, a recording clock, the project's redactor and a log kept in memory. */
function notifierFor(
  targets: NotifyTarget[],
  deadlineMs?: number
): {
  notifier: WebhookNotifier
  clock: RecordingClock
  logLines: string[]
} {
  const clock = new RecordingClock()
  const logLines: string[] = []
  const redact = redactorFor({ DEPLOY_TOKEN: PLANTED_TOKEN }, [])
  const notifier = new WebhookNotifier(
    targets,
    {
      post: fetchPost,
      clock,
      redact,
      log: line => logLines.push(line)
    },
    WEBHOOK_RETRY,
    deadlineMs
  )
  return { notifier, clock, logLines }
}

let receiver: LoopbackReceiver

beforeEach(async () => {
  receiver = await LoopbackReceiver.start()
})

afterEach(async () => {
  await receiver.close()
})

describe('webhook notifications', () => {
  it('posts one JSON message per event to a target subscribed to everything', async () => {
    const { notifier } = notifierFor([targetOf('ops-hook', receiver.url())])

    await notifier.notify(eventOf('phase-started'))
    await notifier.notify(eventOf('released'))

    expect(receiver.requests).toHaveLength(2)
    for (const request of receiver.requests) {
      expect(request).toMatchObject({ method: 'POST', path: '/hook' })
      expect(request.headers['content-type']).toBe('application/json')
    }
    expect(notifier.deliveries()).toEqual([
      {
        target: 'ops-hook',
        event: 'phase-started',
        at: '2026-11-24T10:00:00.000Z',
        attempts: 1,
        delivered: true,
        status: 200,
        error: null
      },
      {
        target: 'ops-hook',
        event: 'released',
        at: '2026-11-24T10:00:00.000Z',
        attempts: 1,
        delivered: true,
        status: 200,
        error: null
      }
    ])
  })

  it('sends the generic document to a json target', async () => {
    const { notifier } = notifierFor([targetOf('ops-hook', receiver.url())])

    await notifier.notify(eventOf('halted', { summary: 'Error rate 4% over the 1% limit; halted.' }))

    expect(receiver.bodies()).toEqual([
      {
        source: 'release-gate',
        version: 1,
        event: 'halted',
        tag: 'v2.4.0',
        environment: 'production',
        phase: 'rollout',
        summary: 'Error rate 4% over the 1% limit; halted.',
        details: { weight: 25 },
        at: '2026-11-24T10:00:00.000Z',
        runUrl: 'https://github.com/acme/shop/actions/runs/42'
      }
    ])
  })

  it('sends a Slack message with fallback text and blocks to a slack target', async () => {
    const { notifier } = notifierFor([targetOf('team-slack', receiver.url(), { format: 'slack' })])

    await notifier.notify(eventOf('released', { summary: 'v2.4.0 serves all production traffic.' }))

    const [message] = receiver.bodies() as { text: string; blocks: { type: string }[] }[]
    expect(message?.text).toBe('✅ Released: v2.4.0 → production — v2.4.0 serves all production traffic.')
    expect(message?.blocks.map(block => block.type)).toEqual(['header', 'section', 'context'])
  })

  it('sends a target subscribed only to alerts nothing but alerts', async () => {
    const alertsReceiver = await LoopbackReceiver.start()
    try {
      const { notifier } = notifierFor([
        targetOf('everything', receiver.url()),
        targetOf('pager', alertsReceiver.url(), { events: ['alert'] })
      ])

      for (const kind of ['phase-started', 'alert', 'released'] as const) await notifier.notify(eventOf(kind))

      expect(receiver.requests).toHaveLength(3)
      expect(alertsReceiver.bodies()).toEqual([expect.objectContaining({ event: 'alert' })])
      expect(notifier.deliveries().filter(record => record.target === 'pager')).toHaveLength(1)
    } finally {
      await alertsReceiver.close()
    }
  })

  it('gives up on a receiver that is down after 3 attempts, without throwing, with one warning', async () => {
    const { notifier, clock, logLines } = notifierFor([targetOf('ops-hook', await refusingUrl())])

    const records = await notifier.notify(eventOf('released'))

    expect(records).toEqual([
      {
        target: 'ops-hook',
        event: 'released',
        at: '2026-11-24T10:00:00.000Z',
        attempts: 3,
        delivered: false,
        status: null,
        error: 'ECONNREFUSED'
      }
    ])
    expect(logLines).toEqual(['[WARN] notification to ops-hook failed after 3 tries: ECONNREFUSED'])
    expect(clock.sleeps).toEqual([1000, 2000])
  })

  it('delivers on the second attempt after a 500', async () => {
    receiver.answerNext({ status: 500, body: 'upstream busy' })
    const { notifier, clock, logLines } = notifierFor([targetOf('ops-hook', receiver.url())])

    const [record] = await notifier.notify(eventOf('alert'))

    expect(record).toMatchObject({ delivered: true, attempts: 2, status: 200, error: null })
    expect(receiver.requests).toHaveLength(2)
    expect(receiver.requests[1]?.body).toBe(receiver.requests[0]?.body)
    expect(clock.sleeps).toEqual([1000])
    expect(logLines).toEqual([])
  })

  it('waits as long as a 429 retry-after asks before trying again', async () => {
    receiver.answerNext({ status: 429, headers: { 'retry-after': '7' } })
    const { notifier, clock } = notifierFor([targetOf('ops-hook', receiver.url())])

    const [record] = await notifier.notify(eventOf('alert'))

    expect(record).toMatchObject({ delivered: true, attempts: 2 })
    expect(clock.sleeps).toEqual([7000])
  })

  it('caps a retry-after that would stall the release at 30 seconds', async () => {
    receiver.answerNext({ status: 503, headers: { 'retry-after': '3600' } })
    const { notifier, clock } = notifierFor([targetOf('ops-hook', receiver.url())])

    await notifier.notify(eventOf('alert'))

    expect(clock.sleeps).toEqual([30_000])
  })

  it('abandons an attempt that gets no answer within the target timeout, then tries again', async () => {
    receiver.answerNext('hang')
    const { notifier } = notifierFor([targetOf('ops-hook', receiver.url(), { timeoutMs: 300 })])

    const [record] = await notifier.notify(eventOf('alert'))

    expect(record).toMatchObject({ delivered: true, attempts: 2 })
    expect(receiver.requests).toHaveLength(2)
  })

  it('drops a notification still without an outcome at its deadline, with one warning', async () => {
    receiver.answerNext('hang', 'hang', 'hang')
    const { notifier, logLines } = notifierFor(
      [targetOf('pager', receiver.url(), { timeoutMs: 60_000 })],
      300
    )

    const [record] = await notifier.notify(eventOf('alert'))

    expect(record).toMatchObject({
      delivered: false,
      attempts: 1,
      status: null,
      error: 'no outcome within 300ms; dropped'
    })
    expect(logLines).toEqual([
      '[WARN] notification to pager failed after 1 try: no outcome within 300ms; dropped'
    ])
  }, 10_000)

  it('gives a target that answered no try of one event a single try within its timeout for each later event', async () => {
    receiver.answerNext(...Array.from({ length: 10 }, () => 'hang' as const))
    const { notifier } = notifierFor([targetOf('pager', receiver.url(), { timeoutMs: 100 })], 250)

    const [first] = await notifier.notify(eventOf('alert'))
    const before = receiver.requests.length
    const [second] = await notifier.notify(eventOf('rollback-started'))
    expect(receiver.requests.length - before).toBe(1)
    receiver.answerOkFromNow()
    const [third] = await notifier.notify(eventOf('rollback-finished'))
    const [fourth] = await notifier.notify(eventOf('released'))

    expect(first).toMatchObject({ delivered: false, error: 'no outcome within 250ms; dropped' })
    expect(second).toMatchObject({ delivered: false, attempts: 1 })
    // Once it answers again, it gets the whole policy back.
    expect(third).toMatchObject({ delivered: true, attempts: 1 })
    expect(fourth).toMatchObject({ delivered: true })
  }, 10_000)

  it('does not retry a 4xx rejection, which would only be rejected again', async () => {
    receiver.answerNext({ status: 400, body: 'invalid_payload' })
    const { notifier, clock, logLines } = notifierFor([targetOf('team-slack', receiver.url())])

    const [record] = await notifier.notify(eventOf('alert'))

    expect(record).toMatchObject({
      delivered: false,
      attempts: 1,
      status: 400,
      error: 'HTTP 400'
    })
    expect(clock.sleeps).toEqual([])
    expect(logLines).toEqual(['[WARN] notification to team-slack failed after 1 try: HTTP 400'])
  })

  it('does not follow a redirect to another host', async () => {
    const elsewhere = await LoopbackReceiver.start()
    try {
      receiver.answerNext({ status: 302, headers: { location: elsewhere.url('/stolen') } })
      const { notifier } = notifierFor([targetOf('ops-hook', receiver.url())])

      const [record] = await notifier.notify(eventOf('alert'))

      expect(record).toMatchObject({ delivered: false, attempts: 1, status: null })
      expect(record?.error).toContain('redirect')
      expect(elsewhere.requests).toEqual([])
    } finally {
      await elsewhere.close()
    }
  })

  it.each(['json', 'slack'] as const)(
    'never sends a secret planted in the event (%s format)',
    async format => {
      const { notifier } = notifierFor([targetOf('ops-hook', receiver.url(), { format })])

      await notifier.notify(
        eventOf('alert', {
          summary: `Deploy failed: curl -H "Authorization: token ${PLANTED_TOKEN}" returned 401 & more`,
          details: { command: `deploy --token=${PLANTED_TOKEN}`, [PLANTED_TOKEN]: true }
        })
      )

      expect(receiver.requests).toHaveLength(1)
      expect(receiver.requests[0]?.body).not.toContain(PLANTED_TOKEN)
      expect(receiver.requests[0]?.body).toContain('***')
    }
  )

  it('never names the webhook URL, which holds its credential, in the log or the records', async () => {
    const secretPath = '/services/T000/B000/XXXXwebhookSecret'
    const url = (await refusingUrl()).replace('/hook', secretPath)
    const { notifier, logLines } = notifierFor([targetOf('team-slack', url, { format: 'slack' })])

    await notifier.notify(eventOf('halted'))

    expect(logLines).toHaveLength(1)
    expect(JSON.stringify([logLines, notifier.deliveries()])).not.toContain('XXXXwebhookSecret')
  })

  it('never quotes the answer of a failing webhook, which may echo the secret URL path', async () => {
    const secretPath = '/services/T000/B000/XXXXwebhookSecret'
    receiver.answerNext({ status: 404, body: `<h1>Not Found</h1><p>No hook at ${secretPath}</p>` })
    const { notifier, logLines } = notifierFor([targetOf('team-slack', receiver.url(secretPath))])

    const [record] = await notifier.notify(eventOf('alert'))

    expect(record).toMatchObject({ delivered: false, status: 404, error: 'HTTP 404' })
    expect(logLines).toEqual(['[WARN] notification to team-slack failed after 1 try: HTTP 404'])
    expect(JSON.stringify([logLines, notifier.deliveries()])).not.toContain('XXXXwebhookSecret')
  })

  it('records a webhook URL that is not http(s) as undeliverable without trying again', async () => {
    const { notifier, logLines } = notifierFor([targetOf('ops-hook', 'ftp://127.0.0.1/hook')])

    const [record] = await notifier.notify(eventOf('alert'))

    expect(record).toMatchObject({ delivered: false, attempts: 1 })
    expect(logLines).toEqual([
      '[WARN] notification to ops-hook failed after 1 try: invalid webhook URL (expected http:// or https://)'
    ])
  })
})
