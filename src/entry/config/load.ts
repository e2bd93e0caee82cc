import { readFile } from 'node:fs/promises'
import { parseDocument } from 'yaml'
import { ConfigError, messageOf, UsageError } from '../../core/errors.js'
import { describeSchemaErrors } from '../../core/schema-errors.js'
import { compileSchemaFile } from '../../adapters/evidence/schemas.js'
import { deployLevels } from '../../core/service-order.js'
import { tokenizeCommand } from '../../core/command-template.js'
import { parseDuration } from '../../core/duration.js'
import { workspacePathProblem } from '../../core/workspace-path.js'
import { validateWindowPolicy } from '../../phases/readiness/window.js'
import type {
  AllowedWindow,
  Freeze,
  WindowPolicy,
  AnalysisSpec,
  CommandSpec,
  HttpCheckSpec,
  ProbeSpec,
  ReleaseConfig,
  RolloutStep,
  StepSpec,
  StrategySpec
} from '../../core/config.js'

/** Where the config lives unless `--config` / the `config` input says otherwise. */
export const DEFAULT_CONFIG_PATH = '.github/release-gate.yml'

const DEFAULT_TIMEOUT_MS = 10 * 60_000
const MAX_HEALTH_WINDOW_MS = 24 * 3_600_000
const MAX_STEP_TIMEOUT_MS = 24 * 3_600_000
const MAX_PAUSE_MS = 24 * 3_600_000
const MAX_AGE_MS = 366 * 86_400_000
const MAX_PROBE_TIMEOUT_MS = 10 * 60_000

/** Reads, parses and validates a release config file. Every problem becomes a ConfigError line naming its JSON path. */
export async function loadConfig(file: string): Promise<ReleaseConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `Config file ${file} not found. Create it (see schemas/config.schema.json) or pass --config <file>.`
        : `Cannot read config file ${file}: ${messageOf(error)}`
    )
  }
  return parseConfig(text, file)
}

/** Parses and validates config text; `file` is only used in messages. */
export function parseConfig(text: string, file: string): ReleaseConfig {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true })
  if (document.errors.length > 0) {
    throw new ConfigError(
      file,
      document.errors.map(
        e =>
          `YAML ${e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : ''}: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`
      )
    )
  }
  const raw: unknown = document.toJS()
  const validate = compileSchemaFile('config.schema.json')
  if (!validate(raw)) throw new ConfigError(file, describeSchemaErrors(validate.errors ?? [], raw))
  return normalize(raw as RawConfig, file)
}

type RawStep = CommandSpec | { name?: string; run: CommandSpec; timeout?: string }
type RawHttpCheck = {
  id: string
  url: string
  method?: 'GET' | 'HEAD' | 'POST'
  'expect-status'?: number
  'expect-headers'?: Record<string, string>
  'expect-json'?: Record<string, string | number | boolean | null>
  'max-latency-ms'?: number
  timeout?: string
}
type RawProbe = {
  id: string
  http?: {
    url: string
    'expect-status'?: number
    'max-latency-ms'?: number
    'expect-json'?: Record<string, string | number | boolean | null>
    timeout?: string
  }
  command?: CommandSpec
  value?: 'exit-code' | 'stdout'
  prometheus?: { url: string; query: string; timeout?: string }
  min?: number
  max?: number
  timeout?: string
  'failure-limit'?: number
  'consecutive-error-limit'?: number
  'inconclusive-limit'?: number
}
type RawAnalysis = {
  probes?: string[]
  interval?: string
  count?: number
  'on-inconclusive'?: 'fail' | 'pause'
  compare?: {
    id: string
    baseline: string
    canary: string
    direction?: 'increase' | 'decrease' | 'either'
    critical?: boolean
    weight?: number
    tolerance?: number
  }[]
  score?: { pass?: number; marginal?: number; alpha?: number }
}
type RawStrategy = {
  type: 'all-at-once' | 'canary' | 'rolling' | 'blue-green'
  'active-color'?: RawStep
  switch?: RawStep
  retire?: RawStep
  'preview-analysis'?: RawAnalysis
  'keep-old'?: string
  steps?: { 'set-weight'?: number; pause?: string; analysis?: RawAnalysis }[]
  'max-unavailable'?: number | string
  batches?: number | number[]
  pause?: string
  analysis?: RawAnalysis
}
interface RawConfig {
  'environment-urls'?: Record<string, string>
  'evidence-dir'?: string
  'state-dir'?: string
  prerequisites?: {
    id: string
    description?: string
    path: string
    'max-age': string
    schema?: string
    'timestamp-field'?: string
  }[]
  concurrency?: number
  services: Record<
    string,
    { deploy: RawStep; rollback: RawStep; verify?: RawStep; after?: string[]; strategy?: RawStrategy }
  >
  metrics?: RawProbe[]
  rollback?: { 'allow-first-release'?: boolean }
  staging?: { validate?: RawStep[]; uat?: { required?: boolean } }
  production?: { checks?: RawStep[] }
  validation?: { staging?: RawHttpCheck[]; production?: RawHttpCheck[]; 'perf-samples'?: number }
  health: {
    window: string
    interval: string
    'failure-limit'?: number
    'on-breach'?: 'rollback' | 'alert'
    probes: RawProbe[]
  }
  approval?: {
    environment?: string
    approvers?: string[]
    'require-reviewers'?: boolean
    'self-approval'?: 'refuse' | 'warn' | 'allow'
  }
  stakeholders?: { name: string; role?: string }[]
  communications?: { monitors?: string[]; channel?: string }
  secrets?: string[]
  window?: { timezone?: string; allow?: AllowedWindow[]; freeze?: Freeze[] }
  scope?: { services?: Record<string, string[]>; 'risky-paths'?: string[] }
  notify?: {
    name?: string
    url?: string
    'url-env'?: string
    format: 'json' | 'slack'
    events?: string[]
    timeout?: string
  }[]
}

function normalize(raw: RawConfig, file: string): ReleaseConfig {
  const problems: string[] = []
  /** A duration within (0, max]: zero would fire at once, and a typo such as 5000h must not wait for weeks. */
  const bounded = (text: string, path: string, maxMs: number, maxText: string): number => {
    const ms = parseDuration(text)
    if (ms === 0) problems.push(`${path}: got "${text}", expected longer than 0`)
    else if (ms > maxMs) problems.push(`${path}: got "${text}", expected at most ${maxText}`)
    return ms
  }
  const step = (value: RawStep, path: string): StepSpec => {
    const spec = typeof value === 'object' && !Array.isArray(value) ? value : { run: value }
    let words: string[] = []
    try {
      words = tokenizeCommand(spec.run)
    } catch (error) {
      problems.push(`${path}: ${messageOf(error)}`)
    }
    const program = words[0] ?? 'command'
    return {
      name:
        spec.name ??
        (program.includes('/') ||
        ['bash', 'sh', 'node', 'python', 'python3', 'release-gate'].includes(program)
          ? scriptName(words)
          : program),
      command: spec.run,
      timeoutMs: spec.timeout
        ? bounded(spec.timeout, `${path}.timeout`, MAX_STEP_TIMEOUT_MS, '24h')
        : DEFAULT_TIMEOUT_MS
    }
  }
  const unique = (ids: string[], path: string): void => {
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${path}: duplicate id '${id}'`)
      seen.add(id)
    }
  }

  const healthIntervalMs = parseDuration(raw.health.interval)
  const analyses: { path: string; analysis: AnalysisSpec }[] = []
  const analysis = (a: RawAnalysis, path: string): AnalysisSpec => {
    const compare = (a.compare ?? []).map(m => ({
      id: m.id,
      baseline: m.baseline,
      canary: m.canary,
      direction: m.direction ?? 'increase',
      critical: m.critical ?? false,
      weight: m.weight ?? 1,
      tolerance: m.tolerance ?? 0
    }))
    const spec: AnalysisSpec = {
      probes: a.probes ?? [],
      intervalMs: a.interval ? parseDuration(a.interval) : healthIntervalMs,
      count: a.count ?? (compare.length > 0 ? 10 : 3),
      onInconclusive: a['on-inconclusive'] ?? 'fail',
      compare,
      score: { pass: a.score?.pass ?? 95, marginal: a.score?.marginal ?? 75, alpha: a.score?.alpha ?? 0.05 }
    }
    if (spec.score.marginal > spec.score.pass)
      problems.push(`${path}.score: marginal ${spec.score.marginal} is above pass ${spec.score.pass}`)
    if (compare.length > 0 && spec.count < 3)
      problems.push(
        `${path}.count: a baseline comparison needs at least 3 rounds (a Mann-Whitney test on fewer says nothing)`
      )
    if (spec.intervalMs < 100) problems.push(`${path}.interval: got "${a.interval}", expected at least 100ms`)
    analyses.push({ path, analysis: spec })
    return spec
  }
  const strategy = (raw: RawStrategy | undefined, path: string): StrategySpec => {
    if (!raw || raw.type === 'all-at-once') {
      if (raw?.steps || raw?.batches) problems.push(`${path}: all-at-once takes no steps or batches`)
      return { type: 'all-at-once', steps: [{ kind: 'set-weight', weight: 100 }] }
    }
    if (raw.type === 'canary') {
      if (!raw.steps) {
        problems.push(
          `${path}.steps: a canary needs steps, e.g. [{set-weight: 10}, {pause: 1m}, {set-weight: 100}]`
        )
        return { type: 'canary', steps: [] }
      }
      if (raw.batches !== undefined || raw.pause !== undefined || raw.analysis !== undefined)
        problems.push(`${path}: batches, pause and analysis belong to rolling; a canary lists them as steps`)
      const steps: RolloutStep[] = raw.steps.map((step, i) =>
        step['set-weight'] !== undefined
          ? { kind: 'set-weight', weight: step['set-weight'] }
          : step.pause === 'approval'
            ? { kind: 'pause-for-approval' }
            : step.pause !== undefined
              ? {
                  kind: 'pause',
                  durationMs: bounded(step.pause, `${path}.steps[${i}].pause`, MAX_PAUSE_MS, '24h')
                }
              : {
                  kind: 'analysis',
                  analysis: analysis(step.analysis as RawAnalysis, `${path}.steps[${i}].analysis`)
                }
      )
      const weights = steps.flatMap(s => (s.kind === 'set-weight' ? [s.weight] : []))
      if (weights.at(-1) !== 100)
        problems.push(
          `${path}.steps: the last set-weight must be 100 (full promotion); got ${weights.at(-1) ?? 'none'}`
        )
      weights.forEach((weight, i) => {
        if (i > 0 && weight <= (weights[i - 1] as number))
          problems.push(`${path}.steps: weights must increase; ${weight} follows ${weights[i - 1]}`)
      })
      return { type: 'canary', steps }
    }
    if (raw.type === 'blue-green') {
      const missing = (['active-color', 'switch', 'retire'] as const).filter(key => raw[key] === undefined)
      if (missing.length > 0)
        problems.push(
          `${path}: blue-green needs ${missing.join(', ')} (commands; see schemas/config.schema.json)`
        )
      if (raw.steps || raw.batches) problems.push(`${path}: blue-green takes no steps or batches`)
      const placeholder = { name: 'missing', command: 'false', timeoutMs: DEFAULT_TIMEOUT_MS }
      const command = (key: 'active-color' | 'switch' | 'retire'): StepSpec =>
        raw[key] === undefined ? placeholder : step(raw[key] as RawStep, `${path}.${key}`)
      const steps: RolloutStep[] = [{ kind: 'deploy-color' }]
      if (raw['preview-analysis'])
        steps.push({
          kind: 'analysis',
          analysis: analysis(raw['preview-analysis'], `${path}.preview-analysis`)
        })
      steps.push({ kind: 'switch' })
      const keepOldMs = raw['keep-old']
        ? bounded(raw['keep-old'], `${path}.keep-old`, MAX_PAUSE_MS, '24h')
        : 0
      if (keepOldMs > 0) steps.push({ kind: 'pause', durationMs: keepOldMs })
      steps.push({ kind: 'retire' })
      return {
        type: 'blue-green',
        steps,
        blueGreen: {
          activeColor: command('active-color'),
          switch: command('switch'),
          retire: command('retire')
        }
      }
    }
    if (raw.steps) problems.push(`${path}.steps: a rolling update takes batches, not steps`)
    const batches = raw.batches ?? 1
    const percents = Array.isArray(batches)
      ? batches
      : Array.from({ length: batches }, (_, i) => Math.round(((i + 1) * 100) / batches))
    if (percents.at(-1) !== 100) problems.push(`${path}.batches: the last batch must reach 100 (percent)`)
    percents.forEach((percent, i) => {
      if (i > 0 && percent <= (percents[i - 1] as number))
        problems.push(`${path}.batches: batches must increase; ${percent} follows ${percents[i - 1]}`)
    })
    const between = raw.analysis ? analysis(raw.analysis, `${path}.analysis`) : undefined
    const steps: RolloutStep[] = []
    percents.forEach((weight, i) => {
      steps.push({ kind: 'set-weight', weight, batch: i + 1 })
      if (i === percents.length - 1) return
      if (raw.pause)
        steps.push({ kind: 'pause', durationMs: bounded(raw.pause, `${path}.pause`, MAX_PAUSE_MS, '24h') })
      if (between) steps.push({ kind: 'analysis', analysis: between })
    })
    return { type: 'rolling', steps, maxUnavailable: String(raw['max-unavailable'] ?? 1) }
  }

  const services = Object.entries(raw.services).map(([id, s]) => ({
    id,
    deploy: step(s.deploy, `$.services.${id}.deploy`),
    rollback: step(s.rollback, `$.services.${id}.rollback`),
    verify: s.verify === undefined ? undefined : step(s.verify, `$.services.${id}.verify`),
    after: s.after ?? [],
    strategy: strategy(s.strategy, `$.services.${id}.strategy`)
  }))
  try {
    deployLevels(services)
  } catch (error) {
    problems.push(`$.services: ${messageOf(error)}`)
  }

  const confined = (path: string | undefined, where: string): void => {
    const problem = path === undefined ? null : workspacePathProblem(path)
    if (problem) problems.push(`${where}: ${problem}`)
  }
  confined(raw['evidence-dir'], '$.evidence-dir')
  confined(raw['state-dir'], '$.state-dir')
  raw.prerequisites?.forEach((p, i) => {
    confined(p.path, `$.prerequisites[${i}].path`)
    confined(p.schema, `$.prerequisites[${i}].schema`)
  })
  const prerequisites = (raw.prerequisites ?? []).map(p => ({
    id: p.id,
    description: p.description,
    path: p.path,
    maxAgeMs: parseDuration(p['max-age']),
    schemaPath: p.schema,
    timestampField: p['timestamp-field']
  }))
  unique(
    prerequisites.map(p => p.id),
    '$.prerequisites'
  )
  prerequisites.forEach((p, i) => {
    if (p.maxAgeMs === 0) problems.push(`$.prerequisites[${i}].max-age: must be longer than 0`)
    else if (p.maxAgeMs > MAX_AGE_MS)
      problems.push(
        `$.prerequisites[${i}].max-age: got "${raw.prerequisites?.[i]?.['max-age']}", expected at most 366d (evidence older than a year proves nothing about this release)`
      )
  })

  const httpCheck = (c: RawHttpCheck): HttpCheckSpec => ({
    id: c.id,
    url: c.url,
    method: c.method ?? 'GET',
    expectStatus: c['expect-status'] ?? 200,
    expectHeaders: c['expect-headers'] ?? {},
    expectJson: c['expect-json'] ?? {},
    maxLatencyMs: c['max-latency-ms'],
    timeoutMs: c.timeout ? parseDuration(c.timeout) : 5000
  })
  const validation = {
    staging: (raw.validation?.staging ?? []).map(httpCheck),
    production: (raw.validation?.production ?? []).map(httpCheck),
    perfSamples: raw.validation?.['perf-samples'] ?? 20
  }
  unique(
    validation.staging.map(c => c.id),
    '$.validation.staging'
  )
  unique(
    validation.production.map(c => c.id),
    '$.validation.production'
  )

  const failureLimit = raw.health['failure-limit'] ?? 1
  const probe = (p: RawProbe, path: string, intervalMs: number): ProbeSpec => {
    const limits = {
      failureLimit: p['failure-limit'] ?? failureLimit,
      consecutiveErrorLimit: p['consecutive-error-limit'] ?? 3,
      inconclusiveLimit: p['inconclusive-limit'] ?? 3,
      ...(p.min === undefined ? {} : { min: p.min }),
      ...(p.max === undefined ? {} : { max: p.max })
    }
    if (p.min !== undefined && p.max !== undefined && p.min > p.max)
      problems.push(`${path}: min ${p.min} is greater than max ${p.max}`)
    if (p.http) {
      return {
        id: p.id,
        kind: 'http',
        url: p.http.url,
        expectStatus: p.http['expect-status'] ?? 200,
        maxLatencyMs: p.http['max-latency-ms'],
        expectJson: p.http['expect-json'] ?? {},
        timeoutMs: p.http.timeout
          ? bounded(p.http.timeout, `${path}.http.timeout`, MAX_PROBE_TIMEOUT_MS, '10m')
          : Math.min(intervalMs, 5000),
        ...limits
      }
    }
    if (p.prometheus) {
      if (p.min === undefined && p.max === undefined)
        problems.push(`${path}: a prometheus probe needs min or max to judge the value against`)
      return {
        id: p.id,
        kind: 'prometheus',
        url: p.prometheus.url.replace(/\/+$/, ''),
        query: p.prometheus.query,
        timeoutMs: p.prometheus.timeout
          ? bounded(p.prometheus.timeout, `${path}.prometheus.timeout`, MAX_PROBE_TIMEOUT_MS, '10m')
          : Math.min(intervalMs, 5000),
        ...limits
      }
    }
    try {
      tokenizeCommand(p.command as CommandSpec)
    } catch (error) {
      problems.push(`${path}.command: ${messageOf(error)}`)
    }
    if ((p.min !== undefined || p.max !== undefined) && p.value !== 'stdout')
      problems.push(`${path}: min/max judge a printed number; add value: stdout`)
    return {
      id: p.id,
      kind: 'command',
      command: p.command as CommandSpec,
      value: p.value ?? 'exit-code',
      timeoutMs: p.timeout ? bounded(p.timeout, `${path}.timeout`, MAX_PROBE_TIMEOUT_MS, '10m') : 10_000,
      ...limits
    }
  }

  let health: ReleaseConfig['health']
  {
    const windowMs = parseDuration(raw.health.window)
    const intervalMs = parseDuration(raw.health.interval)
    if (windowMs === 0) problems.push('$.health.window: must be longer than 0')
    if (windowMs > MAX_HEALTH_WINDOW_MS)
      problems.push(`$.health.window: got "${raw.health.window}", expected at most 24h`)
    if (intervalMs < 100)
      problems.push(`$.health.interval: got "${raw.health.interval}", expected at least 100ms`)
    if (intervalMs > windowMs)
      problems.push(
        `$.health.interval: "${raw.health.interval}" is longer than the window "${raw.health.window}"`
      )
    const probes = raw.health.probes.map((p, i) => probe(p, `$.health.probes[${i}]`, intervalMs))
    unique(
      probes.map(p => p.id),
      '$.health.probes'
    )
    health = {
      windowMs,
      intervalMs,
      failureLimit,
      onBreach: raw.health['on-breach'] ?? 'rollback',
      probes
    }
  }

  const metrics = (raw.metrics ?? []).map((p, i) => probe(p, `$.metrics[${i}]`, healthIntervalMs))
  const probeIds = new Set([...metrics, ...health.probes].map(p => p.id))
  unique(
    [...metrics, ...health.probes].map(p => p.id),
    '$.metrics and $.health.probes'
  )
  for (const { path, analysis: spec } of analyses) {
    for (const id of spec.probes)
      if (!probeIds.has(id))
        problems.push(`${path}.probes: unknown probe '${id}'. Define it under metrics or health.probes.`)
    spec.compare.forEach((metric, i) => {
      for (const id of [metric.baseline, metric.canary])
        if (!probeIds.has(id))
          problems.push(
            `${path}.compare[${i}]: unknown probe '${id}'. Define it under metrics or health.probes.`
          )
    })
  }

  const window: WindowPolicy = {
    timezone: raw.window?.timezone ?? 'UTC',
    allow: raw.window?.allow ?? [],
    freeze: raw.window?.freeze ?? []
  }
  problems.push(...validateWindowPolicy(window, '$.window'))
  for (const id of Object.keys(raw.scope?.services ?? {}))
    if (!services.some(s => s.id === id))
      problems.push(`$.scope.services.${id}: no service '${id}' is configured`)

  const config: ReleaseConfig = {
    sourcePath: file,
    evidenceDir: raw['evidence-dir'] ?? '.artifacts/deployment',
    stateDir: raw['state-dir'] ?? '.release-gate',
    prerequisites,
    concurrency: raw.concurrency ?? 4,
    services,
    allowFirstRelease: raw.rollback?.['allow-first-release'] ?? false,
    stagingValidate: (raw.staging?.validate ?? []).map((s, i) => step(s, `$.staging.validate[${i}]`)),
    uatRequired: raw.staging?.uat?.required ?? false,
    metrics,
    productionChecks: (raw.production?.checks ?? []).map((s, i) => step(s, `$.production.checks[${i}]`)),
    validation,
    health,
    approval: {
      environment: raw.approval?.environment ?? 'production',
      approvers: raw.approval?.approvers ?? [],
      requireReviewers: raw.approval?.['require-reviewers'] ?? true,
      selfApproval: raw.approval?.['self-approval'] ?? 'refuse'
    },
    stakeholders: raw.stakeholders ?? [],
    communications: { monitors: raw.communications?.monitors ?? [], channel: raw.communications?.channel },
    secretEnvNames: raw.secrets ?? [],
    environmentUrls: raw['environment-urls'] ?? {},
    window,
    scope: { services: raw.scope?.services ?? {}, riskyPaths: raw.scope?.['risky-paths'] ?? [] },
    notify: (raw.notify ?? []).map((n, i) => ({
      name: n.name ?? (n['url-env'] ? `$${n['url-env']}` : `notify[${i}]`),
      ...(n.url ? { url: n.url } : {}),
      ...(n['url-env'] ? { urlEnv: n['url-env'] } : {}),
      format: n.format,
      events: n.events ?? [],
      timeoutMs: n.timeout ? parseDuration(n.timeout) : 5000
    }))
  }
  if (problems.length > 0) throw new ConfigError(file, problems)
  return config
}

// `bash scripts/deploy_backend.sh --env x` is announced as deploy_backend.sh, like the spec's status lines.
function scriptName(words: string[]): string {
  // Built-in hooks are announced by their subcommand: `release-gate validate`, `release-gate collect-perf`.
  if (words[0] === 'release-gate') return words.slice(0, 2).join(' ')
  const script = words.find((w, i) => i > 0 && !w.startsWith('-')) ?? words[0] ?? 'command'
  const program = words[0] ?? ''
  const candidate = program.includes('/') ? program : script
  return candidate.split('/').pop() ?? candidate
}
