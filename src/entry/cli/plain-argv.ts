import { OPTIONS, type Values } from './args.js'

/** What `util.parseArgs` (strict, positionals allowed, `OPTIONS`) makes of an argv. */
export interface ParsedArgv {
  values: Values
  positionals: string[]
}

type OptionName = keyof typeof OPTIONS

const SHORT_NAMES = new Map<string, OptionName>(
  Object.entries(OPTIONS).flatMap(([name, option]) =>
    'short' in option ? [[option.short, name as OptionName] as const] : []
  )
)

/**
 * An argv in the forms people type (`--flag value`, `--flag=value`, `--switch`, `-h`, `-v`, `--`, positionals) read the
 * way `util.parseArgs` reads it, without loading `node:util` (its argument parser is some 2 ms of the CLI's start).
 * Anything else (an unknown flag, a flag's value that starts with `-`, short flags run together, a switch given a
 * value) is null: the caller hands it to `util.parseArgs`, which has the last word and words every refusal. Pure.
 */
export function parsePlainArgv(args: readonly string[]): ParsedArgv | null {
  // parseArgs gives its values no prototype: `values.constructor` is not a flag.
  const values: Record<string, string | boolean | string[]> = Object.create(null) as Record<string, never>
  const positionals: string[] = []
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string
    if (arg === '--') {
      positionals.push(...args.slice(index + 1))
      break
    }
    if (arg.length < 2 || !arg.startsWith('-')) {
      positionals.push(arg)
      continue
    }
    let name: string | undefined
    let inline: string | undefined
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=')
      name = equals < 0 ? arg.slice(2) : arg.slice(2, equals)
      inline = equals < 0 ? undefined : arg.slice(equals + 1)
    } else if (arg.length === 2) name = SHORT_NAMES.get(arg.slice(1))
    if (name === undefined || !Object.hasOwn(OPTIONS, name)) return null
    const option: { type: 'string' | 'boolean'; multiple?: boolean } = OPTIONS[name as OptionName]
    let value: string | true
    if (option.type === 'boolean') {
      if (inline !== undefined) return null
      value = true
    } else if (inline !== undefined) value = inline
    else {
      const next = args[index + 1]
      if (next === undefined || next.startsWith('-')) return null
      value = next
      index += 1
    }
    if (option.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value as string]
    else values[name] = value
  }
  return { values, positionals }
}
