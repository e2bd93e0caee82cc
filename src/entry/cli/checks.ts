import { basename } from 'node:path'
import type { ReleaseConfig } from '../../core/config.js'
import { assertValidEvidence, schemaFor, writeFileAtomic } from '../../adapters/evidence/store.js'
import { validatorsReady } from '../../adapters/evidence/schemas.js'
import { UsageError } from '../../core/errors.js'
import type { HttpClient } from '../../core/ports.js'
import type { CheckResult, ValidationResults } from '../../core/records/index.js'
import { runHttpCheck } from '../../phases/shared/http-check.js'
import { collectPerf } from '../../phases/production/perf.js'
import { recordHeader } from '../../core/record-header.js'

type Artifact = ValidationResults['artifact']
const KNOWN: readonly Artifact[] = ['staging-validation-results.json', 'post-deployment-validation.json']

/** Options shared by `release-gate validate` and `release-gate collect-perf` (the spec's Python hooks, built in). */
export interface BuiltinCheckOptions {
  config: ReleaseConfig
  environment: string
  output: string
  tag: string | null
  http: HttpClient
  now: () => Date
  /** Run inside a release: its step's timeout or an interruption stops the requests, and nothing is written. */
  signal?: AbortSignal
}

/** The HTTP client with the run's stop on every request. */
function stoppable(options: BuiltinCheckOptions): HttpClient {
  const { http, signal } = options
  return signal ? { request: (url, request) => http.request(url, { ...request, signal }) } : http
}

function checksFor(config: ReleaseConfig, environment: string) {
  if (environment !== 'staging' && environment !== 'production') {
    throw new UsageError(`Unknown environment '${environment}'. Expected staging or production.`)
  }
  const checks = config.validation[environment]
  if (checks.length === 0) {
    throw new UsageError(
      `No checks configured for ${environment}: add validation.${environment} to ${config.sourcePath}.`
    )
  }
  return checks
}

function artifactFor(output: string, fallback: Artifact): Artifact {
  const name = basename(output) as Artifact
  return KNOWN.includes(name) ? name : fallback
}

async function write(
  options: BuiltinCheckOptions,
  artifact: Artifact,
  checks: CheckResult[],
  perf?: ValidationResults['perf']
): Promise<ValidationResults> {
  const results: ValidationResults = {
    ...recordHeader(artifact, options.tag, options.now()),
    environment: options.environment,
    passed: checks.every(c => c.passed),
    commands: [],
    checks,
    ...(perf ? { perf } : {})
  }
  // A stopped check writes nothing, as a killed process would not have.
  options.signal?.throwIfAborted()
  await validatorsReady([schemaFor(artifact)])
  assertValidEvidence(artifact, results)
  await writeFileAtomic(options.output, JSON.stringify(results, null, 2) + '\n')
  return results
}

/** `release-gate validate --mode <env> --output <file>`: smoke and contract checks over HTTP. */
export async function builtinValidate(options: BuiltinCheckOptions): Promise<ValidationResults> {
  const checks: CheckResult[] = []
  for (const spec of checksFor(options.config, options.environment))
    checks.push(await runHttpCheck(stoppable(options), spec, options.tag, options.now))
  return write(
    options,
    artifactFor(
      options.output,
      options.environment === 'staging'
        ? 'staging-validation-results.json'
        : 'post-deployment-validation.json'
    ),
    checks
  )
}

/** `release-gate collect-perf --env <env> --output <file>`: latency percentiles, error rate and availability. */
export async function builtinCollectPerf(options: BuiltinCheckOptions): Promise<ValidationResults> {
  const snapshot = await collectPerf(
    stoppable(options),
    checksFor(options.config, options.environment),
    options.config.validation.perfSamples,
    options.tag,
    options.now
  )
  const requests = snapshot.targets.reduce((sum, t) => sum + t.requests, 0)
  const errors = snapshot.targets.reduce((sum, t) => sum + t.errors, 0)
  const errorRate = requests === 0 ? 1 : errors / requests
  return write(options, artifactFor(options.output, 'post-deployment-validation.json'), snapshot.checks, {
    targets: snapshot.targets,
    errorRate,
    availability: 1 - errorRate
  })
}
