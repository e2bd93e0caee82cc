import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendEntry, MANIFEST_FILE, type EvidenceManifest } from '../../src/core/manifest.js'
import { verifyBundle } from '../../src/adapters/evidence/verify.js'
import { readBundleFiles } from '../../src/adapters/evidence/bundle-files.js'
import { DemoSandbox } from './demo-sandbox.js'
import { zipBomb } from '../corpus/zip-bomb.js'

// `release-gate verify` on a real bundle from the demo, untouched and tampered with in every way an auditor worries
// about: a flipped byte in any file, a file dropped, the chain reordered, an approval back-dated after the fact.

let box: DemoSandbox
let bundle: Map<string, Buffer>

beforeAll(async () => {
  box = new DemoSandbox(30000)
  box.baseline('v1.0.0')
  box.upstream()
  const run = await box.cli(['run', '--tag', 'v1.1.0', '--approve', 'auditor-test'])
  expect(run.code).toBe(0)
  bundle = await readBundleFiles(box.evidence(''))
}, 60_000)
afterAll(() => box.stop())

const failed = (files: ReadonlyMap<string, Buffer>): string[] =>
  verifyBundle(files)
    .filter(c => !c.passed)
    .map(c => `${c.check}: ${c.detail}`)

describe('release-gate report --html', () => {
  it('writes the release report as one self-contained page, and the release put one in the bundle', async () => {
    expect(bundle.get('DEPLOYMENT-REPORT.html')?.toString('utf8')).toContain('Deployment report: v1.1.0')
    const output = join(mkdtempSync(join(tmpdir(), 'rg-html-')), 'report.html')
    const run = await box.cli(['report', '--html', '--output', output])
    expect(run.code).toBe(0)
    const page = readFileSync(output, 'utf8')
    expect(page).toMatch(/^<!DOCTYPE html>/i)
    expect(page).toContain('Health window: healthy')
    expect(page).not.toMatch(/<script/i)
  })

  it('without --output names the page the report phase sealed into the bundle, and writes nothing', async () => {
    const run = await box.cli(['report', '--html'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`HTML report: ${box.evidence('DEPLOYMENT-REPORT.html')}`)
    // Not into the repository root, and not over the sealed page.
    expect(existsSync(join(box.demo, 'DEPLOYMENT-REPORT.html'))).toBe(false)
    expect(await readBundleFiles(box.evidence(''))).toEqual(bundle)
  })

  it('draws each health chart of the report as inline SVG in the page, not as Mermaid source', async () => {
    const markdown = bundle.get('DEPLOYMENT-REPORT.md')?.toString('utf8') ?? ''
    const charts = markdown.match(/^```mermaid$/gm)?.length ?? 0
    expect(charts).toBeGreaterThan(0)
    const output = join(mkdtempSync(join(tmpdir(), 'rg-html-')), 'report.html')
    expect((await box.cli(['report', '--html', '--output', output])).code).toBe(0)
    for (const page of [
      bundle.get('DEPLOYMENT-REPORT.html')?.toString('utf8') ?? '',
      readFileSync(output, 'utf8')
    ]) {
      expect(page).not.toContain('xychart-beta')
      expect(page.match(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(charts)
      expect(page).toMatch(/<polyline class="series" points="[\d., ]+"/)
      // The demo's probes have a latency limit: it is drawn as the threshold line.
      expect(page).toContain('<line class="threshold"')
    }
  })
})

describe('release-gate verify', () => {
  it('verifies an untouched bundle from the demo', () => {
    expect(failed(bundle)).toEqual([])
  })

  it('names the file when one byte of any evidence file is flipped', () => {
    for (const [name, content] of bundle) {
      const tampered = new Map(bundle)
      const copy = Buffer.from(content)
      const at = Math.floor(copy.length / 2)
      copy[at] = (copy[at] as number) ^ 0x01
      tampered.set(name, copy)
      const problems = failed(tampered).join('\n')
      expect(problems).not.toBe('')
      if (name !== MANIFEST_FILE) expect(problems).toContain(name)
    }
  })

  it('names a dropped file', () => {
    const tampered = new Map(bundle)
    tampered.delete('production-approval.json')
    expect(failed(tampered).join('\n')).toContain(
      'production-approval.json: recorded by the report phase but missing'
    )
  })

  it('detects a reordered chain', () => {
    const manifest = JSON.parse((bundle.get(MANIFEST_FILE) as Buffer).toString('utf8')) as EvidenceManifest
    const reordered = {
      ...manifest,
      entries: [manifest.entries[1], manifest.entries[0], ...manifest.entries.slice(2)]
    }
    const tampered = new Map(bundle).set(MANIFEST_FILE, Buffer.from(JSON.stringify(reordered)))
    expect(failed(tampered).join('\n')).toContain('does not chain to the entry before it')
  })

  it('catches an approval back-dated after the deployment even when the whole chain is recomputed', () => {
    const approval = JSON.parse((bundle.get('production-approval.json') as Buffer).toString('utf8')) as {
      decidedAt: string
    }
    const production = JSON.parse(
      (bundle.get('production-deployment-report.json') as Buffer).toString('utf8')
    ) as {
      startedAt: string
    }
    const late = new Date(new Date(production.startedAt).getTime() + 60_000).toISOString()
    const tampered = new Map(bundle).set(
      'production-approval.json',
      Buffer.from(JSON.stringify({ ...approval, decidedAt: late, generatedAt: late }, null, 2) + '\n')
    )
    // A forger who knows the format rebuilds every digest and the whole chain.
    const manifest = JSON.parse((bundle.get(MANIFEST_FILE) as Buffer).toString('utf8')) as EvidenceManifest
    let rebuilt: EvidenceManifest | undefined
    for (const entry of manifest.entries) {
      const files = entry.files.map(f => {
        const content = tampered.get(f.file) as Buffer
        return { ...f, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') }
      })
      rebuilt = appendEntry(rebuilt, manifest.tag, entry.phase, entry.sealedAt, files)
    }
    tampered.set(MANIFEST_FILE, Buffer.from(JSON.stringify(rebuilt)))
    const problems = failed(tampered)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('protocol order: the approval')
    expect(problems[0]).toContain('is dated after the production deployment started')
  })

  it('verifies the artifact zip as GitHub delivers it, and exits non-zero on a tampered one', async () => {
    const zip = new JSZip()
    for (const [name, content] of bundle) zip.file(name, content)
    const dir = mkdtempSync(join(tmpdir(), 'rg-verify-'))
    const good = join(dir, 'release-gate-v1.1.0-5-report.zip')
    writeFileSync(good, await zip.generateAsync({ type: 'nodebuffer' }))
    const ok = await box.cli(['verify', good])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('✔ hash chain')

    zip.file('DEPLOYMENT-REPORT.md', 'nothing to see here')
    const bad = join(dir, 'tampered.zip')
    writeFileSync(bad, await zip.generateAsync({ type: 'nodebuffer' }))
    const refused = await box.cli(['verify', bad, '--json'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /✘ file digests: DEPLOYMENT-REPORT\.md: 19 bytes, expected \d+ as recorded by the report phase \(altered\)/
    )
    expect(JSON.parse(refused.stdout.trim().split('\n').pop() as string)).toMatchObject({ passed: false })
  })

  it.each([
    ['declares', 256 * 1024 * 1024, 'deployment/DEPLOYMENT-REPORT.html is 268435456 bytes'],
    [
      'hides (declaring 1 KiB)',
      1024,
      'deployment/DEPLOYMENT-REPORT.html inflates to more than 33554432 bytes'
    ]
  ])(
    'refuses a zip bomb that %s its 256 MiB, as a failed verification',
    async (_how, declaredBytes, detail) => {
      const file = join(mkdtempSync(join(tmpdir(), 'rg-verify-')), 'bomb.zip')
      const entry = {
        name: 'deployment/DEPLOYMENT-REPORT.html',
        inflatedBytes: 256 * 1024 * 1024,
        declaredBytes
      }
      writeFileSync(file, await zipBomb([entry]))
      const refused = await box.cli(['verify', file, '--json'])
      expect(refused.stderr).toContain(`✘ bundle size: ${detail}`)
      expect(refused.stderr).toContain('a file of an evidence bundle may be at most 33554432 bytes (32 MiB)')
      expect(refused.code).toBe(1)
      expect(JSON.parse(refused.stdout.trim().split('\n').pop() as string)).toMatchObject({ passed: false })
    }
  )
})
