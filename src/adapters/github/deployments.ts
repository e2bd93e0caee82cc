import type { ReleaseEntry, ReleaseHistory, UnfinishedRelease } from '../../core/ports.js'
import type { DeploymentRecord, GitHubApi } from './api.js'
import { isReleaseTag } from '../../core/tag.js'

/** The payload release-gate puts on its deployments, so a later job of the same run finds its own record. */
interface ReleaseGatePayload {
  releaseGate: { runId: number; runAttempt: number; trigger: 'release' | 'rollback' }
}

function payloadOf(deployment: DeploymentRecord): ReleaseGatePayload['releaseGate'] | undefined {
  const payload = deployment.payload as Partial<ReleaseGatePayload> | null | undefined
  const releaseGate = typeof payload === 'object' && payload !== null ? payload.releaseGate : undefined
  return typeof releaseGate === 'object' &&
    releaseGate !== null &&
    Number.isInteger(releaseGate.runId) &&
    Number.isInteger(releaseGate.runAttempt)
    ? releaseGate
    : undefined
}

/**
 * The release history in GitHub's Deployments API: one deployment per environment per release, statuses
 * in_progress → success | failure; a rollback is a new deployment of the target release whose success marks the
 * failed one inactive. The default rollback target is the newest deployment that ever succeeded.
 */
export class DeploymentHistory implements ReleaseHistory {
  /** The deployment this run created or updated last (an action output). */
  lastDeploymentId: number | null = null
  private readonly known = new Map<string, DeploymentRecord>()

  constructor(
    private readonly api: GitHubApi,
    private readonly environmentUrls: Record<string, string> = {}
  ) {}

  async current(environment: string): Promise<string | null> {
    return (await this.newestSucceeded(environment, () => true))?.ref ?? null
  }

  async previous(environment: string, tag: string): Promise<string | null> {
    return (await this.newestSucceeded(environment, d => d.ref !== tag))?.ref ?? null
  }

  async deployed(environment: string): Promise<string[]> {
    const tags = new Set<string>()
    for (const deployment of await this.releases(environment)) {
      if (tags.has(deployment.ref)) continue
      if ((await this.api.deploymentStates(deployment.id)).includes('success')) tags.add(deployment.ref)
    }
    return [...tags]
  }

  /**
   * The environment's deployments that release-gate recorded, newest first. Anyone with deployments: write can
   * create a deployment, and its ref ends up in command argv (`${previous}`, `${tag}`): only a release-gate payload
   * and a ref that is a release tag (src/core/tag.ts) make a deployment part of the history.
   */
  private async releases(environment: string): Promise<DeploymentRecord[]> {
    return (await this.api.deployments(environment)).filter(d => payloadOf(d) && isReleaseTag(d.ref))
  }

  private async newestSucceeded(
    environment: string,
    accept: (deployment: DeploymentRecord) => boolean
  ): Promise<DeploymentRecord | null> {
    for (const deployment of await this.releases(environment)) {
      if (!accept(deployment)) continue
      if ((await this.api.deploymentStates(deployment.id)).includes('success')) return deployment
    }
    return null
  }

  /**
   * The newest release-gate deployment of the environment by another run (or an earlier attempt of this one), if its
   * latest status is still in progress: a release running now, or one a cancelled job left part way.
   */
  async unfinished(environment: string): Promise<UnfinishedRelease | null> {
    const run = this.api.run
    for (const deployment of await this.releases(environment)) {
      const payload = payloadOf(deployment) as ReleaseGatePayload['releaseGate']
      if (payload.runId === run.runId && payload.runAttempt === run.runAttempt) continue
      const [latest] = await this.api.deploymentStates(deployment.id)
      if (latest !== 'in_progress' && latest !== 'queued' && latest !== 'pending') return null
      return {
        tag: deployment.ref,
        startedAt: deployment.createdAt,
        by: `workflow run ${payload.runId}, attempt ${payload.runAttempt}`
      }
    }
    return null
  }

  /** Not atomic across runs: the workflows' concurrency group keeps two releases of an environment apart. */
  async begin(environment: string, tag: string): Promise<UnfinishedRelease | null> {
    const unfinished = await this.unfinished(environment)
    if (!unfinished) await this.record({ tag, environment, status: 'in-progress' })
    return unfinished
  }

  async record(entry: Omit<ReleaseEntry, 'recordedAt'>): Promise<void> {
    const url = this.environmentUrls[entry.environment]
    switch (entry.status) {
      case 'in-progress': {
        const deployment = await this.ownDeployment(entry.environment, entry.tag, 'release', true)
        await this.api.setDeploymentState(
          deployment.id,
          'in_progress',
          `release-gate: deploying ${entry.tag}`,
          url
        )
        return
      }
      case 'released': {
        const deployment = await this.ownDeployment(entry.environment, entry.tag, 'release', true)
        await this.api.setDeploymentState(
          deployment.id,
          'success',
          `release-gate: ${entry.tag} released`,
          url
        )
        await this.retireEarlier(entry.environment, deployment, entry.tag)
        return
      }
      case 'failed':
      case 'rolled-back': {
        const deployment = await this.ownDeployment(entry.environment, entry.tag, 'release', true)
        const what = entry.status === 'failed' ? 'failed' : 'rolled back'
        await this.api.setDeploymentState(
          deployment.id,
          'failure',
          `release-gate: ${entry.tag} ${what}${entry.note ? `: ${entry.note}` : ''}`,
          url
        )
        return
      }
      case 'rollback-target': {
        // The environment serves the target again: a deployment of it whose success makes the rolled-back one inactive.
        const deployment = await this.ownDeployment(entry.environment, entry.tag, 'rollback', true)
        await this.api.setDeploymentState(
          deployment.id,
          'success',
          `release-gate: rolled back to ${entry.tag}${entry.note ? ` (${entry.note})` : ''}`,
          url
        )
        await this.retireEarlier(entry.environment, deployment, entry.tag)
        return
      }
    }
  }

  /**
   * Marks the deployment that served before `current` inactive. GitHub's auto_inactive skips production
   * environments, so without this the Deployments page would show two active production releases.
   */
  private async retireEarlier(environment: string, current: DeploymentRecord, tag: string): Promise<void> {
    for (const deployment of await this.api.deployments(environment)) {
      if (deployment.id === current.id) continue
      const states = await this.api.deploymentStates(deployment.id)
      // An interrupted release (still in progress) is superseded too, or it would look like it is running forever.
      if (states[0] === 'success' || (states[0] === 'in_progress' && payloadOf(deployment)))
        await this.api.setDeploymentState(deployment.id, 'inactive', `release-gate: superseded by ${tag}`)
      // Older ones were retired when this one succeeded.
      if (states.includes('success')) return
    }
  }

  /**
   * This run's deployment of `tag` to `environment`, created once: a later step (another process) or a retried POST
   * finds the one already there instead of creating a duplicate.
   */
  private async ownDeployment(
    environment: string,
    tag: string,
    trigger: 'release' | 'rollback',
    create: boolean
  ): Promise<DeploymentRecord> {
    const run = this.api.run
    const task = trigger === 'release' ? 'deploy' : 'deploy:rollback'
    const key = `${environment}\n${tag}\n${trigger}`
    const remembered = this.known.get(key)
    if (remembered) {
      this.lastDeploymentId = remembered.id
      return remembered
    }
    const findOwn = async (): Promise<DeploymentRecord | undefined> =>
      (await this.api.deployments(environment, tag)).find(d => {
        const payload = payloadOf(d)
        return d.task === task && payload?.runId === run.runId && payload.trigger === trigger
      })
    const existing = await findOwn()
    if (existing || !create) {
      if (!existing) throw new Error(`no deployment of ${tag} to ${environment} by run ${run.runId}`)
      this.lastDeploymentId = existing.id
      this.known.set(key, existing)
      return existing
    }
    const payload: ReleaseGatePayload = {
      releaseGate: { runId: run.runId, runAttempt: run.runAttempt, trigger }
    }
    const created = await this.api.createDeployment(
      {
        ref: tag,
        environment,
        task,
        description:
          trigger === 'release' ? `release-gate: release ${tag}` : `release-gate: roll back to ${tag}`,
        payload: payload as unknown as Record<string, unknown>,
        productionEnvironment: environment !== 'staging'
      },
      findOwn
    )
    this.lastDeploymentId = created.id
    this.known.set(key, created)
    return created
  }
}
