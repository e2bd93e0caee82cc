import { oneLine } from '../../core/one-line.js'
import type { ValidateFunction } from 'ajv'
import type { Prerequisite } from '../../core/config.js'
import { formatDuration } from '../../core/duration.js'
import type { FileFacts } from '../../core/ports.js'
import type { PrerequisiteResult } from '../../core/records/index.js'
import { jsonPointer } from '../../core/json-pointer.js'

// A clock skew allowance: a timestamp slightly ahead of our clock is the producer's clock, not a forgery.
const FUTURE_TOLERANCE_MS = 5 * 60_000

/** Judges one upstream artifact: present, a file, parseable, schema-valid, not from the future, younger than max-age. */
export function evaluatePrerequisite(
  spec: Prerequisite,
  facts: FileFacts,
  now: Date,
  schema?: ValidateFunction,
  tag?: string
): PrerequisiteResult {
  const base = {
    id: spec.id,
    path: spec.path,
    maxAgeMs: spec.maxAgeMs,
    ageMs: null,
    timestamp: null,
    timestampSource: null
  }
  const fail = (
    status: PrerequisiteResult['status'],
    message: string,
    extra: Partial<PrerequisiteResult> = {}
  ): PrerequisiteResult => ({
    ...base,
    ...extra,
    status,
    passed: false,
    message
  })
  if (!facts.exists) return fail('missing', `${spec.path} does not exist`)
  if (facts.outsideWorkspace !== undefined)
    return fail(
      'outside-workspace',
      `${spec.path} leads to ${facts.outsideWorkspace}, outside the workspace: evidence must be a file inside it (a symbolic link must not lead out)`
    )
  if (!facts.isFile || facts.text === null) return fail('not-a-file', `${spec.path} is not a regular file`)

  let parsed: unknown
  const needsJson = schema !== undefined || spec.timestampField !== undefined || spec.path.endsWith('.json')
  if (needsJson) {
    try {
      parsed = JSON.parse(facts.text)
    } catch (error) {
      return fail('unparseable', `${spec.path} is not valid JSON: ${oneLine((error as Error).message)}`)
    }
  }
  if (schema && !schema(parsed)) {
    const first = schema.errors?.[0]
    return fail(
      'schema-invalid',
      `${spec.path} does not match its schema: ${first ? `${first.instancePath || '/'} ${first.message}` : 'invalid'}`
    )
  }

  let timestamp: Date | null = facts.modifiedAt
  let source: 'mtime' | 'field' = 'mtime'
  if (spec.timestampField) {
    const value = jsonPointer(parsed, spec.timestampField)
    const time = typeof value === 'string' ? new Date(value) : null
    if (!time || Number.isNaN(time.getTime())) {
      return fail(
        'unparseable',
        `${spec.path} has no ISO-8601 time at ${spec.timestampField} (found ${JSON.stringify(value) ?? 'nothing'})`
      )
    }
    timestamp = time
    source = 'field'
  }
  if (!timestamp) return fail('missing', `${spec.path} has no modification time`)
  const ageMs = now.getTime() - timestamp.getTime()
  const dated = { ageMs, timestamp: timestamp.toISOString(), timestampSource: source }
  if (ageMs < -FUTURE_TOLERANCE_MS) {
    return fail(
      'future-timestamp',
      `${spec.path} is dated ${timestamp.toISOString()}, in the future (${source === 'field' ? spec.timestampField : 'file time'})`,
      dated
    )
  }
  if (ageMs > spec.maxAgeMs) {
    return fail(
      'stale',
      `${spec.path} is ${formatDuration(ageMs)} old, older than max-age ${formatDuration(spec.maxAgeMs)}`,
      dated
    )
  }
  const rehearsalProblem = tag === undefined ? null : rehearsalVerdict(parsed, tag)
  if (rehearsalProblem)
    return fail(rehearsalProblem.status, `${spec.path}: ${rehearsalProblem.message}`, dated)
  return {
    ...base,
    ...dated,
    status: 'ok',
    passed: true,
    message: `${formatDuration(Math.max(0, ageMs))} old (max ${formatDuration(spec.maxAgeMs)})`
  }
}

/**
 * A release-gate rollback rehearsal (artifact rollback-rehearsal.json) only counts when it passed and rehearsed this
 * very release: a failed rehearsal, or one of another release, is no proof the rollback works now. Pure.
 */
export function rehearsalVerdict(
  parsed: unknown,
  tag: string
): { status: 'rehearsal-failed' | 'rehearsal-of-another-release'; message: string } | null {
  if (typeof parsed !== 'object' || parsed === null) return null
  const record = parsed as { artifact?: unknown; passed?: unknown; tag?: unknown; steps?: unknown }
  if (record.artifact !== 'rollback-rehearsal.json') return null
  if (record.passed !== true) {
    const steps = Array.isArray(record.steps)
      ? (record.steps as { name?: string; passed?: boolean; message?: string }[])
      : []
    const failed = steps.find(s => s.passed === false)
    return {
      status: 'rehearsal-failed',
      message: `the rollback rehearsal of ${String(record.tag)} failed${failed ? ` at ${failed.name}: ${failed.message}` : ''}. Fix the rollback, then run release-gate rehearse --tag ${tag}`
    }
  }
  if (record.tag !== tag) {
    return {
      status: 'rehearsal-of-another-release',
      message: `it rehearsed ${String(record.tag)}, not ${tag}. Run release-gate rehearse --tag ${tag}`
    }
  }
  return null
}

/** What each failed prerequisite status is, as the headline printed above the spec's `[ERROR] Required ... missing.` */
const PROBLEM_HEADLINE: Record<Exclude<PrerequisiteResult['status'], 'ok'>, string> = {
  missing: 'Prerequisite evidence does not exist',
  stale: 'Prerequisite evidence is older than its max-age',
  unparseable: 'Prerequisite evidence cannot be read (not JSON, or no time in it)',
  'schema-invalid': 'Prerequisite evidence does not match its schema',
  'future-timestamp': 'Prerequisite evidence is dated in the future',
  'rehearsal-failed': 'The rollback rehearsal failed',
  'rehearsal-of-another-release': 'The rollback rehearsal is of another release',
  'not-a-file': 'Prerequisite evidence is not a regular file',
  'outside-workspace': 'Prerequisite evidence leads out of the workspace (a symbolic link)'
}

/**
 * `[ERROR] {case}: {ids}.`, one line per kind of problem among `results`, in the order first seen: the spec's line
 * says "missing" whatever the case, so these say which it is. Pure.
 */
export function prerequisiteHeadlines(results: readonly PrerequisiteResult[]): string[] {
  const byStatus = new Map<Exclude<PrerequisiteResult['status'], 'ok'>, string[]>()
  for (const result of results) {
    if (result.passed || result.status === 'ok') continue
    byStatus.set(result.status, [...(byStatus.get(result.status) ?? []), result.id])
  }
  return [...byStatus].map(([status, ids]) => `[ERROR] ${PROBLEM_HEADLINE[status]}: ${ids.join(', ')}.`)
}
