import { beforeAll, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { DemoSandbox, type Run } from '../demo-sandbox.js'

// Not a test of its own: sandbox-teardown.test.ts runs it in a jest of its own (its name does not end in .test.ts).
// A release hangs in its production deploy and the test waiting for it times out: jest gives up on the test, the
// release goes on, and nothing calls the sandbox's stop().

const box = new DemoSandbox(Number(process.env.TIMED_OUT_PORT_BASE))
writeFileSync(
  String(process.env.TIMED_OUT_SANDBOX_FILE),
  JSON.stringify({ root: box.root, state: box.state })
)
let release: Promise<Run>

beforeAll(async () => {
  box.baseline('v1.0.0')
  box.upstream()
  release = box.cli(['run', '--tag', 'v1.1.0', '--approve', 'e2e-approver'], {
    DEMO_HANG_DEPLOY: 'backend:production'
  })
  // The production deploy of the backend hangs in a `sleep 3600` of the demo's test hook.
  while (!box.processesInside().some(p => p.includes('sleep 3600'))) await sleep(100)
}, 60_000)

it('times out waiting for a release that hangs', async () => {
  await release
}, 500)
