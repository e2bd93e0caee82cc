import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import * as announce from '../../../src/core/announce.js'

// docs/protocol.md is the protocol as this repository ships it: every status line the code prints is in it, verbatim,
// and no Markdown page sends a reader to a file outside the repository (a clone has no ../shared/spec).
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const protocolPage = join(repoRoot, 'docs/protocol.md')
const protocolText = existsSync(protocolPage) ? readFileSync(protocolPage, 'utf8') : ''

/** Every `.ts` file under `folder`, as its text. */
function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourcesUnder(path)
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : []
  })
}

/** `[PHASE N COMPLETE] - … finished successfully.` as each phase prints it (the names are in the phases' calls). */
const phaseCompleteLines = sourcesUnder(join(repoRoot, 'src')).flatMap(text =>
  [...text.matchAll(/phaseComplete\((\d), '([^']+)'\)/g)].map(match =>
    announce.phaseComplete(Number(match[1]) as 1 | 2 | 3 | 4, match[2] as string)
  )
)

/**
 * Each function announce.ts exports, as the page must show it: with the spec's `{placeholders}` for what varies. A new
 * export fails the test below until it is listed here and documented.
 */
const templates: Record<string, string[]> = {
  phaseComplete: [announce.phaseComplete(1, '{phase_name}').replace('1', '{N}'), ...phaseCompleteLines],
  automation: [announce.automation('{script}', '{status}')],
  deploymentFailed: [announce.deploymentFailed('{error}')],
  answered: [
    announce.answered(announce.ANNOUNCE.approvalRequest, '{answer}'),
    announce.answered(announce.ANNOUNCE.rollbackDecision, '{answer}'),
    announce.answered(announce.ANNOUNCE.releaseComplete, '{answer}')
  ]
}

const statusLines = [...Object.values(announce.ANNOUNCE), ...Object.values(templates).flat()]

describe('docs/protocol.md', () => {
  it('exists', () => {
    expect(existsSync(protocolPage)).toBe(true)
  })

  it('knows every status line announce.ts exports', () => {
    const exportedFunctions = Object.entries(announce)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
    expect(exportedFunctions.sort()).toEqual(Object.keys(templates).sort())
    expect(phaseCompleteLines).toHaveLength(4)
  })

  it('shows every status line verbatim', () => {
    const missing = statusLines.filter(line => !protocolText.includes(line))
    expect(missing).toEqual([])
  })
})

/** Every Markdown file of the repository (not dependencies, build output or git's own files). */
function markdownFiles(folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { withFileTypes: true }).flatMap(entry => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`
    if (entry.isDirectory())
      return ['node_modules', '.git', 'dist', 'coverage'].includes(entry.name) ? [] : markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

/** The link targets of a Markdown text: inline links and images, reference definitions, HTML href and src. */
function linkTargets(markdown: string): string[] {
  const text = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
  return [
    ...[...text.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map(match => match[1] as string),
    ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map(match => match[1] as string),
    ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map(match => match[1] as string)
  ]
}

/** Why a link from `document` leads out of the repository, or null when it stays inside (or is a web address). */
function escapes(document: string, target: string): string | null {
  if (/^file:/i.test(target)) return 'a file: URL'
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return null
  if (target.startsWith('//')) return null
  const path = decodeURIComponent(target.split('#')[0] ?? '')
  // GitHub resolves a leading / at the repository root; only ../ can climb out of it.
  const resolved = path.startsWith('/') ? join(repoRoot, path) : join(repoRoot, dirname(document), path)
  const inside = relative(repoRoot, resolved)
  return inside === '..' || inside.startsWith('../') || isAbsolute(inside) ? 'outside the repository' : null
}

describe('links in every Markdown file of the repository', () => {
  const documents = markdownFiles('')

  it('finds the README, SECURITY.md and docs/', () => {
    expect(documents).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md', 'docs/evidence.md']))
  })

  it('tells an escaping link from one that stays inside', () => {
    const cases = [
      { document: 'README.md', target: '../shared/spec/PROTOCOL.md', expected: 'outside the repository' },
      {
        document: 'docs/evidence.md',
        target: '../../shared/spec/PROTOCOL.md',
        expected: 'outside the repository'
      },
      { document: 'docs/evidence.md', target: '../README.md#exit-codes', expected: null },
      { document: 'README.md', target: 'docs/protocol.md', expected: null },
      { document: 'README.md', target: '/docs/protocol.md', expected: null },
      { document: 'README.md', target: 'file:///work/shared/spec/PROTOCOL.md', expected: 'a file: URL' },
      { document: 'README.md', target: 'https://example.com/../x', expected: null },
      { document: 'README.md', target: '#exit-codes', expected: null }
    ]
    expect(cases.map(({ document, target }) => escapes(document, target))).toEqual(
      cases.map(({ expected }) => expected)
    )
  })

  it('never lead outside the repository (the protocol is docs/protocol.md)', () => {
    const leaving = documents.flatMap(document =>
      linkTargets(readFileSync(join(repoRoot, document), 'utf8')).flatMap(target => {
        const why = escapes(document, target)
        return why === null ? [] : [`${document}: ${target} (${why})`]
      })
    )
    expect(leaving).toEqual([])
  })
})
