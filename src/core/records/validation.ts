// Staging validation and post-deployment checks: command hooks, HTTP checks and the collect-perf snapshot.
import type { ExecRecord } from './common.js'

/** One automated check (HTTP or command) and its verdict. */
export interface CheckResult {
  id: string
  kind: 'http' | 'command'
  passed: boolean
  startedAt: string
  finishedAt: string
  durationMs: number
  message: string
  url?: string
  status?: number | null
  latencyMs?: number | null
}

/** Latency/error snapshot of one target (collect-perf). */
export interface PerfTarget {
  id: string
  url: string
  requests: number
  errors: number
  errorRate: number
  availability: number
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number }
}

/** staging-validation-results.json and post-deployment-validation.json share this shape. */
export interface ValidationResults {
  schemaVersion: 1
  artifact: string
  tag: string | null
  environment: string
  generatedAt: string
  passed: boolean
  commands: ExecRecord[]
  checks: CheckResult[]
  perf?: { targets: PerfTarget[]; errorRate: number; availability: number }
}
