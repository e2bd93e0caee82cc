import { describe, expect, it } from '@jest/globals'
import { genericPayload, slackPayload } from '../../src/adapters/webhooks/payloads.js'
import { RELEASE_EVENT_KINDS } from '../../src/core/events.js'
import type { SlackBlock } from '../../src/adapters/webhooks/payloads.js'
import type { ReleaseEvent, ReleaseEventKind } from '../../src/core/events.js'

const eventOf = (kind: ReleaseEventKind, over: Partial<ReleaseEvent> = {}): ReleaseEvent => ({
  kind,
  tag: 'v2.4.0',
  environment: 'production',
  phase: 'rollout',
  summary: 'Canary at 25% is healthy.',
  details: { weight: 25, errorRate: 0.002, approved: true, approver: null },
  at: '2026-11-24T10:00:00.000Z',
  runUrl: 'https://github.com/acme/shop/actions/runs/42',
  ...over
})

const emojiByKind: [ReleaseEventKind, string][] = [
  ['phase-started', '▶️'],
  ['approval-requested', '✋'],
  ['approval-decided', '🗳️'],
  ['released', '✅'],
  ['halted', '⛔'],
  ['alert', '🚨'],
  ['rollback-started', '↩️'],
  ['rollback-finished', '↩️']
]

function blockOfType<T extends SlackBlock['type']>(
  blocks: SlackBlock[],
  type: T
): Extract<SlackBlock, { type: T }> {
  const block = blocks.find(candidate => candidate.type === type)
  if (!block) throw new Error(`no ${type} block in ${JSON.stringify(blocks)}`)
  return block as Extract<SlackBlock, { type: T }>
}

describe('notification payloads', () => {
  it('covers every event kind in the emoji table', () => {
    expect(emojiByKind.map(([kind]) => kind)).toEqual([...RELEASE_EVENT_KINDS])
  })

  describe.each(emojiByKind)('%s events', (kind, emoji) => {
    const event = eventOf(kind)

    it('becomes a generic JSON document naming its source, version and kind', () => {
      expect(genericPayload(event)).toEqual({
        source: 'release-gate',
        version: 1,
        event: kind,
        tag: 'v2.4.0',
        environment: 'production',
        phase: 'rollout',
        summary: 'Canary at 25% is healthy.',
        details: { approved: true, approver: null, errorRate: 0.002, weight: 25 },
        at: '2026-11-24T10:00:00.000Z',
        runUrl: 'https://github.com/acme/shop/actions/runs/42'
      })
    })

    it(`becomes a Slack message led by ${emoji}`, () => {
      const message = slackPayload(event)
      expect(message.text.startsWith(`${emoji} `)).toBe(true)
      expect(message.text).toContain('Canary at 25% is healthy.')
      expect(message.blocks.map(block => block.type)).toEqual(['header', 'section', 'context'])
      const header = blockOfType(message.blocks, 'header')
      expect(header.text).toMatchObject({ type: 'plain_text', emoji: true })
      expect(header.text.text).toMatch(new RegExp(`^${emoji} .+: v2\\.4\\.0 → production$`, 'u'))
      expect(blockOfType(message.blocks, 'section').text).toEqual({
        type: 'mrkdwn',
        text: 'Canary at 25% is healthy.'
      })
    })

    it('survives a JSON round trip unchanged in both formats', () => {
      for (const payload of [genericPayload(event), slackPayload(event)]) {
        expect(JSON.parse(JSON.stringify(payload))).toEqual(payload)
      }
    })
  })

  it('keeps one shape when optional fields are absent: null, not missing', () => {
    const bare: ReleaseEvent = {
      kind: 'halted',
      tag: 'v2.4.0',
      environment: 'production',
      summary: 'Halted.',
      at: '2026-11-24T10:00:00.000Z'
    }
    expect(genericPayload(bare)).toMatchObject({ phase: null, details: {}, runUrl: null })
    expect(Object.keys(genericPayload(bare))).toEqual(Object.keys(genericPayload(eventOf('halted'))))
  })

  it('lists details in key order, whatever order they were given in', () => {
    const payload = genericPayload(eventOf('alert', { details: { zeta: 1, alpha: 2, mid: 3 } }))
    expect(Object.keys(payload.details)).toEqual(['alpha', 'mid', 'zeta'])
  })

  it('shows details as Slack fields and names the environment, phase, time and run in the context line', () => {
    const message = slackPayload(eventOf('alert'))
    expect(blockOfType(message.blocks, 'section').fields).toEqual([
      { type: 'mrkdwn', text: '*approved*\ntrue' },
      { type: 'mrkdwn', text: '*approver*\n—' },
      { type: 'mrkdwn', text: '*errorRate*\n0.002' },
      { type: 'mrkdwn', text: '*weight*\n25' }
    ])
    expect(blockOfType(message.blocks, 'context').elements).toEqual([
      {
        type: 'mrkdwn',
        text: 'release-gate · production · phase rollout · 2026-11-24T10:00:00.000Z · <https://github.com/acme/shop/actions/runs/42|View run>'
      }
    ])
  })

  it('escapes Slack control characters so a summary cannot mention @channel or forge a link', () => {
    const message = slackPayload(eventOf('alert', { summary: 'p99 > 2s & rising <!channel>' }))
    expect(blockOfType(message.blocks, 'section').text.text).toBe('p99 &gt; 2s &amp; rising &lt;!channel&gt;')
    expect(message.text).not.toContain('<!channel>')
  })

  it('leaves out a run link that is not http(s)', () => {
    const message = slackPayload(eventOf('alert', { runUrl: 'javascript:alert(1)' }))
    expect(JSON.stringify(message)).not.toContain('javascript:')
  })

  it('stays within Slack block limits for a very long summary and many details', () => {
    const details = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`metric${i}`, i]))
    const message = slackPayload(
      eventOf('halted', { summary: 'x'.repeat(5000), tag: 'v'.repeat(200), details })
    )
    const header = blockOfType(message.blocks, 'header')
    const section = blockOfType(message.blocks, 'section')
    expect([...header.text.text].length).toBeLessThanOrEqual(150)
    expect(section.text.text.length).toBeLessThanOrEqual(3000)
    expect(section.fields).toHaveLength(10)
    expect(blockOfType(message.blocks, 'context').elements[0]?.text).toContain('4 more details in the run')
  })
})
