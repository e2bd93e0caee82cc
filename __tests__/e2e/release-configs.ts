import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import type { DemoSandbox, Run } from './demo-sandbox.js'

// The release configs the progressive-delivery tests write into a demo sandbox: the demo's backend (and, where a test
// orders services, its frontend) rolled out by a strategy, with the metrics and health window the test measures.

/** How the backend rolls out: a canary's steps, or blue/green with its keep-old and optional preview analysis. */
export type BackendStrategy =
  | { type: 'canary'; steps: Record<string, unknown>[] }
  | { type: 'blue-green'; keepOld: string; previewAnalysis?: Record<string, unknown> }

/** What a test sets of a demo release config; the rest (commands, pass-env) is the demo's. */
export interface DemoReleaseConfig {
  backend: BackendStrategy
  /** The frontend too, deployed all at once after the backend. */
  withFrontend?: boolean
  metrics?: Record<string, unknown>[]
  /** A first release (nothing in production) may roll out without a rollback target. */
  allowFirstRelease?: boolean
  health: { window: string; interval: string; probes: Record<string, unknown>[] }
}

/** The demo's commands for one service, each with its `${placeholders}` left for release-gate to fill. */
const deployCommand = (service: string, flags: string): string =>
  `bash scripts/deploy_${service}.sh --env \${env} --release \${tag}${flags}`
const rollbackCommand = (service: string): string =>
  `bash scripts/rollback_${service}.sh --env \${env} --release \${previous}`

function backendService(strategy: BackendStrategy): Record<string, unknown> {
  if (strategy.type === 'canary')
    return {
      deploy: deployCommand('backend', ' --weight ${weight}'),
      rollback: rollbackCommand('backend'),
      strategy: { type: 'canary', steps: strategy.steps }
    }
  return {
    deploy: deployCommand('backend', ' --color ${color}'),
    rollback: rollbackCommand('backend'),
    strategy: {
      type: 'blue-green',
      'active-color': 'bash scripts/active_color.sh --service backend --env ${env}',
      switch: 'bash scripts/switch_backend.sh --env ${env} --color ${color}',
      retire: 'bash scripts/retire_backend.sh --env ${env} --color ${color}',
      ...(strategy.previewAnalysis ? { 'preview-analysis': strategy.previewAnalysis } : {}),
      'keep-old': strategy.keepOld
    }
  }
}

/** A release config of the demo, as YAML (no line folded, so a long command or query reads as written). */
export function demoReleaseConfig(config: DemoReleaseConfig): string {
  return stringify(
    {
      version: 1,
      'pass-env': ['DEMO_*'],
      services: {
        backend: backendService(config.backend),
        ...(config.withFrontend
          ? {
              frontend: {
                deploy: deployCommand('frontend', ''),
                rollback: rollbackCommand('frontend'),
                after: ['backend']
              }
            }
          : {})
      },
      ...(config.metrics ? { metrics: config.metrics } : {}),
      ...(config.allowFirstRelease ? { rollback: { 'allow-first-release': true } } : {}),
      health: config.health
    },
    { lineWidth: 0 }
  )
}

/** Writes `yaml` into the sandbox's demo directory as `file`; returns the bundled CLI run with that config. */
export function cliWithConfig(
  box: DemoSandbox,
  file: string,
  yaml: string
): (args: string[], env?: Record<string, string>) => Promise<Run> {
  writeFileSync(join(box.demo, file), yaml)
  return (args, env = {}) =>
    box.run([process.execPath, join(box.root, 'dist', 'cli.js'), ...args, '--config', file], env)
}
