/** Same rule as kernel.auth.Principal.has: "*" grants everything, "<service>.*" everything of one service. */
export function hasPermission(granted: readonly string[], permission: string): boolean {
  if (granted.includes('*') || granted.includes(permission)) return true
  const service = permission.split('.', 1)[0]
  return granted.includes(`${service}.*`)
}

/** A route or button requirement: one permission, or any of several. */
export type Requirement = string | readonly string[] | undefined

export function satisfies(granted: readonly string[], need: Requirement): boolean {
  if (!need || (Array.isArray(need) && need.length === 0)) return true
  const list: readonly string[] = typeof need === 'string' ? [need] : need
  return list.some((p) => hasPermission(granted, p))
}
