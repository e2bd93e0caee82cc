import type { ReleaseEvent, ReleaseEventDetail, ReleaseEventKind } from '../../core/events.js'

/** How each kind reads in a chat message. */
export const EVENT_PRESENTATION: Readonly<Record<ReleaseEventKind, { emoji: string; title: string }>> = {
  'phase-started': { emoji: '▶️', title: 'Phase started' },
  'approval-requested': { emoji: '✋', title: 'Approval requested' },
  'approval-decided': { emoji: '🗳️', title: 'Approval decided' },
  released: { emoji: '✅', title: 'Released' },
  halted: { emoji: '⛔', title: 'Halted' },
  alert: { emoji: '🚨', title: 'Alert' },
  'rollback-started': { emoji: '↩️', title: 'Rollback started' },
  'rollback-finished': { emoji: '↩️', title: 'Rollback finished' }
}

/** The generic webhook document (format `json`); `version` changes only when a field changes meaning or goes away. */
export interface GenericPayload {
  source: 'release-gate'
  version: 1
  event: ReleaseEventKind
  tag: string
  environment: string
  phase: string | null
  summary: string
  details: Record<string, ReleaseEventDetail>
  at: string
  runUrl: string | null
}

/** Builds the generic webhook document: every field always present (null when absent), details in key order. */
export function genericPayload(event: ReleaseEvent): GenericPayload {
  // Absent fields become null rather than missing, so receivers can rely on one shape.
  return {
    source: 'release-gate',
    version: 1,
    event: event.kind,
    tag: event.tag,
    environment: event.environment,
    phase: event.phase ?? null,
    summary: event.summary,
    details: sortedDetails(event.details),
    at: event.at,
    runUrl: event.runUrl ?? null
  }
}

/** A Slack Block Kit text object. */
export interface SlackText {
  type: 'plain_text' | 'mrkdwn'
  text: string
  emoji?: boolean
}

/** The Block Kit blocks this project sends. */
export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text: SlackText; fields?: SlackText[] }
  | { type: 'context'; elements: SlackText[] }

/** A Slack incoming-webhook message: `text` is the fallback shown in notifications and by old clients. */
export interface SlackPayload {
  text: string
  blocks: SlackBlock[]
}

// Slack rejects the whole message (HTTP 400 invalid_blocks) when a block exceeds its limits, so we cut instead.
const SLACK_HEADER_MAX = 150
const SLACK_SECTION_MAX = 3000
const SLACK_FIELD_MAX = 2000
const SLACK_FIELDS_MAX = 10
const SLACK_FALLBACK_MAX = 3000

/** Builds a Slack incoming-webhook message: header, summary with details as fields, and a context line. */
export function slackPayload(event: ReleaseEvent): SlackPayload {
  const { emoji, title } = EVENT_PRESENTATION[event.kind]
  const heading = `${emoji} ${title}: ${event.tag} → ${event.environment}`
  const detailEntries = Object.entries(sortedDetails(event.details))
  const shownDetails = detailEntries.slice(0, SLACK_FIELDS_MAX)
  const hiddenDetailCount = detailEntries.length - shownDetails.length

  const section: SlackBlock = {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(escapeMrkdwn(event.summary), SLACK_SECTION_MAX) }
  }
  if (shownDetails.length > 0) {
    section.fields = shownDetails.map(([name, value]) => ({
      type: 'mrkdwn',
      text: truncate(`*${escapeMrkdwn(name)}*\n${escapeMrkdwn(detailText(value))}`, SLACK_FIELD_MAX)
    }))
  }

  const contextParts = ['release-gate', escapeMrkdwn(event.environment)]
  if (event.phase) contextParts.push(`phase ${escapeMrkdwn(event.phase)}`)
  contextParts.push(escapeMrkdwn(event.at))
  if (hiddenDetailCount > 0) contextParts.push(`${hiddenDetailCount} more details in the run`)
  if (event.runUrl && isWebLink(event.runUrl)) contextParts.push(`<${escapeMrkdwn(event.runUrl)}|View run>`)

  return {
    text: truncate(escapeMrkdwn(`${heading} — ${event.summary}`), SLACK_FALLBACK_MAX),
    blocks: [
      {
        type: 'header',
        text: { type: 'plain_text', text: truncate(heading, SLACK_HEADER_MAX), emoji: true }
      },
      section,
      { type: 'context', elements: [{ type: 'mrkdwn', text: contextParts.join(' · ') }] }
    ]
  }
}

function sortedDetails(details: ReleaseEvent['details']): Record<string, ReleaseEventDetail> {
  const sorted: Record<string, ReleaseEventDetail> = {}
  for (const name of Object.keys(details ?? {}).sort()) sorted[name] = details?.[name] ?? null
  return sorted
}

function detailText(value: ReleaseEventDetail): string {
  return value === null ? '—' : String(value)
}

// Slack reads &, < and > as control characters (links, mentions); escaped, a summary cannot ping @channel.
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Only http(s) links: anything else in `<…|…>` could be a mention or a broken message.
function isWebLink(url: string): boolean {
  return /^https?:\/\/[^\s|<>]+$/.test(url)
}

function truncate(text: string, max: number): string {
  const characters = [...text]
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`
}
