import { describe, expect, it } from '@jest/globals'
import type { ProtocolContext } from '../../src/core/context.js'
import { stabilizationGate } from '../../src/phases/health-window/gate.js'
import { approvalGate, productionGate } from '../../src/phases/production/gate.js'
import { readinessGate } from '../../src/phases/readiness/gate.js'
import { refuse, sameTag, verdict } from '../../src/phases/shared/gate.js'
import { stagingGate } from '../../src/phases/staging/gate.js'
import { MemoryLogger } from '../fakes.js'
import {
  approval,
  check,
  checklist,
  checks,
  command,
  header,
  health,
  prerequisite,
  production,
  service,
  staging,
  stakeholder,
  TAG,
  uat,
  validation
} from './evidence-records.js'

// The four quality gates of the release protocol. Their reasons are part of the interface: the CLI prints them, the
// evidence records them and docs/troubleshooting.md explains them, so every case checks the exact text.

describe('a gate verdict', () => {
  it('passes exactly when there is no reason against it', () => {
    expect(verdict(2, [])).toEqual({ gate: 2, passed: true, reasons: [] })
    expect(verdict(4, ['x is missing'])).toEqual({ gate: 4, passed: false, reasons: ['x is missing'] })
  })

  const cases = [
    { name: 'a record of this release', record: { tag: TAG }, expected: [] },
    { name: 'a record without a tag (it belongs to any release)', record: { tag: null }, expected: [] },
    { name: 'no record at all', record: undefined, expected: [] },
    {
      name: 'a record of another release',
      record: { tag: 'v0.9.0' },
      expected: ['uat-confirmation.json is for v0.9.0, not v1.1.0']
    }
  ]
  it.each(cases)('sameTag: $name', ({ record, expected }) => {
    expect(sameTag('uat-confirmation.json', record, TAG)).toEqual(expected)
  })

  it('refuses to start a phase whose gate has not passed, saying why, and halts at that gate', () => {
    const logger = new MemoryLogger()
    const ctx = { tag: TAG, logger } as unknown as ProtocolContext
    const outcome = refuse(ctx, 2, ['staging check healthz: 503', 'UAT: not signed off'], 'production')
    expect(outcome).toEqual({
      kind: 'halted',
      gate: 2,
      reasons: ['staging check healthz: 503', 'UAT: not signed off']
    })
    expect(logger.lines).toEqual([
      '[ERROR] Cannot start the production phase: Gate 2 has not passed for v1.1.0.',
      '  - staging check healthz: 503',
      '  - UAT: not signed off'
    ])
  })
})

describe('Gate 1 (readiness)', () => {
  const cases = [
    {
      name: 'passes a valid, fresh checklist with an executable rollback plan',
      input: checklist(),
      expected: []
    },
    {
      name: 'halts when the readiness phase did not run',
      input: undefined,
      expected: ['deployment-readiness-checklist.json is missing: run the readiness phase first']
    },
    {
      name: 'halts on a checklist of another release',
      input: checklist({ tag: 'v1.0.9' }),
      expected: ['deployment-readiness-checklist.json is for v1.0.9, not v1.1.0']
    },
    {
      name: 'halts when the rollback rehearsal is older than max-age, naming only the failed prerequisite',
      input: checklist({
        prerequisites: [
          prerequisite('tests', true, 'fresh'),
          prerequisite('rehearsal', false, 'rehearsal.json is 3d 8h old, older than max-age 3d 0h')
        ]
      }),
      expected: ['prerequisite rehearsal: rehearsal.json is 3d 8h old, older than max-age 3d 0h']
    },
    {
      name: 'halts when the rollback plan is not executable',
      input: checklist({
        rollbackPlan: { executable: false, target: null, message: 'no previous release', services: [] }
      }),
      expected: ['rollback plan: no previous release']
    },
    {
      name: 'passes while a stakeholder whose sign-off is not required is pending',
      input: checklist({ stakeholders: [stakeholder()] }),
      expected: []
    },
    {
      name: 'passes when the required stakeholder signed off',
      input: checklist({
        stakeholders: [
          stakeholder({
            required: true,
            status: 'signed',
            signedBy: 'Dana',
            signedAt: '2026-11-24T09:00:00.000Z'
          })
        ]
      }),
      expected: []
    },
    {
      name: 'halts when a required stakeholder has not signed off, naming them and the command that records it',
      input: checklist({
        stakeholders: [
          stakeholder({ required: true }),
          stakeholder({ name: 'Sam SRE', role: null, required: true }),
          stakeholder({ name: 'Lee Legal', role: 'legal' })
        ]
      }),
      expected: [
        "stakeholder sign-off: Dana Product (product owner) is required and has not signed off v1.1.0; record it with release-gate signoff --tag v1.1.0 --role 'product owner' --name <your name>",
        "stakeholder sign-off: Sam SRE is required and has not signed off v1.1.0; record it with release-gate signoff --tag v1.1.0 --role 'Sam SRE' --name <your name>"
      ]
    },
    {
      name: 'halts on every problem the readiness phase recorded, after the prerequisites and the plan',
      input: checklist({
        prerequisites: [prerequisite('scan', false, 'scan.json does not exist')],
        rollbackPlan: { executable: false, target: null, message: 'no target', services: [] },
        problems: ['outside the deployment window']
      }),
      expected: [
        'prerequisite scan: scan.json does not exist',
        'rollback plan: no target',
        'outside the deployment window'
      ]
    }
  ]
  it.each(cases)('$name', ({ input, expected }) => {
    expect(readinessGate(TAG, input)).toEqual({ gate: 1, passed: expected.length === 0, reasons: expected })
  })
})

describe('Gate 2 (staging)', () => {
  const cases = [
    {
      name: 'passes a deployed staging, passed validation and approved UAT',
      input: { staging: staging(), validation: validation(), uat: uat() },
      expected: []
    },
    {
      name: 'halts when nothing was recorded',
      input: { staging: undefined, validation: undefined, uat: undefined },
      expected: [
        'staging-deployment-report.json is missing: no recorded staging deployment',
        'staging-validation-results.json is missing: no recorded staging validation',
        'uat-confirmation.json is missing'
      ]
    },
    {
      name: 'names each service whose staging deploy did not succeed',
      input: {
        staging: staging({
          passed: false,
          services: [
            service('backend', 'failed'),
            service('web', 'deployed'),
            service('worker', 'not-started')
          ]
        }),
        validation: validation(),
        uat: uat()
      },
      expected: ['staging deploy of backend: failed', 'staging deploy of worker: not-started']
    },
    {
      name: 'halts on staging records of another release',
      input: {
        staging: staging({ tag: 'v1.0.0' }),
        validation: validation({ tag: 'v1.0.1' }),
        uat: uat()
      },
      expected: [
        'staging-deployment-report.json is for v1.0.0, not v1.1.0',
        'staging-validation-results.json is for v1.0.1, not v1.1.0'
      ]
    },
    {
      name: 'names each failed validation command and check',
      input: {
        staging: staging(),
        validation: validation({
          passed: false,
          commands: [command('smoke', 'success'), command('e2e', 'timeout')],
          checks: [check('healthz', false, 'status 503, expected 200'), check('version', true, 'ok')]
        }),
        uat: uat()
      },
      expected: ['staging validation e2e: timeout', 'staging check healthz: status 503, expected 200']
    },
    {
      name: 'halts on a validation that did not pass even when no command or check says why',
      input: { staging: staging(), validation: validation({ passed: false }), uat: uat() },
      expected: ['staging validation did not pass']
    },
    {
      name: 'does not add the generic validation reason when a specific one is known',
      input: {
        staging: staging({ services: [service('backend', 'failed')] }),
        validation: validation({ passed: false }),
        uat: uat()
      },
      expected: ['staging deploy of backend: failed']
    },
    {
      name: 'halts when UAT was not approved, quoting its basis',
      input: {
        staging: staging(),
        validation: validation(),
        uat: uat({ passed: false, status: 'missing', basis: 'UAT required but nobody signed off' })
      },
      expected: ['UAT: UAT required but nobody signed off']
    }
  ]
  it.each(cases)('$name', ({ input, expected }) => {
    expect(stagingGate(TAG, input.staging, input.validation, input.uat)).toEqual({
      gate: 2,
      passed: expected.length === 0,
      reasons: expected
    })
  })
})

describe('Gate 3 (approval, before anything touches production)', () => {
  const cases = [
    { name: 'passes an approval with an approver', input: approval(), expected: [] },
    {
      name: 'halts when no approval was recorded',
      input: undefined,
      expected: ['production-approval.json is missing: no recorded approval']
    },
    {
      name: 'halts on a rejection, quoting its reason',
      input: approval({ decision: 'rejected', approver: 'cto', reason: 'rejected by cto: change freeze' }),
      expected: ['approval rejected: rejected by cto: change freeze']
    },
    {
      name: 'halts on an approval nobody gave',
      input: approval({ approver: null, reason: 'no approver recorded' }),
      expected: ['approval approved: no approver recorded']
    },
    {
      name: 'halts on an approval of another release',
      input: approval({ tag: 'v1.0.0' }),
      expected: ['production-approval.json is for v1.0.0, not v1.1.0']
    }
  ]
  it.each(cases)('$name', ({ input, expected }) => {
    expect(approvalGate(TAG, input)).toEqual({ gate: 3, passed: expected.length === 0, reasons: expected })
  })
})

describe('Gate 3 (production launch)', () => {
  const cases = [
    {
      name: 'passes a deployment whose immediate checks passed',
      input: { report: production(), checks: checks(true) },
      expected: []
    },
    {
      name: 'halts when neither the deployment nor the checks were recorded',
      input: { report: undefined, checks: undefined },
      expected: ['production-deployment-report.json is missing', 'post-deployment-validation.json is missing']
    },
    {
      name: 'halts on a deployment that failed, with the failure reason',
      input: {
        report: production({
          status: 'failed',
          failure: { service: 'backend', reason: 'deploy exited with 1' }
        }),
        checks: checks(true)
      },
      expected: ['production deployment failed: deploy exited with 1']
    },
    {
      name: 'halts on a rolled-back deployment without a recorded failure',
      input: { report: production({ status: 'rolled-back' }), checks: checks(true) },
      expected: ['production deployment rolled-back']
    },
    {
      name: 'halts when the post-deployment checks failed',
      input: { report: production(), checks: checks(false) },
      expected: ['post-deployment checks failed']
    },
    {
      name: 'halts on a deployment report of another release',
      input: { report: production({ tag: 'v1.0.0' }), checks: checks(true) },
      expected: ['production-deployment-report.json is for v1.0.0, not v1.1.0']
    }
  ]
  it.each(cases)('$name', ({ input, expected }) => {
    expect(productionGate(TAG, input.report, input.checks)).toEqual({
      gate: 3,
      passed: expected.length === 0,
      reasons: expected
    })
  })
})

describe('Gate 4 (stabilization)', () => {
  const cases = [
    { name: 'passes a healthy window', input: health(), expected: [] },
    {
      name: 'fails when the health window did not run',
      input: undefined,
      expected: ['health-window.json is missing: the health window did not run']
    },
    {
      name: 'fails on a breached window, with the breach reason',
      input: health({
        verdict: 'breached',
        breach: {
          probe: 'api',
          kind: 'failed',
          count: 2,
          limit: 2,
          at: header.generatedAt,
          reason: 'probe api failed 2 time(s) (limit 2); last: status 500'
        }
      }),
      expected: ['health window breached: probe api failed 2 time(s) (limit 2); last: status 500']
    },
    {
      name: 'fails on a skipped window without a breach',
      input: health({ verdict: 'skipped' }),
      expected: ['health window skipped']
    },
    {
      name: 'fails on a health window of another release',
      input: health({ tag: 'v1.0.0' }),
      expected: ['health-window.json is for v1.0.0, not v1.1.0']
    }
  ]
  it.each(cases)('$name', ({ input, expected }) => {
    expect(stabilizationGate(TAG, input)).toEqual({
      gate: 4,
      passed: expected.length === 0,
      reasons: expected
    })
  })
})
