// Environment variables with names like these hold credentials: their values never reach logs or evidence.
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|_KEY)$/i
const MIN_SECRET_LENGTH = 4

/** Replaces secret values in text with `***`. */
export type Redactor = (text: string) => string

/** The redactor when no secret is known: callers may skip work (a scrub of the bundle) when they get this one. */
export const noRedaction: Redactor = text => text

/** Builds a redactor from the environment: named secrets plus every variable whose name marks it as one. */
export function redactorFor(env: NodeJS.ProcessEnv, secretNames: readonly string[]): Redactor {
  const values = new Set<string>()
  for (const [name, value] of Object.entries(env)) {
    if (!value || value.length < MIN_SECRET_LENGTH) continue
    if (secretNames.includes(name) || SECRET_NAME.test(name)) values.add(value)
  }
  // Longest first, so a secret containing another is replaced whole.
  const ordered = [...values].sort((a, b) => b.length - a.length)
  if (ordered.length === 0) return noRedaction
  return text => ordered.reduce((redacted, secret) => redacted.split(secret).join('***'), text)
}
