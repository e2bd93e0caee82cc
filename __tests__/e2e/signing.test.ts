import { spawnSync } from 'node:child_process'
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendEntry, MANIFEST_FILE, type EvidenceManifest } from '../../src/core/manifest.js'
import { sealVerifierFromPem } from '../../src/adapters/evidence/seal-keys.js'
import { verifyBundle } from '../../src/adapters/evidence/verify.js'
import { ArtifactServiceEmulator } from '../emulators/artifact-service.js'
import { GitHubApiEmulator } from '../emulators/github-api.js'
import { WorkflowRun } from './action-harness.js'
import { DemoSandbox, type Run } from './demo-sandbox.js'
import { CLI, filesBelow, scratchWorkspace } from './scratch-workspace.js'

// Signed seals through the bundled CLI and action: a release signs every seal with an Ed25519 key, and
// `verify --public-key` rejects what a forger without the key can do offline: rewrite a file and recompute the chain,
// strip the signatures, or sign with a key of their own.

/** An Ed25519 key pair as PEM (the private key PKCS#8, the public key SPKI) and its fingerprint. */
function keyPair(): { privatePem: string; publicPem: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: fingerprintOf(publicKey)
  }
}
const fingerprintOf = (publicKey: KeyObject): string =>
  createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')

const releaseKey = keyPair()
const otherKey = keyPair()
/** The base64 line of the private key's PEM: it must appear nowhere. */
const privateKeyBody = releaseKey.privatePem.split('\n')[1] as string

const lastLine = (run: Run): Record<string, unknown> =>
  JSON.parse(run.stdout.trim().split('\n').pop() as string) as Record<string, unknown>

let box: DemoSandbox
let released: Run
beforeAll(async () => {
  box = new DemoSandbox(27500)
  box.baseline('v1.0.0')
  box.upstream()
  mkdirSync(join(box.demo, 'keys'))
  writeFileSync(join(box.demo, 'keys', 'release-signing.pem'), releaseKey.privatePem, { mode: 0o600 })
  writeFileSync(join(box.demo, 'keys', 'release.pub'), releaseKey.publicPem)
  writeFileSync(join(box.demo, 'keys', 'other.pub'), otherKey.publicPem)
  released = await box.cli([
    'run',
    '--tag',
    'v1.1.0',
    '--approve',
    'auditor',
    '--signing-key-file',
    'keys/release-signing.pem'
  ])
}, 60_000)
afterAll(() => box.stop())

/** A copy of the released bundle, changed by `forge`, in a folder of its own. */
function forged(forge: (dir: string, manifest: EvidenceManifest) => EvidenceManifest): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rg-forged-')), 'deployment')
  cpSync(box.evidence(''), dir, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as EvidenceManifest
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(forge(dir, manifest), null, 2) + '\n')
  return dir
}

/** The report rewritten to read as a success the run never had, and every digest and the whole chain recomputed. */
function rewriteWithChainRecomputed(keepSignatures: boolean): string {
  return forged((dir, manifest) => {
    const report = join(dir, 'DEPLOYMENT-REPORT.md')
    writeFileSync(report, readFileSync(report, 'utf8') + '\nReleased: v1.1.0, signed off by the CEO.\n')
    let rebuilt: EvidenceManifest | undefined
    for (const entry of manifest.entries) {
      const files = entry.files.map(f => {
        const content = readFileSync(join(dir, f.file))
        return { ...f, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') }
      })
      rebuilt = appendEntry(rebuilt, manifest.tag, entry.phase, entry.sealedAt, files)
      // A forger may also copy the old signatures onto the new entries.
      const copied = (entry as { signature?: unknown }).signature
      if (keepSignatures && copied) Object.assign(rebuilt.entries.at(-1) as object, { signature: copied })
    }
    return rebuilt as EvidenceManifest
  })
}

const verify = (target: string, ...extra: string[]): Promise<Run> =>
  box.cli(['verify', target, '--json', ...extra])

describe('a release with a signing key (CLI)', () => {
  it('signs every seal with the key, and the signed bundle verifies with the right public key', async () => {
    // On failure, the release's output says why.
    expect({ code: released.code, output: released.code === 0 ? '' : released.output }).toEqual({
      code: 0,
      output: ''
    })
    const manifest = box.json<EvidenceManifest>(MANIFEST_FILE)
    expect(manifest.entries.map(e => e.phase).join(' → ')).toBe(
      'readiness → staging → production → stabilize → report'
    )
    for (const entry of manifest.entries)
      expect((entry as { signature?: unknown }).signature).toMatchObject({
        algorithm: 'ed25519',
        keyFingerprint: releaseKey.fingerprint
      })
    const verified = await verify('.artifacts/deployment', '--public-key', 'keys/release.pub')
    expect(verified.stdout).toContain(`✔ signatures: every seal (5) signed by key ${releaseKey.fingerprint}`)
    expect(verified.code).toBe(0)
    expect(lastLine(verified)).toMatchObject({ passed: true })
  })

  it('leaves the private key nowhere: not in the output, not in the evidence', () => {
    expect(released.output).not.toContain(privateKeyBody)
    for (const { path, text } of filesBelow(box.evidence(''))) {
      expect({ path, leaked: text.includes(privateKeyBody) }).toEqual({ path, leaked: false })
      expect({ path, leaked: text.includes('PRIVATE KEY') }).toEqual({ path, leaked: false })
    }
  })

  it('says without --public-key which key signed the seals, and that a rewrite cannot be detected without it', async () => {
    const verified = await verify('.artifacts/deployment')
    expect(verified.stdout).toContain(
      `✔ signatures: 5 of 5 seals signed by key ${releaseKey.fingerprint}; not checked: pass --public-key`
    )
    expect(verified.stdout).toContain('without a key, a rewrite with the chain recomputed cannot be detected')
    expect(verified.code).toBe(0)
  })

  it.each([
    ['dropping the signatures', false, 'entry 1 (readiness): not signed'],
    [
      'copying the old signatures',
      true,
      'entry 1 (readiness): the signature does not match the entry (rewritten after it was signed)'
    ]
  ])(
    'rejects an offline rewrite with the chain recomputed (%s) with --public-key, which passes without it',
    async (_how, keepSignatures, problem) => {
      const dir = rewriteWithChainRecomputed(keepSignatures)
      const withoutKey = await verify(dir)
      expect(withoutKey.code).toBe(0)
      const withKey = await verify(dir, '--public-key', 'keys/release.pub')
      expect(withKey.stderr).toContain(`✘ signatures: ${problem}`)
      expect(withKey.code).toBe(1)
      expect(lastLine(withKey)).toMatchObject({ passed: false })
    }
  )

  it('rejects an unsigned bundle with --public-key', async () => {
    const dir = forged((_dir, manifest) => ({
      ...manifest,
      entries: manifest.entries.map(({ signature: _dropped, ...entry }) => entry)
    }))
    const unsigned = await verify(dir, '--public-key', 'keys/release.pub')
    expect(unsigned.stderr).toContain('✘ signatures: entry 1 (readiness): not signed')
    expect(unsigned.stderr).toContain('entry 5 (report): not signed')
    expect(unsigned.code).toBe(1)
    const noKey = await verify(dir)
    expect(noKey.stdout).toContain('✔ signatures: the seals are not signed')
    expect(noKey.code).toBe(0)
  })

  it('rejects a bundle signed by another key than the one given', async () => {
    const wrong = await verify('.artifacts/deployment', '--public-key', 'keys/other.pub')
    expect(wrong.stderr).toContain(
      `✘ signatures: entry 1 (readiness): signed by key ${releaseKey.fingerprint}, not by the given key ${otherKey.fingerprint}`
    )
    expect(wrong.code).toBe(1)
  })
})

describe('a signing key that cannot sign is a usage error (exit 2) before anything runs', () => {
  let fresh: DemoSandbox
  beforeAll(() => {
    fresh = new DemoSandbox(27600)
    fresh.upstream()
    mkdirSync(join(fresh.demo, 'keys'))
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
    writeFileSync(
      join(fresh.demo, 'keys', 'rsa.pem'),
      rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    )
    writeFileSync(join(fresh.demo, 'keys', 'garbage.pem'), 'not a key\n')
    writeFileSync(join(fresh.demo, 'keys', 'release.pub'), releaseKey.publicPem)
    writeFileSync(join(fresh.demo, 'keys', 'other-signing.pem'), otherKey.privatePem)
  })
  afterAll(() => fresh.stop())

  it.each([
    [
      'an RSA key',
      ['--signing-key-file', 'keys/rsa.pem'],
      {},
      '--signing-key-file keys/rsa.pem: an rsa key; expected an Ed25519 private key'
    ],
    [
      'a file that is no key',
      ['--signing-key-file', 'keys/garbage.pem'],
      {},
      '--signing-key-file keys/garbage.pem: not a PEM private key'
    ],
    [
      'a public key',
      ['--signing-key-file', 'keys/release.pub'],
      {},
      '--signing-key-file keys/release.pub: not a PEM private key'
    ],
    [
      'a missing file',
      ['--signing-key-file', 'keys/missing.pem'],
      {},
      '--signing-key-file keys/missing.pem: cannot be read'
    ],
    [
      'a path outside the workspace',
      ['--signing-key-file', '/etc/hostname'],
      {},
      '--signing-key-file: the path is absolute'
    ],
    [
      'a path with ..',
      ['--signing-key-file', '../keys/release-signing.pem'],
      {},
      '--signing-key-file: the path leaves the workspace'
    ],
    [
      'an environment variable that holds no key',
      [],
      { RELEASE_GATE_SIGNING_KEY: 'not a key' },
      'RELEASE_GATE_SIGNING_KEY: not a PEM private key'
    ]
  ])('refuses %s', async (_what, flags, env, message) => {
    const refused = await fresh.cli(['run', '--tag', 'v1.1.0', '--approve', 'auditor', ...flags], env)
    expect(refused.stderr).toContain(`[ERROR] ${message}`)
    expect(refused.code).toBe(2)
    expect(fresh.touched()).toEqual([])
    expect(existsSync(fresh.evidence(''))).toBe(false)
  })

  it.each([
    ['a private key', 'keys/rsa.pem', '--public-key keys/rsa.pem: not a PEM public key'],
    ['a file that is no key', 'keys/garbage.pem', '--public-key keys/garbage.pem: not a PEM public key'],
    ['a missing file', 'keys/missing.pub', '--public-key keys/missing.pub: cannot be read']
  ])('verify refuses %s as --public-key', async (_what, path, message) => {
    const refused = await fresh.cli(['verify', '.', '--public-key', path])
    expect(refused.stderr).toContain(`[ERROR] ${message}`)
    expect(refused.code).toBe(2)
  })

  it('signs with the key from RELEASE_GATE_SIGNING_KEY', async () => {
    const readiness = await fresh.cli(['phase', 'readiness', '--tag', 'v1.1.0'], {
      RELEASE_GATE_SIGNING_KEY: releaseKey.privatePem
    })
    expect(readiness.output).not.toContain(privateKeyBody)
    const manifest = fresh.json<EvidenceManifest>(MANIFEST_FILE)
    expect((manifest.entries[0] as { signature?: unknown }).signature).toMatchObject({
      keyFingerprint: releaseKey.fingerprint
    })
  })

  it('halts the next phase run with another key before it starts: a seal not signed by its key is no evidence to build on', async () => {
    const staging = await fresh.cli([
      'phase',
      'staging',
      '--tag',
      'v1.1.0',
      '--signing-key-file',
      'keys/other-signing.pem'
    ])
    expect(staging.stderr).toContain(
      `entry 1 (readiness): signed by key ${releaseKey.fingerprint}, not by the given key ${otherKey.fingerprint}`
    )
    expect(staging.code).toBe(3)
    expect(fresh.touched()).toEqual([])
  })
})

describe('the signing key and the commands', () => {
  it('is never given to a command, even when pass-env names its variable', () => {
    const dir = scratchWorkspace('rg-signing-env-', {
      // Each command records the names of its variables, and whether any value holds a private key.
      'env-dump.mjs': [
        "import { appendFileSync } from 'node:fs'",
        'const values = Object.values(process.env).join("\\n")',
        "appendFileSync('seen-env.log', JSON.stringify({ what: process.argv[2], names: Object.keys(process.env), key: values.includes('PRIVATE KEY') }) + '\\n')"
      ].join('\n'),
      'release-gate.yml': `version: 1
pass-env: ['RELEASE_GATE_*']
services:
  api:
    deploy: [node, env-dump.mjs, deploy]
    rollback: [node, env-dump.mjs, rollback]
health:
  window: 1s
  interval: 500ms
  probes:
    - { id: api, command: [node, env-dump.mjs, probe] }
`
    })
    const run = spawnSync(
      process.execPath,
      [CLI, 'run', '--tag', 'v1.1.0', '--approve', 'dana', '--config', 'release-gate.yml'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          RELEASE_GATE_SIGNING_KEY: releaseKey.privatePem,
          RELEASE_GATE_REGION: 'eu-west-1'
        }
      }
    )
    expect(run.status).toBe(0)
    const seen = readFileSync(join(dir, 'seen-env.log'), 'utf8')
      .trim()
      .split('\n')
      .map(line => JSON.parse(line) as { what: string; names: string[]; key: boolean })
    expect(seen.map(s => s.what)).toEqual(expect.arrayContaining(['deploy', 'probe']))
    for (const command of seen) {
      // The glob passes the other variable: only the key is held back.
      expect(command.names).toContain('RELEASE_GATE_REGION')
      expect(command.names).not.toContain('RELEASE_GATE_SIGNING_KEY')
      expect(command.key).toBe(false)
    }
    const manifest = JSON.parse(
      readFileSync(join(dir, '.artifacts', 'deployment', MANIFEST_FILE), 'utf8')
    ) as EvidenceManifest
    expect(manifest.entries.every(e => e.signature?.keyFingerprint === releaseKey.fingerprint)).toBe(true)
  }, 30_000)
})

describe('the action with a signing-key input', () => {
  let github: GitHubApiEmulator
  let artifacts: ArtifactServiceEmulator
  let actionBox: DemoSandbox
  beforeAll(async () => {
    github = await GitHubApiEmulator.start()
    artifacts = await ArtifactServiceEmulator.start()
    actionBox = new DemoSandbox(27700)
    actionBox.baseline('v1.0.0')
    actionBox.upstream()
  })
  afterAll(async () => {
    actionBox.stop()
    await github.stop()
    await artifacts.stop()
  })

  const newRun = (runId: number): WorkflowRun => {
    const repository = `acme/signed-${runId}`
    github.addRepo(repository)
    github.addRun(repository, runId)
    return new WorkflowRun(actionBox, github, artifacts, runId, repository)
  }
  const readiness = { phase: 'readiness', tag: 'v1.1.0', config: 'release-gate.yml' }

  it('signs the seal, masks the key, and uploads a bundle that verifies with the public key', async () => {
    const run = newRun(9701)
    const step = await run.step(
      run.checkout(),
      { ...readiness, 'signing-key': releaseKey.privatePem },
      { jobId: 'readiness' }
    )
    expect(step.code).toBe(0)
    // The runner hides every line registered with add-mask; nothing else may show the key.
    const masked = step.log.split('\n').filter(line => line.startsWith('::add-mask::'))
    expect(masked).toContain(`::add-mask::${privateKeyBody}`)
    const shown = step.log
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(shown).not.toContain(privateKeyBody)
    const manifest = await run.artifactJson<EvidenceManifest>(
      'release-gate-v1.1.0-1-readiness',
      MANIFEST_FILE
    )
    expect((manifest.entries[0] as { signature?: unknown }).signature).toMatchObject({
      keyFingerprint: releaseKey.fingerprint
    })
    const uploaded = await artifacts.files('release-gate-v1.1.0-1-readiness', String(run.runId))
    const verifier = sealVerifierFromPem(releaseKey.publicPem, 'release.pub')
    expect(verifyBundle(uploaded, { verifier }).find(c => c.check === 'signatures')).toMatchObject({
      passed: true,
      detail: `every seal (1) signed by key ${releaseKey.fingerprint}`
    })
  })

  it('fails the step before anything runs when the signing-key input is not an Ed25519 private key', async () => {
    const run = newRun(9702)
    const step = await run.step(
      run.checkout(),
      { ...readiness, 'signing-key': otherKey.publicPem },
      { jobId: 'readiness' }
    )
    expect(step.log).toContain("[ERROR] Invalid input 'signing-key': not a PEM private key")
    expect(step.code).toBe(1)
    expect(step.outputs['evidence-artifact-name']).toBeUndefined()
  })
})
