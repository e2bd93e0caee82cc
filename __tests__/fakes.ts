import { createHash } from 'node:crypto'
import { foldLedger, mayStart, type Ledger, type StartRefusal } from '../src/core/ledger.js'
import type { ReleaseConfig } from '../src/core/config.js'
import { EvidenceBundleStore, projectSchemas } from '../src/adapters/evidence/store.js'
import type { Redactor } from '../src/core/redact.js'
import type { ProtocolContext } from '../src/core/context.js'
import type {
  ApprovalAnswer,
  ApprovalEvidence,
  ApprovalSource,
  ArtifactReader,
  BundleEntry,
  BundleFiles,
  FileDigest,
  ChangeSource,
  Clock,
  CommandRequest,
  CommandRunner,
  FileFacts,
  HttpClient,
  HttpResponse,
  Logger,
  ReleaseEntry,
  ReleaseHistory,
  SignoffStore
} from '../src/core/ports.js'
import type { StakeholderSignoff } from '../src/core/signoffs.js'
import type { ExecRecord } from '../src/core/records/index.js'

/** A clock whose sleep advances time instantly. */
export class FakeClock implements Clock {
  constructor(public current = new Date('2026-11-24T10:00:00Z')) {}
  now(): Date {
    return new Date(this.current)
  }
  async sleep(ms: number): Promise<void> {
    this.current = new Date(this.current.getTime() + ms)
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms)
  }
}

/** Collects every line. */
export class MemoryLogger implements Logger {
  lines: string[] = []
  info(line: string): void {
    this.lines.push(line)
  }
  warn(line: string): void {
    this.lines.push(line)
  }
  error(line: string): void {
    this.lines.push(line)
  }
  progress(): void {}
  text(): string {
    return this.lines.join('\n')
  }
}

/** Records commands; `outcome` decides each one's exit code. */
export class FakeRunner implements CommandRunner {
  requests: CommandRequest[] = []
  constructor(
    private readonly outcome: (request: CommandRequest) => number = () => 0,
    /** What a command prints on stdout (e.g. the live colour). */
    private readonly stdout: (request: CommandRequest) => string = () => ''
  ) {}
  async run(request: CommandRequest): Promise<ExecRecord> {
    this.requests.push(request)
    const exitCode = this.outcome(request)
    const now = new Date().toISOString()
    return {
      name: request.name,
      argv: request.argv,
      startedAt: now,
      finishedAt: now,
      durationMs: 1,
      exitCode,
      signal: null,
      timedOut: false,
      status: exitCode === 0 ? 'success' : 'failure',
      error: null,
      stdoutTail: this.stdout(request),
      stderrTail: exitCode === 0 ? '' : 'boom',
      outputBytes: 0,
      outputTruncated: false
    }
  }
  /** argv lines as strings, for readable assertions. */
  commands(): string[] {
    return this.requests.map(r => r.argv.join(' '))
  }
}

/** Answers HTTP requests from a function of the URL. */
export class FakeHttp implements HttpClient {
  urls: string[] = []
  constructor(private readonly answer: (url: string) => Partial<HttpResponse> = () => ({})) {}
  async request(url: string): Promise<HttpResponse> {
    this.urls.push(url)
    return { ok: true, status: 200, headers: {}, body: '{}', latencyMs: 5, error: null, ...this.answer(url) }
  }
}

/** A fixed approval answer. */
export class FixedApproval implements ApprovalSource {
  asked = 0
  constructor(private readonly answer: ApprovalAnswer) {}
  async request(): Promise<ApprovalEvidence> {
    this.asked++
    return { kind: 'answer', answer: this.answer }
  }
}

/** The release ledger's events in memory. */
export class MemoryHistory implements ReleaseHistory {
  constructor(
    public entries: ReleaseEntry[] = [],
    /** Stamps each event (a fake clock keeps events and evidence on one time line). */
    private readonly clock?: Clock
  ) {}
  async ledger(environment: string): Promise<Ledger> {
    return foldLedger(environment, this.entries)
  }
  async record(entry: Omit<ReleaseEntry, 'recordedAt'>): Promise<void> {
    this.entries.push({ ...entry, recordedAt: (this.clock?.now() ?? new Date()).toISOString() })
  }
  async begin(environment: string, tag: string, evidenceSince?: string): Promise<StartRefusal | null> {
    const refusal = mayStart(foldLedger(environment, this.entries), tag, evidenceSince)
    if (!refusal) await this.record({ tag, environment, status: 'in-progress' })
    return refusal
  }
}

/** Stakeholder sign-offs in memory, of every tag (the store hands a phase those of its tag). */
export class MemorySignoffs implements SignoffStore {
  constructor(public signoffs: StakeholderSignoff[] = []) {}
  async forTag(tag: string): Promise<StakeholderSignoff[]> {
    return this.signoffs.filter(s => s.tag === tag)
  }
  async record(signoff: StakeholderSignoff): Promise<void> {
    this.signoffs.push(signoff)
  }
}

/** Upstream artifacts in memory. */
export class MemoryArtifacts implements ArtifactReader {
  constructor(public files: Record<string, FileFacts> = {}) {}
  async inspect(path: string): Promise<FileFacts> {
    return this.files[path] ?? { exists: false, isFile: false, modifiedAt: null, text: null }
  }
}

/**
 * An evidence bundle's files in memory, for the store's rules without a temp dir. Writes are whole (a piece list is
 * joined first, so a failed write leaves the old text, as the disk's rename does); there are no links or folders.
 */
export class MemoryBundleFiles implements BundleFiles {
  /** Text by name; a test may put a file here as a command would write it. */
  readonly files = new Map<string, string>()
  /** Every bundle moved aside, by destination. */
  readonly archives = new Map<string, Map<string, string>>()
  constructor(readonly dir = '/memory/deployment') {}
  async read(name: string): Promise<string | undefined> {
    return this.files.get(name)
  }
  async readWithDigest(name: string): Promise<{ text: string; sha256: string } | undefined> {
    const text = this.files.get(name)
    return text === undefined ? undefined : { text, sha256: (await this.digest(name)).sha256 }
  }
  async write(name: string, content: string | Iterable<string>): Promise<FileDigest> {
    this.files.set(name, typeof content === 'string' ? content : [...content].join(''))
    return this.digest(name)
  }
  async sync(): Promise<void> {}
  async writeSeal(name: string, content: string | Iterable<string>): Promise<FileDigest> {
    return this.write(name, content)
  }
  async list(): Promise<BundleEntry[]> {
    return [...this.files.keys()].sort().map(name => ({ name, kind: 'file' }))
  }
  async digest(name: string): Promise<{ bytes: number; sha256: string }> {
    const text = this.files.get(name)
    if (text === undefined) throw new Error(`ENOENT: no such file in the memory bundle: ${name}`)
    return {
      bytes: Buffer.byteLength(text, 'utf8'),
      sha256: createHash('sha256').update(text, 'utf8').digest('hex')
    }
  }
  async moveAside(destination: string): Promise<void> {
    this.archives.set(destination, new Map(this.files))
    this.files.clear()
  }
}

/** The evidence store's rules over files in memory: paths read `/memory/deployment/<artifact>`. */
export function memoryEvidenceStore(
  files: MemoryBundleFiles = new MemoryBundleFiles(),
  redact?: Redactor
): EvidenceBundleStore {
  return new EvidenceBundleStore(files, redact)
}

/** No commits. */
export const noChanges: ChangeSource = {
  releaseCommits: async () => ({ tagFound: true, previousTag: null, range: 'HEAD', commits: [], notes: [] })
}

/** An approval by a named person. */
export const approvedBy = (approver: string): ApprovalAnswer => ({
  decision: 'approved',
  approver,
  comment: 'looks good',
  source: 'cli-flag',
  reason: `approved with --approve ${approver}`
})

/** v1.0.0 released to production: the rollback target most tests start from. */
export const releasedV100: ReleaseEntry = {
  tag: 'v1.0.0',
  environment: 'production',
  status: 'released',
  recordedAt: '2026-11-01T00:00:00Z'
}

/**
 * A context for v1.1.0 on fakes (no process, no network, no real time, no disk): an evidence store in memory, alice
 * approving, v1.0.0 serving production; `overrides` replace any part.
 */
export function fakeContext(
  config: ReleaseConfig,
  overrides: Partial<ProtocolContext> = {}
): ProtocolContext {
  return {
    config,
    tag: 'v1.1.0',
    schemas: projectSchemas,
    store: memoryEvidenceStore(),
    runner: new FakeRunner(),
    http: new FakeHttp(),
    clock: new FakeClock(),
    logger: new MemoryLogger(),
    approval: new FixedApproval(approvedBy('alice')),
    history: new MemoryHistory([releasedV100]),
    signoffs: new MemorySignoffs(),
    changes: noChanges,
    artifacts: new MemoryArtifacts(),
    selfArgv: ['node', 'cli.js'],
    ...overrides
  }
}

/** Two services (frontend after backend) with staging validation, a production check and a 30 s health window. */
export const TWO_SERVICES_CONFIG = `
version: 1
prerequisites:
  - { id: rehearsal, path: rehearsal.json, max-age: 72h }
services:
  backend:
    deploy: deploy.sh backend \${env} \${tag}
    rollback: rollback.sh backend \${env} \${previous}
  frontend:
    deploy: deploy.sh frontend \${env} \${tag}
    rollback: rollback.sh frontend \${env} \${previous}
    after: [backend]
staging:
  validate:
    - validate.sh \${env}
production:
  checks:
    - check.sh \${env}
health:
  window: 30s
  interval: 10s
  failure-limit: 2
  probes:
    - { id: api, http: { url: http://127.0.0.1:1/healthz } }
`

/** A valid uat-confirmation.json of v1.0.0 (automated pass), for the store's tests. */
export const UAT_CONFIRMATION = {
  schemaVersion: 1,
  artifact: 'uat-confirmation.json',
  tag: 'v1.0.0',
  generatedAt: '2026-11-24T10:00:00.000Z',
  environment: 'staging',
  required: false,
  status: 'automated-pass',
  passed: true,
  signedOffBy: null,
  recordedAt: '2026-11-24T10:00:00.000Z',
  basis: 'automated'
}
