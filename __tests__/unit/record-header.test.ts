import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { EVIDENCE_SCHEMA_VERSION, recordHeader } from '../../src/core/record-header.js'

describe('the header every evidence record starts with', () => {
  it('names the schema version the evidence schemas require', () => {
    const common = JSON.parse(readFileSync('schemas/evidence/common.schema.json', 'utf8')) as {
      definitions: { schemaVersion: { const: number } }
    }
    expect(EVIDENCE_SCHEMA_VERSION).toBe(common.definitions.schemaVersion.const)
  })

  it('holds the version, the artifact, the release and the time it was written, in that order', () => {
    const header = recordHeader('health-window.json', 'v1.2.3', new Date('2026-12-02T10:00:00Z'))
    expect(Object.entries(header)).toEqual([
      ['schemaVersion', 1],
      ['artifact', 'health-window.json'],
      ['tag', 'v1.2.3'],
      ['generatedAt', '2026-12-02T10:00:00.000Z']
    ])
  })

  it('keeps a validation result that belongs to no release without a tag', () => {
    expect(recordHeader('staging-validation-results.json', null, new Date(0)).tag).toBeNull()
  })
})
