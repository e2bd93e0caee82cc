/**
 * Text for a log that a GitHub runner reads. The runner takes every line of a step's stdout and stderr (it ends a
 * line at LF and at a lone CR) as a workflow command when, leading whitespace trimmed, it starts with `::`
 * (`::warning::`, `::add-mask::`, `::stop-commands::`), or when it holds `##[` anywhere (the older form,
 * `##[error]`). Untrusted text (command output, probe responses, an approver's comment, commit subjects, PR titles,
 * errors quoting any of them) must not be able to issue one: each such line gets a zero-width space (U+200B, not
 * whitespace to the runner or to JavaScript) inside the marker, so it reads the same and does nothing.
 */

/** An invisible, non-whitespace character placed inside a command marker to break it. */
export const COMMAND_BREAK = '\u200b'

// The runner's line ends: CR LF, LF, and a lone CR.
const LINE_END = /\r\n|\r|\n/

/** `text` with every line the runner would split it into made inert as a workflow command; lines joined by LF. */
export function inertToWorkflowCommands(text: string): string {
  return text
    .split(LINE_END)
    .map(line =>
      line
        // Wider than .NET's whitespace (which counts NEL, U+0085), so no leading character can hide the marker.
        .replace(/^([\s\p{Z}\p{Cc}]*)::/u, `$1:${COMMAND_BREAK}:`)
        .replace(/##\[/g, `##${COMMAND_BREAK}[`)
    )
    .join('\n')
}
