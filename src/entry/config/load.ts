import { createHash } from 'node:crypto'
import { open, readFile } from 'node:fs/promises'
import { parseDocument } from 'yaml'
import { ConfigError, messageOf, UsageError } from '../../core/errors.js'
import { describeSchemaErrors } from '../../core/schema-errors.js'
import { compileSchemaFile } from '../../adapters/evidence/schemas.js'
import { workspaceFileProblem } from '../../adapters/workspace-paths.js'
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

// Entries and tests import the default path from here, where the config is loaded.
export { DEFAULT_CONFIG_PATH } from '../../core/defaults.js'

/** A config is a page or two of YAML; beyond this it is a mistake or an attack on memory (docs/config.md). */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** Alias expansions the YAML parser allows: a handful of anchors is normal, a billion laughs is not. */
const MAX_YAML_ALIAS_EXPANSIONS = 100

/**
 * Reads, parses and validates a release config file. Every problem becomes a ConfigError line naming its JSON path. A
 * file that leads out of the workspace (a symbolic link) is refused unread, so no error can echo what it holds.
 */
export async function loadConfig(file: string, workspace: string = process.cwd()): Promise<ReleaseConfig> {
  const outside = await workspaceFileProblem(workspace, file)
  if (outside)
    throw new UsageError(
      `Config file ${file} ${outside}: it is not read. Keep the config in the repository, as a file, not a link out.`
    )
  let text: string
  try {
    text = await readAtMost(file, MAX_CONFIG_BYTES)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `Config file ${file} not found. Create it (see schemas/config.schema.json) or pass --config <file>.`
        : `Cannot read config file ${file}: ${messageOf(error)}`
    )
  }
  return parseConfig(text, file)
}

/** The file's text, refused as a ConfigError when it holds more than `limit` bytes (read no further than that). */
async function readAtMost(file: string, limit: number): Promise<string> {
  const handle = await open(file, 'r')
  try {
    // A pipe or a device reports no size up front, so the bound is on what is read, not on what stat says.
    const buffer = Buffer.alloc(limit + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > limit) {
      const { size } = await handle.stat()
      throw new ConfigError(file, [
        `the file is ${size > limit ? size : `more than ${limit}`} bytes; a config may be at most ${limit} bytes (${limit / 1024 / 1024} MiB)`
      ])
    }
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** Why YAML that parsed could not be turned into values, without the parser's stack. */
function yamlFailure(error: unknown): string {
  const message = messageOf(error)
  return /alias count/i.test(message)
    ? `YAML: too many alias expansions (more than ${MAX_YAML_ALIAS_EXPANSIONS}); write the repeated values out instead of nesting aliases`
    : `YAML: ${message.split('\n')[0] ?? ''}`
}

/** SHA-256 of config text: what readiness records and every later phase compares. */
export function configDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** The digest of the config file as it is on disk now, or null when it cannot be read. */
export async function configFileDigest(file: string): Promise<string | null> {
  return readFile(file, 'utf8').then(configDigest, () => null)
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
