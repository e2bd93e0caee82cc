import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { FileEvidenceStore } from '../../src/adapters/evidence/store.js'
import { EvidenceSchemaError } from '../../src/core/errors.js'
import { FileReleaseHistory, LocalApprovalSource } from '../../src/adapters/local.js'
import { generateKeyPairSync } from 'node:crypto'
import { sealSignerFromPem, sealVerifierFromPem } from '../../src/adapters/evidence/seal-keys.js'
import { readBundleFiles } from '../../src/adapters/evidence/bundle-files.js'
import { verifyBundle } from '../../src/adapters/evidence/verify.js'
import { rollbackTarget, serving } from '../../src/core/ledger.js'
import { UAT_CONFIRMATION as uat } from '../fakes.js'

describe('the evidence store', () => {
  const store = () => new FileEvidenceStore(join(mkdtempSync(join(tmpdir(), 'rg-store-')), 'deployment'))

  const redactingStore = (secret: string) =>
    new FileEvidenceStore(join(mkdtempSync(join(tmpdir(), 'rg-store-')), 'deployment'), text =>
      text.split(secret).join('***')
    )

  it('redacts secret values inside strings, so a secret that reads like JSON syntax cannot break a record', async () => {
    const evidence = redactingStore('true')
    await evidence.writeJson('uat-confirmation.json', { ...uat, signedOffBy: 'a true friend' })
    const written = JSON.parse(readFileSync(evidence.path('uat-confirmation.json'), 'utf8'))
    expect(written).toMatchObject({ signedOffBy: 'a *** friend', passed: true, required: false })
  })

  it('scrubs a secret a command wrote into the bundle, and the seal records the scrubbed file', async () => {
    const evidence = redactingStore('s3cr3t-value')
    mkdirSync(evidence.dir, { recursive: true })
    writeFileSync(evidence.path('notes.md'), 'token: s3cr3t-value\n')
    writeFileSync(evidence.path('result.json'), JSON.stringify({ message: 'login with s3cr3t-value' }))
    const manifest = await evidence.seal('staging', 'v1.0.0', new Date('2026-11-24T10:00:00Z'))
    expect(readFileSync(evidence.path('notes.md'), 'utf8')).toBe('token: ***\n')
    expect(JSON.parse(readFileSync(evidence.path('result.json'), 'utf8'))).toEqual({
      message: 'login with ***'
    })
    expect(manifest.entries.at(-1)?.files.map(f => f.file)).toEqual(['notes.md', 'result.json'])
    expect(await evidence.verify()).toEqual([])
  })

  it('writes a schema-valid record and leaves no temporary file', async () => {
    const evidence = store()
    await evidence.writeJson('uat-confirmation.json', uat)
    expect(JSON.parse(readFileSync(evidence.path('uat-confirmation.json'), 'utf8'))).toEqual(uat)
    expect(readdirSync(evidence.dir)).toEqual(['uat-confirmation.json'])
  })

  it('refuses to write a record that does not match its schema, keeping the old file intact', async () => {
    const evidence = store()
    await evidence.writeJson('uat-confirmation.json', uat)
    const broken = { ...uat, status: 'probably-fine' }
    await expect(evidence.writeJson('uat-confirmation.json', broken)).rejects.toThrow(EvidenceSchemaError)
    await expect(evidence.writeJson('uat-confirmation.json', broken)).rejects.toThrow(
      '$.status: got "probably-fine", expected one of'
    )
    expect(JSON.parse(readFileSync(evidence.path('uat-confirmation.json'), 'utf8')).status).toBe(
      'automated-pass'
    )
  })

  it('refuses to read altered or truncated evidence of an earlier phase', async () => {
    const evidence = store()
    mkdirSync(evidence.dir, { recursive: true })
    writeFileSync(evidence.path('uat-confirmation.json'), '{"schemaVersion": 1, "artif')
    await expect(evidence.readJson('uat-confirmation.json')).rejects.toThrow('not valid JSON')
    writeFileSync(evidence.path('uat-confirmation.json'), JSON.stringify({ ...uat, passed: 'yes' }))
    await expect(evidence.readJson('uat-confirmation.json')).rejects.toThrow('$.passed')
    expect(await evidence.readJson('production-approval.json')).toBeUndefined()
  })

  it('signs every seal with the signing key it holds, so the bundle verifies with the public key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const signer = sealSignerFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'key')
    const verifier = sealVerifierFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'key')
    const dir = join(mkdtempSync(join(tmpdir(), 'rg-store-')), 'deployment')
    const evidence = new FileEvidenceStore(dir, undefined, signer)
    // Each file in the phase the protocol assigns it (the store checks that too).
    await evidence.writeText('release-manifest.md', '# v1.0.0\n')
    await evidence.seal('readiness', 'v1.0.0', new Date('2026-11-24T10:00:00Z'))
    await evidence.writeJson('uat-confirmation.json', uat)
    const manifest = await evidence.seal('staging', 'v1.0.0', new Date('2026-11-24T10:01:00Z'))
    expect(manifest.entries.map(e => e.signature?.keyFingerprint)).toEqual([
      signer.keyFingerprint,
      signer.keyFingerprint
    ])
    const signatures = verifyBundle(await readBundleFiles(dir), { verifier }).find(
      c => c.check === 'signatures'
    )
    expect(signatures).toEqual({
      check: 'signatures',
      passed: true,
      detail: `every seal (2) signed by key ${signer.keyFingerprint}`
    })
    // Before each phase the store checks the bundle it continues: every seal signed by its own key.
    expect(await evidence.verify()).toEqual([])
    const other = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    const otherSigner = sealSignerFromPem(other, 'other key')
    expect(await new FileEvidenceStore(dir, undefined, otherSigner).verify()).toEqual([
      `entry 1 (readiness): signed by key ${signer.keyFingerprint}, not by the given key ${otherSigner.keyFingerprint}`,
      `entry 2 (staging): signed by key ${signer.keyFingerprint}, not by the given key ${otherSigner.keyFingerprint}`
    ])
    // Without a key, the store does not ask for signatures (a release that signs nothing goes on as before).
    expect(await new FileEvidenceStore(dir).verify()).toEqual([])
  })

  it('lists every file with its SHA-256', async () => {
    const evidence = store()
    await evidence.writeText('notes.md', 'abc')
    expect(await evidence.inventory()).toEqual([
      {
        file: 'notes.md',
        bytes: 3,
        sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
      }
    ])
  })
})

describe('the local release history', () => {
  it('knows the serving release and the rollback target from the ledger it keeps', async () => {
    const history = new FileReleaseHistory(mkdtempSync(join(tmpdir(), 'rg-history-')))
    expect(serving(await history.ledger('production'))).toBeNull()
    await history.record({ tag: 'v1.0.0', environment: 'production', status: 'released' })
    await history.record({ tag: 'v1.1.0', environment: 'production', status: 'released' })
    expect(serving(await history.ledger('production'))).toBe('v1.1.0')
    expect(rollbackTarget(await history.ledger('production'))).toBe('v1.0.0')
    expect(await history.begin('production', 'v1.2.0')).toBeNull()
    expect(rollbackTarget(await history.ledger('production'))).toBe('v1.1.0')
    expect(await history.begin('production', 'v1.3.0')).toMatchObject({ state: 'rolling-out' })
    expect(serving(await history.ledger('staging'))).toBeNull()
  })

  it('keeps a file whose every write is whole and in the current schema version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-history-'))
    const history = new FileReleaseHistory(dir)
    await Promise.all(
      ['v1.0.0', 'v1.1.0', 'v1.2.0'].map(tag =>
        history.record({ tag, environment: 'staging', status: 'in-progress' })
      )
    )
    const file = JSON.parse(readFileSync(join(dir, 'release-history.json'), 'utf8')) as {
      schemaVersion: number
      releases: unknown[]
    }
    expect(file.schemaVersion).toBe(2)
    expect(file.releases).toHaveLength(3)
    expect(readdirSync(dir).sort()).toEqual(['release-history.json'])
  })

  it('refuses a corrupted history file instead of guessing a rollback target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-history-'))
    writeFileSync(join(dir, 'release-history.json'), '{"schemaVersion":1,"releases":[{"tag":"v1"}]}')
    await expect(new FileReleaseHistory(dir).ledger('production')).rejects.toThrow(
      "missing required key 'environment'"
    )
  })

  it('reads what another process appended, and validates a file changed since its last read again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-history-'))
    const ours = new FileReleaseHistory(dir)
    await ours.record({ tag: 'v1.0.0', environment: 'production', status: 'released' })
    expect(serving(await ours.ledger('production'))).toBe('v1.0.0')
    await new FileReleaseHistory(dir).record({ tag: 'v1.1.0', environment: 'production', status: 'released' })
    expect(serving(await ours.ledger('production'))).toBe('v1.1.0')
    const file = join(dir, 'release-history.json')
    const edited = JSON.parse(readFileSync(file, 'utf8')) as { releases: Array<Record<string, unknown>> }
    delete edited.releases[1]?.environment
    writeFileSync(file, JSON.stringify(edited))
    await expect(ours.ledger('production')).rejects.toThrow("missing required key 'environment'")
  })
})

describe('local approval', () => {
  it('approves with --approve and records the comment', async () => {
    expect(await new LocalApprovalSource('dana', 'CAB-1', false).request('?')).toMatchObject({
      kind: 'answer',
      answer: { decision: 'approved', approver: 'dana', comment: 'CAB-1', source: 'cli-flag' }
    })
  })

  it('treats no answer as no when there is no terminal', async () => {
    expect(await new LocalApprovalSource(undefined, undefined, false).request('?')).toMatchObject({
      kind: 'answer',
      answer: { decision: 'rejected', source: 'no-answer' }
    })
  })

  it('reports who approved and leaves the approver list to Gate 3', async () => {
    const evidence = await new LocalApprovalSource('mallory', undefined, false).request('?')
    expect(evidence).toEqual({
      kind: 'answer',
      answer: {
        decision: 'approved',
        approver: 'mallory',
        comment: null,
        source: 'cli-flag',
        reason: 'approved with --approve mallory'
      }
    })
  })
})
