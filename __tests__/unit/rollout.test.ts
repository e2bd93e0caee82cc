import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { runRelease } from '../../src/engine/run.js'
import type { ProductionDeploymentReport } from '../../src/core/records/index.js'
import type { HealthWindowRecord } from '../../src/core/records/index.js'
import { interruptibleClock } from '../../src/core/interruption.js'
import { FakeClock, fakeContext, FakeHttp, FakeRunner, MemoryHistory, MemoryLogger } from '../fakes.js'

const PROMETHEUS = 'http://127.0.0.1:9090'

function config(strategy: string): string {
  return `
version: 1
services:
  backend:
    deploy: deploy.sh \${env} \${tag} weight=\${weight} batch=\${batch} step=\${step}
    rollback: rollback.sh \${env} \${previous}
${strategy}
metrics:
  - id: canary-errors
    prometheus: { url: ${PROMETHEUS}, query: 'sum(rate(errors{version="\${tag}"}[1m]))' }
    max: 0.01
    failure-limit: 2
  - { id: stable-latency, http: { url: 'http://127.0.0.1:2/stable' } }
  - { id: canary-latency, http: { url: 'http://127.0.0.1:2/canary' } }
health:
  window: 10s
  interval: 5s
  probes:
    - { id: api, http: { url: http://127.0.0.1:1/healthz } }
`
}

const CANARY = `    strategy:
      type: canary
      steps:
        - set-weight: 10
        - pause: 30s
        - analysis: { probes: [canary-errors], interval: 10s, count: 3 }
        - set-weight: 50
        - analysis: { probes: [canary-errors], interval: 10s, count: 3 }
        - set-weight: 100`

/** A Prometheus instant-query answer with one sample, or no series. */
const vector = (value: string | null): string =>
  JSON.stringify({
    status: 'success',
    data: { resultType: 'vector', result: value === null ? [] : [{ metric: {}, value: [1764064800, value] }] }
  })

function setup(
  strategy: string,
  errorRate: (queries: number) => string | null,
  liveColor = 'blue',
  options: {
    firstRelease?: boolean
    healthy?: (probeCalls: number) => boolean
    failingCheck?: boolean
    /** SIGINT at the first wait after a log line containing this text. */
    interruptAfter?: string
  } = {}
) {
  const clock = new FakeClock()
  const runner = new FakeRunner(
    // The production verify fails (staging's passes).
    request =>
      request.argv[0] === 'check.sh' || (request.argv[0] === 'verify.sh' && request.argv[1] === 'production')
        ? 1
        : 0,
    request => (request.argv[0] === 'active-color.sh' ? `live: ${liveColor}\n` : '')
  )
  const logger = new MemoryLogger()
  let queries = 0
  let healthCalls = 0
  const http = new FakeHttp(url =>
    url.startsWith(PROMETHEUS)
      ? { body: vector(errorRate(++queries)) }
      : { status: url.endsWith('/healthz') && options.healthy && !options.healthy(++healthCalls) ? 500 : 200 }
  )
  const text =
    config(strategy) +
    (options.firstRelease ? 'rollback:\n  allow-first-release: true\n' : '') +
    (options.failingCheck ? 'production:\n  checks:\n    - check.sh ${env}\n' : '')
  const controller = new AbortController()
  const interruptAfter = options.interruptAfter
  const ctx = fakeContext(parseConfig(text, 'test.yml'), {
    runner,
    http,
    logger,
    ...(options.firstRelease ? { history: new MemoryHistory([]) } : {}),
    ...(interruptAfter
      ? {
          interrupt: controller.signal,
          clock: interruptibleClock(
            {
              now: () => clock.now(),
              sleep: ms => {
                if (logger.lines.some(line => line.includes(interruptAfter))) controller.abort('SIGINT')
                return clock.sleep(ms)
              }
            },
            controller.signal
          )
        }
      : { clock })
  })
  const production = () =>
    runner.requests.filter(r => r.argv.includes('production')).map(r => r.argv.join(' '))
  const report = async () =>
    (await ctx.store.readJson<ProductionDeploymentReport>(
      'production-deployment-report.json'
    )) as ProductionDeploymentReport
  const healthWindow = async () =>
    (await ctx.store.readJson<HealthWindowRecord>('health-window.json')) as HealthWindowRecord
  return { ctx, logger, clock, production, report, healthWindow }
}

describe('progressive rollout in production', () => {
  it('promotes a healthy canary step by step: 10% → analysis → 50% → analysis → 100%', async () => {
    const { ctx, production, report, clock } = setup(CANARY, () => '0.001')
    const start = clock.now().getTime()
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 weight=10 batch= step=1',
      'deploy.sh production v1.1.0 weight=50 batch= step=4',
      'deploy.sh production v1.1.0 weight=100 batch= step=6'
    ])
    const rollout = (await report()).services[0]?.rollout
    expect(rollout).toMatchObject({ strategy: 'canary', status: 'promoted', abort: null })
    expect(rollout?.steps.map(s => `${s.kind}:${s.status}`)).toEqual([
      'set-weight:completed',
      'pause:completed',
      'analysis:completed',
      'set-weight:completed',
      'analysis:completed',
      'set-weight:completed'
    ])
    expect(rollout?.steps[2]?.analysis).toMatchObject({ verdict: 'passed', count: 3 })
    // 30 s pause + two analyses of 3 rounds 10 s apart (20 s each) + a 10 s health window, on the fake clock.
    expect(clock.now().getTime() - start).toBe(30_000 + 20_000 + 20_000 + 10_000)
  })

  it('aborts a canary at the first analysis that breaches, rolls back, and records why', async () => {
    const { ctx, production, report, logger } = setup(CANARY, () => '0.35')
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 weight=10 batch= step=1',
      'rollback.sh production v1.0.0'
    ])
    const deployment = await report()
    expect(deployment.status).toBe('rolled-back')
    expect(deployment.rollback).toMatchObject({ trigger: 'rollout-analysis', status: 'success' })
    const rollout = deployment.services[0]?.rollout
    expect(rollout?.abort).toMatchObject({
      step: 3,
      description: expect.stringContaining('analysis of canary-errors')
    })
    expect(rollout?.abort?.reason).toContain(
      'probe canary-errors failed 2 time(s) (limit 2); last: 0.35 > max 0.01'
    )
    expect(rollout?.steps[2]?.analysis?.samples.map(s => s.value)).toEqual([0.35, 0.35])
    expect(logger.text()).toContain('[ALERT] Post-deployment metrics outside thresholds.')
    expect(logger.text()).toContain('rollout aborted at step 3')
    // The report says plainly where and why the rollout stopped.
    const deploymentReport = await ctx.store.readText('DEPLOYMENT-REPORT.md')
    expect(deploymentReport).toContain('### Rollout of backend (canary): aborted')
    expect(deploymentReport).toMatch(
      /\*\*Aborted at step 3 \(analysis of canary-errors \(3 × 10s\)\) at .*:\*\* backend: rollout aborted/
    )
  })

  it('treats a metric with no data as inconclusive, never as a pass, and aborts', async () => {
    const { ctx, production, report } = setup(CANARY, () => null)
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 weight=10 batch= step=1',
      'rollback.sh production v1.0.0'
    ])
    const abort = (await report()).services[0]?.rollout?.abort
    expect(abort?.reason).toContain('analysis inconclusive')
    expect(abort?.reason).toContain('returned no data')
  })

  it('aborts when Prometheus cannot be reached three times in a row', async () => {
    const { ctx, report } = setup(CANARY, () => null)
    const http = new FakeHttp(url =>
      url.startsWith(PROMETHEUS)
        ? { ok: false, status: null, error: 'connect ECONNREFUSED 127.0.0.1:9090' }
        : {}
    )
    expect(await runRelease({ ...ctx, http })).toMatchObject({ kind: 'rolled-back' })
    expect((await report()).services[0]?.rollout?.abort?.reason).toContain(
      'probe canary-errors could not be measured 3 time(s) (limit 3); last: connect ECONNREFUSED'
    )
  })

  it('deploys a first canary release fully, skipping the canary steps, on the record (nothing serves to compare with)', async () => {
    // An error rate that would fail any analysis: the canary's analyses must not run at all.
    const { ctx, production, report, logger } = setup(CANARY, () => '0.35', 'blue', { firstRelease: true })
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    expect(production()).toEqual(['deploy.sh production v1.1.0 weight=100 batch= step=1'])
    const rollout = (await report()).services[0]?.rollout
    expect(rollout).toMatchObject({ strategy: 'canary', status: 'promoted', abort: null })
    expect(rollout?.steps.map(s => `${s.kind}:${s.weight}:${s.status}`)).toEqual(['set-weight:100:completed'])
    expect(rollout?.skipped).toEqual({
      reason:
        'first release in production: no release serves there, so there is no stable version to compare a canary with',
      steps: [
        'set weight 10%',
        'pause 30s',
        'analysis of canary-errors (3 × 10s)',
        'set weight 50%',
        'analysis of canary-errors (3 × 10s)',
        'set weight 100%'
      ]
    })
    expect(logger.text()).toContain(
      'backend | canary steps skipped: first release in production: no release serves there, so there is no stable version to compare a canary with; deploying v1.1.0 fully'
    )
    // DEPLOYMENT-REPORT.md says so too, not only the JSON.
    expect(await ctx.store.readText('DEPLOYMENT-REPORT.md')).toContain(
      'Skipped set weight 10%, pause 30s, analysis of canary-errors (3 × 10s), set weight 50%, analysis of canary-errors (3 × 10s), set weight 100%: first release in production'
    )
  })

  it('runs the canary steps when --previous names what production serves, though the ledger is empty', async () => {
    const { ctx, production } = setup(CANARY, () => '0.001', 'blue', { firstRelease: true })
    expect(await runRelease({ ...ctx, previousOverride: 'v1.0.0' })).toEqual({ kind: 'passed' })
    expect(production()).toHaveLength(3)
  })

  it('rolls out in batches, passing each batch number and its cumulative weight', async () => {
    const { ctx, production } = setup(
      `    strategy: { type: rolling, batches: [25, 50, 100], pause: 5s, analysis: { probes: [canary-errors], count: 2 } }`,
      () => '0'
    )
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 weight=25 batch=1 step=1',
      'deploy.sh production v1.1.0 weight=50 batch=2 step=4',
      'deploy.sh production v1.1.0 weight=100 batch=3 step=7'
    ])
  })

  const BLUE_GREEN = `    strategy:
      type: blue-green
      active-color: active-color.sh \${env}
      switch: switch.sh \${env} \${color}
      retire: retire.sh \${env} \${color}
      preview-analysis: { probes: [canary-errors], count: 2 }
      keep-old: 1m`

  it('keeps the old colour up through the health window and retires it once Gate 4 passed and keep-old elapsed', async () => {
    const { ctx, production, report, healthWindow, clock } = setup(BLUE_GREEN, () => '0', 'blue')
    const start = clock.now().getTime()
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    expect(production()).toEqual([
      'active-color.sh production',
      'deploy.sh production v1.1.0 weight=0 batch= step=1',
      'switch.sh production green',
      'retire.sh production blue'
    ])
    const rollout = (await report()).services[0]?.rollout
    expect(rollout?.steps.map(s => `${s.kind}:${s.color ?? '-'}:${s.status}`)).toEqual([
      'deploy-color:green:completed',
      'analysis:-:completed',
      'switch:green:completed',
      'retire:blue:deferred'
    ])
    const window = await healthWindow()
    expect(window.retired).toEqual([
      expect.objectContaining({
        service: 'backend',
        color: 'blue',
        exec: expect.objectContaining({ status: 'success' })
      })
    ])
    // The retire ran after the window had passed, not before it started.
    expect((window.retired?.[0]?.exec.startedAt ?? '') >= window.finishedAt).toBe(true)
    const markdown = await ctx.store.readText('DEPLOYMENT-REPORT.md')
    expect(markdown).toContain('| retire the old colour | blue | deferred to after the health window |')
    expect(markdown).toContain('Old colours retired after the window: backend blue (success).')
    // the preview analysis (2 rounds, 5 s apart), then the later of the 10 s health window and keep-old (1m)
    expect(clock.now().getTime() - start).toBe(5_000 + 60_000)
  })

  it('records a passed release and the old colour it left running when a signal stops the keep-old wait', async () => {
    const { ctx, production, healthWindow } = setup(BLUE_GREEN, () => '0', 'blue', {
      interruptAfter: 'keeping blue up for keep-old'
    })
    expect(await runRelease(ctx)).toEqual({
      kind: 'interrupted',
      signal: 'SIGINT',
      reason: 'interrupted by SIGINT during the stabilize phase'
    })
    expect(production()).toEqual([
      'active-color.sh production',
      'deploy.sh production v1.1.0 weight=0 batch= step=1',
      'switch.sh production green'
    ])
    // Gate 4 had passed: the window's record and the ledger say so, and the next release is not held back.
    expect(await healthWindow()).toMatchObject({ verdict: 'healthy', retired: [] })
    expect((await ctx.history.ledger('production')).state).toMatchObject({
      kind: 'serving',
      release: 'v1.1.0'
    })
    expect(await ctx.store.readJson('release-interrupted.json')).toMatchObject({
      phase: 'stabilize',
      state:
        'production serves v1.1.0, released: its health window passed; the old colour kept for keep-old still runs, not retired (backend blue)',
      nextSteps: ["Retire backend's old colour blue when it is no longer needed: retire.sh production blue"]
    })
    expect(await ctx.store.verify()).toEqual([])
  })

  it('switches traffic back to the old colour first on a health breach, then runs the rollback, and records the switch back', async () => {
    const { ctx, production, healthWindow } = setup(BLUE_GREEN, () => '0', 'blue', {
      healthy: calls => calls < 2
    })
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(production()).toEqual([
      'active-color.sh production',
      'deploy.sh production v1.1.0 weight=0 batch= step=1',
      'switch.sh production green',
      'switch.sh production blue',
      'rollback.sh production v1.0.0'
    ])
    const window = await healthWindow()
    expect(window.verdict).toBe('breached')
    expect(window.retired ?? []).toEqual([])
    expect(window.rollback?.switchBack).toEqual([
      expect.objectContaining({
        service: 'backend',
        color: 'blue',
        exec: expect.objectContaining({ status: 'success' })
      })
    ])
    expect((window.rollback?.switchBack?.[0]?.exec.finishedAt ?? '') >= (window.breach?.at ?? '~')).toBe(true)
    expect(await ctx.store.readText('DEPLOYMENT-REPORT.md')).toContain(
      'backend: switched back to blue first (success), backend: success'
    )
  })

  it.each([
    ['an immediate post-deployment check fails', BLUE_GREEN, { failingCheck: true }, 'check.sh production'],
    [
      'the verify command fails right after the switch',
      `    verify: verify.sh \${env} \${color}\n${BLUE_GREEN}`,
      {},
      'verify.sh production green'
    ]
  ])('switches traffic back to the old colour first when %s', async (_, strategy, options, failed) => {
    const { ctx, production, report } = setup(strategy, () => '0', 'blue', options)
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(production()).toEqual([
      'active-color.sh production',
      'deploy.sh production v1.1.0 weight=0 batch= step=1',
      'switch.sh production green',
      failed,
      'switch.sh production blue',
      'rollback.sh production v1.0.0'
    ])
    expect(
      (await report()).rollback?.switchBack?.map(s => `${s.service}:${s.color}:${s.exec.status}`)
    ).toEqual(['backend:blue:success'])
  })

  it('has no old colour to switch back to when the first blue/green release fails its verify', async () => {
    const { ctx, production } = setup(
      `    verify: verify.sh \${env} \${color}\n${BLUE_GREEN}`,
      () => '0',
      'none',
      {
        firstRelease: true
      }
    )
    expect(await runRelease(ctx)).toMatchObject({ kind: 'failed' })
    expect(production().filter(c => c.startsWith('switch.sh'))).toEqual(['switch.sh production blue'])
  })

  it('never switches traffic to a colour whose preview fails, and rolls back', async () => {
    const { ctx, production, report } = setup(BLUE_GREEN, () => '0.5', 'green')
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(production()).toEqual([
      'active-color.sh production',
      'deploy.sh production v1.1.0 weight=0 batch= step=1',
      'rollback.sh production v1.0.0'
    ])
    expect((await report()).services[0]?.rollout?.abort).toMatchObject({ step: 2 })
  })

  it('deploys blue first when no colour is live yet, and has nothing to retire', async () => {
    const { ctx, production } = setup(BLUE_GREEN, () => '0', '')
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    expect(production()).toEqual([
      'active-color.sh production',
      'deploy.sh production v1.1.0 weight=0 batch= step=1',
      'switch.sh production blue'
    ])
  })

  const COMPARED = `    strategy:
      type: canary
      steps:
        - set-weight: 20
        - analysis:
            compare: [{ id: latency, baseline: stable-latency, canary: canary-latency, direction: increase }]
            count: 8
        - set-weight: 100`

  /** Latencies that vary round by round; the canary's are `factor` times the baseline's. */
  function compared(factor: number) {
    const context = setup(COMPARED, () => '0')
    let round = 0
    const http = new FakeHttp(url => {
      const base = 100 + ((round++ * 7) % 23)
      return { latencyMs: url.endsWith('/canary') ? Math.round(base * factor) : base }
    })
    return { ...context, ctx: { ...context.ctx, http } }
  }

  it('promotes a canary whose latency matches the baseline (Mann-Whitney, scored like Kayenta)', async () => {
    const { ctx, report } = compared(1)
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    const analysis = (await report()).services[0]?.rollout?.steps[1]?.analysis
    expect(analysis?.comparison).toMatchObject({ verdict: 'pass', score: 100 })
    expect(analysis?.samples.filter(s => s.probe === 'canary-latency')).toHaveLength(8)
  })

  it('aborts a canary that is significantly slower than the baseline, with the score and the medians', async () => {
    const { ctx, report, production } = compared(2)
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 weight=20 batch= step=1',
      'rollback.sh production v1.0.0'
    ])
    const rollout = (await report()).services[0]?.rollout
    expect(rollout?.steps[1]?.analysis?.comparison).toMatchObject({ verdict: 'fail', score: 0 })
    expect(rollout?.abort?.reason).toMatch(/canary fail \(score 0; pass ≥ 95, marginal ≥ 75\): .*median/)
  })

  const PAUSED = `    strategy:
      type: canary
      steps:
        - set-weight: 10
        - pause: approval
        - set-weight: 100`

  it.each([
    ['continues a paused rollout when a person answers yes', true, 'passed'],
    ['stops a paused rollout and rolls back when the answer is no', false, 'rolled-back']
  ])('%s', async (_name, answer, kind) => {
    const { ctx, production, logger } = setup(PAUSED, () => '0')
    const prompts: string[] = []
    ctx.confirm = async prompt => {
      prompts.push(prompt)
      return answer
    }
    expect(await runRelease(ctx)).toMatchObject({ kind })
    expect(prompts).toEqual([
      '[ROLLOUT PAUSED] backend at step 2: 10% on v1.1.0. Continue the rollout? (yes/no)'
    ])
    expect(production()[0]).toBe('deploy.sh production v1.1.0 weight=10 batch= step=1')
    if (!answer)
      expect(logger.text()).toContain('[ERROR] Rollout stopped: backend: rollout stopped at step 2')
  })

  it('stops a rollout paused for approval where nobody can answer', async () => {
    const { ctx, report } = setup(PAUSED, () => '0')
    expect(await runRelease(ctx)).toMatchObject({ kind: 'rolled-back' })
    expect((await report()).rollback).toMatchObject({ trigger: 'rollout-stopped' })
    expect((await report()).services[0]?.rollout?.abort?.reason).toContain(
      'nobody can answer here (no terminal)'
    )
  })

  it('passes max-unavailable to each batch of a rolling update', async () => {
    const { ctx, production } = setup(
      `    strategy: { type: rolling, batches: 2, max-unavailable: 25% }`,
      () => '0'
    )
    ctx.config.services[0]!.deploy.command =
      'deploy.sh ${env} ${tag} batch=${batch} unavailable=${unavailable}'
    expect(await runRelease(ctx)).toEqual({ kind: 'passed' })
    expect(production()).toEqual([
      'deploy.sh production v1.1.0 batch=1 unavailable=25%',
      'deploy.sh production v1.1.0 batch=2 unavailable=25%'
    ])
  })

  it('deploys staging all at once whatever the production strategy', async () => {
    const {
      ctx,
      ctx: { runner }
    } = setup(CANARY, () => '0')
    await runRelease(ctx)
    expect((runner as FakeRunner).commands().filter(c => c.includes(' staging '))).toEqual([
      'deploy.sh staging v1.1.0 weight=100 batch= step=1'
    ])
  })
})

describe('rollout config', () => {
  const problems = (strategy: string, extra = ''): string => {
    try {
      parseConfig(config(strategy) + extra, 'test.yml')
      return ''
    } catch (error) {
      return (error as Error).message
    }
  }

  it.each([
    [
      'a canary that never reaches 100%',
      `    strategy: { type: canary, steps: [{ set-weight: 10 }, { set-weight: 50 }] }`,
      'the last set-weight must be 100'
    ],
    [
      'weights that go down',
      `    strategy: { type: canary, steps: [{ set-weight: 50 }, { set-weight: 10 }, { set-weight: 100 }] }`,
      'weights must increase; 10 follows 50'
    ],
    [
      'an analysis of an unknown probe',
      `    strategy: { type: canary, steps: [{ set-weight: 10 }, { analysis: { probes: [latency] } }, { set-weight: 100 }] }`,
      "unknown probe 'latency'. Define it under metrics or health.probes"
    ],
    [
      'a step with two actions',
      `    strategy: { type: canary, steps: [{ set-weight: 10, pause: 1m }, { set-weight: 100 }] }`,
      'steps[0]'
    ],
    [
      'a blue/green without its commands',
      `    strategy: { type: blue-green }`,
      'blue-green needs active-color, switch, retire'
    ],
    [
      'rolling batches that end below 100',
      `    strategy: { type: rolling, batches: [25, 50] }`,
      'the last batch must reach 100'
    ]
  ])('refuses %s', (_name, strategy, message) => {
    expect(problems(strategy)).toContain(message)
  })

  it('refuses a prometheus probe with nothing to judge its value against', () => {
    const withoutBounds = config(CANARY).replace('    max: 0.01\n', '')
    expect(() => parseConfig(withoutBounds, 'test.yml')).toThrow(
      '$.metrics[0]: a prometheus probe needs min or max to judge the value against'
    )
  })
})
