import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArtifactServiceEmulator } from '../emulators/artifact-service.js'
import type { GitHubApiEmulator } from '../emulators/github-api.js'
import { registerSandbox } from '../sandbox-registry.js'
import type { DemoSandbox } from './demo-sandbox.js'

// No jest here: the benchmark (bench/api-budget.ts) runs this harness outside jest. The jest hooks of a test file
// are in action-fixture.ts.

/** Who tags releases in these tests unless a test says otherwise: an account nobody reviews with. */
const RELEASE_BOT = { name: 'Release Bot', email: 'release-bot@example.com' }
/** The release tags the tests release (the demo's good release and its faulty twin), all on the checked-out commit. */
const RELEASE_TAGS = ['v1.1.0', 'v1.1.0-faulty']

const repo = fileURLToPath(new URL('../..', import.meta.url))
/** The bundled action entry and its post step, as the runner starts them (action.yml runs.main / runs.post). */
export const ACTION_MAIN = join(repo, 'dist', 'index.js')
export const ACTION_POST = join(repo, 'dist', 'post.js')

/**
 * A service repository in the emulated GitHub with a workflow run: environments staging and production (the latter
 * with `reviewers` as its required reviewers, none meaning no rule), and production serving v1.0.0, released by an earlier run of
 * release-gate (the history only counts deployments with its payload).
 */
export function seedServiceRepository(
  github: GitHubApiEmulator,
  repository: string,
  runId: number,
  reviewers: { login: string; id: number }[],
  preventSelfReview = false
): void {
  github.addRepo(repository)
  github.addRun(repository, runId)
  github.addEnvironment(repository, 'staging')
  github.addEnvironment(
    repository,
    'production',
    reviewers.length === 0 ? {} : { requiredReviewers: reviewers, preventSelfReview }
  )
  github.seedDeployment(repository, {
    environment: 'production',
    ref: 'v1.0.0',
    createdAt: '2026-11-20T10:00:00Z',
    payload: { releaseGate: { runId: 1, runAttempt: 1, trigger: 'release' } },
    statuses: [{ state: 'in_progress' }, { state: 'success' }]
  })
}

/** What one action step left: exit code, log, outputs, job summary, saved state. */
export interface StepResult {
  code: number | null
  log: string
  outputs: Record<string, string>
  summary: string
  state: Record<string, string>
  postLog: string
}

/** Parses the `name<<delimiter` / `name=value` file format of GITHUB_OUTPUT and GITHUB_STATE. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] as string)
      values[name] = body.join('\n')
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return values
}

/**
 * One workflow run against the loopback GitHub API and artifact service. Each job gets a fresh checkout of the demo
 * (no evidence from other jobs: only artifacts carry it) and shares the demo's services and state, as jobs of a real
 * run share the environments they deploy to.
 */
export class WorkflowRun {
  constructor(
    readonly box: DemoSandbox,
    readonly github: GitHubApiEmulator,
    readonly artifacts: ArtifactServiceEmulator,
    readonly runId: number,
    readonly repository = 'acme/shop',
    readonly actor = 'release-bot'
  ) {}

  /** A fresh job workspace: the demo as checked out, with the upstream evidence, without any earlier bundle. */
  checkout(tagger: { name: string; email: string } = RELEASE_BOT): string {
    const workspace = mkdtempSync(join(tmpdir(), 'rg-job-'))
    registerSandbox(workspace, this.box.state)
    cpSync(this.box.demo, workspace, {
      recursive: true,
      filter: source => !/[/\\](\.artifacts[/\\]deployment(-archive)?|\.release-gate)$/.test(source)
    })
    // As actions/checkout leaves it on a tag push: a git repository whose release tag exists (the action refuses a
    // release whose tag the checkout lacks).
    const git = (...args: string[]): void => {
      execFileSync('git', args, {
        cwd: workspace,
        stdio: 'ignore',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: workspace,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_AUTHOR_NAME: tagger.name,
          GIT_AUTHOR_EMAIL: tagger.email,
          GIT_COMMITTER_NAME: tagger.name,
          GIT_COMMITTER_EMAIL: tagger.email
        }
      })
    }
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'feat: the release')
    for (const tag of RELEASE_TAGS) git('tag', '-a', tag, '-m', tag)
    return workspace
  }

  /** Runs the action's main step (and its post step, as the runner does) with the runner's environment. */
  async step(
    workspace: string,
    inputs: Record<string, string>,
    options: {
      attempt?: number
      jobId?: string
      env?: Record<string, string>
      /** Cancels the step as the runner does (SIGINT, then SIGTERM) once its log contains this text. */
      cancelWhen?: string
    } = {}
  ): Promise<StepResult> {
    const files = mkdtempSync(join(tmpdir(), 'rg-runner-'))
    const outputFile = join(files, 'output')
    const summaryFile = join(files, 'summary')
    const stateFile = join(files, 'state')
    const eventFile = join(files, 'event.json')
    for (const file of [outputFile, summaryFile, stateFile]) writeFileSync(file, '')
    writeFileSync(eventFile, JSON.stringify({ ref: 'refs/tags/v1.1.0', sender: { login: this.actor } }))
    const runnerTemp = join(files, 'temp')
    mkdirSync(runnerTemp)
    const env: Record<string, string> = {
      ...this.box.env(),
      ...this.artifacts.runtimeEnv({ runId: String(this.runId), jobId: options.jobId ?? 'job' }),
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_API_URL: this.github.url,
      GITHUB_REPOSITORY: this.repository,
      GITHUB_REPOSITORY_OWNER: this.repository.split('/')[0] as string,
      GITHUB_RUN_ID: String(this.runId),
      GITHUB_RUN_ATTEMPT: String(options.attempt ?? 1),
      GITHUB_ACTOR: this.actor,
      GITHUB_TRIGGERING_ACTOR: this.actor,
      GITHUB_REF: 'refs/tags/v1.1.0',
      GITHUB_REF_NAME: 'v1.1.0',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_STATE: stateFile,
      RUNNER_TEMP: runnerTemp,
      ...options.env
    }
    for (const [name, value] of Object.entries({ 'github-token': 'ghs_test-token', ...inputs }))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    const main = await runNode(ACTION_MAIN, workspace, env, options.cancelWhen)
    const state = parseCommandFile(readFileSync(stateFile, 'utf8'))
    const postEnv = { ...env }
    for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value
    const post = await runNode(ACTION_POST, workspace, postEnv)
    return {
      code: main.code,
      log: main.output,
      outputs: parseCommandFile(readFileSync(outputFile, 'utf8')),
      summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
      state,
      postLog: post.output
    }
  }

  /** The files of an uploaded evidence artifact, parsed when JSON. */
  async artifactJson<T = Record<string, unknown>>(artifact: string, file: string): Promise<T> {
    const files = await this.artifacts.files(artifact, String(this.runId))
    const content = files.get(file)
    if (!content)
      throw new Error(`${file} is not in artifact ${artifact} (has ${[...files.keys()].join(', ')})`)
    return JSON.parse(content.toString('utf8')) as T
  }
}

/**
 * The Node binary the runner would start the action with: action.yml says node24, and CI (.ci/run) provides one in
 * RELEASE_GATE_ACTION_NODE; without it, the Node running the tests.
 */
export const ACTION_NODE = process.env.RELEASE_GATE_ACTION_NODE || process.execPath

function runNode(
  script: string,
  cwd: string,
  env: Record<string, string>,
  cancelWhen?: string
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(ACTION_NODE, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let cancelled = false
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (cancelWhen && !cancelled && output.includes(cancelWhen)) {
        cancelled = true
        child.kill('SIGINT')
        setTimeout(() => child.kill('SIGTERM'), 2000).unref()
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code, output }))
  })
}
