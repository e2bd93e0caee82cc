import type { ReleaseEntry, ReleaseHistory } from '../../core/ports.js'
import type { DeploymentRecord, DeploymentState, GitHubApi } from './api.js'
import { isReleaseTag } from '../../core/tag.js'
import {
  foldLedger,
  mayStart,
  rollbackTarget,
  type Ledger,
  type LedgerEvent,
  type StartRefusal
} from '../../core/ledger.js'

/**
 * The payload release-gate puts on its deployments, so a later job of the same run finds its own record; a rollback's
 * deployment (of its target) also names the release it rolls back (`from`), the ledger state it leaves.
 */
interface ReleaseGatePayload {
  releaseGate: { runId: number; runAttempt: number; trigger: 'release' | 'rollback'; from?: string | null }
}

function payloadOf(deployment: DeploymentRecord): ReleaseGatePayload['releaseGate'] | undefined {
  const payload = deployment.payload as Partial<ReleaseGatePayload> | null | undefined
  const releaseGate = typeof payload === 'object' && payload !== null ? payload.releaseGate : undefined
  return typeof releaseGate === 'object' &&
    releaseGate !== null &&
    Number.isInteger(releaseGate.runId) &&
    Number.isInteger(releaseGate.runAttempt) &&
    (releaseGate.trigger === 'release' || releaseGate.trigger === 'rollback') &&
    (releaseGate.from === undefined || releaseGate.from === null || isReleaseTag(releaseGate.from))
    ? releaseGate
    : undefined
}

/** The deployment status each ledger event is written as (the event itself is named in the description). */
const STATUS_OF: Readonly<Record<LedgerEvent, DeploymentState>> = {
  'in-progress': 'in_progress',
  'health-window': 'in_progress',
  released: 'success',
  failed: 'failure',
  'breach-left': 'failure',
  'rollback-started': 'in_progress',
  'rollback-target': 'success',
  'rolled-back': 'failure',
  'rollback-failed': 'error',
  interrupted: 'error'
}

const EVENTS = Object.keys(STATUS_OF) as LedgerEvent[]
const MARKER = /^release-gate \[([a-z-]+)\]/

/**
 * The ledger event a status stands for: named in its description (`release-gate [health-window]: ...`) when its state
 * agrees, else (statuses written before the ledger) read from the state alone.
 */
function eventOf(state: string, description: string, trigger: 'release' | 'rollback'): LedgerEvent | null {
  const named = MARKER.exec(description)?.[1] as LedgerEvent | undefined
  if (named && EVENTS.includes(named) && STATUS_OF[named] === state) return named
  switch (state) {
    case 'in_progress':
      return trigger === 'release' ? 'in-progress' : 'rollback-started'
    case 'success':
      return trigger === 'release' ? 'released' : 'rollback-target'
    case 'failure':
      return trigger === 'rollback'
        ? 'rollback-failed'
        : description.includes('rolled back')
          ? 'rolled-back'
          : 'failed'
    default:
      return null
  }
}

/**
 * How many pages of 100 deployments (newest first) one read of the ledger goes back at most: 1000 deployments, about
 * 500 releases with a rollback each. Older ones are not read; docs/github-setup.md says so.
 */
export const MAX_DEPLOYMENT_PAGES = 10

/**
 * Whether the newest events (oldest first) hold what the ledger needs, so older deployments cannot change it: a
 * rollback target (a release that passed its health window, and no later event rolled it back), and, for every
 * release a rollback returned to, that release's own `released` (a rollback may return to one older than the
 * target, which then becomes the newest good release). The environment's state is decided by its newest events.
 */
function holdsWhatTheLedgerNeeds(environment: string, events: readonly ReleaseEntry[]): boolean {
  const released = new Set(events.filter(e => e.status === 'released').map(e => e.tag))
  const returnedTo = events.filter(e => e.status === 'rollback-target').map(e => e.tag)
  return (
    rollbackTarget(foldLedger(environment, events)) !== null && returnedTo.every(tag => released.has(tag))
  )
}

/**
 * The release ledger over GitHub's Deployments API: one deployment per environment per release and one per rollback
 * (of its target, naming the release it rolls back in the payload); each ledger event is a status of one of them
 * (STATUS_OF), named in its description. The ledger is folded from those statuses in the order GitHub numbered them,
 * by the same machine as the local file (src/core/ledger.ts).
 */
export class DeploymentHistory implements ReleaseHistory {
  /** The deployment this run created or updated last (an action output). */
  lastDeploymentId: number | null = null
  private readonly known = new Map<string, DeploymentRecord>()
  /** The rollback deployment this run started, by environment: its end is a status of it. */
  private readonly rollbacks = new Map<string, DeploymentRecord>()

  constructor(
    private readonly api: GitHubApi,
    private readonly environmentUrls: Record<string, string> = {}
  ) {}

  async ledger(environment: string): Promise<Ledger> {
    return foldLedger(environment, await this.events(environment))
  }

  /** Not atomic across runs: the workflows' concurrency group keeps two releases of an environment apart. */
  async begin(environment: string, tag: string, evidenceSince?: string): Promise<StartRefusal | null> {
    const refusal = mayStart(await this.ledger(environment), tag, evidenceSince)
    if (!refusal) await this.record({ tag, environment, status: 'in-progress' })
    return refusal
  }

  /**
   * The environment's ledger events, oldest first: the newest deployments, a page of 100 at a time, until the events
   * read hold what the ledger needs (see `holdsWhatTheLedgerNeeds`), GitHub has no older page, or
   * MAX_DEPLOYMENT_PAGES were read. Anyone with deployments: write can create a deployment, and its ref ends up in
   * command argv (`${previous}`, `${tag}`): only a release-gate payload and a ref that is a release tag
   * (src/core/tag.ts) make a deployment part of the ledger.
   */
  private async events(environment: string): Promise<ReleaseEntry[]> {
    const found: { order: number; entry: ReleaseEntry }[] = []
    const oldestFirst = (): ReleaseEntry[] => [...found].sort((a, b) => a.order - b.order).map(f => f.entry)
    for (let page = 1; page <= MAX_DEPLOYMENT_PAGES; page++) {
      const { deployments, hasNextPage } = await this.api.deploymentsPage(environment, page)
      for (const deployment of deployments.filter(d => payloadOf(d) && isReleaseTag(d.ref)))
        found.push(...(await this.eventsOf(environment, deployment)))
      if (!hasNextPage || holdsWhatTheLedgerNeeds(environment, oldestFirst())) break
    }
    return oldestFirst()
  }

  /** The ledger events one release-gate deployment's statuses stand for, each with GitHub's number for its status. */
  private async eventsOf(
    environment: string,
    deployment: DeploymentRecord
  ): Promise<{ order: number; entry: ReleaseEntry }[]> {
    const payload = payloadOf(deployment) as ReleaseGatePayload['releaseGate']
    const found: { order: number; entry: ReleaseEntry }[] = []
    for (const status of await this.api.deploymentStatuses(deployment.id)) {
      const event = eventOf(status.state, status.description, payload.trigger)
      if (!event) continue
      const concernsTarget = payload.trigger === 'release' || event === 'rollback-target'
      const tag = concernsTarget ? deployment.ref : payload.from
      if (!tag) continue
      found.push({
        order: status.id,
        entry: {
          tag,
          environment,
          status: event,
          recordedAt: status.createdAt,
          ...(event === 'rollback-started' ? { target: deployment.ref } : {})
        }
      })
    }
    return found
  }

  async record(entry: Omit<ReleaseEntry, 'recordedAt'>): Promise<void> {
    const url = this.environmentUrls[entry.environment]
    const state = STATUS_OF[entry.status]
    const note = entry.note ? `: ${entry.note}` : ''
    const describe = (text: string): string => `release-gate [${entry.status}]: ${text}${note}`
    switch (entry.status) {
      case 'rollback-started': {
        // A deployment of the target, naming the release it rolls back: the ledger's rolling-back state.
        if (!entry.target) return
        const deployment = await this.ownDeployment(entry.environment, entry.target, 'rollback', entry.tag)
        this.rollbacks.set(entry.environment, deployment)
        await this.api.setDeploymentState(deployment.id, state, describe(`rolling back ${entry.tag}`), url)
        return
      }
      case 'rollback-target': {
        const deployment =
          this.rollbacks.get(entry.environment) ??
          (await this.ownDeployment(entry.environment, entry.tag, 'rollback', null))
        await this.api.setDeploymentState(deployment.id, state, describe(`rolled back to ${entry.tag}`), url)
        this.rollbacks.delete(entry.environment)
        await this.retireEarlier(entry.environment, deployment, entry.tag)
        return
      }
      case 'rollback-failed':
      case 'interrupted': {
        // The end of this run's rollback, when one was running; else of the release itself.
        const rollback = this.rollbacks.get(entry.environment)
        const deployment =
          rollback ?? (await this.ownDeployment(entry.environment, entry.tag, 'release', null))
        this.rollbacks.delete(entry.environment)
        await this.api.setDeploymentState(deployment.id, state, describe(`${entry.tag} ${entry.status}`), url)
        return
      }
      default: {
        const deployment = await this.ownDeployment(entry.environment, entry.tag, 'release', null)
        await this.api.setDeploymentState(deployment.id, state, describe(entry.tag), url)
        if (entry.status === 'released') await this.retireEarlier(entry.environment, deployment, entry.tag)
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
      // An unfinished or interrupted release is superseded too, or it would look like it is running forever.
      const unfinished = states[0] === 'in_progress' || states[0] === 'error'
      if (states[0] === 'success' || (unfinished && payloadOf(deployment)))
        await this.api.setDeploymentState(deployment.id, 'inactive', `release-gate: superseded by ${tag}`)
      // Older ones were retired when this one succeeded.
      if (states.includes('success')) return
    }
  }

  /**
   * This run's deployment of `tag` to `environment`, created once: a later step (another process) or a retried POST
   * finds the one already there instead of creating a duplicate. A rollback's names the release it rolls back.
   */
  private async ownDeployment(
    environment: string,
    tag: string,
    trigger: 'release' | 'rollback',
    from: string | null
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
    if (existing) {
      this.lastDeploymentId = existing.id
      this.known.set(key, existing)
      return existing
    }
    const payload: ReleaseGatePayload = {
      releaseGate: {
        runId: run.runId,
        runAttempt: run.runAttempt,
        trigger,
        ...(trigger === 'rollback' ? { from } : {})
      }
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
