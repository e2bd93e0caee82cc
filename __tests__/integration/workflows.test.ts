import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from '@jest/globals'
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index'
import type { File } from '@actions/workflow-parser/workflows/file'
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider'
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference'
import { parse as parseYaml } from 'yaml'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8')

/** Every workflow this repository ships: its own, and the callers users copy into service repositories. */
const workflowPaths = ['.github/workflows', 'examples/workflows'].flatMap(dir =>
  readdirSync(join(repoRoot, dir))
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => `${dir}/${name}`)
)
const RELEASE = '.github/workflows/release.yml'
const ROLLBACK = '.github/workflows/rollback.yml'
const reusableWorkflows = [RELEASE, ROLLBACK]
const exampleCallers = workflowPaths.filter(path => path.startsWith('examples/'))

/** The owner/name under which the action and the reusable workflows are published (forks replace it). */
const PUBLISHED_REPO = 'release-gate/release-gate'

// ---------------------------------------------------------------------------------------------------------------
// GitHub's workflow parser

/**
 * Serves `release-gate/release-gate/<path>@<any ref>` from this tree, so an example caller is checked against the
 * reusable workflow it will really call (declared inputs, required inputs, workflow_call present) and not skipped.
 */
class LocalReusableWorkflows implements FileProvider {
  readonly requested: string[] = []

  async getFileContent(ref: FileReference): Promise<File> {
    if ('repository' in ref && `${ref.owner}/${ref.repository}` !== PUBLISHED_REPO) {
      throw new Error(`not a workflow of ${PUBLISHED_REPO}: ${ref.owner}/${ref.repository}/${ref.path}`)
    }
    this.requested.push(ref.path)
    return { name: ref.path, content: read(ref.path) }
  }
}

/** The errors GitHub's parser reports for a workflow, including those of the reusable workflows it calls. */
async function parserErrors(
  name: string,
  content: string,
  files = new LocalReusableWorkflows()
): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  if (parsed.value === undefined) return parsed.context.errors.getErrors().map(error => error.message)
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, files, {
    fetchReusableWorkflowDepth: 1
  })
  return (template.errors ?? []).map(error => error.Message)
}

/** action.yml as GitHub's parser reads it, with the errors it found. */
function parseActionYml(content: string) {
  const parsed = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter())
  const template =
    parsed.value === undefined ? undefined : convertActionTemplate(parsed.context, parsed.value)
  return { template, errors: parsed.context.errors.getErrors().map(error => error.message) }
}

const action = parseActionYml(read('action.yml'))
const actionInputs = new Map((action.template?.inputs ?? []).map(input => [input.id, input]))
const actionOutputs = new Set((action.template?.outputs ?? []).map(output => output.id))

describe("GitHub's workflow parser", () => {
  it.each(workflowPaths)('accepts %s', async path => {
    expect(await parserErrors(path, read(path))).toEqual([])
  })

  it('accepts action.yml and reads its inputs and outputs', () => {
    expect(action.errors).toEqual([])
    expect(actionInputs.get('phase')?.required).toBe(true)
    expect(actionOutputs).toContain('outcome')
  })

  it('rejects an action.yml with an unknown key (so the check above is not vacuous)', () => {
    expect(parseActionYml(read('action.yml').replace(/^runs:/m, 'run:')).errors).toEqual([
      expect.stringContaining("Unexpected value 'run'"),
      expect.stringContaining('Required property is missing: runs')
    ])
  })

  it.each(exampleCallers)('checks %s against the local reusable workflow it calls', async path => {
    const files = new LocalReusableWorkflows()
    expect(await parserErrors(path, read(path), files)).toEqual([])
    expect(files.requested).toEqual([expect.stringMatching(/^\.github\/workflows\/(release|rollback)\.yml$/)])
  })

  it.each([
    {
      what: 'an input the called workflow does not declare',
      caller: `
on: push
jobs:
  release:
    uses: release-gate/release-gate/.github/workflows/release.yml@v1
    with: { staging-env: staging }`,
      error: 'Invalid input, staging-env is not defined in the referenced workflow.'
    },
    {
      what: 'a missing required input',
      caller: `
on: workflow_dispatch
jobs:
  rollback:
    uses: release-gate/release-gate/.github/workflows/rollback.yml@v1
    with: { environment: production }`,
      error: 'Input reason is required, but not provided while calling.'
    },
    {
      what: 'a needs that names no job',
      caller: `
on: push
jobs:
  test: { runs-on: ubuntu-latest, steps: [{ id: test, run: make test }] }
  release:
    needs: build
    uses: release-gate/release-gate/.github/workflows/release.yml@v1`,
      error: "Job 'release' depends on unknown job 'build'."
    }
  ])('rejects a caller with $what', async ({ caller, error }) => {
    expect(await parserErrors('caller.yml', caller)).toContainEqual(expect.stringContaining(error))
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Workflows as plain data, for the rules the parser does not know

type Mapping = Record<string, unknown>

/** A workflow as the rules see it: its path, its text (for comments), and its YAML as plain data. */
interface Workflow {
  path: string
  text: string
  data: Mapping
}

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function loadWorkflow(path: string, text: string): Workflow {
  const data: unknown = parseYaml(text)
  if (!isMapping(data)) throw new Error(`${path} is not a YAML mapping`)
  return { path, text, data }
}

/** The jobs of a workflow, by id. */
function jobsOf(workflow: Workflow): [string, Mapping][] {
  const jobs = workflow.data['jobs']
  return isMapping(jobs)
    ? Object.entries(jobs).flatMap(([id, job]): [string, Mapping][] => (isMapping(job) ? [[id, job]] : []))
    : []
}

function stepsOf(job: Mapping): Mapping[] {
  const steps = job['steps']
  return Array.isArray(steps) ? steps.filter(isMapping) : []
}

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** A step's name in messages: its id, or its position when it has none. */
const stepLabel = (jobId: string, step: Mapping, index: number): string =>
  `job '${jobId}' step ${stringOf(step['id']) ?? `#${index + 1}`}`

/**
 * The expressions in a part of a workflow: the `${{ }}` bodies of its strings, and the bare conditions of its `if:`
 * keys (GitHub evaluates `if:` as an expression without the braces).
 */
function expressionsIn(value: unknown, key?: string): string[] {
  if (typeof value === 'string') {
    const embedded = [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(match => match[1] ?? '')
    return key === 'if' && embedded.length === 0 ? [value] : embedded
  }
  if (Array.isArray(value)) return value.flatMap(item => expressionsIn(item))
  if (isMapping(value)) return Object.entries(value).flatMap(([name, item]) => expressionsIn(item, name))
  return []
}

/** `<context>.<id>.outputs.<name>` references (dot syntax, which is all these workflows use). */
function outputReferences(expressions: string[], context: 'steps' | 'needs' | 'jobs') {
  const pattern = new RegExp(`\\b${context}\\.([A-Za-z_][\\w-]*)\\.outputs\\.([A-Za-z_][\\w-]*)`, 'g')
  return expressions.flatMap(expression =>
    [...expression.matchAll(pattern)].map(match => ({ id: match[1] ?? '', output: match[2] ?? '' }))
  )
}

/** `${{ inputs.x }}` replaced by the given values; anything else in braces is left as is. */
const expandInputs = (template: string, inputs: Record<string, string>): string =>
  template.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (whole, name: string) => inputs[name] ?? whole)

/** `uses:` of the action itself: the published one, or `./` when a workflow of this repository tests it. */
const isReleaseGateAction = (uses: string): boolean => uses === './' || uses.startsWith(`${PUBLISHED_REPO}@`)

/** First party: this repository's own action and reusable workflows, and local paths. Everything else is pinned. */
const isFirstParty = (uses: string): boolean =>
  uses.startsWith('./') || uses.startsWith(`${PUBLISHED_REPO}/`) || isReleaseGateAction(uses)

const REQUIRED_PERMISSIONS: Mapping = { contents: 'read', actions: 'read', deployments: 'write' }

// ---------------------------------------------------------------------------------------------------------------
// The rules (practice 10 and the release protocol's shape); each returns its violations

/** Permissions as `scope: access` pairs in a stable order, so that key order in the YAML does not matter. */
const permissionsText = (permissions: unknown): string =>
  isMapping(permissions)
    ? Object.entries(permissions)
        .map(([scope, access]) => `${scope}: ${String(access)}`)
        .sort()
        .join(', ')
    : JSON.stringify(permissions)

/** Top-level permissions are exactly the three, and no job widens them. */
function exactPermissions(workflow: Workflow): string[] {
  const granted = permissionsText(workflow.data['permissions'])
  const expected = permissionsText(REQUIRED_PERMISSIONS)
  const violations =
    granted === expected
      ? []
      : [`${workflow.path}: top-level permissions are ${granted}, expected exactly ${expected}`]
  // A job-level block replaces the top-level one for that job, so it could quietly widen it.
  for (const [jobId, job] of jobsOf(workflow)) {
    if (job['permissions'] !== undefined)
      violations.push(`${workflow.path}: job '${jobId}' sets its own permissions`)
  }
  return violations
}

/** What a caller grants covers what the called workflow asks for (`write` includes `read`). */
function callerGrants(workflow: Workflow): string[] {
  const rank = (access: unknown): number => (access === 'write' ? 2 : access === 'read' ? 1 : 0)
  return jobsOf(workflow)
    .filter(([, job]) => typeof job['uses'] === 'string')
    .flatMap(([jobId, job]) => {
      const granted = job['permissions'] ?? workflow.data['permissions']
      return Object.entries(REQUIRED_PERMISSIONS)
        .filter(([scope, access]) => !isMapping(granted) || rank(granted[scope]) < rank(access))
        .map(
          ([scope, access]) => `${workflow.path}: job '${jobId}' does not grant ${scope}: ${String(access)}`
        )
    })
}

/** Third-party actions and workflows pinned to a full commit SHA (images to a digest), with the release in a comment. */
function pinnedActions(workflow: Workflow): string[] {
  const lines = workflow.text.split('\n')
  return jobsOf(workflow).flatMap(([jobId, job]) => {
    const uses = [stringOf(job['uses']), ...stepsOf(job).map(step => stringOf(step['uses']))].filter(
      (ref): ref is string => ref !== undefined && !isFirstParty(ref)
    )
    return uses.flatMap(ref => {
      if (ref.startsWith('docker://')) {
        return /@sha256:[0-9a-f]{64}$/.test(ref)
          ? []
          : [`${workflow.path}: job '${jobId}' uses ${ref}, not pinned by digest`]
      }
      if (!/@[0-9a-f]{40}$/.test(ref))
        return [`${workflow.path}: job '${jobId}' uses ${ref}, not pinned to a commit SHA`]
      // A bare SHA says nothing to a reviewer or to Dependabot's changelog: the release it is must be in a comment.
      const unlabelled = lines.filter(line => line.includes(ref) && !/#\s*v\d+\.\d+\.\d+\b/.test(line))
      return unlabelled.length > 0
        ? [`${workflow.path}: job '${jobId}' uses ${ref} without a '# vX.Y.Z' comment`]
        : []
    })
  })
}

/** Every step has an id, so its outputs and its log are addressable. */
function stepIds(workflow: Workflow): string[] {
  return jobsOf(workflow).flatMap(([jobId, job]) =>
    stepsOf(job).flatMap((step, index) =>
      typeof step['id'] === 'string' && step['id'] !== ''
        ? []
        : [`${workflow.path}: ${stepLabel(jobId, step, index)} has no id`]
    )
  )
}

/** No `${{ }}` inside `run:`: GitHub pastes the value into the script before the shell sees it (script injection). */
function noExpressionsInRun(workflow: Workflow): string[] {
  return jobsOf(workflow).flatMap(([jobId, job]) =>
    stepsOf(job).flatMap((step, index) =>
      stringOf(step['run'])?.includes('${{')
        ? [
            `${workflow.path}: ${stepLabel(jobId, step, index)} has \${{ }} inside run: (pass values through env:)`
          ]
        : []
    )
  )
}

/** `if: always()` with or without braces. */
const isAlways = (condition: unknown): boolean =>
  typeof condition === 'string' && condition.replace(/^\s*\$\{\{|\}\}\s*$/g, '').trim() === 'always()'

/** The report job runs after any end of the release and needs no approval. */
function reportAlwaysRuns(workflow: Workflow): string[] {
  const report = jobsOf(workflow).find(([jobId]) => jobId === 'report')?.[1]
  if (report === undefined) return [`${workflow.path}: no report job`]
  const violations: string[] = []
  if (!isAlways(report['if']))
    violations.push(`${workflow.path}: job 'report' has if: ${String(report['if'])}, expected always()`)
  if (report['environment'] !== undefined)
    violations.push(`${workflow.path}: job 'report' names an environment`)
  return violations
}

/** The production job names the production environment (Gate 3's reviewers) and leaves the deployment record to the action. */
function productionEnvironment(workflow: Workflow): string[] {
  const production = jobsOf(workflow).find(([jobId]) => jobId === 'production')?.[1]
  if (production === undefined) return [`${workflow.path}: no production job`]
  const environment = production['environment']
  if (!isMapping(environment)) {
    return [
      `${workflow.path}: job 'production' names its environment as ${JSON.stringify(environment)}, not {name, deployment: false}`
    ]
  }
  const violations: string[] = []
  if (environment['name'] !== '${{ inputs.production-environment }}') {
    violations.push(
      `${workflow.path}: job 'production' runs in ${String(environment['name'])}, not the production environment`
    )
  }
  if (environment['deployment'] !== false)
    violations.push(`${workflow.path}: job 'production' lacks deployment: false`)
  return violations
}

/** The action's own deployment records are the only ones: no job that names an environment lets GitHub add another. */
function noGitHubDeployments(workflow: Workflow): string[] {
  return jobsOf(workflow)
    .filter(([, job]) => job['environment'] !== undefined)
    .flatMap(([jobId, job]) => {
      const environment = job['environment']
      return isMapping(environment) && environment['deployment'] === false
        ? []
        : [`${workflow.path}: job '${jobId}' names an environment without deployment: false`]
    })
}

/** Every `with:` key given to the action is one of action.yml's inputs, and every required input is given. */
function actionInputsGiven(workflow: Workflow): string[] {
  return jobsOf(workflow).flatMap(([jobId, job]) =>
    stepsOf(job).flatMap((step, index) => {
      const uses = stringOf(step['uses'])
      if (uses === undefined || !isReleaseGateAction(uses)) return []
      const given = isMapping(step['with']) ? Object.keys(step['with']) : []
      const label = `${workflow.path}: ${stepLabel(jobId, step, index)}`
      const unknown = given
        .filter(name => !actionInputs.has(name))
        .map(name => `${label} gives '${name}', which action.yml does not declare`)
      const missing = [...actionInputs.values()]
        .filter(input => input.required === true && input.default === undefined && !given.includes(input.id))
        .map(input => `${label} does not give the required input '${input.id}'`)
      return [...unknown, ...missing]
    })
  )
}

/** Every `steps.<id>.outputs.<name>` names an earlier step of the job, and one of action.yml's outputs for the action. */
function actionOutputsRead(workflow: Workflow): string[] {
  return jobsOf(workflow).flatMap(([jobId, job]) => {
    const steps = stepsOf(job)
    const stepIndex = new Map(steps.map((step, index) => [stringOf(step['id']) ?? '', index]))
    // Job outputs are read after every step; a step may read only the steps before it.
    const readers: { where: string; before: number; value: unknown }[] = [
      { where: `job '${jobId}' outputs`, before: steps.length, value: job['outputs'] },
      ...steps.map((step, index) => ({ where: stepLabel(jobId, step, index), before: index, value: step }))
    ]
    return readers.flatMap(({ where, before, value }) =>
      outputReferences(expressionsIn(value), 'steps').flatMap(({ id, output }) => {
        const index = stepIndex.get(id)
        const step = index === undefined ? undefined : steps[index]
        if (index === undefined || step === undefined || index >= before) {
          return [
            `${workflow.path}: ${where} reads steps.${id}.outputs.${output}, but no earlier step has id '${id}'`
          ]
        }
        const uses = stringOf(step['uses'])
        return uses !== undefined && isReleaseGateAction(uses) && !actionOutputs.has(output)
          ? [
              `${workflow.path}: ${where} reads output '${output}' of step '${id}', which action.yml does not declare`
            ]
          : []
      })
    )
  })
}

/** Every `needs.<job>.outputs.<name>` names a job the reader needs and an output it declares; the same for `jobs.` in workflow_call outputs. */
function jobOutputsRead(workflow: Workflow): string[] {
  const jobs = new Map(jobsOf(workflow))
  const declares = (jobId: string, output: string): boolean => {
    const job = jobs.get(jobId)
    // A reusable-workflow job's outputs are declared in the workflow it calls; the parser checks those.
    return (
      job !== undefined &&
      (typeof job['uses'] === 'string' || (isMapping(job['outputs']) && output in job['outputs']))
    )
  }
  const fromNeeds = [...jobs].flatMap(([jobId, job]) => {
    const needs = job['needs']
    const needed =
      typeof needs === 'string'
        ? [needs]
        : Array.isArray(needs)
          ? needs.filter(need => typeof need === 'string')
          : []
    return outputReferences(expressionsIn(job), 'needs').flatMap(({ id, output }) =>
      !needed.includes(id)
        ? [`${workflow.path}: job '${jobId}' reads needs.${id}.outputs.${output} but does not need '${id}'`]
        : !declares(id, output)
          ? [
              `${workflow.path}: job '${jobId}' reads needs.${id}.outputs.${output}, which job '${id}' does not declare`
            ]
          : []
    )
  })
  const on = workflow.data['on']
  const call = isMapping(on) ? on['workflow_call'] : undefined
  const fromCallOutputs = outputReferences(
    expressionsIn(isMapping(call) ? call['outputs'] : undefined),
    'jobs'
  )
    .filter(({ id, output }) => !declares(id, output))
    .map(
      ({ id, output }) =>
        `${workflow.path}: workflow output reads jobs.${id}.outputs.${output}, which job '${id}' does not declare`
    )
  return [...fromNeeds, ...fromCallOutputs]
}

/**
 * No workflow-level group (a run waiting for approval would hold back every later run, readiness and staging included);
 * every job that names an environment takes a group, and no group cancels a running job or lets a newer pending job
 * cancel an older one (queue: max).
 */
function neverCancels(workflow: Workflow): string[] {
  const violations: string[] = []
  if (workflow.data['concurrency'] !== undefined)
    violations.push(`${workflow.path}: has a workflow-level concurrency group`)
  for (const [jobId, job] of jobsOf(workflow)) {
    const concurrency = job['concurrency']
    if (concurrency === undefined) {
      if (job['environment'] !== undefined)
        violations.push(
          `${workflow.path}: job '${jobId}' names an environment but takes no concurrency group`
        )
      continue
    }
    if (!isMapping(concurrency)) {
      violations.push(
        `${workflow.path}: job '${jobId}' has concurrency ${JSON.stringify(concurrency)}, not {group, cancel-in-progress: false, queue: max}`
      )
      continue
    }
    if (concurrency['cancel-in-progress'] !== false)
      violations.push(`${workflow.path}: job '${jobId}' lacks cancel-in-progress: false`)
    if (concurrency['queue'] !== 'max')
      violations.push(
        `${workflow.path}: job '${jobId}' lacks queue: max (a newer pending job would cancel an older one)`
      )
  }
  return violations
}

/** A caller passes its secrets, environment secrets included, to the workflow it calls. */
function inheritsSecrets(workflow: Workflow): string[] {
  return jobsOf(workflow)
    .filter(([, job]) => typeof job['uses'] === 'string')
    .flatMap(([jobId, job]) =>
      job['secrets'] === 'inherit'
        ? []
        : [`${workflow.path}: job '${jobId}' calls a workflow without secrets: inherit`]
    )
}

interface Rule {
  title: string
  paths: string[]
  check: (workflow: Workflow) => string[]
  /** A small workflow that breaks the rule, and the violation it must produce: shows the check catches what it claims. */
  bad: { yaml: string; violation: string }[]
}

const rules: Rule[] = [
  {
    title: 'asks for exactly contents: read, actions: read and deployments: write',
    paths: reusableWorkflows,
    check: exactPermissions,
    bad: [
      {
        yaml: `
permissions: { contents: read, actions: read, deployments: write, id-token: write }
jobs: {}`,
        violation: 'top-level permissions are'
      },
      { yaml: 'permissions: write-all\njobs: {}', violation: 'top-level permissions are "write-all"' },
      {
        yaml: `
permissions: { contents: read, actions: read, deployments: write }
jobs:
  production: { runs-on: x, permissions: { contents: write }, steps: [] }`,
        violation: "job 'production' sets its own permissions"
      }
    ]
  },
  {
    title: 'grants the called workflow the permissions it asks for',
    paths: exampleCallers,
    check: callerGrants,
    bad: [
      {
        yaml: `
permissions: { contents: read, actions: read }
jobs:
  release: { uses: release-gate/release-gate/.github/workflows/release.yml@v1, secrets: inherit }`,
        violation: "job 'release' does not grant deployments: write"
      }
    ]
  },
  {
    title: 'passes the environment secrets on to the called workflow (secrets: inherit)',
    paths: exampleCallers,
    check: inheritsSecrets,
    bad: [
      {
        yaml: `
jobs:
  release: { uses: release-gate/release-gate/.github/workflows/release.yml@v1 }`,
        violation: "job 'release' calls a workflow without secrets: inherit"
      }
    ]
  },
  {
    title: 'pins every third-party action to a commit SHA with a version comment',
    paths: workflowPaths,
    check: pinnedActions,
    bad: [
      {
        yaml: `
jobs:
  build:
    runs-on: x
    steps:
      - { id: checkout, uses: actions/checkout@v4 }`,
        violation: 'uses actions/checkout@v4, not pinned to a commit SHA'
      },
      {
        yaml: `
jobs:
  build:
    runs-on: x
    steps:
      - id: checkout
        uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683`,
        violation: "without a '# vX.Y.Z' comment"
      },
      {
        yaml: `
jobs:
  shared: { uses: some-org/workflows/.github/workflows/deploy.yml@main }`,
        violation: 'not pinned to a commit SHA'
      }
    ]
  },
  {
    title: 'gives every step an id',
    paths: workflowPaths,
    check: stepIds,
    bad: [
      {
        yaml: `
jobs:
  build:
    runs-on: x
    steps:
      - { id: checkout, uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 } # v4.2.2
      - { run: make }`,
        violation: "job 'build' step #2 has no id"
      }
    ]
  },
  {
    title: 'puts no ${{ }} inside a run: script',
    paths: workflowPaths,
    check: noExpressionsInRun,
    bad: [
      {
        yaml: `
jobs:
  greet:
    runs-on: x
    steps:
      - id: greet
        run: echo "\${{ github.event.head_commit.message }}"`,
        violation: "job 'greet' step greet has ${{ }} inside run:"
      }
    ]
  },
  {
    title: 'runs the report job always (also after a failure or cancellation), in no environment',
    paths: [RELEASE],
    check: reportAlwaysRuns,
    bad: [
      {
        yaml: 'jobs:\n  report: { runs-on: x, needs: production, steps: [] }',
        violation: 'has if: undefined, expected always()'
      },
      {
        yaml: "jobs:\n  report: { runs-on: x, if: '${{ success() }}', steps: [] }",
        violation: 'expected always()'
      },
      {
        yaml: 'jobs:\n  report: { runs-on: x, if: always(), environment: production, steps: [] }',
        violation: "job 'report' names an environment"
      },
      { yaml: 'jobs:\n  summary: { runs-on: x, if: always(), steps: [] }', violation: 'no report job' }
    ]
  },
  {
    title: 'runs the production job in the production environment with deployment: false',
    paths: [RELEASE],
    check: productionEnvironment,
    bad: [
      {
        yaml: 'jobs:\n  production: { runs-on: x, environment: production, steps: [] }',
        violation: 'names its environment as "production", not {name, deployment: false}'
      },
      {
        yaml: "jobs:\n  production: { runs-on: x, environment: { name: '${{ inputs.production-environment }}' }, steps: [] }",
        violation: 'lacks deployment: false'
      },
      {
        yaml: "jobs:\n  production: { runs-on: x, environment: { name: '${{ inputs.staging-environment }}', deployment: false }, steps: [] }",
        violation: 'not the production environment'
      }
    ]
  },
  {
    title: 'lets GitHub create no deployment of its own in any environment',
    paths: [...reusableWorkflows],
    check: noGitHubDeployments,
    bad: [
      {
        yaml: 'jobs:\n  staging: { runs-on: x, environment: staging, steps: [] }',
        violation: "job 'staging' names an environment without deployment: false"
      }
    ]
  },
  {
    title: 'gives the action only inputs that action.yml declares, and every required one',
    paths: workflowPaths,
    check: actionInputsGiven,
    bad: [
      {
        yaml: `
jobs:
  readiness:
    runs-on: x
    steps:
      - { id: readiness, uses: release-gate/release-gate@v1, with: { phase: readiness, release: v1.2.3 } }`,
        violation: "gives 'release', which action.yml does not declare"
      },
      {
        yaml: `
jobs:
  readiness:
    runs-on: x
    steps:
      - { id: readiness, uses: release-gate/release-gate@v1, with: { tag: v1.2.3 } }`,
        violation: "does not give the required input 'phase'"
      }
    ]
  },
  {
    title: 'reads only outputs that action.yml declares, of steps that ran before',
    paths: workflowPaths,
    check: actionOutputsRead,
    bad: [
      {
        yaml: `
jobs:
  production:
    runs-on: x
    outputs: { result: '\${{ steps.production.outputs.result }}' }
    steps:
      - { id: production, uses: release-gate/release-gate@v1, with: { phase: production } }`,
        violation: "reads output 'result' of step 'production', which action.yml does not declare"
      },
      {
        yaml: `
jobs:
  production:
    runs-on: x
    steps:
      - id: stabilize
        if: steps.production.outputs.outcome == 'passed'
        uses: release-gate/release-gate@v1
        with: { phase: stabilize }
      - { id: production, uses: release-gate/release-gate@v1, with: { phase: production } }`,
        violation: "reads steps.production.outputs.outcome, but no earlier step has id 'production'"
      }
    ]
  },
  {
    title: 'reads only job outputs that a needed job declares',
    paths: workflowPaths,
    check: jobOutputsRead,
    bad: [
      {
        yaml: `
jobs:
  staging: { runs-on: x, outputs: { outcome: x }, steps: [] }
  production: { runs-on: x, if: "needs.staging.outputs.outcome == 'passed'", steps: [] }`,
        violation: "job 'production' reads needs.staging.outputs.outcome but does not need 'staging'"
      },
      {
        yaml: `
jobs:
  staging: { runs-on: x, outputs: { outcome: x }, steps: [] }
  production: { runs-on: x, needs: staging, if: "needs.staging.outputs.result == 'passed'", steps: [] }`,
        violation: "reads needs.staging.outputs.result, which job 'staging' does not declare"
      },
      {
        yaml: `
on:
  workflow_call:
    outputs:
      outcome: { value: '\${{ jobs.production.outputs.verdict }}' }
jobs:
  production: { runs-on: x, outputs: { outcome: x }, steps: [] }`,
        violation: 'workflow output reads jobs.production.outputs.verdict'
      }
    ]
  },
  {
    title: 'serialises each job that changes an environment and never cancels one that runs or waits',
    paths: reusableWorkflows,
    check: neverCancels,
    bad: [
      {
        yaml: 'concurrency: { group: release, cancel-in-progress: false }\njobs: {}',
        violation: 'has a workflow-level concurrency group'
      },
      {
        yaml: 'jobs:\n  production: { runs-on: x, concurrency: { group: p, cancel-in-progress: true, queue: max }, steps: [] }',
        violation: "job 'production' lacks cancel-in-progress: false"
      },
      {
        yaml: 'jobs:\n  production: { runs-on: x, concurrency: { group: p, cancel-in-progress: false }, steps: [] }',
        violation: "job 'production' lacks queue: max"
      },
      {
        yaml: 'jobs:\n  production: { runs-on: x, concurrency: production, steps: [] }',
        violation: 'has concurrency "production"'
      },
      {
        yaml: 'jobs:\n  staging: { runs-on: x, environment: { name: staging, deployment: false }, steps: [] }',
        violation: "job 'staging' names an environment but takes no concurrency group"
      }
    ]
  }
]

describe.each(rules)('rule: $title', ({ paths, check, bad }) => {
  it.each(paths)('holds for %s', path => {
    expect(check(loadWorkflow(path, read(path)))).toEqual([])
  })

  it.each(bad)('catches a workflow that breaks it: $violation', ({ yaml, violation }) => {
    const text = yaml.trimStart()
    const violations = check(loadWorkflow('bad.yml', text.startsWith('on:') ? text : `on: push\n${text}`))
    expect(violations).toContainEqual(expect.stringContaining(violation))
  })
})

// ---------------------------------------------------------------------------------------------------------------
// The release's shape

describe('release.yml', () => {
  const release = loadWorkflow(RELEASE, read(RELEASE))
  const jobs = new Map(jobsOf(release))
  const job = (id: string): Mapping => jobs.get(id) ?? {}
  const phasesOf = (id: string): unknown[] =>
    stepsOf(job(id))
      .filter(step => isReleaseGateAction(stringOf(step['uses']) ?? ''))
      .map(step => (isMapping(step['with']) ? step['with']['phase'] : undefined))

  it('runs readiness, staging, production and report, each after the one before', () => {
    expect([...jobs.keys()]).toEqual(['readiness', 'staging', 'production', 'report'])
    expect(job('staging')['needs']).toBe('readiness')
    expect(job('production')['needs']).toBe('staging')
    expect(job('report')['needs']).toEqual(['readiness', 'staging', 'production'])
  })

  it('runs Phase 3 and Phase 4 as two steps of the one approved job, the health window only after a passed deployment', () => {
    expect(phasesOf('production')).toEqual(['production', 'stabilize'])
    const stabilize = stepsOf(job('production')).find(step => step['id'] === 'stabilize')
    expect(stabilize?.['if']).toBe("steps.production.outputs.outcome == 'passed'")
  })

  it.each([
    ['readiness', ['readiness']],
    ['staging', ['staging']],
    ['report', ['report']]
  ])('runs the %s job as phase %j', (id, phases) => {
    expect(phasesOf(id)).toEqual(phases)
  })

  // Each phase continues from exactly the artifact the one before published, never from the latest by name.
  const withOf = (jobId: string, stepId: string): Mapping => {
    const step = stepsOf(job(jobId)).find(s => s['id'] === stepId)
    return isMapping(step?.['with']) ? step['with'] : {}
  }
  it.each([
    ['staging', 'staging', 'needs.readiness.outputs'],
    ['production', 'production', 'needs.staging.outputs'],
    ['production', 'stabilize', 'steps.production.outputs']
  ])("pins the %s job's %s step to the artifact id and digest from %s", (jobId, stepId, source) => {
    expect(withOf(jobId, stepId)).toMatchObject({
      'evidence-artifact-id': `\${{ ${source}.evidence-artifact-id }}`,
      'evidence-artifact-digest': `\${{ ${source}.evidence-artifact-digest }}`
    })
  })

  it('pins the report to the last artifact a job published, id and digest from the same job', () => {
    const report = withOf('report', 'report')
    const flat = (value: unknown): string => String(value).replace(/\s+/g, ' ').trim()
    expect(flat(report['evidence-artifact-id'])).toBe(
      '${{ needs.production.outputs.evidence-artifact-id || needs.staging.outputs.evidence-artifact-id || needs.readiness.outputs.evidence-artifact-id }}'
    )
    expect(flat(report['evidence-artifact-digest'])).toBe(
      '${{ needs.production.outputs.evidence-artifact-id && needs.production.outputs.evidence-artifact-digest || ' +
        'needs.staging.outputs.evidence-artifact-id && needs.staging.outputs.evidence-artifact-digest || ' +
        'needs.readiness.outputs.evidence-artifact-digest }}'
    )
    for (const jobId of ['readiness', 'staging', 'production']) {
      const outputs = job(jobId)['outputs']
      expect(Object.keys(isMapping(outputs) ? outputs : {})).toEqual(
        expect.arrayContaining(['evidence-artifact-id', 'evidence-artifact-digest'])
      )
    }
    expect(actionInputs.has('evidence-artifact-id')).toBe(true)
    expect(actionInputs.has('evidence-artifact-digest')).toBe(true)
  })

  it('checks out the full history for readiness, which reads the commits between tags', () => {
    const checkout = stepsOf(job('readiness')).find(step => step['id'] === 'checkout')
    expect(isMapping(checkout?.['with']) && checkout['with']['fetch-depth']).toBe(0)
  })

  it("shares the production job's concurrency group with rollback.yml for the same environment", () => {
    const rollback = new Map(jobsOf(loadWorkflow(ROLLBACK, read(ROLLBACK)))).get('rollback') ?? {}
    const groupOf = (concurrency: unknown): string =>
      isMapping(concurrency) && typeof concurrency['group'] === 'string' ? concurrency['group'] : ''
    const releaseGroup = expandInputs(groupOf(job('production')['concurrency']), {
      'production-environment': 'production'
    })
    const rollbackGroup = expandInputs(groupOf(rollback['concurrency']), { environment: 'production' })
    expect(releaseGroup).toBe('release-gate-production')
    expect(rollbackGroup).toBe(releaseGroup)
    // Staging has its own group: a staging deploy never waits on a production approval.
    expect(expandInputs(groupOf(job('staging')['concurrency']), { 'staging-environment': 'staging' })).toBe(
      'release-gate-staging'
    )
  })
})

describe('rollback.yml', () => {
  const workflow = loadWorkflow(ROLLBACK, read(ROLLBACK))
  const rollback = new Map(jobsOf(workflow)).get('rollback') ?? {}
  const triggerInputs = (trigger: string): string[] => {
    const on = workflow.data['on']
    const event = isMapping(on) ? on[trigger] : undefined
    const inputs = isMapping(event) ? event['inputs'] : undefined
    return isMapping(inputs) ? Object.keys(inputs) : []
  }
  const actionStep = stepsOf(rollback).find(step => isReleaseGateAction(stringOf(step['uses']) ?? '')) ?? {}
  const withInputs = isMapping(actionStep['with']) ? actionStep['with'] : {}
  const environment = isMapping(rollback['environment']) ? rollback['environment'] : {}

  it('lets no dispatcher choose who approves: approval-environment is a workflow_call input only', () => {
    expect(triggerInputs('workflow_dispatch')).not.toContain('approval-environment')
    expect(triggerInputs('workflow_call')).toContain('approval-environment')
  })

  it("tells the action the job's environment, so it reads and records that environment's approval of the run", () => {
    expect(environment['name']).toBe('${{ inputs.approval-environment || inputs.environment }}')
    expect(withInputs['approval-environment']).toBe(environment['name'])
    expect(actionInputs.has('approval-environment')).toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// The README's action reference

describe("the README's action reference", () => {
  const afterTest: (() => void)[] = []
  afterEach(() => afterTest.splice(0).forEach(cleanUp => cleanUp()))
  const script = join(repoRoot, 'scripts/action-reference.mjs')
  const runScript = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })

  it('matches action.yml (npm run docs:action regenerates it)', () => {
    const result = runScript('--check')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('is reported as stale, with the command that fixes it, when action.yml gains an input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-action-reference-'))
    // Copies, so the check is shown failing without touching the real README.md and action.yml.
    afterTest.push(() => rmSync(dir, { recursive: true, force: true }))
    const actionCopy = join(dir, 'action.yml')
    const readmeCopy = join(dir, 'README.md')
    writeFileSync(
      actionCopy,
      read('action.yml').replace(
        /^inputs:\n/m,
        "inputs:\n  dry-run:\n    description: 'Plan only.'\n    required: false\n"
      )
    )
    writeFileSync(readmeCopy, read('README.md'))

    const stale = runScript('--check', '--action', actionCopy, '--readme', readmeCopy)
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain("Run 'npm run docs:action'")

    expect(runScript('--action', actionCopy, '--readme', readmeCopy).status).toBe(0)
    expect(readFileSync(readmeCopy, 'utf8')).toContain('| `dry-run` | no |  | Plan only. |')
    expect(runScript('--check', '--action', actionCopy, '--readme', readmeCopy).status).toBe(0)
  })
})
