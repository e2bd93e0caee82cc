import { afterAll, afterEach, beforeAll } from '@jest/globals'
import { ArtifactServiceEmulator } from '../emulators/artifact-service.js'
import { GitHubApiEmulator } from '../emulators/github-api.js'
import { seedServiceRepository, WorkflowRun } from './action-harness.js'
import { DemoSandbox } from './demo-sandbox.js'

// The jest side of the action harness: emulators started and stopped around a test file, a demo sandbox per release.

/** The loopback GitHub API and artifact service of one test file: started before its tests, stopped after them. */
export function emulatorsForFile(): {
  github: () => GitHubApiEmulator
  artifacts: () => ArtifactServiceEmulator
} {
  let github: GitHubApiEmulator | undefined
  let artifacts: ArtifactServiceEmulator | undefined
  beforeAll(async () => {
    github = await GitHubApiEmulator.start()
    artifacts = await ArtifactServiceEmulator.start()
  })
  afterAll(async () => {
    await github?.stop()
    await artifacts?.stop()
  })
  const started = <T>(emulator: T | undefined): T => {
    if (!emulator) throw new Error('the emulators start in beforeAll: use them inside a test')
    return emulator
  }
  return { github: () => started(github), artifacts: () => started(artifacts) }
}

/** The reviewer the action tests' production environments require unless a test says otherwise. */
export const REVIEWER = { login: 'dana', id: 501 }

/**
 * A test file's loopback GitHub API and artifact service (started once for the file) and a demo sandbox per release
 * (stopped after each test). Port bases and run ids count up from where the file starts them, so files never share.
 */
export class ActionFixture {
  private readonly emulators = emulatorsForFile()
  private readonly boxes: DemoSandbox[] = []
  private nextPortBase: number
  private nextRunId: number

  constructor(
    options: { firstPortBase: number; firstRunId: number; repositoryPrefix: string },
    afterEachTest: () => void = () => {}
  ) {
    this.nextPortBase = options.firstPortBase
    this.nextRunId = options.firstRunId
    this.repositoryPrefix = options.repositoryPrefix
    afterEach(() => {
      for (const box of this.boxes.splice(0)) box.stop()
      afterEachTest()
    })
  }

  private readonly repositoryPrefix: string

  get github(): GitHubApiEmulator {
    return this.emulators.github()
  }

  get artifacts(): ArtifactServiceEmulator {
    return this.emulators.artifacts()
  }

  /**
   * A service repository whose production serves v1.0.0 (a successful deployment of release-gate's) and a new run
   * that releases from it; production requires REVIEWER unless `reviewers` is false.
   */
  newRelease(environment: { reviewers?: boolean; preventSelfReview?: boolean } = {}): WorkflowRun {
    const box = new DemoSandbox(this.nextPortBase)
    this.nextPortBase += 100
    this.boxes.push(box)
    box.baseline('v1.0.0')
    box.upstream()
    const runId = this.nextRunId++
    const repository = `${this.repositoryPrefix}-${runId}`
    seedServiceRepository(
      this.github,
      repository,
      runId,
      environment.reviewers === false ? [] : [REVIEWER],
      environment.preventSelfReview
    )
    return new WorkflowRun(box, this.github, this.artifacts, runId, repository)
  }

  /** Another workflow run of the same repository and sandbox (a re-run, a dispatch), started by `actor`. */
  nextRun(run: WorkflowRun, actor?: string): WorkflowRun {
    return new WorkflowRun(run.box, this.github, this.artifacts, this.nextRunId++, run.repository, actor)
  }
}
