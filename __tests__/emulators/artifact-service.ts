/**
 * A loopback emulator of the GitHub Actions artifact service (Artifacts v4) that the real `@actions/artifact`
 * client talks to: the Twirp JSON API at `ACTIONS_RESULTS_URL` plus an in-process, Azure-block-blob-style store
 * behind the signed URLs that API hands out.
 *
 * What the client (6.2.1) does, read from its source, and therefore what a fault costs a test:
 * - Twirp calls (`ArtifactHttpClient.retryableRequest`): up to 5 attempts for 429/500/502/503/504 and for
 *   unparsable bodies; sleeps 3000 ms after the 1st failure, then a random 4500–6750 ms, 6750–10125 ms and
 *   10125–15187 ms (base 3 s, multiplier 1.5). So one 500 costs 3 s and four cost 25–35 s. Any other status
 *   (400, 404, 409, ...) fails at once. A dropped connection (ECONNRESET, ECONNREFUSED, ETIMEDOUT, ...)
 *   becomes a `NetworkError` and also fails at once, without retry.
 * - Blob upload (@azure/storage-blob 12.x `uploadStream`: always `PUT ?comp=block` per 8 MB chunk, then
 *   `PUT ?comp=blocklist`, never a single-shot `PUT`): its own storage retry policy, 4 tries for 500/503 and
 *   network errors, exponential delays of 0 s, 4 s, 12 s; so one failed block costs nothing.
 * - Blob download (`streamExtract`, plain @actions/http-client GET): any failure, non-200 included, is retried
 *   up to 5 times with a fixed 5 s sleep; so one failed download costs 5 s.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import JSZip from 'jszip'

/** A Twirp method of the artifact service, or the blob traffic to the signed URLs it hands out. */
export type ArtifactServiceMethod =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'DeleteArtifact'
  | 'BlobUpload'
  | 'BlobDownload'

/** How an injected fault answers: with an HTTP status (and a matching error body), or by dropping the connection. */
export type ArtifactServiceFault = { status: number } | { reset: true }

/** One request as the emulator answered it; `status` 0 means the connection was dropped by an injected fault. */
export interface ArtifactServiceRequest {
  method: ArtifactServiceMethod | 'Unrouted'
  status: number
}

/** The ids a runner puts in a job's token: the workflow run backend id and the job run backend id. */
export interface JobIdentity {
  runId: string
  jobId: string
}

/** The environment a runner gives a job so that `@actions/artifact` reaches this emulator. */
export type ArtifactRuntimeEnv = {
  ACTIONS_RUNTIME_TOKEN: string
  ACTIONS_RESULTS_URL: string
  GITHUB_SERVER_URL: string
  GITHUB_RETENTION_DAYS: string
}

/** A finalized artifact as stored; `size` and `digest` are what the client reported at FinalizeArtifact. */
export interface StoredArtifact {
  id: number
  name: string
  runId: string
  jobId: string
  size: number
  /** Hex SHA-256 of the zip as the uploading client computed it (without the `sha256:` prefix it sends). */
  digest: string | null
  createdAt: Date
  expiresAt: Date
  zip: Buffer
}

/** Knobs for tests: a clock to move artifacts past their expiry, and the repository's maximum retention. */
export interface ArtifactServiceEmulatorOptions {
  now?: () => Date
  retentionDays?: number
}

const twirpPrefix = '/twirp/github.actions.results.api.v1.ArtifactService/'
const blobPrefix = '/devstoreaccount1/actions-results/'
const twirpMethods = [
  'CreateArtifact',
  'FinalizeArtifact',
  'ListArtifacts',
  'GetSignedArtifactURL',
  'DeleteArtifact'
] as const
type TwirpMethod = (typeof twirpMethods)[number]

// The HTTP status Twirp assigns to each error code (twitchtv/twirp errors.go).
const twirpStatusByCode = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503
} as const
type TwirpCode = keyof typeof twirpStatusByCode

const defaultRetentionDays = 90
const dayMs = 24 * 60 * 60 * 1000
const signedUrlLifetimeMs = 60 * 60 * 1000

/** A Twirp error the handlers throw; the router turns it into `{code, msg}` with the code's HTTP status. */
class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string
  ) {
    super(message)
  }
}

/** A blob-store error the blob handler throws; answered as Azure's XML `<Error>` with `x-ms-error-code`. */
class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string
  ) {
    super(message)
  }
}

interface ArtifactRecord {
  id: number
  name: string
  runId: string
  jobId: string
  createdAt: Date
  expiresAt: Date
  blobPath: string
  finalized: boolean
  size: number
  digest: string | null
}

interface BlobRecord {
  uncommittedBlocks: Map<string, Buffer>
  committedBlocks: Map<string, Buffer>
  content: Buffer | null
  contentType: string
  etag: string
  lastModified: Date
}

interface SignedUrlGrant {
  blobPath: string
  access: 'read' | 'write'
  expiresAt: Date
}

/** Emulates the Actions artifact service and its blob store on 127.0.0.1 for the real `@actions/artifact` client. */
export class ArtifactServiceEmulator {
  /** Every request in arrival order, as answered. */
  readonly requests: ArtifactServiceRequest[] = []

  private readonly artifactRecords: ArtifactRecord[] = []
  private readonly blobs = new Map<string, BlobRecord>()
  private readonly grants = new Map<string, SignedUrlGrant>()
  private readonly pendingFaults = new Map<ArtifactServiceMethod, ArtifactServiceFault[]>()
  private nextArtifactId = 1
  private readonly now: () => Date
  private readonly retentionDays: number

  private constructor(
    private readonly server: Server,
    /** Origin of the emulator, without a trailing slash, e.g. `http://127.0.0.1:40123`. */
    readonly url: string,
    options: ArtifactServiceEmulatorOptions
  ) {
    this.now = options.now ?? (() => new Date())
    this.retentionDays = options.retentionDays ?? defaultRetentionDays
  }

  /** Starts the emulator on a free loopback port. */
  static async start(options: ArtifactServiceEmulatorOptions = {}): Promise<ArtifactServiceEmulator> {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = server.address() as AddressInfo
    const emulator = new ArtifactServiceEmulator(server, `http://127.0.0.1:${port}`, options)
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void emulator.route(req, res))
    return emulator
  }

  /** Stops listening and drops open keep-alive connections so the test process can exit. */
  async stop(): Promise<void> {
    const closed = new Promise<void>(resolve => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
  }

  /** The variables a runner sets for a job of `runId`; jobs of one run see each other's artifacts. */
  runtimeEnv(job: JobIdentity): ArtifactRuntimeEnv {
    for (const id of [job.runId, job.jobId]) {
      // The client splits the scp claim on spaces and colons, so such ids would silently become other ids.
      if (id === '' || /[\s:]/.test(id)) {
        throw new Error(`Invalid backend id '${id}'. Expected a non-empty id without spaces or colons.`)
      }
    }
    return {
      ACTIONS_RUNTIME_TOKEN: unsignedJwt({
        scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${job.runId}:${job.jobId}`,
        iat: Math.floor(this.now().getTime() / 1000),
        exp: Math.floor(this.now().getTime() / 1000) + 6 * 60 * 60
      }),
      ACTIONS_RESULTS_URL: `${this.url}/`,
      // Anything but github.com, *.ghe.com or *.localhost makes the client throw GHESNotSupportedError.
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RETENTION_DAYS: String(this.retentionDays)
    }
  }

  /** Makes the next `times` requests of `method` fail with `fault` before the emulator handles them. */
  failNext(method: ArtifactServiceMethod, fault: ArtifactServiceFault, times = 1): void {
    const queue = this.pendingFaults.get(method) ?? []
    for (let i = 0; i < times; i++) queue.push(fault)
    this.pendingFaults.set(method, queue)
  }

  /** Finalized artifacts, of one run or of all, in upload order. */
  artifacts(runId?: string): StoredArtifact[] {
    return this.artifactRecords
      .filter(record => record.finalized && (runId === undefined || record.runId === runId))
      .map(record => ({
        id: record.id,
        name: record.name,
        runId: record.runId,
        jobId: record.jobId,
        size: record.size,
        digest: record.digest,
        createdAt: record.createdAt,
        expiresAt: record.expiresAt,
        zip: this.committedContent(record)
      }))
  }

  /** The files inside a stored artifact's zip, by path; directory entries are left out. */
  async files(artifactNameOrId: string | number, runId?: string): Promise<Map<string, Buffer>> {
    const zip = await JSZip.loadAsync(this.committedContent(this.findStored(artifactNameOrId, runId)))
    const filesByPath = new Map<string, Buffer>()
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) filesByPath.set(entry.name, await entry.async('nodebuffer'))
    }
    return filesByPath
  }

  /** Overwrites one existing file inside a stored artifact, as an attacker with blob access would. */
  async replaceFile(
    artifactName: string,
    path: string,
    content: Buffer | string,
    runId?: string
  ): Promise<void> {
    await this.repack(artifactName, runId, zip => {
      if (!zip.files[path] || zip.files[path].dir) {
        throw new Error(`Artifact '${artifactName}' has no file '${path}' to replace.`)
      }
      zip.file(path, content)
    })
  }

  /** Deletes one file from a stored artifact, as an attacker with blob access would. */
  async removeFile(artifactName: string, path: string, runId?: string): Promise<void> {
    await this.repack(artifactName, runId, zip => {
      if (!zip.files[path] || zip.files[path].dir) {
        throw new Error(`Artifact '${artifactName}' has no file '${path}' to remove.`)
      }
      zip.remove(path)
    })
  }

  /** Flips one byte of a stored artifact's zip (the middle one unless `offset` says), as a storage fault would. */
  corruptByte(artifactName: string, runId?: string, offset?: number): void {
    const record = this.findStored(artifactName, runId)
    const blob = this.blobs.get(record.blobPath)
    const content = Buffer.from(this.committedContent(record))
    const at = offset ?? Math.floor(content.length / 2)
    content[at] = (content[at] as number) ^ 0xff
    if (blob) this.commitContent(blob, content, blob.contentType)
  }

  // Tampering changes only the blob: the size and digest recorded at finalize stay, as they would on GitHub,
  // so a consumer that checks the upload digest can notice.
  private async repack(
    artifactName: string,
    runId: string | undefined,
    alter: (zip: JSZip) => void
  ): Promise<void> {
    const record = this.findStored(artifactName, runId)
    const blob = this.blobs.get(record.blobPath)
    const zip = await JSZip.loadAsync(this.committedContent(record))
    alter(zip)
    const repacked = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    if (blob) this.commitContent(blob, repacked, blob.contentType)
  }

  private findStored(artifactNameOrId: string | number, runId: string | undefined): ArtifactRecord {
    const matches = this.artifactRecords.filter(
      record =>
        record.finalized &&
        (typeof artifactNameOrId === 'number'
          ? record.id === artifactNameOrId
          : record.name === artifactNameOrId) &&
        (runId === undefined || record.runId === runId)
    )
    const [only] = matches
    if (!only) {
      throw new Error(`No finalized artifact '${artifactNameOrId}'${runId ? ` in run ${runId}` : ''}.`)
    }
    if (matches.length > 1) {
      throw new Error(`Artifact name '${artifactNameOrId}' exists in several runs; pass the runId as well.`)
    }
    return only
  }

  private committedContent(record: ArtifactRecord): Buffer {
    const content = this.blobs.get(record.blobPath)?.content
    if (!content) throw new Error(`Artifact '${record.name}' has no committed blob.`)
    return content
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.answer(req, res)
    } catch (error) {
      // A bug in the emulator must fail the test that hit it, not crash the jest worker with an unhandled rejection.
      this.requests.push({ method: 'Unrouted', status: 500 })
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: 'internal', msg: `emulator failure: ${String(error)}` }))
    }
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', this.url).pathname
    const body = await readBody(req)
    const method = classify(req.method ?? 'GET', pathname)
    const fault = method === 'Unrouted' ? undefined : this.pendingFaults.get(method)?.shift()
    if (fault && 'reset' in fault) {
      // The body was read first, so the client sees ECONNRESET ("socket hang up") rather than EPIPE.
      this.requests.push({ method, status: 0 })
      req.socket.destroy()
      return
    }
    if (method === 'BlobUpload' || method === 'BlobDownload') {
      this.answerBlob(req, res, body, method, fault?.status)
    } else {
      this.answerTwirp(req, res, body, method, fault?.status)
    }
  }

  private answerTwirp(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    method: TwirpMethod | 'Unrouted',
    faultStatus: number | undefined
  ): void {
    let status = 200
    let payload: unknown
    try {
      if (faultStatus !== undefined) {
        status = faultStatus
        payload = { code: twirpCodeForStatus(faultStatus), msg: `injected fault: ${faultStatus}` }
      } else {
        if (method === 'Unrouted') {
          throw new TwirpError('bad_route', `no handler for ${req.method} ${req.url}`)
        }
        if (req.method !== 'POST') throw new TwirpError('bad_route', `unsupported method ${req.method}`)
        payload = this.handleTwirp(method, bearerScope(req), parseJsonObject(body))
      }
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error
      status = twirpStatusByCode[error.code]
      payload = { code: error.code, msg: error.message }
    }
    this.requests.push({ method, status })
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(payload))
  }

  private handleTwirp(method: TwirpMethod, caller: JobIdentity, request: Record<string, unknown>): unknown {
    const runId = requiredString(request, 'workflow_run_backend_id')
    requiredString(request, 'workflow_job_run_backend_id')
    // A job token reaches only its own run; cross-run access goes through the REST API with a PAT.
    if (runId !== caller.runId) {
      throw new TwirpError('permission_denied', `token of run ${caller.runId} cannot access run ${runId}`)
    }
    switch (method) {
      case 'CreateArtifact':
        return this.createArtifact(request)
      case 'FinalizeArtifact':
        return this.finalizeArtifact(request)
      case 'ListArtifacts':
        return this.listArtifacts(request)
      case 'GetSignedArtifactURL':
        return this.getSignedArtifactUrl(request)
      case 'DeleteArtifact':
        return this.deleteArtifact(request)
      default:
        return assertNever(method)
    }
  }

  private createArtifact(request: Record<string, unknown>): unknown {
    const runId = requiredString(request, 'workflow_run_backend_id')
    const jobId = requiredString(request, 'workflow_job_run_backend_id')
    const name = requiredString(request, 'name')
    const version = request['version']
    if (typeof version !== 'number' || version < 4) {
      // Artifacts v4 clients send 4 (client 2.x) up to 7 (client 6.x); older clients spoke to another service.
      throw new TwirpError('invalid_argument', `unsupported artifact version ${String(version)}`)
    }
    const now = this.now()
    const expiresAt = this.expiry(request['expires_at'], now)
    const previous = this.artifactRecords.find(record => record.runId === runId && record.name === name)
    if (previous) {
      // GitHub v4 refuses a second artifact of one name per run; an unfinalized attempt may be started over,
      // and an expired artifact is gone.
      if (previous.finalized && previous.expiresAt > now) {
        throw new TwirpError(
          'already_exists',
          'an artifact with this name already exists on the workflow run'
        )
      }
      this.forget(previous)
    }
    const id = this.nextArtifactId++
    const blobPath = `${blobPrefix}${id}.zip`
    this.artifactRecords.push({
      id,
      name,
      runId,
      jobId,
      createdAt: now,
      expiresAt,
      blobPath,
      finalized: false,
      size: 0,
      digest: null
    })
    this.blobs.set(blobPath, {
      uncommittedBlocks: new Map(),
      committedBlocks: new Map(),
      content: null,
      contentType: 'application/octet-stream',
      etag: '',
      lastModified: now
    })
    return { ok: true, signed_upload_url: this.signUrl(blobPath, 'write') }
  }

  private expiry(requested: unknown, now: Date): Date {
    const latest = new Date(now.getTime() + this.retentionDays * dayMs)
    if (requested === undefined) return latest
    const expiresAt = typeof requested === 'string' ? new Date(requested) : new Date(NaN)
    if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) {
      throw new TwirpError(
        'invalid_argument',
        `expires_at must be a future RFC 3339 time, got ${JSON.stringify(requested)}`
      )
    }
    // The repository's maximum wins over a longer request, as the client also does with GITHUB_RETENTION_DAYS.
    return expiresAt > latest ? latest : expiresAt
  }

  private finalizeArtifact(request: Record<string, unknown>): unknown {
    const runId = requiredString(request, 'workflow_run_backend_id')
    const name = requiredString(request, 'name')
    const record = this.artifactRecords.find(
      candidate => candidate.runId === runId && candidate.name === name && !candidate.finalized
    )
    if (!record) {
      throw new TwirpError('not_found', `no artifact '${name}' awaiting finalization in run ${runId}`)
    }
    const content = this.blobs.get(record.blobPath)?.content
    if (!content) throw new TwirpError('failed_precondition', `artifact '${name}' has no committed blob`)
    const size = request['size'] === undefined ? 0 : Number(request['size'])
    if (!Number.isSafeInteger(size) || size !== content.length) {
      throw new TwirpError(
        'invalid_argument',
        `size ${String(request['size'])} does not match the ${content.length} bytes uploaded`
      )
    }
    const hash = request['hash']
    if (hash !== undefined && (typeof hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(hash))) {
      throw new TwirpError(
        'invalid_argument',
        `hash must look like sha256:<64 hex digits>, got ${JSON.stringify(hash)}`
      )
    }
    record.finalized = true
    record.size = size
    record.digest = typeof hash === 'string' ? hash.slice('sha256:'.length) : null
    this.revokeGrants(record.blobPath, 'write-only')
    return { ok: true, artifact_id: String(record.id) }
  }

  private listArtifacts(request: Record<string, unknown>): unknown {
    const runId = requiredString(request, 'workflow_run_backend_id')
    const nameFilter = request['name_filter']
    // int64 arrives as a string or a number (Twirp JSON); either names the same id.
    const idFilter = request['id_filter'] as string | number | undefined
    const now = this.now()
    const listed = this.artifactRecords.filter(
      record =>
        record.finalized &&
        record.runId === runId &&
        record.expiresAt > now &&
        (nameFilter === undefined || record.name === nameFilter) &&
        (idFilter === undefined || String(record.id) === String(idFilter))
    )
    return {
      artifacts: listed.map(record => ({
        workflow_run_backend_id: record.runId,
        workflow_job_run_backend_id: record.jobId,
        database_id: String(record.id),
        name: record.name,
        size: String(record.size),
        created_at: record.createdAt.toISOString(),
        ...(record.digest === null ? {} : { digest: `sha256:${record.digest}` })
      }))
    }
  }

  private getSignedArtifactUrl(request: Record<string, unknown>): unknown {
    const record = this.liveArtifact(request)
    return { signed_url: this.signUrl(record.blobPath, 'read') }
  }

  private deleteArtifact(request: Record<string, unknown>): unknown {
    const record = this.liveArtifact(request)
    this.forget(record)
    return { ok: true, artifact_id: String(record.id) }
  }

  private forget(record: ArtifactRecord): void {
    this.artifactRecords.splice(this.artifactRecords.indexOf(record), 1)
    this.blobs.delete(record.blobPath)
    this.revokeGrants(record.blobPath, 'all')
  }

  private liveArtifact(request: Record<string, unknown>): ArtifactRecord {
    const runId = requiredString(request, 'workflow_run_backend_id')
    const name = requiredString(request, 'name')
    const record = this.artifactRecords.find(
      candidate =>
        candidate.runId === runId &&
        candidate.name === name &&
        candidate.finalized &&
        candidate.expiresAt > this.now()
    )
    if (!record) throw new TwirpError('not_found', `no artifact '${name}' in run ${runId}`)
    return record
  }

  private signUrl(blobPath: string, access: SignedUrlGrant['access']): string {
    const signature = randomBytes(24).toString('base64url')
    const expiresAt = new Date(this.now().getTime() + signedUrlLifetimeMs)
    this.grants.set(signature, { blobPath, access, expiresAt })
    const query = new URLSearchParams({
      sv: '2025-05-05',
      sr: 'b',
      sp: access === 'write' ? 'cw' : 'r',
      se: expiresAt.toISOString(),
      sig: signature
    })
    return `${this.url}${blobPath}?${query.toString()}`
  }

  private revokeGrants(blobPath: string, which: 'all' | 'write-only'): void {
    for (const [signature, grant] of this.grants) {
      if (grant.blobPath === blobPath && (which === 'all' || grant.access === 'write')) {
        this.grants.delete(signature)
      }
    }
  }

  private answerBlob(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    method: 'BlobUpload' | 'BlobDownload',
    faultStatus: number | undefined
  ): void {
    const headers: Record<string, string> = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': headerValue(req, 'x-ms-version') ?? '2025-05-05',
      date: new Date().toUTCString()
    }
    try {
      if (faultStatus !== undefined) {
        throw new BlobError(
          faultStatus,
          faultStatus >= 500 ? 'InternalError' : 'InjectedFault',
          'injected fault'
        )
      }
      const answer = method === 'BlobUpload' ? this.handleBlobUpload(req, body) : this.handleBlobDownload(req)
      this.requests.push({ method, status: answer.status })
      res.writeHead(answer.status, {
        ...headers,
        ...answer.headers,
        'content-length': String(answer.body.length)
      })
      res.end(req.method === 'HEAD' ? undefined : answer.body)
    } catch (error) {
      if (!(error instanceof BlobError)) throw error
      const xml =
        '<?xml version="1.0" encoding="utf-8"?>' +
        `<Error><Code>${error.errorCode}</Code><Message>${escapeXml(error.message)}\nRequestId:${headers['x-ms-request-id']}\nTime:${new Date().toISOString()}</Message></Error>`
      this.requests.push({ method, status: error.status })
      res.writeHead(error.status, {
        ...headers,
        'x-ms-error-code': error.errorCode,
        'content-type': 'application/xml'
      })
      res.end(xml)
    }
  }

  private authorizedBlob(req: IncomingMessage, access: SignedUrlGrant['access']): BlobRecord {
    const url = new URL(req.url ?? '/', this.url)
    const grant = this.grants.get(url.searchParams.get('sig') ?? '')
    if (!grant || grant.blobPath !== url.pathname || grant.expiresAt <= this.now()) {
      throw new BlobError(
        403,
        'AuthenticationFailed',
        'Signature did not match, or the signed URL has expired.'
      )
    }
    if (grant.access !== access) {
      throw new BlobError(
        403,
        'AuthorizationPermissionMismatch',
        `This signed URL does not grant ${access} access.`
      )
    }
    const blob = this.blobs.get(grant.blobPath)
    if (!blob) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.')
    return blob
  }

  private handleBlobUpload(req: IncomingMessage, body: Buffer): BlobAnswer {
    const blob = this.authorizedBlob(req, 'write')
    const query = new URL(req.url ?? '/', this.url).searchParams
    const bodyMd5 = createHash('md5').update(body).digest('base64')
    const comp = query.get('comp')
    if (comp === 'block') {
      const blockId = query.get('blockid')
      if (!blockId) throw new BlobError(400, 'InvalidQueryParameterValue', 'blockid is required.')
      blob.uncommittedBlocks.set(blockId, body)
      return {
        status: 201,
        headers: { 'content-md5': bodyMd5, 'x-ms-request-server-encrypted': 'true' },
        body: EMPTY
      }
    }
    if (comp === 'blocklist') {
      const content = Buffer.concat(this.resolveBlockList(blob, body.toString('utf8')))
      this.commitContent(
        blob,
        content,
        headerValue(req, 'x-ms-blob-content-type') ?? 'application/octet-stream'
      )
      return { status: 201, headers: this.writtenBlobHeaders(blob, bodyMd5), body: EMPTY }
    }
    if (comp !== null) {
      throw new BlobError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported.`)
    }
    // Single-shot Put Blob; client 6.x always stages blocks, but uploadData/uploadFile of small blobs use this.
    if (headerValue(req, 'x-ms-blob-type') !== 'BlockBlob') {
      throw new BlobError(400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required.')
    }
    blob.uncommittedBlocks.clear()
    blob.committedBlocks.clear()
    this.commitContent(blob, body, headerValue(req, 'x-ms-blob-content-type') ?? 'application/octet-stream')
    return { status: 201, headers: this.writtenBlobHeaders(blob, bodyMd5), body: EMPTY }
  }

  // Put Block List names each block as Latest (newest uncommitted, else committed), Uncommitted or Committed.
  private resolveBlockList(blob: BlobRecord, blockListXml: string): Buffer[] {
    const blocks: [string, Buffer][] = []
    for (const [, kind, blockId = ''] of blockListXml.matchAll(
      /<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g
    )) {
      const block =
        kind === 'Committed'
          ? blob.committedBlocks.get(blockId)
          : kind === 'Uncommitted'
            ? blob.uncommittedBlocks.get(blockId)
            : (blob.uncommittedBlocks.get(blockId) ?? blob.committedBlocks.get(blockId))
      if (!block) {
        throw new BlobError(400, 'InvalidBlockList', `The block list names unknown block ${blockId}.`)
      }
      blocks.push([blockId, block])
    }
    blob.committedBlocks = new Map(blocks)
    blob.uncommittedBlocks.clear()
    return blocks.map(([, block]) => block)
  }

  private commitContent(blob: BlobRecord, content: Buffer, contentType: string): void {
    blob.content = content
    blob.contentType = contentType
    blob.etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`
    blob.lastModified = new Date()
  }

  private writtenBlobHeaders(blob: BlobRecord, requestMd5: string): Record<string, string> {
    return {
      etag: blob.etag,
      'last-modified': blob.lastModified.toUTCString(),
      'content-md5': requestMd5,
      'x-ms-request-server-encrypted': 'true'
    }
  }

  private handleBlobDownload(req: IncomingMessage): BlobAnswer {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new BlobError(405, 'UnsupportedHttpVerb', `${req.method} is not supported on a blob.`)
    }
    const blob = this.authorizedBlob(req, 'read')
    if (!blob.content) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.')
    return {
      status: 200,
      headers: {
        'content-type': blob.contentType,
        etag: blob.etag,
        'last-modified': blob.lastModified.toUTCString(),
        'content-md5': createHash('md5').update(blob.content).digest('base64'),
        'accept-ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-server-encrypted': 'true'
      },
      body: blob.content
    }
  }
}

interface BlobAnswer {
  status: number
  headers: Record<string, string>
  body: Buffer
}

const EMPTY = Buffer.alloc(0)

function classify(httpMethod: string, pathname: string): ArtifactServiceMethod | 'Unrouted' {
  if (pathname.startsWith(twirpPrefix)) {
    const twirpMethod = pathname.slice(twirpPrefix.length)
    return twirpMethods.find(known => known === twirpMethod) ?? 'Unrouted'
  }
  if (pathname.startsWith(blobPrefix)) return httpMethod === 'PUT' ? 'BlobUpload' : 'BlobDownload'
  return 'Unrouted'
}

function twirpCodeForStatus(status: number): TwirpCode {
  const entry = Object.entries(twirpStatusByCode).find(([, codeStatus]) => codeStatus === status)
  return entry ? (entry[0] as TwirpCode) : status >= 500 ? 'internal' : 'invalid_argument'
}

function bearerScope(req: IncomingMessage): JobIdentity {
  const token = /^Bearer (.+)$/.exec(headerValue(req, 'authorization') ?? '')?.[1]
  const payloadPart = token?.split('.')[1]
  let claims: unknown
  try {
    claims = payloadPart ? JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8')) : undefined
  } catch {
    claims = undefined
  }
  const scope =
    typeof claims === 'object' && claims !== null && 'scp' in claims && typeof claims.scp === 'string'
      ? claims.scp.split(' ').find(part => part.startsWith('Actions.Results:'))
      : undefined
  const [, runId, jobId, ...rest] = scope?.split(':') ?? []
  if (!runId || !jobId || rest.length > 0) {
    throw new TwirpError(
      'unauthenticated',
      'a bearer JWT with an Actions.Results:<run>:<job> scope is required'
    )
  }
  return { runId, jobId }
}

function parseJsonObject(body: Buffer): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch (error) {
    throw new TwirpError('malformed', `the request body is not JSON: ${(error as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TwirpError('malformed', 'the request body must be a JSON object')
  }
  return parsed as Record<string, unknown>
}

function requiredString(request: Record<string, unknown>, field: string): string {
  const value = request[field]
  if (typeof value !== 'string' || value === '') {
    throw new TwirpError('invalid_argument', `${field} is required`)
  }
  return value
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function unsignedJwt(claims: Record<string, unknown>): string {
  const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url')
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`
}

function escapeXml(text: string): string {
  return text.replace(/[<>&]/g, char => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[char] ?? char)
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`)
}
