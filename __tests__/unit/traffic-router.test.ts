import { describe, expect, it } from '@jest/globals'
import type { ServerRole } from '../../src/core/config.js'
import { ConfigError, TrafficRouterError } from '../../src/core/errors.js'
import type { ServerTarget, TrafficRouter, TrafficShift } from '../../src/core/ports.js'
import type { ProductionDeploymentReport, RoutedServer, TrafficChange } from '../../src/core/records/index.js'
import { runRelease } from '../../src/engine/run.js'
import { runManualRollback } from '../../src/phases/rollback/manual.js'
import { parseConfig } from '../../src/entry/config/parse.js'
import { fakeContext, FakeHttp, FakeRunner, MemoryLogger } from '../fakes.js'

// The traffic router from the phase's side: canary weights and the blue/green switch go through the router's port,
// a router error fails the step, and a rollback returns traffic before it runs the rollback command. The HAProxy
// adapter itself is tested against a real haproxy (integration/haproxy-router.test.ts).

/** A router in memory that logs every call into the same journal as the commands, and can refuse one change. */
class FakeRouter implements TrafficRouter {
  servers: RoutedServer[]
  constructor(
    private readonly journal: string[],
    initial: Partial<Record<ServerRole, number>>,
    private readonly refuse: (targets: Partial<Record<ServerRole, ServerTarget>>) => string | null = () =>
      null
  ) {
    this.servers = (Object.entries(initial) as [ServerRole, number][]).map(([role, weight]) => ({
      role,
      server: `web/${role}`,
      weight,
      state: 'ready'
    }))
  }
  async read(): Promise<RoutedServer[]> {
    return this.servers.map(s => ({ ...s }))
  }
  async apply(targets: Partial<Record<ServerRole, ServerTarget>>): Promise<TrafficShift> {
    const asked = (Object.entries(targets) as [ServerRole, ServerTarget][])
      .map(
        ([role, t]) => `${role}${t.state ? ` ${t.state}` : ''}${t.weight !== undefined ? ` ${t.weight}` : ''}`
      )
      .join(', ')
    this.journal.push(`router: ${asked}`)
    const refusal = this.refuse(targets)
    if (refusal) throw new TrafficRouterError(refusal)
    const before = await this.read()
    this.servers = this.servers.map(s => ({
      ...s,
      weight: targets[s.role]?.weight ?? s.weight,
      state: targets[s.role]?.state ?? s.state
    }))
    return { before, after: await this.read() }
  }
}

/** A 10 s health window on one probe (the fakes answer 200). */
const HEALTH =
  'health: { window: 10s, interval: 5s, probes: [{ id: api, http: { url: http://127.0.0.1:1/healthz } }] }'

const canaryConfig = (traffic: string): string => `
version: 1
services:
  web:
    deploy: deploy.sh \${env} \${tag} \${weight}
    rollback: rollback.sh \${env} \${previous}
    strategy:
      type: canary
      steps: [{ set-weight: 10 }, { pause: 30s }, { set-weight: 100 }]
${traffic}
${HEALTH}
`
const HAPROXY_CANARY = `    traffic:
      production:
        router: haproxy
        socket: /run/haproxy/admin.sock
        backend: web
        servers: { stable: web_stable, canary: web_canary }`

function setup(config: string, router?: (journal: string[]) => FakeRouter) {
  const journal: string[] = []
  const runner = new FakeRunner(
    request => {
      journal.push(request.argv.join(' '))
      return request.argv[0] === 'verify.sh' && request.argv.includes('production') ? 1 : 0
    },
    request => (request.argv[0] === 'active-color.sh' ? 'blue\n' : '')
  )
  const fake = router?.(journal)
  const ctx = fakeContext(parseConfig(config, 'test.yml'), {
    runner,
    ...(fake ? { trafficRouter: () => fake } : {})
  })
  const report = async (): Promise<ProductionDeploymentReport> =>
    (await ctx.store.readJson<ProductionDeploymentReport>(
      'production-deployment-report.json'
    )) as ProductionDeploymentReport
  const events = async (): Promise<TrafficChange[]> =>
    (await report()).services[0]?.rollout?.steps.flatMap(s => s.traffic ?? []) ?? []
  const production = (): string[] => journal.filter(line => !line.includes('staging'))
  return { ctx, production, report, events }
}

const weightsOf = (servers: RoutedServer[]): string => servers.map(s => `${s.role} ${s.weight}`).join(', ')

describe('a canary routed by HAProxy', () => {
  it('deploys, then sets the weights; at 100% sends all traffic to the canary while the stable server is promoted, then back', async () => {
    const { ctx, production, events } = setup(
      canaryConfig(HAPROXY_CANARY),
      j => new FakeRouter(j, { stable: 100, canary: 0 })
    )
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 10',
      'router: canary 10, stable 90',
      'router: canary 100, stable 0',
      'deploy.sh production v1.1.0 100',
      'router: stable 100, canary 0'
    ])
    expect(
      (await events()).map(
        e => `${e.step} ${e.action} ${e.router} ${e.verified}: ${weightsOf(e.before)} → ${weightsOf(e.after)}`
      )
    ).toEqual([
      '1 set-weight haproxy true: stable 100, canary 0 → stable 90, canary 10',
      '3 set-weight haproxy true: stable 90, canary 10 → stable 0, canary 100',
      '3 set-weight haproxy true: stable 0, canary 100 → stable 100, canary 0'
    ])
  })

  it('fails the step when the router refuses or reads back something else, and returns traffic before the rollback command', async () => {
    const { ctx, production, report } = setup(
      canaryConfig(HAPROXY_CANARY),
      j =>
        new FakeRouter(j, { stable: 100, canary: 0 }, targets =>
          targets.canary?.weight === 100 ? 'HAProxy read back web/web_canary weight 1, expected 100' : null
        )
    )
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 10',
      'router: canary 10, stable 90',
      'router: canary 100, stable 0',
      'router: stable 100, canary 0',
      'rollback.sh production v1.0.0'
    ])
    const deployment = await report()
    expect(deployment.services[0]?.rollout?.abort?.reason).toBe(
      'web: traffic change (canary weight 100, stable weight 0) failed: HAProxy read back web/web_canary weight 1, expected 100 at step 3 (set weight 100%)'
    )
    const failed = deployment.services[0]?.rollout?.steps[2]?.traffic?.[0]
    expect(failed).toMatchObject({ verified: false, step: 3 })
    expect(
      deployment.rollback?.traffic?.map(
        e => `${e.action} ${e.step}: ${weightsOf(e.before)} → ${weightsOf(e.after)}`
      )
    ).toEqual(['return null: stable 90, canary 10 → stable 100, canary 0'])
  })
})

describe('router: command (the default)', () => {
  it.each([
    ['no traffic section', ''],
    ['router: command', '    traffic:\n      production: { router: command }']
  ])(
    'with %s, the deploy command shifts the weights and each shift is still an event',
    async (_, traffic) => {
      const { ctx, production, events } = setup(canaryConfig(traffic))
      expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
      expect(production()).toEqual(['deploy.sh production v1.1.0 10', 'deploy.sh production v1.1.0 100'])
      expect(
        (await events()).map(
          e => `${e.step} ${e.router} ${e.verified}: ${weightsOf(e.before)} → ${weightsOf(e.after)}`
        )
      ).toEqual([
        '1 command false: canary 0, stable 100 → canary 10, stable 90',
        '3 command false: canary 10, stable 90 → canary 100, stable 0'
      ])
    }
  )
})

describe('blue/green routed by HAProxy', () => {
  const config = `
version: 1
services:
  web:
    deploy: deploy.sh \${env} \${tag} \${color}
    rollback: rollback.sh \${env} \${previous}
    verify: verify.sh \${env}
    strategy:
      type: blue-green
      retire: retire.sh \${color}
    traffic:
      production:
        router: haproxy
        socket: 127.0.0.1:9999
        backend: web
        servers: { blue: web_blue, green: web_green }
${HEALTH}
`
  it('tells the live colour from HAProxy, switches in one call, and a failed verify switches back before the rollback command', async () => {
    const { ctx, production, report } = setup(config, j => new FakeRouter(j, { blue: 100, green: 0 }))
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 green',
      'router: green ready 100, blue drain 0',
      'verify.sh production',
      'router: blue ready 100, green drain 0',
      'rollback.sh production v1.0.0'
    ])
    expect((await report()).rollback?.traffic?.[0]).toMatchObject({
      action: 'return',
      verified: true,
      step: null
    })
  })
  it('on a health breach returns traffic to the kept old colour through HAProxy, with no switch command to run', async () => {
    // The old colour stays up through the window (keep-old); HAProxy, not a switch command, sends traffic back.
    const journal: string[] = []
    const router = new FakeRouter(journal, { blue: 100, green: 0 })
    const logger = new MemoryLogger()
    const ctx = fakeContext(parseConfig(config, 'test.yml'), {
      runner: new FakeRunner(
        request => {
          journal.push(request.argv.join(' '))
          return 0
        },
        () => ''
      ),
      http: new FakeHttp(() => ({ ok: false, status: 503 })),
      logger,
      trafficRouter: () => router
    })
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(journal.filter(line => !line.includes('staging'))).toEqual([
      'deploy.sh production v1.1.0 green',
      'router: green ready 100, blue drain 0',
      'verify.sh production',
      'router: blue ready 100, green drain 0',
      'rollback.sh production v1.0.0'
    ])
    expect(logger.lines.filter(line => line.includes('switching back'))).toEqual([])
  })

  // The release v1.1.0 was deployed to green and switched there; blue, the old colour, is kept or retired.
  const releaseRecord = (tag: string, retire: 'deferred' | 'completed'): ProductionDeploymentReport =>
    ({
      tag,
      environment: 'production',
      services: [
        {
          service: 'web',
          rollout: {
            steps: [
              { kind: 'deploy-color', color: 'green', status: 'completed' },
              { kind: 'switch', color: 'green', status: 'completed' },
              { kind: 'retire', color: 'blue', status: retire }
            ]
          }
        }
      ]
    }) as unknown as ProductionDeploymentReport
  it.each([
    [
      "the release's record shows its switch and the old colour kept",
      releaseRecord('v1.1.0', 'deferred'),
      ['router: blue ready 100, green drain 0', 'rollback.sh production v1.0.0']
    ],
    [
      "the release's record shows the old colour retired",
      releaseRecord('v1.1.0', 'completed'),
      ['rollback.sh production v1.0.0']
    ],
    [
      "the record is another release's",
      releaseRecord('v1.0.9', 'deferred'),
      ['rollback.sh production v1.0.0']
    ],
    ["the release's bundle is not at hand", undefined, ['rollback.sh production v1.0.0']]
  ])(
    'a manual rollback returns traffic to the old colour only while it is kept, before its command (%s)',
    async (_when, record, expected) => {
      const { ctx, production } = setup(config, j => new FakeRouter(j, { blue: 0, green: 100 }))
      const report = await runManualRollback(ctx, {
        environment: 'production',
        target: 'v1.0.0',
        reason: 'manual',
        ...(record ? { releaseRecord: record } : {})
      })
      expect(production()).toEqual(expected)
      expect(
        report.rollback.traffic?.map(e => `${e.action}: ${weightsOf(e.before)} → ${weightsOf(e.after)}`)
      ).toEqual(expected.length > 1 ? ['return: blue 0, green 100 → blue 100, green 0'] : undefined)
    }
  )
})

describe('the traffic section of the config', () => {
  const problemsOf = (strategy: string, traffic: string): string[] => {
    try {
      parseConfig(
        `
version: 1
services:
  web:
    deploy: deploy.sh
    rollback: rollback.sh
${strategy}
    traffic:
      production:
${traffic}
${HEALTH}
`,
        'test.yml'
      )
    } catch (error) {
      return (error as ConfigError).problems
    }
    return []
  }
  const CANARY = '    strategy: { type: canary, steps: [{ set-weight: 100 }] }'
  const BLUE_GREEN = '    strategy: { type: blue-green, retire: retire.sh }'
  it.each([
    {
      name: 'accepts a canary on a unix socket',
      strategy: CANARY,
      traffic:
        '        { router: haproxy, socket: /run/haproxy.sock, backend: web, servers: { stable: a, canary: b } }',
      problems: []
    },
    {
      name: 'accepts blue/green on host:port without active-color and switch commands',
      strategy: BLUE_GREEN,
      traffic:
        '        { router: haproxy, socket: "[::1]:9999", backend: web, servers: { blue: a, green: b }, timeout: 2s }',
      problems: []
    },
    {
      name: 'still needs the commands for blue/green routed by commands',
      strategy: BLUE_GREEN,
      traffic: '        { router: command }',
      problems: [
        '$.services.web.strategy: blue-green needs active-color, switch (commands; see schemas/config.schema.json)'
      ]
    },
    {
      name: 'refuses a socket that is neither a path nor host:port',
      strategy: CANARY,
      traffic:
        '        { router: haproxy, socket: admin.sock, backend: web, servers: { stable: a, canary: b } }',
      problems: [
        '$.services.web.traffic.production.socket: got "admin.sock", expected an absolute unix socket path (/run/haproxy/admin.sock) or host:port (127.0.0.1:9999)'
      ]
    },
    {
      name: 'refuses blue/green servers on a canary',
      strategy: CANARY,
      traffic: '        { router: haproxy, socket: /s, backend: web, servers: { blue: a, green: b } }',
      problems: [
        '$.services.web.traffic.production.servers: a canary strategy needs servers stable and canary; got blue, green'
      ]
    },
    {
      name: 'refuses one server in two roles',
      strategy: CANARY,
      traffic: '        { router: haproxy, socket: /s, backend: web, servers: { stable: a, canary: a } }',
      problems: [
        "$.services.web.traffic.production.servers: stable and canary are the same server 'a'; they must differ"
      ]
    },
    {
      name: 'refuses haproxy on an all-at-once service',
      strategy: '',
      traffic: '        { router: haproxy, socket: /s, backend: web, servers: { stable: a, canary: b } }',
      problems: [
        "$.services.web.traffic.production: router haproxy shifts the traffic of a canary or blue-green strategy; this service's strategy is all-at-once"
      ]
    },
    {
      name: 'refuses a missing backend and servers',
      strategy: CANARY,
      traffic: '        { router: haproxy, socket: /s }',
      problems: [
        '$.services.web.traffic.production: router haproxy needs backend, servers (e.g. socket: /run/haproxy/admin.sock, backend: web, servers: {stable: web_stable, canary: web_canary})'
      ]
    },
    {
      name: 'refuses a timeout over a minute',
      strategy: CANARY,
      traffic:
        '        { router: haproxy, socket: /s, backend: web, servers: { stable: a, canary: b }, timeout: 5m }',
      problems: ['$.services.web.traffic.production.timeout: got "5m", expected at most 1m']
    },
    {
      name: 'refuses haproxy keys under router command',
      strategy: CANARY,
      traffic: '        { router: command, socket: /s }',
      problems: [
        '$.services.web.traffic.production: socket belong to router haproxy; router command uses the deploy and switch commands'
      ]
    }
  ])('$name', ({ strategy, traffic, problems }) => {
    expect(problemsOf(strategy, traffic)).toEqual(problems)
  })
})
