import { describe, expect, it } from '@jest/globals'
import { compileUserSchema } from '../../src/adapters/evidence/schemas.js'
import type { ValidateFunction } from 'ajv'
import {
  evaluatePrerequisite,
  prerequisiteHeadlines,
  rehearsalVerdict
} from '../../src/phases/readiness/prerequisites.js'
import type { PrerequisiteResult } from '../../src/core/records/index.js'
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
    const result = evaluatePrerequisite(prerequisite, facts, now)
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

describe('a prerequisite verdict, field by field', () => {
  const undated = { ageMs: null, timestamp: null, timestampSource: null }
  const result = (over: Partial<PrerequisiteResult>): PrerequisiteResult => ({
    id: 'rehearsal',
    path: 'rehearsal.json',
    maxAgeMs: 72 * 3_600_000,
    ...undated,
    status: 'ok',
    passed: true,
    message: '',
    ...over
  })
  const failed = (
    status: PrerequisiteResult['status'],
    message: string,
    over: Partial<PrerequisiteResult> = {}
  ) => result({ status, passed: false, message, ...over })
  const minutesFromNow = (m: number): Date => new Date(now.getTime() + m * 60_000)
  const parseError = (text: string): string => {
    try {
      JSON.parse(text)
    } catch (error) {
      return (error as Error).message
    }
    return ''
  }
  const withField = { ...spec, timestampField: '/generatedAt' }
  const stamped = (time: Date): string => JSON.stringify({ generatedAt: time.toISOString() })

  const cases: { name: string; spec?: typeof withField; facts: FileFacts; expected: PrerequisiteResult }[] = [
    {
      name: 'passes a fresh artifact, saying its age and the limit, dated by its file time',
      facts: file('{"ok":true}', hoursAgo(1)),
      expected: result({
        ageMs: 3_600_000,
        timestamp: hoursAgo(1).toISOString(),
        timestampSource: 'mtime',
        message: '1h 0m old (max 3d 0h)'
      })
    },
    {
      name: 'halts when the artifact does not exist',
      facts: { exists: false, isFile: false, modifiedAt: null, text: null },
      expected: failed('missing', 'rehearsal.json does not exist')
    },
    {
      name: 'halts when a symbolic link leads out of the workspace, without reading it',
      facts: { ...file('{}'), outsideWorkspace: '/etc/passwd' },
      expected: failed(
        'outside-workspace',
        'rehearsal.json leads to /etc/passwd, outside the workspace: evidence must be a file inside it (a symbolic link must not lead out)'
      )
    },
    {
      name: 'halts on a directory',
      facts: { exists: true, isFile: false, modifiedAt: now, text: '' },
      expected: failed('not-a-file', 'rehearsal.json is not a regular file')
    },
    {
      name: 'halts on a file that could not be read',
      facts: { exists: true, isFile: true, modifiedAt: now, text: null },
      expected: failed('not-a-file', 'rehearsal.json is not a regular file')
    },
    {
      name: 'halts on invalid JSON, quoting the parser',
      facts: file('{"ok": tr'),
      expected: failed('unparseable', `rehearsal.json is not valid JSON: ${parseError('{"ok": tr')}`)
    },
    {
      name: 'keeps the reason on one line when the parser quotes a file of several lines',
      facts: file('{\n  "ok": tr\n}\n'),
      expected: failed(
        'unparseable',
        `rehearsal.json is not valid JSON: ${parseError('{\n  "ok": tr\n}\n').replace(/\n/g, '\\n')}`
      )
    },
    {
      name: 'parses a non-JSON file name when it has a timestamp field',
      spec: { ...withField, path: 'rehearsal.txt' },
      facts: file('generatedAt: yesterday'),
      expected: failed(
        'unparseable',
        `rehearsal.txt is not valid JSON: ${parseError('generatedAt: yesterday')}`,
        {
          path: 'rehearsal.txt'
        }
      )
    },
    {
      name: 'halts on a file without a modification time',
      facts: { exists: true, isFile: true, modifiedAt: null, text: '{}' },
      expected: failed('missing', 'rehearsal.json has no modification time')
    },
    {
      name: 'halts when the timestamp field is absent',
      spec: withField,
      facts: file('{}'),
      expected: failed('unparseable', 'rehearsal.json has no ISO-8601 time at /generatedAt (found nothing)')
    },
    {
      name: 'halts when the timestamp field is a number, not a time',
      spec: withField,
      facts: file('{"generatedAt": 1764000000000}'),
      expected: failed(
        'unparseable',
        'rehearsal.json has no ISO-8601 time at /generatedAt (found 1764000000000)'
      )
    },
    {
      name: 'halts when the timestamp field is text that is no time',
      spec: withField,
      facts: file('{"generatedAt": "yesterday"}'),
      expected: failed(
        'unparseable',
        'rehearsal.json has no ISO-8601 time at /generatedAt (found "yesterday")'
      )
    },
    {
      name: 'dates the artifact by its timestamp field',
      spec: withField,
      facts: file(stamped(hoursAgo(2)), now),
      expected: result({
        ageMs: 7_200_000,
        timestamp: hoursAgo(2).toISOString(),
        timestampSource: 'field',
        message: '2h 0m old (max 3d 0h)'
      })
    },
    {
      name: 'halts on a file time from the future, saying it was the file time',
      facts: file('{}', minutesFromNow(6)),
      expected: failed(
        'future-timestamp',
        `rehearsal.json is dated ${minutesFromNow(6).toISOString()}, in the future (file time)`,
        { ageMs: -360_000, timestamp: minutesFromNow(6).toISOString(), timestampSource: 'mtime' }
      )
    },
    {
      name: 'halts on a timestamp field from the future, naming the field',
      spec: withField,
      facts: file(stamped(minutesFromNow(6))),
      expected: failed(
        'future-timestamp',
        `rehearsal.json is dated ${minutesFromNow(6).toISOString()}, in the future (/generatedAt)`,
        { ageMs: -360_000, timestamp: minutesFromNow(6).toISOString(), timestampSource: 'field' }
      )
    },
    {
      name: 'accepts a clock five minutes ahead (the tolerance), calling it 0ms old',
      facts: file('{}', minutesFromNow(5)),
      expected: result({
        ageMs: -300_000,
        timestamp: minutesFromNow(5).toISOString(),
        timestampSource: 'mtime',
        message: '0ms old (max 3d 0h)'
      })
    },
    {
      name: 'accepts an artifact exactly max-age old',
      facts: file('{}', hoursAgo(72)),
      expected: result({
        ageMs: 72 * 3_600_000,
        timestamp: hoursAgo(72).toISOString(),
        timestampSource: 'mtime',
        message: '3d 0h old (max 3d 0h)'
      })
    },
    {
      name: 'halts when the rollback rehearsal is older than max-age',
      facts: file('{}', hoursAgo(80)),
      expected: failed('stale', 'rehearsal.json is 3d 8h old, older than max-age 3d 0h', {
        ageMs: 80 * 3_600_000,
        timestamp: hoursAgo(80).toISOString(),
        timestampSource: 'mtime'
      })
    }
  ]
  it.each(cases)('$name', ({ spec: prerequisite, facts, expected }) => {
    expect(evaluatePrerequisite(prerequisite ?? spec, facts, now)).toEqual(expected)
  })

  it('says where the artifact breaks its schema (the root as /)', () => {
    const schema = compileUserSchema({ type: 'object', required: ['passed'] })
    expect(evaluatePrerequisite({ ...spec, path: 'rehearsal.txt' }, file('{}'), now, schema)).toEqual(
      failed(
        'schema-invalid',
        "rehearsal.txt does not match its schema: / must have required property 'passed'",
        {
          path: 'rehearsal.txt'
        }
      )
    )
  })

  it('says "invalid" when the schema gives no error detail', () => {
    const schema = Object.assign(() => false, { errors: null }) as unknown as ValidateFunction
    expect(evaluatePrerequisite(spec, file('{}'), now, schema).message).toBe(
      'rehearsal.json does not match its schema: invalid'
    )
  })
})

describe('a rollback rehearsal as a prerequisite', () => {
  const rehearsal = (over: Record<string, unknown>): string =>
    JSON.stringify({ artifact: 'rollback-rehearsal.json', tag: 'v1.1.0', passed: true, steps: [], ...over })
  const path = { ...spec, path: 'rollback-rehearsal.json' }

  it('passes a passed rehearsal of this release', () => {
    expect(evaluatePrerequisite(path, file(rehearsal({})), now, undefined, 'v1.1.0')).toMatchObject({
      status: 'ok',
      passed: true
    })
  })

  it('halts on a failed rehearsal, naming the failed step and the way out', () => {
    const steps = [
      { name: 'deploy', passed: true, message: 'ok' },
      { name: 'restore', message: 'skipped' },
      { name: 'rollback', passed: false, message: 'exit 1' }
    ]
    expect(
      evaluatePrerequisite(path, file(rehearsal({ passed: false, steps })), now, undefined, 'v1.1.0')
    ).toMatchObject({
      status: 'rehearsal-failed',
      passed: false,
      ageMs: 3_600_000,
      timestampSource: 'mtime',
      message:
        'rollback-rehearsal.json: the rollback rehearsal of v1.1.0 failed at rollback: exit 1. Fix the rollback, then run release-gate rehearse --tag v1.1.0'
    })
  })

  it('halts on a rehearsal of another release', () => {
    expect(
      evaluatePrerequisite(path, file(rehearsal({ tag: 'v1.0.0' })), now, undefined, 'v1.1.0')
    ).toMatchObject({
      status: 'rehearsal-of-another-release',
      passed: false,
      message:
        'rollback-rehearsal.json: it rehearsed v1.0.0, not v1.1.0. Run release-gate rehearse --tag v1.1.0'
    })
  })

  it('does not judge the rehearsal when no release tag is given', () => {
    expect(evaluatePrerequisite(path, file(rehearsal({ passed: false })), now).status).toBe('ok')
  })

  const verdicts = [
    { name: 'anything but an object', parsed: 'rollback-rehearsal.json', expected: null },
    { name: 'null', parsed: null, expected: null },
    { name: 'another artifact', parsed: { artifact: 'scan.json', passed: false, tag: 'v0' }, expected: null },
    {
      name: 'a rehearsal whose passed is not exactly true',
      parsed: { artifact: 'rollback-rehearsal.json', passed: 'true', tag: 'v1.1.0', steps: 'none' },
      expected: {
        status: 'rehearsal-failed',
        message:
          'the rollback rehearsal of v1.1.0 failed. Fix the rollback, then run release-gate rehearse --tag v1.1.0'
      }
    },
    {
      name: 'a failed rehearsal without a failed step',
      parsed: { artifact: 'rollback-rehearsal.json', passed: false, steps: [{ name: 'a', passed: true }] },
      expected: {
        status: 'rehearsal-failed',
        message:
          'the rollback rehearsal of undefined failed. Fix the rollback, then run release-gate rehearse --tag v1.1.0'
      }
    },
    {
      name: 'a passed rehearsal without a tag',
      parsed: { artifact: 'rollback-rehearsal.json', passed: true },
      expected: {
        status: 'rehearsal-of-another-release',
        message: 'it rehearsed undefined, not v1.1.0. Run release-gate rehearse --tag v1.1.0'
      }
    },
    {
      name: 'a passed rehearsal of this release',
      parsed: JSON.parse(rehearsal({})) as unknown,
      expected: null
    }
  ]
  it.each(verdicts)('rehearsalVerdict of $name', ({ parsed, expected }) => {
    expect(rehearsalVerdict(parsed, 'v1.1.0')).toEqual(expected)
  })
})

describe('the headline above the spec’s “artifact missing” line', () => {
  const failedAs = (id: string, status: PrerequisiteResult['status']): PrerequisiteResult => ({
    id,
    path: `${id}.json`,
    status,
    passed: status === 'ok',
    maxAgeMs: 0,
    ageMs: null,
    timestamp: null,
    timestampSource: null,
    message: ''
  })

  const headline = (problem: string, ids: string): string => `[ERROR] ${problem}: ${ids}.`
  const cases: [string, PrerequisiteResult[], string[]][] = [
    [
      'a stale artifact',
      [failedAs('staging', 'stale')],
      [headline('Prerequisite evidence is older than its max-age', 'staging')]
    ],
    [
      'a future-dated artifact',
      [failedAs('staging', 'future-timestamp')],
      [headline('Prerequisite evidence is dated in the future', 'staging')]
    ],
    [
      'a symbolic link out of the workspace',
      [failedAs('staging', 'outside-workspace')],
      [headline('Prerequisite evidence leads out of the workspace (a symbolic link)', 'staging')]
    ],
    [
      'an artifact off its schema',
      [failedAs('staging', 'schema-invalid')],
      [headline('Prerequisite evidence does not match its schema', 'staging')]
    ],
    [
      'several problems: one line per kind, in the order first seen',
      [
        failedAs('staging', 'stale'),
        failedAs('uat', 'ok'),
        failedAs('rehearsal', 'missing'),
        failedAs('perf', 'stale')
      ],
      [
        headline('Prerequisite evidence is older than its max-age', 'staging, perf'),
        headline('Prerequisite evidence does not exist', 'rehearsal')
      ]
    ],
    ['no problem: no headline', [failedAs('staging', 'ok')], []]
  ]

  it.each(cases)('%s', (_case, results, headlines) => {
    expect(prerequisiteHeadlines(results)).toEqual(headlines)
  })
})
