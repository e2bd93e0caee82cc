import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import * as defaults from '../../../src/core/defaults.js'
import { jsonPointer } from '../../../src/core/json-pointer.js'

// The loader takes its defaults from core/defaults.ts; the schema's `default`s are what docs/config.md shows. Each
// schema default must be the value the loader applies, or the reference would promise one thing and do another.
const schema: unknown = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8'))

const SCHEMA_DEFAULTS: [pointer: string, value: unknown][] = [
  ['/properties/evidence-dir/default', defaults.DEFAULT_EVIDENCE_DIR],
  ['/properties/state-dir/default', defaults.DEFAULT_STATE_DIR],
  ['/properties/concurrency/default', defaults.DEFAULT_CONCURRENCY],
  ['/properties/window/properties/timezone/default', defaults.DEFAULT_WINDOW_TIMEZONE],
  ['/properties/rollback/properties/allow-first-release/default', defaults.DEFAULT_ALLOW_FIRST_RELEASE],
  ['/properties/staging/properties/uat/properties/required/default', defaults.DEFAULT_UAT_REQUIRED],
  ['/properties/stakeholders/items/properties/required/default', defaults.DEFAULT_STAKEHOLDER_REQUIRED],
  ['/properties/validation/properties/perf-samples/default', defaults.DEFAULT_PERF_SAMPLES],
  ['/properties/health/properties/failure-limit/default', defaults.DEFAULT_HEALTH_FAILURE_LIMIT],
  ['/properties/health/properties/on-breach/default', defaults.DEFAULT_ON_BREACH],
  ['/properties/approval/properties/environment/default', defaults.DEFAULT_APPROVAL_ENVIRONMENT],
  ['/properties/approval/properties/require-reviewers/default', defaults.DEFAULT_REQUIRE_REVIEWERS],
  ['/properties/approval/properties/self-approval/default', defaults.DEFAULT_SELF_APPROVAL],
  ['/definitions/httpCheck/properties/method/default', defaults.DEFAULT_HTTP_METHOD],
  ['/definitions/httpCheck/properties/expect-status/default', defaults.DEFAULT_EXPECT_STATUS],
  ['/definitions/probe/properties/http/properties/expect-status/default', defaults.DEFAULT_EXPECT_STATUS],
  ['/definitions/probe/properties/value/default', defaults.DEFAULT_COMMAND_PROBE_VALUE],
  ['/definitions/probe/properties/consecutive-error-limit/default', defaults.DEFAULT_CONSECUTIVE_ERROR_LIMIT],
  ['/definitions/probe/properties/inconclusive-limit/default', defaults.DEFAULT_INCONCLUSIVE_LIMIT],
  ['/definitions/analysis/properties/on-inconclusive/default', defaults.DEFAULT_ON_INCONCLUSIVE],
  [
    '/definitions/analysis/properties/compare/items/properties/direction/default',
    defaults.DEFAULT_COMPARE_DIRECTION
  ],
  [
    '/definitions/analysis/properties/compare/items/properties/critical/default',
    defaults.DEFAULT_COMPARE_CRITICAL
  ],
  [
    '/definitions/analysis/properties/compare/items/properties/weight/default',
    defaults.DEFAULT_COMPARE_WEIGHT
  ],
  [
    '/definitions/analysis/properties/compare/items/properties/tolerance/default',
    defaults.DEFAULT_COMPARE_TOLERANCE
  ],
  ['/definitions/analysis/properties/score/properties/pass/default', defaults.DEFAULT_SCORE_PASS],
  ['/definitions/analysis/properties/score/properties/marginal/default', defaults.DEFAULT_SCORE_MARGINAL],
  ['/definitions/analysis/properties/score/properties/alpha/default', defaults.DEFAULT_SCORE_ALPHA]
]

describe('config defaults', () => {
  it.each(SCHEMA_DEFAULTS)('the schema default at %s is the one the loader applies', (pointer, value) => {
    expect(jsonPointer(schema, pointer)).toEqual(value)
  })
})
