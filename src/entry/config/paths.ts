import { ConfigError, UsageError } from '../../core/errors.js'
import type { ReleaseConfig } from '../../core/config.js'
import { workspaceFileProblem, workspaceFolderProblem } from '../../adapters/workspace-paths.js'

/** An evidence folder given outside the config (the CLI's --evidence-dir, the action's input), and what to call it. */
export interface EvidenceDirOverride {
  path: string
  /** How a message names it: `--evidence-dir`, `Invalid input 'evidence-dir'`. */
  label: string
}

/**
 * Refuses, before any command runs, an evidence or state folder that the file system would lead out of the workspace
 * (a symbolic link on the way), that is the workspace itself, or that holds a git repository: archiving moves the
 * evidence folder, restoring replaces it, and the action uploads it. The config's lexical check cannot see links.
 */
export async function confineFolders(
  config: ReleaseConfig,
  override: EvidenceDirOverride | undefined,
  workspace: string = process.cwd()
): Promise<void> {
  const evidenceDir = override?.path ?? config.evidenceDir
  const problems: { label: string; problem: string }[] = []
  const evidenceLabel = override?.label ?? '$.evidence-dir'
  const evidenceProblem = await workspaceFolderProblem(workspace, evidenceDir)
  if (evidenceProblem) problems.push({ label: evidenceLabel, problem: `the path ${evidenceProblem}` })
  else {
    // A new release moves an earlier bundle to <evidence-dir>-archive, and a manual rollback writes its own bundle
    // under <evidence-dir>-rollbacks: both must stay in the workspace too.
    const base = evidenceDir.replace(/[\\/]+$/, '')
    for (const [what, folder] of [
      ['archive', `${base}-archive`],
      ['rollback bundles', `${base}-rollbacks`]
    ] as const) {
      const folderProblem = await workspaceFileProblem(workspace, folder)
      if (folderProblem)
        problems.push({ label: evidenceLabel, problem: `its ${what} ${folder} ${folderProblem}` })
    }
  }
  const stateProblem = await workspaceFolderProblem(workspace, config.stateDir)
  if (stateProblem) problems.push({ label: '$.state-dir', problem: `the path ${stateProblem}` })
  const fromConfig = problems.filter(p => p.label.startsWith('$.'))
  const fromInput = problems.find(p => !p.label.startsWith('$.'))
  if (fromInput) throw new UsageError(`${fromInput.label}: ${fromInput.problem}.`)
  if (fromConfig.length > 0)
    throw new ConfigError(
      config.sourcePath,
      fromConfig.map(p => `${p.label}: ${p.problem}`)
    )
}
