import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { packageRoot } from '../../src/adapters/evidence/schemas.js'
import { schemaFor } from '../../src/adapters/evidence/store.js'
import { ARTIFACTS } from '../../src/core/records/index.js'

// The protocol's evidence file names are part of the interface: downstream protocols look for them by name.
const SEED_NAMES = [
  'deployment-readiness-checklist.json',
  'release-manifest.md',
  'deployment-communications.md',
  'staging-deployment-report.json',
  'staging-validation-results.json',
  'uat-confirmation.json',
  'production-approval.json',
  'production-deployment-report.json',
  'post-deployment-validation.json',
  'deployment-health-log.md',
  'DEPLOYMENT-REPORT.md',
  'retrospective-inputs.json',
  'rollback-plan.md'
]

describe('evidence file names and schemas', () => {
  it("writes every file the protocol names, under exactly the protocol's name", () => {
    const written: string[] = Object.values(ARTIFACTS)
    for (const name of SEED_NAMES) expect(written).toContain(name)
  })

  it.each(Object.values(ARTIFACTS).filter(name => name.endsWith('.json')))(
    '%s has a published schema',
    name => {
      expect(existsSync(join(packageRoot(), 'schemas', schemaFor(name)))).toBe(true)
    }
  )
})
