import { parseDocument } from 'yaml'
import { ConfigError, messageOf } from '../../core/errors.js'
import { describeSchemaErrors } from '../../core/schema-errors.js'
import { compileSchemaFile } from '../../adapters/evidence/schemas.js'
import { parseDuration } from '../../core/duration.js'
import type { ReleaseConfig } from '../../core/config.js'
import {
  DEFAULT_ALLOW_FIRST_RELEASE,
  DEFAULT_APPROVAL_ENVIRONMENT,
  DEFAULT_CONCURRENCY,
  DEFAULT_EVIDENCE_DIR,
  DEFAULT_HEALTH_FAILURE_LIMIT,
  DEFAULT_REQUIRE_REVIEWERS,
  DEFAULT_SELF_APPROVAL,
  DEFAULT_STATE_DIR,
  DEFAULT_UAT_REQUIRED,
  DEFAULT_STAKEHOLDER_REQUIRED
} from '../../core/defaults.js'
import { reportUnknownAnalysisProbes } from './analysis.js'
import { reportDuplicateIds, reportUnconfinedPath, type NormalizeContext } from './context.js'
import { normalizeHealth } from './health.js'
import { normalizeNotify } from './notify.js'
import { normalizePrerequisites } from './prerequisites.js'
import { normalizeProbe } from './probes.js'
import type { RawConfig } from './raw.js'
import { normalizeServices, reportUnknownScopedServices } from './services.js'
import { normalizeStep } from './steps.js'
import { normalizeValidation } from './validation.js'
import { normalizeWindow } from './window.js'
import { normalizePassEnv } from './pass-env.js'
import { configDigest } from './digest.js'

/** Alias expansions the YAML parser allows: a handful of anchors is normal, a billion laughs is not. */
const MAX_YAML_ALIAS_EXPANSIONS = 100

/** Why YAML that parsed could not be turned into values, without the parser's stack. */
function yamlFailure(error: unknown): string {
  const message = messageOf(error)
  return /alias count/i.test(message)
    ? `YAML: too many alias expansions (more than ${MAX_YAML_ALIAS_EXPANSIONS}); write the repeated values out instead of nesting aliases`
    : `YAML: ${message.split('\n')[0] ?? ''}`
}

/** Parses and validates config text; `file` is only used in messages. */
export function parseConfig(text: string, file: string): ReleaseConfig {
  let document: ReturnType<typeof parseDocument>
  try {
    document = parseDocument(text, { uniqueKeys: true, prettyErrors: true })
  } catch (error) {
    throw new ConfigError(file, [yamlFailure(error)])
  }
  if (document.errors.length > 0) {
    throw new ConfigError(
      file,
      document.errors.map(
        e =>
          `YAML ${e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : ''}: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`
      )
    )
  }
  let raw: unknown
  try {
    raw = document.toJS({ maxAliasCount: MAX_YAML_ALIAS_EXPANSIONS })
  } catch (error) {
    throw new ConfigError(file, [yamlFailure(error)])
  }
  const validate = compileSchemaFile('config.schema.json')
  if (!validate(raw)) throw new ConfigError(file, describeSchemaErrors(validate.errors ?? [], raw))
  return normalize(raw as RawConfig, file, configDigest(text))
}

// The schema has checked shapes; this fills defaults and checks what a schema cannot (order, bounds, references).
// Sections run in a fixed order so the problems are listed in the same order every time.
function normalize(raw: RawConfig, file: string, sourceSha256: string): ReleaseConfig {
  const context: NormalizeContext = {
    problems: [],
    healthIntervalMs: parseDuration(raw.health.interval),
    healthFailureLimit: raw.health['failure-limit'] ?? DEFAULT_HEALTH_FAILURE_LIMIT,
    analyses: []
  }
  const services = normalizeServices(context, raw.services)
  reportUnconfinedPath(context, raw['evidence-dir'], '$.evidence-dir')
  reportUnconfinedPath(context, raw['state-dir'], '$.state-dir')
  const prerequisites = normalizePrerequisites(context, raw.prerequisites)
  const validation = normalizeValidation(context, raw.validation)
  const health = normalizeHealth(context, raw.health)
  const metrics = (raw.metrics ?? []).map((p, i) =>
    normalizeProbe(context, p, `$.metrics[${i}]`, context.healthIntervalMs)
  )
  const allProbeIds = [...metrics, ...health.probes].map(p => p.id)
  reportDuplicateIds(context, allProbeIds, '$.metrics and $.health.probes')
  reportUnknownAnalysisProbes(context, new Set(allProbeIds))
  const window = normalizeWindow(context, raw.window)
  reportUnknownScopedServices(context, raw.scope, services)
  // `release-gate signoff --role` names one stakeholder: two by one role would share every sign-off.
  reportDuplicateIds(
    context,
    (raw.stakeholders ?? []).map(s => (s.role ?? s.name).trim().toLowerCase()),
    '$.stakeholders (the role, or the name without one, that release-gate signoff --role names)'
  )

  const config: ReleaseConfig = {
    sourcePath: file,
    sourceSha256,
    evidenceDir: raw['evidence-dir'] ?? DEFAULT_EVIDENCE_DIR,
    stateDir: raw['state-dir'] ?? DEFAULT_STATE_DIR,
    prerequisites,
    concurrency: raw.concurrency ?? DEFAULT_CONCURRENCY,
    services,
    allowFirstRelease: raw.rollback?.['allow-first-release'] ?? DEFAULT_ALLOW_FIRST_RELEASE,
    stagingValidate: (raw.staging?.validate ?? []).map((s, i) =>
      normalizeStep(context, s, `$.staging.validate[${i}]`)
    ),
    uatRequired: raw.staging?.uat?.required ?? DEFAULT_UAT_REQUIRED,
    metrics,
    productionChecks: (raw.production?.checks ?? []).map((s, i) =>
      normalizeStep(context, s, `$.production.checks[${i}]`)
    ),
    validation,
    health,
    approval: {
      environment: raw.approval?.environment ?? DEFAULT_APPROVAL_ENVIRONMENT,
      approvers: raw.approval?.approvers ?? [],
      requireReviewers: raw.approval?.['require-reviewers'] ?? DEFAULT_REQUIRE_REVIEWERS,
      selfApproval: raw.approval?.['self-approval'] ?? DEFAULT_SELF_APPROVAL
    },
    stakeholders: (raw.stakeholders ?? []).map(s => ({
      ...s,
      required: s.required ?? DEFAULT_STAKEHOLDER_REQUIRED
    })),
    communications: { monitors: raw.communications?.monitors ?? [], channel: raw.communications?.channel },
    secretEnvNames: raw.secrets ?? [],
    passEnv: normalizePassEnv(context, raw['pass-env'] ?? []),
    environmentUrls: raw['environment-urls'] ?? {},
    window,
    scope: { services: raw.scope?.services ?? {}, riskyPaths: raw.scope?.['risky-paths'] ?? [] },
    notify: normalizeNotify(raw.notify)
  }
  if (context.problems.length > 0) throw new ConfigError(file, context.problems)
  return config
}
