import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { EVIDENCE_PREDICATE_TYPE } from '../../src/core/attestation.js'
import { attestBundle } from '../../src/adapters/github/attest.js'
import type { EvidenceAttestationRequest } from '../../src/core/attestation.js'
import { MemoryBundleFiles, memoryEvidenceStore } from '../fakes.js'

// The signing call itself needs GitHub's OIDC token and Sigstore, which cannot be reached here: these tests check the
// statement release-gate builds and the call path up to the attester, with the attester faked.

async function sealedStore() {
  const files = new MemoryBundleFiles()
  const store = memoryEvidenceStore(files)
  await store.writeText('release-manifest.md', '# Release manifest\n')
  await store.seal('readiness', 'v2.0.0', new Date('2026-11-25T10:00:00Z'))
  await store.writeText('DEPLOYMENT-REPORT.md', '# Report\n')
  await store.seal('report', 'v2.0.0', new Date('2026-11-25T10:30:00Z'))
  return { store, files }
}

describe('evidence attestation', () => {
  it("attests the manifest's SHA-256 with a release-gate predicate naming every phase and file", async () => {
    const { store, files } = await sealedStore()
    const requests: EvidenceAttestationRequest[] = []
    const result = await attestBundle(
      store,
      async request => {
        requests.push(request)
        return { id: 'att-123' }
      },
      { repository: 'acme/shop', runId: 42, runAttempt: 1 }
    )
    const manifestDigest = createHash('sha256')
      .update(files.files.get('evidence-manifest.json') ?? '')
      .digest('hex')
    expect(result.id).toBe('att-123')
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      subjectName: 'evidence-manifest.json',
      subjectDigest: { sha256: manifestDigest },
      predicateType: EVIDENCE_PREDICATE_TYPE,
      predicate: {
        tag: 'v2.0.0',
        phases: [{ phase: 'readiness' }, { phase: 'report' }],
        files: [
          { file: 'DEPLOYMENT-REPORT.md', writtenBy: 'report' },
          { file: 'release-manifest.md', writtenBy: 'readiness' }
        ],
        run: { repository: 'acme/shop', runId: 42, runAttempt: 1 }
      }
    })
  })

  it('refuses to attest a bundle without a manifest, without calling the attester', async () => {
    const store = memoryEvidenceStore()
    let called = false
    await expect(
      attestBundle(
        store,
        async () => {
          called = true
          return { id: null }
        },
        null
      )
    ).rejects.toThrow('evidence-manifest.json is missing')
    expect(called).toBe(false)
  })
})
