import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact'
import type { UploadArtifactResponse } from '@actions/artifact'
import { ArtifactServiceEmulator } from '../emulators/artifact-service.js'
import type { ArtifactServiceRequest, JobIdentity } from '../emulators/artifact-service.js'

// The client reads ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_SERVER_URL and GITHUB_RETENTION_DAYS on
// every call, not at import, so one client serves every "job" as long as process.env is switched per call.
const client = new DefaultArtifactClient()
let emulator: ArtifactServiceEmulator

const buildJob: JobIdentity = { runId: 'run-1', jobId: 'job-build' }
const verifyJob: JobIdentity = { runId: 'run-1', jobId: 'job-verify' }
const otherRunJob: JobIdentity = { runId: 'run-2', jobId: 'job-build' }

/** Runs one client call as `job`: its runner environment set, the client's stdout workflow commands captured. */
async function asJob<T>(job: JobIdentity, call: () => Promise<T>, clientOutput: string[] = []): Promise<T> {
  const jobEnv = emulator.runtimeEnv(job)
  const previousEnv = new Map(Object.keys(jobEnv).map(key => [key, process.env[key]]))
  Object.assign(process.env, jobEnv)
  const stdoutWrite = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    clientOutput.push(String(chunk))
    return true
  })
  try {
    return await call()
  } finally {
    stdoutWrite.mockRestore()
    for (const [key, value] of previousEnv) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

// Uploads and downloads hold megabytes of random bytes: remove them when the file is done.
const tempDirs: string[] = []
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

function writeTree(files: Record<string, Buffer | string>): string {
  const root = tempDir('rg-artifact-src-')
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

function readTree(root: string): Map<string, Buffer> {
  const filesByPath = new Map<string, Buffer>()
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(root, path)).isFile()) filesByPath.set(path, readFileSync(join(root, path)))
  }
  return filesByPath
}

async function upload(
  job: JobIdentity,
  name: string,
  files: Record<string, Buffer | string>,
  retentionDays?: number
) {
  const root = writeTree(files)
  return asJob(job, () =>
    client.uploadArtifact(
      name,
      Object.keys(files).map(path => join(root, path)),
      root,
      retentionDays === undefined ? {} : { retentionDays }
    )
  )
}

function requestsSince(count: number): ArtifactServiceRequest[] {
  return emulator.requests.slice(count)
}

const sha256 = (content: Buffer | string) => createHash('sha256').update(content).digest('hex')

/** Path to SHA-256 of each file: jest compares a 5 MB Buffer element by element, which takes seconds. */
function fingerprints(files: Map<string, Buffer> | Record<string, Buffer | string>): Record<string, string> {
  const entries = files instanceof Map ? [...files] : Object.entries(files)
  return Object.fromEntries(entries.map(([path, content]) => [path, sha256(content)]))
}
const freshDir = () => tempDir('rg-artifact-dst-')

beforeAll(async () => {
  emulator = await ArtifactServiceEmulator.start()
})

afterAll(async () => {
  await emulator.stop()
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

describe('an artifact uploaded by one job of a run', () => {
  const evidenceFiles = {
    'release.json': JSON.stringify({ tag: 'v1.2.0', environment: 'production' }),
    'logs/staging/health.log': 'GET /healthz 200\n'.repeat(100),
    'logs/staging/probes/deep/latency.csv': 'p50,p99\n12,80\n',
    'bundle/app.tar': randomBytes(5 * 1024 * 1024)
  }
  let uploaded: UploadArtifactResponse

  beforeAll(async () => {
    uploaded = await upload(buildJob, 'release-evidence', evidenceFiles)
  })

  it('lets a second job of the same run list it with the digest reported at upload', async () => {
    const { artifacts } = await asJob(verifyJob, () => client.listArtifacts())
    expect(artifacts).toEqual([
      {
        name: 'release-evidence',
        id: uploaded.id,
        size: uploaded.size,
        createdAt: expect.any(Date),
        digest: `sha256:${uploaded.digest}`
      }
    ])
  })

  it('lets a second job of the same run download what the first uploaded, byte for byte', async () => {
    const downloadDir = freshDir()
    const downloaded = await asJob(verifyJob, () =>
      client.downloadArtifact(uploaded.id ?? -1, {
        path: downloadDir,
        expectedHash: `sha256:${uploaded.digest}`
      })
    )
    expect(downloaded).toEqual({ downloadPath: downloadDir, digestMismatch: false })
    expect(fingerprints(readTree(downloadDir))).toEqual(fingerprints(evidenceFiles))
  })

  it('stores the zip whose SHA-256 and size the client reported', async () => {
    const [stored] = emulator.artifacts(buildJob.runId)
    expect(stored).toMatchObject({ name: 'release-evidence', runId: 'run-1', jobId: 'job-build' })
    expect(stored?.digest).toBe(uploaded.digest)
    expect(sha256(stored?.zip ?? '')).toBe(uploaded.digest)
    expect(stored?.zip.length).toBe(uploaded.size)
    expect(fingerprints(await emulator.files('release-evidence'))).toEqual(fingerprints(evidenceFiles))
  })

  it('refuses a second upload of the same name in the same run, without retrying', async () => {
    const requestCount = emulator.requests.length
    await expect(upload(verifyJob, 'release-evidence', { 'release.json': '{}' })).rejects.toThrow(
      '(409) Conflict: an artifact with this name already exists on the workflow run'
    )
    expect(requestsSince(requestCount)).toEqual([{ method: 'CreateArtifact', status: 409 }])
  })

  it('stays out of sight of another run, which may use the same name', async () => {
    expect(await asJob(otherRunJob, () => client.listArtifacts())).toEqual({ artifacts: [] })
    await expect(asJob(otherRunJob, () => client.getArtifact('release-evidence'))).rejects.toThrow(
      ArtifactNotFoundError
    )
    await expect(
      asJob(otherRunJob, () => client.downloadArtifact(uploaded.id ?? -1, { path: freshDir() }))
    ).rejects.toThrow(`No artifacts found for ID: ${uploaded.id}`)
    await upload(otherRunJob, 'release-evidence', { 'release.json': '{}' })
    expect(emulator.artifacts().map(artifact => [artifact.runId, artifact.name])).toEqual([
      ['run-1', 'release-evidence'],
      ['run-2', 'release-evidence']
    ])
  })
})

describe('a zip larger than the 8 MB block the client stages at a time', () => {
  it('is reassembled in the order of the committed block list', async () => {
    const job: JobIdentity = { runId: 'run-large', jobId: 'job-build' }
    const requestCount = emulator.requests.length
    const largeFiles = { 'images/app.img': randomBytes(9 * 1024 * 1024), 'manifest.txt': 'app.img' }
    const uploaded = await upload(job, 'image', largeFiles)
    expect(requestsSince(requestCount).filter(request => request.method === 'BlobUpload')).toHaveLength(3)
    const downloadDir = freshDir()
    await asJob(job, () => client.downloadArtifact(uploaded.id ?? -1, { path: downloadDir }))
    expect(fingerprints(readTree(downloadDir))).toEqual(fingerprints(largeFiles))
  })
})

describe('tampering between jobs', () => {
  const tamperJob: JobIdentity = { runId: 'run-tamper', jobId: 'job-approve' }

  it('serves the altered file to the next download, which the digest from upload exposes', async () => {
    const uploaded = await upload(tamperJob, 'approval', {
      'approval.json': '{"approved":true,"by":"alice"}',
      'notes/reviewer.md': 'looks good'
    })
    await emulator.replaceFile('approval', 'approval.json', '{"approved":true,"by":"mallory"}')
    const downloadDir = freshDir()
    const downloaded = await asJob(tamperJob, () =>
      client.downloadArtifact(uploaded.id ?? -1, {
        path: downloadDir,
        expectedHash: `sha256:${uploaded.digest}`
      })
    )
    expect(downloaded.digestMismatch).toBe(true)
    expect(readFileSync(join(downloadDir, 'approval.json'), 'utf8')).toBe('{"approved":true,"by":"mallory"}')
    expect(emulator.artifacts(tamperJob.runId)[0]?.digest).toBe(uploaded.digest)
  })

  it('serves the artifact without a removed file', async () => {
    await emulator.removeFile('approval', 'notes/reviewer.md')
    const downloadDir = freshDir()
    const [stored] = emulator.artifacts(tamperJob.runId)
    await asJob(tamperJob, () => client.downloadArtifact(stored?.id ?? -1, { path: downloadDir }))
    expect([...readTree(downloadDir).keys()]).toEqual(['approval.json'])
  })
})

describe('retention', () => {
  const retentionJob: JobIdentity = { runId: 'run-retention', jobId: 'job-build' }
  const daysAfterCreation = (name: string) => {
    const stored = emulator.artifacts(retentionJob.runId).find(artifact => artifact.name === name)
    return Math.round(((stored?.expiresAt.getTime() ?? 0) - (stored?.createdAt.getTime() ?? 0)) / 86_400_000)
  }

  it('keeps an artifact for the retention days the upload asks for, else for the repository maximum', async () => {
    await upload(retentionJob, 'short-lived', { 'a.txt': 'a' }, 5)
    await upload(retentionJob, 'default', { 'a.txt': 'a' })
    await upload(retentionJob, 'too-long', { 'a.txt': 'a' }, 400)
    expect([
      daysAfterCreation('short-lived'),
      daysAfterCreation('default'),
      daysAfterCreation('too-long')
    ]).toEqual([5, 90, 90])
  })

  it('forgets an artifact once it has expired', async () => {
    // The client computes expires_at from the real clock, so the emulator's clock starts there too.
    let clock = new Date()
    const clocked = await ArtifactServiceEmulator.start({ now: () => clock })
    const job: JobIdentity = { runId: 'run-expiry', jobId: 'job-build' }
    const previous = emulator
    emulator = clocked
    try {
      await upload(job, 'soon-gone', { 'a.txt': 'a' }, 1)
      expect((await asJob(job, () => client.listArtifacts())).artifacts).toHaveLength(1)
      clock = new Date(clock.getTime() + 86_400_000 + 60_000)
      expect(await asJob(job, () => client.listArtifacts())).toEqual({ artifacts: [] })
    } finally {
      emulator = previous
      await clocked.stop()
    }
  })
})

describe('deletion', () => {
  it('frees the name of a deleted artifact for a new upload in the same run', async () => {
    const job: JobIdentity = { runId: 'run-delete', jobId: 'job-build' }
    const first = await upload(job, 'canary-report', { 'report.txt': 'first' })
    expect(await asJob(job, () => client.deleteArtifact('canary-report'))).toEqual({ id: first.id })
    const second = await upload(job, 'canary-report', { 'report.txt': 'second' })
    expect(second.id).not.toBe(first.id)
    expect((await emulator.files('canary-report')).get('report.txt')?.toString()).toBe('second')
  })
})

describe('faults', () => {
  const faultJob: JobIdentity = { runId: 'run-faults', jobId: 'job-build' }

  it('survives one 500 on CreateArtifact through the client retrying after 3 s', async () => {
    emulator.failNext('CreateArtifact', { status: 500 })
    const requestCount = emulator.requests.length
    const clientOutput: string[] = []
    const startedAt = Date.now()
    const root = writeTree({ 'a.txt': 'a' })
    await asJob(faultJob, () => client.uploadArtifact('after-500', [join(root, 'a.txt')], root), clientOutput)
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(2900)
    expect(clientOutput.join('')).toContain('Attempt 1 of 5 failed with error: Failed request: (500)')
    expect(clientOutput.join('')).toContain('Retrying request in 3000 ms')
    expect(requestsSince(requestCount).map(request => `${request.method} ${request.status}`)).toEqual([
      'CreateArtifact 500',
      'CreateArtifact 200',
      'BlobUpload 201',
      'BlobUpload 201',
      'FinalizeArtifact 200'
    ])
  })

  it('survives one failed block upload through the blob client retrying at once', async () => {
    emulator.failNext('BlobUpload', { status: 500 })
    const requestCount = emulator.requests.length
    const startedAt = Date.now()
    await upload(faultJob, 'after-blob-500', { 'a.txt': 'a' })
    expect(Date.now() - startedAt).toBeLessThan(2000)
    expect(requestsSince(requestCount).map(request => `${request.method} ${request.status}`)).toEqual([
      'CreateArtifact 200',
      'BlobUpload 500',
      'BlobUpload 201',
      'BlobUpload 201',
      'FinalizeArtifact 200'
    ])
  })

  it('fails at once, without retrying, when the service drops the connection', async () => {
    emulator.failNext('CreateArtifact', { reset: true })
    const requestCount = emulator.requests.length
    await expect(upload(faultJob, 'after-reset', { 'a.txt': 'a' })).rejects.toThrow('ECONNRESET')
    expect(requestsSince(requestCount)).toEqual([{ method: 'CreateArtifact', status: 0 }])
  })

  it('answers Twirp errors as {code, msg} with the HTTP status of the code', async () => {
    const twirp = (method: string, headers: Record<string, string> = {}) =>
      fetch(`${emulator.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          workflow_run_backend_id: 'run-x',
          workflow_job_run_backend_id: 'job-x',
          name: 'x'
        })
      }).then(async response => [response.status, await response.json()])
    const token = emulator.runtimeEnv({ runId: 'run-x', jobId: 'job-x' }).ACTIONS_RUNTIME_TOKEN
    const otherRunToken = emulator.runtimeEnv(otherRunJob).ACTIONS_RUNTIME_TOKEN
    expect(await twirp('GetSignedArtifactURL')).toEqual([
      401,
      { code: 'unauthenticated', msg: expect.any(String) }
    ])
    expect(await twirp('GetSignedArtifactURL', { authorization: `Bearer ${otherRunToken}` })).toEqual([
      403,
      { code: 'permission_denied', msg: expect.any(String) }
    ])
    expect(await twirp('GetSignedArtifactURL', { authorization: `Bearer ${token}` })).toEqual([
      404,
      { code: 'not_found', msg: "no artifact 'x' in run run-x" }
    ])
    expect(await twirp('RenameArtifact', { authorization: `Bearer ${token}` })).toEqual([
      404,
      { code: 'bad_route', msg: expect.any(String) }
    ])
    expect(await twirp('CreateArtifact', { authorization: `Bearer ${token}` })).toEqual([
      400,
      { code: 'invalid_argument', msg: 'unsupported artifact version undefined' }
    ])
  })
})
