import { describe, expect, it } from '@jest/globals'
import { compileUserSchema } from '../../src/adapters/evidence/schemas.js'
import { evaluatePrerequisite } from '../../src/phases/readiness/prerequisites.js'
import type { FileFacts } from '../../src/core/ports.js'

const now = new Date('2026-11-24T12:00:00Z')
const hoursAgo = (h: number): Date => new Date(now.getTime() - h * 3_600_000)
const file = (text: string, modifiedAt = hoursAgo(1)): FileFacts => ({
  exists: true,
  isFile: true,
  modifiedAt,
  text
})
const spec = { id: 'rehearsal', path: 'rehearsal.json', maxAgeMs: 72 * 3_600_000 }

describe('prerequisite evidence', () => {
  it.each([
    ['passes a fresh, parseable artifact', spec, file('{"ok":true}'), 'ok'],
    [
      'halts when the artifact is missing',
      spec,
      { exists: false, isFile: false, modifiedAt: null, text: null },
      'missing'
    ],
    [
      'halts when the path is a directory',
      spec,
      { exists: true, isFile: false, modifiedAt: now, text: null },
      'not-a-file'
    ],
    ['halts when the rollback rehearsal is older than max-age', spec, file('{}', hoursAgo(73)), 'stale'],
    ['halts on truncated JSON', spec, file('{"ok": tr'), 'unparseable'],
    [
      'halts on a timestamp field that is absent',
      { ...spec, timestampField: '/generatedAt' },
      file('{}'),
      'unparseable'
    ],
    [
      'judges freshness by the timestamp field, not the file time',
      { ...spec, timestampField: '/generatedAt' },
      file(`{"generatedAt":"${hoursAgo(100).toISOString()}"}`, now),
      'stale'
    ],
    [
      'halts on a timestamp from the future',
      { ...spec, timestampField: '/generatedAt' },
      file(`{"generatedAt":"${new Date(now.getTime() + 3_600_000).toISOString()}"}`),
      'future-timestamp'
    ],
    [
      'accepts a small clock skew',
      { ...spec, timestampField: '/t' },
      file(`{"t":"${new Date(now.getTime() + 60_000).toISOString()}"}`),
      'ok'
    ],
    [
      'does not parse non-JSON artifacts without a schema',
      { ...spec, path: 'report.md' },
      file('# not json'),
      'ok'
    ]
  ])('%s', (_, prerequisite, facts, status) => {
    const result = evaluatePrerequisite(prerequisite, facts as FileFacts, now)
    expect(result.status).toBe(status)
    expect(result.passed).toBe(status === 'ok')
  })

  it('halts when the artifact does not match its schema, saying where', () => {
    const schema = compileUserSchema({
      type: 'object',
      required: ['passed'],
      properties: { passed: { const: true } }
    })
    const result = evaluatePrerequisite(spec, file('{"passed": false}'), now, schema)
    expect(result.status).toBe('schema-invalid')
    expect(result.message).toContain('/passed must be equal to constant')
  })

  it('says how old a stale artifact is and what the limit is', () => {
    expect(evaluatePrerequisite(spec, file('{}', hoursAgo(80)), now).message).toBe(
      'rehearsal.json is 3d 8h old, older than max-age 3d 0h'
    )
  })
})
