// The config as YAML gives it after the schema check: key names as written, every optional key still optional.
import type { AllowedWindow, CommandSpec, Freeze } from '../../core/config.js'

/** A command step as written: a bare command, or an object naming it and bounding its time. */
export type RawStep = CommandSpec | { name?: string; run: CommandSpec; timeout?: string }

/** A declarative HTTP check under `validation.staging` / `validation.production`. */
export type RawHttpCheck = {
  id: string
  url: string
  method?: 'GET' | 'HEAD' | 'POST'
  'expect-status'?: number
  'expect-headers'?: Record<string, string>
  'expect-json'?: Record<string, string | number | boolean | null>
  'max-latency-ms'?: number
  timeout?: string
}

/** A probe under `health.probes` or `metrics`: exactly one of http, command or prometheus (the schema says so). */
export type RawProbe = {
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

/** A rollout analysis as written (a canary step, rolling's between-batch analysis, blue/green's preview). */
export type RawAnalysis = {
  probes?: string[]
  interval?: string
  count?: number
  'on-inconclusive'?: 'fail' | 'pause'
  compare?: RawCompare[]
  score?: { pass?: number; marginal?: number; alpha?: number }
}

/** One baseline-versus-canary metric as written. */
export type RawCompare = {
  id: string
  baseline: string
  canary: string
  direction?: 'increase' | 'decrease' | 'either'
  critical?: boolean
  weight?: number
  tolerance?: number
}

/** A canary step as written: one of set-weight, pause (a duration or 'approval') or analysis. */
export type RawCanaryStep = { 'set-weight'?: number; pause?: string; analysis?: RawAnalysis }

/** A service's `strategy` as written; which keys apply depends on `type`. */
export type RawStrategy = {
  type: 'all-at-once' | 'canary' | 'rolling' | 'blue-green'
  'active-color'?: RawStep
  switch?: RawStep
  retire?: RawStep
  'preview-analysis'?: RawAnalysis
  'keep-old'?: string
  steps?: RawCanaryStep[]
  'max-unavailable'?: number | string
  batches?: number | number[]
  pause?: string
  analysis?: RawAnalysis
}

/** One service under `services` as written. */
export type RawService = {
  deploy: RawStep
  rollback: RawStep
  verify?: RawStep
  after?: string[]
  strategy?: RawStrategy
}

/** One upstream artifact under `prerequisites` as written. */
export type RawPrerequisite = {
  id: string
  description?: string
  path: string
  'max-age': string
  schema?: string
  'timestamp-field'?: string
}

/** The `health` section as written. */
export type RawHealth = {
  window: string
  interval: string
  'failure-limit'?: number
  'on-breach'?: 'rollback' | 'alert'
  probes: RawProbe[]
}

/** One webhook under `notify` as written. */
export type RawNotify = {
  name?: string
  url?: string
  'url-env'?: string
  format: 'json' | 'slack'
  events?: string[]
  timeout?: string
}

/** The whole config file as written. */
export interface RawConfig {
  'environment-urls'?: Record<string, string>
  'evidence-dir'?: string
  'state-dir'?: string
  prerequisites?: RawPrerequisite[]
  concurrency?: number
  services: Record<string, RawService>
  metrics?: RawProbe[]
  rollback?: { 'allow-first-release'?: boolean }
  staging?: { validate?: RawStep[]; uat?: { required?: boolean } }
  production?: { checks?: RawStep[] }
  validation?: { staging?: RawHttpCheck[]; production?: RawHttpCheck[]; 'perf-samples'?: number }
  health: RawHealth
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
  notify?: RawNotify[]
}
