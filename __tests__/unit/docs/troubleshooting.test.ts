import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { codeSpans, documents, errorTexts, errorTextsOf, showText } from './error-texts.js'

// docs/troubleshooting.md must name every error and alert text the sources can print (found by error-texts.ts).
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const guide = readFileSync(join(repoRoot, 'docs/troubleshooting.md'), 'utf8')
const spans = codeSpans(guide)

describe('docs/troubleshooting.md', () => {
  it('documents every error and alert text in src/', () => {
    const missing = errorTexts(repoRoot)
      .filter(text => !spans.some(span => documents(span, text)))
      .map(text => `${text.where}: \`${showText(text)}\``)
    // The message lists exactly the texts to add, each with where it is: add each as a code span, {name} for {…}.
    expect(
      missing.length === 0
        ? 'every text is documented'
        : `docs/troubleshooting.md lacks ${missing.length} error text(s); add each one (a code span with the text, ` +
            `{name} where it shows {…}) with its cause and fix:\n${missing.join('\n')}`
    ).toBe('every text is documented')
  })

  it('finds the texts in every position it promises', () => {
    const source = `
      class RetryError extends Error { constructor(n: number) { super(\`gave up after \${n} tries\`) } }
      class PathEscape extends UsageError { constructor(path: string) { super(\`\${path} is outside the workspace\`) } }
      throw new PathEscape(\`../\${name}\`)
      throw new UsageError(ok ? 'Unknown flag --' + name + '.' : \`Missing \${what}.\`)
      ctx.logger.error(\`[ERROR] Deploy failed: \${why}.\`)
      core.setFailed('Phase failed')
      problems.push(\`\${path}: unknown key\`)
      const line = '[ALERT] Metrics outside thresholds.'
      throw new ConfigError(file, errors.map(e => \`YAML \${e.line}: \${e.message}\`))
      return fail('stale', \`\${path} is stale\`)
      const answer = { decision: 'rejected', reason: 'no approval given' }
      logger.info('Deploying...')
    `
    expect(errorTextsOf('src/example.ts', source).map(showText)).toEqual([
      'gave up after {…} tries',
      '{…} is outside the workspace',
      '../{…}',
      'Unknown flag --{…}.',
      'Missing {…}.',
      '[ERROR] Deploy failed: {…}.',
      'Phase failed',
      '{…}: unknown key',
      '[ALERT] Metrics outside thresholds.',
      'YAML {…}: {…}',
      'stale',
      '{…} is stale',
      'no approval given'
    ])
  })

  it('matches a documented text whatever names its placeholders have, and only the whole text', () => {
    const text = { parts: ['[ERROR] Deployment command failed: ', '.'] }
    expect(documents('[ERROR] Deployment command failed: {error}.', text)).toBe(true)
    expect(documents('[ERROR] Deployment command failed.', text)).toBe(false)
    expect(documents('Note: [ERROR] Deployment command failed: {error}.', text)).toBe(false)
    expect(codeSpans('a `x {y}` b ``c `d` e``\n```\n`not this`\n```\n')).toEqual(['x {y}', 'c `d` e'])
  })
})
