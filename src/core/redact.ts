// Environment variables with names like these hold credentials: their values never reach logs or evidence.
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|_KEY)$/i
const MIN_SECRET_LENGTH = 4
// A whole line of text that is only the start or the end of a line of a multi-line secret (an output tail cut through
// a PEM key) is hidden from this length on; shorter pieces are too likely to be ordinary text.
const MIN_FRAGMENT_LENGTH = 8

/** Replaces secret values in text with `***`. */
export type Redactor = (text: string) => string

/** The redactor when no secret is known: callers may skip work (a scrub of the bundle) when they get this one. */
export const noRedaction: Redactor = text => text

/**
 * Builds a redactor from the environment (named secrets plus every variable whose name marks it as one) and from
 * `knownSecrets`, values release-gate holds whether or not a command gets them (the action's `secrets` input, tokens).
 */
export function redactorFor(
  env: Readonly<Record<string, string | undefined>>,
  secretNames: readonly string[],
  knownSecrets: readonly string[] = []
): Redactor {
  const secrets = new Set<string>(knownSecrets)
  for (const [name, value] of Object.entries(env))
    if (value && (secretNames.includes(name) || SECRET_NAME.test(name))) secrets.add(value)
  const forms = new Set<string>()
  const lines = new Set<string>()
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue
    for (const form of encodedForms(secret)) forms.add(form)
    // Each line of a multi-line secret on its own: a cut output or a line-by-line print still hides every line.
    const secretLines = secret.split(/\r?\n/)
    for (const line of secretLines) forms.add(line)
    if (secretLines.length > 1) for (const line of secretLines) lines.add(line)
  }
  // Longest first, so a secret containing another is replaced whole.
  const ordered = [...forms]
    .filter(form => form.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length)
  if (ordered.length === 0) return noRedaction
  const pattern = new RegExp(ordered.map(escapeRegExp).join('|'), 'g')
  const fragmentsOf = [...lines].filter(line => line.length >= MIN_FRAGMENT_LENGTH)
  return text => hideFragments(text.replace(pattern, '***'), fragmentsOf)
}

/**
 * The forms a secret takes when a command transforms it: base64 (with and without padding, and at each of the three
 * byte offsets inside a longer base64 text, as GitHub's runner masks them), URL-encoded (encodeURIComponent and
 * form encoding) and JSON-escaped.
 */
function encodedForms(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret)
  const base64 = toBase64(bytes)
  const forms = [secret, base64, base64.replace(/=+$/, '')]
  // Inside a longer base64 text the secret starts at a byte offset 0, 1 or 2 of a 3-byte group: skip to the next group
  // boundary and keep only the characters its bytes alone decide (no padding, no character shared with what follows).
  for (const skip of [1, 2]) {
    const tail = bytes.subarray(skip)
    forms.push(toBase64(tail).slice(0, Math.floor((tail.length * 4) / 3)))
  }
  forms.push(toBase64(bytes).slice(0, Math.floor((bytes.length * 4) / 3)))
  forms.push(encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2))
  forms.push(JSON.stringify(secret).slice(1, -1))
  return forms
}

/** Standard base64 (with padding) of bytes; core has no Buffer, and btoa takes a binary string. */
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Hides each whole line of `text` that is the start or the end of a multi-line secret's line (what a cut left). */
function hideFragments(text: string, secretLines: readonly string[]): string {
  if (secretLines.length === 0) return text
  return text
    .split('\n')
    .map(line => {
      const content = line.replace(/\r$/, '')
      if (content.length < MIN_FRAGMENT_LENGTH) return line
      const cut = secretLines.some(secret => secret.startsWith(content) || secret.endsWith(content))
      return cut ? line.replace(content, '***') : line
    })
    .join('\n')
}
