/** A node in the deploy order: a service id and the ids it must follow. */
export interface OrderedItem {
  id: string
  after: readonly string[]
}

/**
 * Groups services into deploy levels: every service comes after everything it names in `after`, and services
 * within one level are independent (they may deploy concurrently). Throws on unknown names and cycles.
 */
export function deployLevels(items: readonly OrderedItem[]): string[][] {
  const ids = new Set(items.map(i => i.id))
  for (const item of items) {
    for (const dependency of item.after) {
      if (!ids.has(dependency))
        throw new Error(`services.${item.id}.after names unknown service '${dependency}'.`)
      if (dependency === item.id) throw new Error(`services.${item.id}.after names the service itself.`)
    }
  }
  const levels: string[][] = []
  const placed = new Set<string>()
  while (placed.size < items.length) {
    const level = items.filter(i => !placed.has(i.id) && i.after.every(d => placed.has(d))).map(i => i.id)
    if (level.length === 0) {
      const stuck = items.filter(i => !placed.has(i.id)).map(i => i.id)
      throw new Error(`services form a cycle through 'after': ${stuck.join(', ')}.`)
    }
    level.forEach(id => placed.add(id))
    levels.push(level)
  }
  return levels
}

/** Rollback order: the reverse of deploy order (dependants first). */
export function rollbackOrder(levels: readonly string[][], only?: ReadonlySet<string>): string[] {
  return [...levels]
    .reverse()
    .flatMap(level => [...level].reverse())
    .filter(id => !only || only.has(id))
}
