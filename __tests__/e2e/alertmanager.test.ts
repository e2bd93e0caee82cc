import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { assertValidEvidence } from '../../src/adapters/evidence/store.js'
import { healthWindowOfFile, type HealthWindowFile } from '../../src/core/records/index.js'
import { AlertmanagerServer, alertmanagerMissing } from '../emulators/alertmanager.js'
import type { DemoSandbox, Run } from './demo-sandbox.js'
import { sandboxesFrom } from './sandboxes.js'

// The bundled CLI releases the demo while a real Alertmanager 0.25 holds the alerts its health window reads.
// Port base 63000: above the ephemeral range, clear of bundles.test.ts (62000+), lineage.test.ts (62500+, 63200+).
const PORT_BASE = 63000
const ALERTMANAGER_PORT = PORT_BASE + 90
const sandbox = sandboxesFrom(PORT_BASE).released
const APPROVE = ['--approve', 'e2e-approver', '--comment', 'approved by the test']

/** The demo, its health window also watching Alertmanager for alerts about the release being deployed. */
function withAlertProbe(box: DemoSandbox): DemoSandbox {
  const configFile = join(box.demo, 'release-gate.yml')
  const probe = [
    '    - id: checkout-alerts',
    `      alertmanager: { url: 'http://127.0.0.1:${ALERTMANAGER_PORT}', matchers: ['service="checkout"', 'severity=~"critical|page"', 'version="\${tag}"'] }`
  ].join('\n')
  // Latency limits off the critical path: on a busy machine a slow demo would fail for reasons not under test.
  const config = readFileSync(configFile, 'utf8')
    .replace(/^ {2}probes:\n/m, match => `${match}${probe}\n`)
    .replace(/max-latency-ms: \d+/g, 'max-latency-ms: 30000')
  writeFileSync(configFile, config)
  return box
}

/** A page-severity checkout alert about release `version`. */
function checkoutAlert(alertname: string, version: string): Record<string, string> {
  return { alertname, service: 'checkout', severity: 'page', version }
}

/** Releases `tag` on a fresh demo (v1.0.0 in production) whose health window also watches Alertmanager. */
async function release(tag: string): Promise<{ box: DemoSandbox; run: Run }> {
  const box = withAlertProbe(sandbox())
  return { box, run: await box.cli(['run', '--tag', tag, ...APPROVE]) }
}

const missing = alertmanagerMissing()
if (missing) console.warn(`Skipping the Alertmanager end-to-end test: ${missing}`)

;(missing ? describe.skip : describe)('an alertmanager probe in the health window (bundled CLI)', () => {
  let alertmanager: AlertmanagerServer
  beforeAll(async () => {
    alertmanager = await AlertmanagerServer.start(ALERTMANAGER_PORT)
  }, 30_000)
  afterAll(async () => {
    await alertmanager?.stop()
  })

  it('breaches the health window while an alert about the release fires, and rolls production back', async () => {
    const labels = checkoutAlert('CheckoutErrorBudgetBurn', 'v1.1.0')
    await alertmanager.postAlerts([{ labels, annotations: { summary: 'checkout burns its error budget' } }])
    const { box, run } = await release('v1.1.0')
    expect({ code: run.code, output: run.output }).toMatchObject({ code: 4 })
    expect(run.stderr).toContain('[ALERT] Post-deployment metrics outside thresholds.')
    expect(await box.serving('backend', 'production')).toBe('v1.0.0')
    const written = box.json<HealthWindowFile>('health-window.json')
    expect(() => assertValidEvidence('health-window.json', written)).not.toThrow()
    // Format 2: the samples column-wise, the alerts a sparse side list.
    expect(written.schemaVersion).toBe(2)
    const health = healthWindowOfFile(written)
    expect(health).toMatchObject({
      verdict: 'breached',
      breach: { probe: 'checkout-alerts', kind: 'failed' },
      rollback: { status: 'success', target: 'v1.0.0' }
    })
    expect(health.probes.find(p => p.id === 'checkout-alerts')).toMatchObject({
      kind: 'alertmanager',
      target: `{service="checkout", severity=~"critical|page", version="v1.1.0"} @ http://127.0.0.1:${ALERTMANAGER_PORT}`
    })
    const failed = health.samples.filter(s => s.probe === 'checkout-alerts' && s.status === 'failed')
    expect(failed.length).toBeGreaterThanOrEqual(2)
    expect(failed[0]?.alerts).toEqual([
      {
        alertname: 'CheckoutErrorBudgetBurn',
        labels,
        startsAt: expect.any(String),
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/)
      }
    ])
    expect(box.text('deployment-health-log.md')).toMatch(
      /## Firing alerts\n\n.*\n.*\n\| 1 \| checkout-alerts \| CheckoutErrorBudgetBurn \| /
    )
  }, 120_000)

  it('passes the health window while the only matching alert is silenced', async () => {
    await alertmanager.postAlerts([{ labels: checkoutAlert('CheckoutLatency', 'v1.2.0') }])
    await alertmanager.silence({ alertname: 'CheckoutLatency', version: 'v1.2.0' })
    const { box, run } = await release('v1.2.0')
    expect({ code: run.code, output: run.output }).toMatchObject({ code: 0 })
    const health = healthWindowOfFile(box.json<HealthWindowFile>('health-window.json'))
    expect(health.verdict).toBe('healthy')
    expect(health.samples.filter(s => s.probe === 'checkout-alerts').map(s => s.status)).toEqual(
      health.samples.filter(s => s.probe === 'checkout-alerts').map(() => 'passed')
    )
  }, 120_000)
})
