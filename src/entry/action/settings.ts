import { UsageError } from '../../core/errors.js'
import { workspacePathProblem } from '../../core/workspace-path.js'
import { PHASES, type PhaseName } from '../../core/phases.js'
import { validateTag } from '../../core/tag.js'
import { DEFAULT_CONFIG_PATH } from '../../core/defaults.js'
import type { RunCoordinates } from '../../adapters/github/api.js'
import { sealSignerFromPem } from '../../adapters/evidence/seal-keys.js'
import type { SealSigner } from '../../core/seal-signature.js'

/** The action's input names, as action.yml declares them. */
export const INPUT = {
  phase: 'phase',
  tag: 'tag',
  config: 'config',
  environment: 'environment',
  token: 'github-token',
  evidenceDir: 'evidence-dir',
  retentionDays: 'artifact-retention-days',
  service: 'service',
  targetRelease: 'target-release',
  approvalEnvironment: 'approval-environment',
  reason: 'reason',
  secrets: 'secrets',
  overrideWindow: 'override-window',
  attest: 'attest',
  signingKey: 'signing-key',
  artifactId: 'evidence-artifact-id',
  artifactDigest: 'evidence-artifact-digest'
} as const

/** The action's output names, as action.yml declares them. */
export const OUTPUT = {
  outcome: 'outcome',
  gate: 'gate',
  evidenceDir: 'evidence-dir',
  artifactName: 'evidence-artifact-name',
  artifactId: 'evidence-artifact-id',
  artifactDigest: 'evidence-artifact-digest',
  deploymentId: 'deployment-id',
  rollbackTarget: 'rollback-target',
  attestationId: 'attestation-id'
} as const

/** A phase the action runs: the protocol's phases plus a manual rollback. */
export type ActionPhase = PhaseName | 'rollback'
const ACTION_PHASES: readonly ActionPhase[] = [...PHASES, 'rollback']

/** Every input and runner variable the action uses, read and checked once. */
export interface ActionSettings {
  phase: ActionPhase
  /** The release; null only for a rollback, which then rolls back what the environment serves. */
  tag: string | null
  configPath: string
  /** The environment input; null means the config's approval.environment. */
  environment: string | null
  token: string
  evidenceDir: string | null
  retentionDays: number | undefined
  /** Services to roll back; null means all. */
  services: string[] | null
  targetRelease: string | null
  /** The environment whose reviewers approve a rollback (the rollback job's); null means the one rolled back. */
  approvalEnvironment: string | null
  reason: string
  /** Attest the evidence manifest in the report phase. */
  attest: boolean
  /** An emergency window override's reason, or null. */
  overrideWindow: string | null
  /** The artifact of the job before, as its outputs named it; null means: the latest by name (not pinned). */
  predecessor: { id: number; digest: string | null } | null
  /** Secret name → value from the `secrets` input (never printed). */
  secrets: Record<string, string>
  /** The `signing-key` input: its PEM (never printed) and the signer of every seal; null without the input. */
  signing: { pem: string; signer: SealSigner } | null
  run: RunCoordinates
}

/** Reads the inputs (through `getInput`, i.e. core.getInput) and the runner's GITHUB_* variables. */
export function readActionSettings(
  getInput: (name: string) => string,
  env: Record<string, string | undefined>
): ActionSettings {
  const phaseText = getInput(INPUT.phase).trim()
  if (!(ACTION_PHASES as readonly string[]).includes(phaseText)) {
    throw new UsageError(
      `Invalid input '${INPUT.phase}': '${phaseText}'. Expected one of: ${ACTION_PHASES.join(', ')}.`
    )
  }
  const phase = phaseText as ActionPhase

  const tagInput = getInput(INPUT.tag).trim()
  const pushedTag = env.GITHUB_REF_TYPE === 'tag' ? (env.GITHUB_REF_NAME ?? '') : ''
  const tagText = tagInput || pushedTag
  if (!tagText && phase !== 'rollback') {
    throw new UsageError(
      `Input '${INPUT.tag}' is empty and the workflow did not run on a tag (GITHUB_REF_TYPE=${env.GITHUB_REF_TYPE ?? 'unset'}). ` +
        'Pass tag: v1.2.3, or trigger the workflow by pushing a tag.'
    )
  }
  const tag = tagText ? validateTag(tagText, `input '${INPUT.tag}'`) : null

  const retentionText = getInput(INPUT.retentionDays).trim()
  let retentionDays: number | undefined
  if (retentionText) {
    retentionDays = Number(retentionText)
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      throw new UsageError(
        `Invalid input '${INPUT.retentionDays}': '${retentionText}'. Expected a whole number of days from 1 to 90, or empty for the repository default.`
      )
    }
  }

  const serviceText = getInput(INPUT.service).trim()
  const services = serviceText
    ? serviceText
        .split(',')
        .map(s => s.trim())
        .filter(Boolean)
    : null
  const targetText = getInput(INPUT.targetRelease).trim()
  const targetRelease = targetText ? validateTag(targetText, `input '${INPUT.targetRelease}'`) : null

  const token = getInput(INPUT.token).trim()
  if (!token) {
    throw new UsageError(
      `Input '${INPUT.token}' is empty. Leave it unset to use the job's GITHUB_TOKEN, or pass a token with actions: read and deployments: write.`
    )
  }
  const configPath = confinedPath(INPUT.config, getInput(INPUT.config).trim() || DEFAULT_CONFIG_PATH)
  const evidenceText = getInput(INPUT.evidenceDir).trim()
  const signingPem = getInput(INPUT.signingKey).trim()
  return {
    phase,
    tag,
    configPath,
    environment: getInput(INPUT.environment).trim() || null,
    token,
    evidenceDir: evidenceText ? confinedPath(INPUT.evidenceDir, evidenceText) : null,
    retentionDays,
    services,
    targetRelease,
    approvalEnvironment: getInput(INPUT.approvalEnvironment).trim() || null,
    reason: getInput(INPUT.reason).trim() || 'manual rollback (workflow_dispatch)',
    secrets: parseSecrets(getInput(INPUT.secrets)),
    // Refused before anything runs when it cannot sign; the message never quotes the key.
    signing: signingPem
      ? { pem: signingPem, signer: sealSignerFromPem(signingPem, `Invalid input '${INPUT.signingKey}'`) }
      : null,
    overrideWindow: getInput(INPUT.overrideWindow).trim() || null,
    attest: parseBoolean(INPUT.attest, getInput(INPUT.attest)),
    predecessor: parsePredecessor(getInput(INPUT.artifactId), getInput(INPUT.artifactDigest)),
    run: readRunCoordinates(env)
  }
}

function readRunCoordinates(env: Record<string, string | undefined>): RunCoordinates {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo, ...rest] = repository.split('/')
  if (!owner || !repo || rest.length > 0) {
    throw new UsageError(
      `GITHUB_REPOSITORY is '${repository}', expected owner/repo. release-gate's GitHub phases run inside GitHub Actions; locally use the release-gate CLI.`
    )
  }
  const positive = (name: string, fallback?: number): number => {
    const text = env[name]
    if (text === undefined || text === '') {
      if (fallback !== undefined) return fallback
      throw new UsageError(`${name} is not set; release-gate's GitHub phases run inside GitHub Actions.`)
    }
    const value = Number(text)
    if (!Number.isInteger(value) || value < 1)
      throw new UsageError(`${name} is '${text}', expected a positive integer.`)
    return value
  }
  const actor = env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || ''
  if (!actor) throw new UsageError('GITHUB_ACTOR is not set; release-gate cannot tell who started the run.')
  // On a re-run GITHUB_TRIGGERING_ACTOR names who re-ran it and GITHUB_ACTOR who started the run: both are actors.
  const actors = [...new Set([env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a): a is string => !!a))]
  return {
    owner,
    repo,
    runId: positive('GITHUB_RUN_ID'),
    runAttempt: positive('GITHUB_RUN_ATTEMPT', 1),
    actor,
    actors,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    sha: env.GITHUB_SHA ?? ''
  }
}

/** The `secrets` input: a JSON object of strings. The message never quotes the value: it holds secrets. */
function parseSecrets(text: string): Record<string, string> {
  if (!text.trim()) return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new UsageError(
      `Invalid input '${INPUT.secrets}': not JSON (value not shown, it holds secrets). Pass secrets: \${{ toJSON(secrets) }}.`
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(
      `Invalid input '${INPUT.secrets}': expected a JSON object of names to values, as \${{ toJSON(secrets) }} gives.`
    )
  }
  const secrets: Record<string, string> = {}
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry !== 'string')
      throw new UsageError(`Invalid input '${INPUT.secrets}': the value of ${name} is not a string.`)
    secrets[name] = entry
  }
  return secrets
}

/** The inputs that pin the artifact a phase continues from: an id, and the digest its job published with it. */
function parsePredecessor(idText: string, digestText: string): ActionSettings['predecessor'] {
  const idValue = idText.trim()
  const digestValue = digestText.trim().toLowerCase()
  if (!idValue) {
    if (digestValue)
      throw new UsageError(
        `Input '${INPUT.artifactDigest}' is set but '${INPUT.artifactId}' is empty. Pass both from the outputs of the job before, e.g. \${{ needs.staging.outputs.evidence-artifact-id }}.`
      )
    return null
  }
  const id = Number(idValue)
  if (!/^\d+$/.test(idValue) || !Number.isSafeInteger(id) || id < 1)
    throw new UsageError(
      `Invalid input '${INPUT.artifactId}': '${idValue}'. Expected the numeric artifact id the job before published as its evidence-artifact-id output.`
    )
  if (digestValue && !/^(sha256:)?[0-9a-f]{64}$/.test(digestValue))
    throw new UsageError(
      `Invalid input '${INPUT.artifactDigest}': '${digestValue}'. Expected sha256:<64 hex digits>, as the job before published it.`
    )
  return { id, digest: digestValue ? `sha256:${digestValue.replace(/^sha256:/, '')}` : null }
}

/** A boolean input: true or false (any case), empty meaning false; anything else is refused, not guessed. */
function parseBoolean(name: string, text: string): boolean {
  const value = text.trim().toLowerCase()
  if (value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new UsageError(`Invalid input '${name}': '${text}'. Expected true or false.`)
}

/** A path input, refused when it leads out of the workspace. */
function confinedPath(name: string, path: string): string {
  const problem = workspacePathProblem(path)
  if (problem) throw new UsageError(`Invalid input '${name}': the path ${problem}.`)
  return path
}
