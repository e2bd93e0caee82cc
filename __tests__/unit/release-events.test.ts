import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { webhookSink } from '../../src/adapters/webhooks/sink.js'
import { runRelease } from '../../src/engine/run.js'
import { approvedBy, FakeClock, fakeContext, FakeHttp, FixedApproval, MemoryLogger } from '../fakes.js'

const configText = `
version: 1
services:
  api:
    deploy: deploy.sh \${env} \${tag}
    rollback: rollback.sh \${env} \${previous}
health:
  window: 10s
  interval: 5s
  probes:
    - { id: api, http: { url: http://127.0.0.1:1/healthz } }
notify:
  - { name: team-slack, url-env: SLACK_WEBHOOK, format: slack }
  - { name: pager, url: 'http://127.0.0.1:9/hook', format: json, events: [alert, rollback-started] }
secrets: [API_TOKEN]
`

/** A release with webhooks whose POSTs are recorded; `down` makes the pager unreachable. */
function setup(options: { unhealthy?: boolean; down?: boolean } = {}) {
  const posts: { url: string; body: unknown }[] = []
  const config = parseConfig(configText, 'test.yml')
  const clock = new FakeClock()
  const logger = new MemoryLogger()
  const events = webhookSink(config, {
    env: { SLACK_WEBHOOK: 'http://127.0.0.1:9/slack-secret-path' },
    clock,
    redact: text => text.replaceAll('tok-planted-123', '***'),
    warn: line => logger.warn(line),
    post: async (url, body) => {
      posts.push({ url, body: JSON.parse(body) })
      return options.down && url.endsWith('/hook')
        ? { ok: false, status: null, error: 'connect ECONNREFUSED 127.0.0.1:9' }
        : { ok: true, status: 200, error: null }
    }
  })
  const ctx = fakeContext(config, {
    http: new FakeHttp(() => (options.unhealthy ? { status: 503 } : {})),
    clock,
    logger,
    ...(events ? { events } : {})
  })
  const kindsSentTo = (suffix: string): string[] =>
    posts
      .filter(p => p.url.endsWith(suffix))
      .map(p => (p.body as { event?: string; text?: string }).event ?? (p.body as { text: string }).text)
  return { ctx, posts, logger, kindsSentTo }
}

describe('release events', () => {
  it('tells the team about each phase, the approval and the release: one message per event', async () => {
    const { ctx, posts, kindsSentTo } = setup()
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    const slack = posts
      .filter(p => p.url.endsWith('/slack-secret-path'))
      .map(p => (p.body as { text: string }).text)
    expect(slack.map(text => text.replace(/^\S+ /, '').split(':')[0])).toEqual([
      'Phase started',
      'Phase started',
      'Phase started',
      'Approval requested',
      'Approval decided',
      'Phase started',
      'Released'
    ])
    expect(kindsSentTo('/hook')).toEqual([])
    const timeline = await ctx.store.readText('deployment-communications.md')
    expect(timeline).toContain('## Timeline')
    expect(timeline).toMatch(
      /\*\*released\*\* \(stabilize\): v1\.1\.0 released to production: the health window passed — team-slack: delivered/
    )
    expect(timeline).not.toContain('slack-secret-path')
  })

  it('pages on an alert and a rollback, and goes on when the pager is down, recording the failure', async () => {
    const { ctx, kindsSentTo, logger } = setup({ unhealthy: true, down: true })
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    // The alert goes out first; its retries go on alongside the rollback's, which never waits for them.
    const paged = kindsSentTo('/hook')
    expect(paged[0]).toBe('alert')
    expect([...paged].sort()).toEqual([
      'alert',
      'alert',
      'alert',
      'rollback-started',
      'rollback-started',
      'rollback-started'
    ])
    expect(logger.text()).toContain('[WARN] notification to pager failed after 3 tries')
    const timeline = await ctx.store.readText('deployment-communications.md')
    expect(timeline).toContain('pager: NOT delivered after 3 tries (connect ECONNREFUSED 127.0.0.1:9)')
    expect(timeline).toContain('**rollback-finished**')
  })

  it('reports a webhook whose URL variable is unset instead of failing', async () => {
    const { ctx } = setup()
    ctx.events = webhookSink(parseConfig(configText, 'test.yml'), {
      env: {},
      clock: new FakeClock(),
      redact: text => text,
      warn: () => undefined,
      post: async () => ({ ok: true, status: 200, error: null })
    })
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    expect(await ctx.store.readText('deployment-communications.md')).toContain(
      'team-slack: not sent (SLACK_WEBHOOK is not set)'
    )
  })

  it('never sends a secret value, even when one turns up in an event', async () => {
    const { ctx, posts } = setup()
    const approval = new FixedApproval({
      ...approvedBy('alice'),
      reason: 'approved; token tok-planted-123 pasted by mistake'
    })
    await runRelease({ ...ctx, approval })
    const approvalMessages = posts.filter(p => JSON.stringify(p.body).includes('pasted by mistake'))
    expect(approvalMessages.length).toBeGreaterThan(0)
    for (const post of posts) expect(JSON.stringify(post.body)).not.toContain('tok-planted-123')
  })
})
