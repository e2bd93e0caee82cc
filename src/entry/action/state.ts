/** State the main step saves for the post step, which uploads evidence a killed or cancelled main step left behind. */
export const STATE = {
  evidenceDir: 'evidence-dir',
  interruptedName: 'interrupted-artifact-name',
  retentionDays: 'retention-days',
  uploaded: 'uploaded'
} as const
