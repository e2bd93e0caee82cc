import { describe, expect, it } from '@jest/globals'
import { pollService } from './traffic.js'
import { DemoSandbox, type Run } from './demo-sandbox.js'
import { cliWithConfig, demoReleaseConfig } from './release-configs.js'

// Blue/green on the demo: the engine asks the live colour, deploys to the idle one, checks the preview, switches the
// router, and retires the old colour once the health window passed. A client polls the service the whole time and
// counts failed requests: the target is zero, through two releases and a rollback.

const BASE = 29200
const ROUTER = BASE + 11
const preview = (color: string): number => BASE + 40 + (color === 'blue' ? 3 : 4)

const config = demoReleaseConfig({
  backend: {
    type: 'blue-green',
    keepOld: '1s',
    previewAnalysis: { probes: ['backend-preview'], interval: '200ms', count: 3 }
  },
  metrics: [
    {
      id: 'backend-preview',
      // The new colour answers on its own port before it takes traffic.
      command: [
        'node',
        '-e',
        `fetch('http://127.0.0.1:' + (process.argv[1] === 'blue' ? ${preview('blue')} : ${preview('green')}) + '/api/greeting').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))`,
        '${color}'
      ]
    }
  ],
  health: {
    window: '1s',
    interval: '500ms',
    probes: [{ id: 'backend-greeting', http: { url: `http://127.0.0.1:${ROUTER}/api/greeting` } }]
  }
})

describe('blue/green on the demo', () => {
  it('switches between two real processes and rolls back without a failed request', async () => {
    const box = new DemoSandbox(BASE)
    try {
      box.baseline('v1.0.0')
      box.upstream()
      const withConfig = cliWithConfig(box, 'blue-green.yml', config)
      const cli = (...args: string[]): Promise<Run> => withConfig(args)
      const clients = pollService(`http://127.0.0.1:${ROUTER}/api/greeting`)

      const first = await cli('run', '--tag', 'v1.1.0', '--approve', 'e2e')
      expect(first.code).toBe(0)
      expect(first.stdout).toContain('backend | live colour: none; deploying v1.1.0 to blue')
      expect(await box.serving('backend', 'production')).toBe('v1.1.0')

      box.upstream()
      const second = await cli('run', '--tag', 'v1.2.0', '--approve', 'e2e')
      expect(second.code).toBe(0)
      expect(second.stdout).toContain('backend | live colour: blue; deploying v1.2.0 to green')
      const steps = box.json<{
        services: { rollout?: { steps: { kind: string; color: string | null; status: string }[] } }[]
      }>('production-deployment-report.json').services[0]?.rollout?.steps
      expect(steps?.map(s => `${s.kind}:${s.color ?? '-'}:${s.status}`)).toEqual([
        'deploy-color:green:completed',
        'analysis:-:completed',
        'switch:green:completed',
        'retire:blue:deferred'
      ])
      // The old colour stayed up through the health window and was retired once it passed.
      expect(
        box.json<{ retired?: { color: string; exec: { status: string } }[] }>('health-window.json').retired
      ).toEqual([
        expect.objectContaining({ color: 'blue', exec: expect.objectContaining({ status: 'success' }) })
      ])
      expect(await box.serving('backend', 'production')).toBe('v1.2.0')

      const rollback = await cli('rollback', '--env', 'production', '--reason', 'e2e rollback')
      expect(rollback.code).toBe(0)
      expect(await box.serving('backend', 'production')).toBe('v1.1.0')

      const seen = await clients.stop()
      expect(seen.total).toBeGreaterThan(100)
      expect(seen.failed).toBe(0)
      expect([...seen.versions.keys()].sort()).toEqual(['v1.0.0', 'v1.1.0', 'v1.2.0'])
    } finally {
      box.stop()
    }
  }, 120_000)
})
