import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'

// Every relative link of the README and docs/ points at a file of the repository, and an anchor at a heading.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const documents = ['README.md', ...readdirSync(join(repoRoot, 'docs')).map(name => `docs/${name}`)].filter(
  path => path.endsWith('.md')
)

/** GitHub's anchors of a Markdown text's headings (lower case, punctuation dropped, a suffix for repeats). */
function anchorsOf(markdown: string): Set<string> {
  const withoutFences = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const match of withoutFences.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = (match[1] ?? '')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return anchors
}

const links = documents.flatMap(document => {
  const text = readFileSync(join(repoRoot, document), 'utf8').replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(match => match[1] as string)
    .filter(target => !/^[a-z]+:/.test(target))
    .map(target => ({ document, target }))
})

describe('links in the README and docs/', () => {
  it('finds links to check', () => {
    expect(links.length).toBeGreaterThan(30)
  })

  it('point at files and headings that exist', () => {
    const broken = links.filter(({ document, target }) => {
      const [path = '', anchor] = target.split('#')
      const file = path === '' ? join(repoRoot, document) : join(repoRoot, dirname(document), path)
      // A link out of the repository cannot be checked from a clone; protocol.test.ts refuses them.
      if (relative(repoRoot, file).startsWith('..')) return false
      if (!existsSync(file)) return true
      if (anchor === undefined || statSync(file).isDirectory() || !file.endsWith('.md')) return false
      return !anchorsOf(readFileSync(file, 'utf8')).has(anchor)
    })
    expect(broken.map(({ document, target }) => `${document}: ${target}`)).toEqual([])
  })
})
