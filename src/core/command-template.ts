import { parse } from 'shell-quote'
import type { CommandSpec } from './config.js'

/** Values substituted into command words. Each stays inside the word it appears in: never split, never shell-evaluated. */
export interface TemplateVars {
  tag: string
  env: string
  previous: string
  evidence: string
  service: string
  /** Progressive rollouts: the traffic percentage of this step ('100' outside a rollout). */
  weight?: string
  /** Rolling updates: the batch number (1-based; '' outside a rolling update). */
  batch?: string
  /** The rollout step number (1-based; '' outside a rollout). */
  step?: string
  /** Blue/green: the colour being deployed ('' otherwise). */
  color?: string
  /** Rolling updates: instances (or a percentage) that may be down at once ('' otherwise). */
  unavailable?: string
}

/**
 * Every placeholder, with its value where no step sets it: the one list the tokenizer accepts, `renderArgv`
 * substitutes and docs/config.md's placeholder table is checked against.
 */
export const PLACEHOLDERS: readonly { name: keyof TemplateVars; unset: string }[] = [
  { name: 'tag', unset: '' },
  { name: 'env', unset: '' },
  { name: 'previous', unset: '' },
  { name: 'evidence', unset: '' },
  { name: 'service', unset: '' },
  { name: 'weight', unset: '100' },
  { name: 'batch', unset: '' },
  { name: 'step', unset: '' },
  { name: 'color', unset: '' },
  { name: 'unavailable', unset: '' }
]

const KNOWN_VARS: ReadonlySet<string> = new Set(PLACEHOLDERS.map(p => p.name))
const UNSET = new Map(PLACEHOLDERS.map(p => [p.name, p.unset]))
const PLACEHOLDER_PATTERN = new RegExp(`\\$\\{(${PLACEHOLDERS.map(p => p.name).join('|')})\\}`, 'g')

/**
 * Splits a config command into argv words at load time. Shell operators, globs, command substitution and
 * environment expansion are refused: the words go to execve as they are, so the config must not rely on a shell.
 */
export function tokenizeCommand(spec: CommandSpec): string[] {
  if (Array.isArray(spec)) {
    if (spec.length === 0) throw new Error('Empty command.')
    for (const word of spec) checkPlaceholders(word)
    return [...spec]
  }
  const words: string[] = []
  // shell-quote calls this for $NAME / ${NAME}; keep the text literal so our own substitution sees it.
  const tokens = parse(spec, name => `\${${name}}`)
  for (const token of tokens) {
    if (typeof token === 'string') {
      words.push(token)
      continue
    }
    if ('comment' in token) break
    const shown = 'pattern' in token ? token.pattern : token.op
    throw new Error(
      `Command ${JSON.stringify(spec)} uses shell syntax '${shown}'. release-gate runs commands without a shell; ` +
        `wrap the logic in a script, or write the command as an argv array.`
    )
  }
  if (words.length === 0) throw new Error(`Empty command ${JSON.stringify(spec)}.`)
  for (const word of words) checkPlaceholders(word)
  return words
}

function checkPlaceholders(word: string): void {
  for (const match of word.matchAll(/\$\{([^}]*)\}/g)) {
    const name = match[1] as string
    if (KNOWN_VARS.has(name)) continue
    const known = `${[...KNOWN_VARS].map(v => `\${${v}}`).join(', ')}.`
    const unknown = `Unknown placeholder '\${${name}}' in ${JSON.stringify(word)}`
    // `$HOME` reaches here as `${HOME}` (see tokenizeCommand): say why it stays literal and how to pass it instead.
    throw new Error(
      /^[A-Z_][A-Z0-9_]*$/.test(name)
        ? `${unknown}: environment variables are not expanded in commands. Read ${name} in the script the command ` +
            `runs, or run it as sh -c '… "$${name}" …' (no braces); a command gets ${name} only if it is allowlisted ` +
            `or listed in pass-env (CLI: --pass-env ${name}). Placeholders: ${known}`
        : `${unknown}. Known: ${known}`
    )
  }
}

/** Substitutes `${tag}` and friends inside each word; one word in, one word out. */
export function renderArgv(words: readonly string[], vars: TemplateVars): string[] {
  return words.map(word => renderText(word, vars))
}

/** One text (a URL, a query, an expected value) with its placeholders substituted, as it is used. */
export function renderText(text: string, vars: TemplateVars): string {
  return text.replace(
    PLACEHOLDER_PATTERN,
    (_, name: keyof TemplateVars) => vars[name] ?? UNSET.get(name) ?? ''
  )
}

/** True when any word uses `${previous}`: the command needs a known rollback target. */
export function usesPrevious(words: readonly string[]): boolean {
  return words.some(word => word.includes('${previous}'))
}
