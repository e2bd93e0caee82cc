import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/**
 * The user-facing error and alert texts of the sources, found with the TypeScript compiler API (no regular
 * expressions over code), so docs/troubleshooting.md can be checked against them.
 *
 * A text is taken from these positions:
 * - any string or template literal that contains `[ERROR]` or `[ALERT]` (status lines, stderr, the action's log);
 * - the arguments of `new X(...)` and of `super(...)` inside class X, where X is an error class: its name ends in
 *   `Error`, or it extends an error class (found across all the files, so `class PathEscape extends UsageError`
 *   counts);
 * - the arguments of calls to `.error(...)`, `.warn(...)`, `.warning(...)` and `.setFailed(...)` (the loggers and
 *   `@actions/core`);
 * - the arguments of `problems.push(...)` and `reasons.push(...)` (config problems and gate reasons);
 * - the arguments of calls to `fail(...)` and `refuse(...)` (a prerequisite that fails Gate 1, a refused approval),
 *   and the `reason` of an object literal with `decision: 'rejected'` (an approval that was not given);
 * - in each step's gate file (gate.ts under src/phases), the gate refusal reasons: texts in array literals, in `.push(...)` and returned by
 *   arrow functions.
 * Within an argument, a text is a string literal, a template (each `${...}` becomes a wildcard), a `+` of texts and
 * other values (each other value a wildcard), either branch of `a ? b : c`, the elements of an array literal, and
 * what the function passed to `.map(...)` returns. Texts with no letters outside their wildcards (`  - ${reason}`)
 * are left out: they only indent another text; so are single words (`'stale'`), which are status codes.
 */
export interface ErrorText {
  /** The literal parts of the text; a wildcard sits between each two. */
  parts: string[]
  /** Where it is, as `src/file.ts:line`. */
  where: string
}

/** How a text is shown: its literal parts with `{…}` for each wildcard, whitespace collapsed. */
export function showText(text: Pick<ErrorText, 'parts'>): string {
  return normalizeSpace(text.parts.join('{…}'))
}

const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** A text as parts; `null` for an expression that is no text (a variable, a call...). */
type Parts = string[]

const WILDCARD: Parts = ['', '']

/** `a` followed by `b`: the last part of `a` and the first of `b` join into one. */
function concat(a: Parts, b: Parts): Parts {
  return [...a.slice(0, -1), (a.at(-1) ?? '') + (b[0] ?? ''), ...b.slice(1)]
}

function textsOf(node: ts.Expression): Parts[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [[node.text]]
  if (ts.isTemplateExpression(node)) {
    let parts: Parts = [node.head.text]
    for (const span of node.templateSpans) parts = concat(concat(parts, WILDCARD), [span.literal.text])
    return [parts]
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return textsOf(node.expression)
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = textsOf(node.left)
    const right = textsOf(node.right)
    if (left === null && right === null) return null
    return (left ?? [WILDCARD]).flatMap(l => (right ?? [WILDCARD]).map(r => concat(l, r)))
  }
  if (ts.isConditionalExpression(node)) {
    const texts = [...(textsOf(node.whenTrue) ?? []), ...(textsOf(node.whenFalse) ?? [])]
    return texts.length > 0 ? texts : null
  }
  if (ts.isArrayLiteralExpression(node)) {
    const texts = node.elements.flatMap(element =>
      ts.isSpreadElement(element) ? (textsOf(element.expression) ?? []) : (textsOf(element) ?? [])
    )
    return texts.length > 0 ? texts : null
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text
    if (method === 'map' || method === 'flatMap') {
      const callback = node.arguments[0]
      if (callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)))
        return returnedTexts(callback)
    }
  }
  return null
}

/** The texts a function returns: its expression body, or the expressions of its `return` statements. */
function returnedTexts(fn: ts.ArrowFunction | ts.FunctionExpression): Parts[] | null {
  if (!ts.isBlock(fn.body)) return textsOf(fn.body)
  const texts: Parts[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return
    if (ts.isReturnStatement(node) && node.expression) texts.push(...(textsOf(node.expression) ?? []))
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(fn.body, visit)
  return texts.length > 0 ? texts : null
}

const LOG_METHODS = new Set(['error', 'warn', 'warning', 'setFailed'])
const LISTS_OF_PROBLEMS = new Set(['problems', 'reasons'])
const REFUSALS = new Set(['fail', 'refuse'])

/** The value of property `name` in an object literal, if it has one. */
const propertyValue = (node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined =>
  node.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name
  )?.initializer
const MARKERS = ['[ERROR]', '[ALERT]']

const enclosingClassName = (node: ts.Node): string | undefined => {
  for (let current = node.parent; current; current = current.parent)
    if (ts.isClassDeclaration(current) || ts.isClassExpression(current)) return current.name?.text
  return undefined
}

const parse = (fileName: string, source: string): ts.SourceFile =>
  ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)

/** The error classes of some files: names ending in `Error`, and classes extending one of them (to a fixpoint). */
export function errorClassesOf(files: readonly ts.SourceFile[]): Set<string> {
  const parents = new Map<string, string>()
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name) {
      const extended = node.heritageClauses
        ?.find(clause => clause.token === ts.SyntaxKind.ExtendsKeyword)
        ?.types[0]?.expression.getText()
      if (extended) parents.set(node.name.text, extended)
    }
    ts.forEachChild(node, visit)
  }
  files.forEach(visit)
  const isError = (name: string, seen = new Set<string>()): boolean => {
    if (name.endsWith('Error')) return true
    const parent = parents.get(name)
    if (parent === undefined || seen.has(name)) return false
    seen.add(name)
    return isError(parent, seen)
  }
  return new Set([...parents.keys()].filter(name => isError(name)))
}

/** The texts at the positions listed above, in one source file; `errorClasses` are those of all the files. */
export function errorTextsOf(
  fileName: string,
  source: string | ts.SourceFile,
  errorClasses?: ReadonlySet<string>
): ErrorText[] {
  const file = typeof source === 'string' ? parse(fileName, source) : source
  const classes = errorClasses ?? errorClassesOf([file])
  const isErrorClass = (name: string | undefined): boolean =>
    name !== undefined && (name.endsWith('Error') || classes.has(name))
  const isGates = /[\\/]gate\.ts$/.test(fileName)
  const found: ErrorText[] = []
  const add = (node: ts.Node, texts: Parts[] | null): void => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
    for (const parts of texts ?? []) {
      const text = { parts, where: `${fileName}:${line}` }
      // A text can sit in two positions at once (an `[ERROR]` literal passed to `.error()`): keep it once.
      if (!found.some(f => f.where === text.where && showText(f) === showText(text))) found.push(text)
    }
  }
  const addArguments = (node: ts.CallExpression | ts.NewExpression): void => {
    for (const argument of node.arguments ?? []) add(argument, textsOf(argument))
  }
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && isErrorClass(node.expression.text))
      addArguments(node)
    else if (ts.isCallExpression(node)) {
      const callee = node.expression
      if (ts.isIdentifier(callee) && REFUSALS.has(callee.text)) addArguments(node)
      else if (callee.kind === ts.SyntaxKind.SuperKeyword && isErrorClass(enclosingClassName(node)))
        addArguments(node)
      else if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text
        const target = callee.expression
        if (LOG_METHODS.has(method)) addArguments(node)
        else if (
          method === 'push' &&
          ((ts.isIdentifier(target) && LISTS_OF_PROBLEMS.has(target.text)) || isGates)
        )
          addArguments(node)
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const decision = propertyValue(node, 'decision')
      const reason = propertyValue(node, 'reason')
      if (decision && ts.isStringLiteral(decision) && decision.text === 'rejected' && reason)
        add(reason, textsOf(reason))
    }
    if (isGates && ts.isArrayLiteralExpression(node)) add(node, textsOf(node))
    if (isGates && ts.isArrowFunction(node) && !ts.isBlock(node.body)) add(node, textsOf(node.body))
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)) &&
      MARKERS.some(marker => node.getText(file).includes(marker))
    ) {
      // The largest text around the literal: a `+` or a conditional it is part of.
      let outer: ts.Expression = node
      while (
        (ts.isBinaryExpression(outer.parent) &&
          outer.parent.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
        ts.isParenthesizedExpression(outer.parent)
      )
        outer = outer.parent
      add(node, textsOf(outer))
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** Every error text of the `.ts` files under `srcDir`, one entry per distinct text (the first place it is). */
export function errorTexts(repoRoot: string, srcDir = join(repoRoot, 'src')): ErrorText[] {
  const files = (readdirSync(srcDir, { recursive: true }) as string[])
    .filter(name => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .sort()
  const sources = files.map(name =>
    parse(relative(repoRoot, join(srcDir, name)), readFileSync(join(srcDir, name), 'utf8'))
  )
  const errorClasses = errorClassesOf(sources)
  const byText = new Map<string, ErrorText>()
  for (const source of sources) {
    for (const text of errorTextsOf(source.fileName, source, errorClasses)) {
      if (!/[A-Za-z]/.test(text.parts.join(''))) continue
      if (text.parts.length === 1 && /^[\w-]+$/.test(text.parts[0] ?? '')) continue
      const shown = showText(text)
      if (!byText.has(shown)) byText.set(shown, text)
    }
  }
  return [...byText.values()]
}

/**
 * The code spans of a Markdown text (`x` or ``x``), whitespace collapsed, outside fenced blocks: where the
 * troubleshooting guide puts each text, with `{name}` (or anything) where the text has a wildcard.
 */
export function codeSpans(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
  return [...prose.matchAll(/(`+)([\s\S]+?)\1(?!`)/g)].map(match => normalizeSpace(match[2] ?? ''))
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether a code span documents a text: the span is the whole text, anything standing in for each wildcard. */
export function documents(span: string, text: Pick<ErrorText, 'parts'>): boolean {
  const last = text.parts.length - 1
  const pattern = text.parts
    .map((part, i) => {
      const spaced = part.replace(/\s+/g, ' ')
      return escapeRegExp(i === 0 ? spaced.trimStart() : i === last ? spaced.trimEnd() : spaced)
    })
    .join('.+?')
  return new RegExp(`^${pattern}$`).test(span)
}
