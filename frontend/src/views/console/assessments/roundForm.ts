// The form that opens a round: which agencies (a subtree — with or without its root — or agencies picked one by one),
// the period, and a re-check's earlier round; turned into the service's RoundIn.
import type { RoundIn } from '@/api/assessments'

export interface TreeAgency { id: number; children?: TreeAgency[] }

export interface RoundForm {
  system_id: number | null
  name: string
  kind: string
  period: [string, string] | null
  mode: 'subtree' | 'picked'
  subtree_of: number | null
  include_root: boolean
  agency_ids: number[]
  recheck_of_id: number | null
  previous_round_id: number | null
  issue_deadline_days: number
}

/** The ids of `rootId` (when `includeRoot`) and every agency below it in the directory tree, parents first. */
export function subtreeIds(tree: readonly TreeAgency[], rootId: number, includeRoot: boolean): number[] {
  const find = (nodes: readonly TreeAgency[]): TreeAgency | undefined => {
    for (const n of nodes) {
      if (n.id === rootId) return n
      const hit = find(n.children ?? [])
      if (hit) return hit
    }
    return undefined
  }
  const root = find(tree)
  if (!root) return []
  const out: number[] = includeRoot ? [root.id] : []
  const walk = (nodes: readonly TreeAgency[]) => nodes.forEach((n) => {
    out.push(n.id)
    walk(n.children ?? [])
  })
  walk(root.children ?? [])
  return out
}

/**
 * The request body: a subtree is `subtree_of` (with `include_root` for the agency itself); picked agencies are
 * listed (`agency_ids`).
 */
export function roundBody(form: RoundForm, tree: readonly TreeAgency[]): RoundIn {
  const body: RoundIn = {
    system_id: form.system_id as number,
    name: form.name.trim(),
    kind: form.kind as RoundIn['kind'],
    period_start: form.period?.[0] ?? '',
    period_end: form.period?.[1] ?? '',
    issue_deadline_days: form.issue_deadline_days,
    include_root: false,
  }
  if (form.mode === 'picked') body.agency_ids = [...form.agency_ids]
  else if (form.subtree_of !== null) {
    body.subtree_of = form.subtree_of
    body.include_root = form.include_root
  }
  if (form.kind === 'recheck' && form.recheck_of_id) body.recheck_of_id = form.recheck_of_id
  if (form.previous_round_id) body.previous_round_id = form.previous_round_id
  return body
}

/** The service's messages on a subtree's listed agencies (agency_ids.N) belong to the subtree field when the user
 * chose a subtree with its root. */
export function agencyField(form: Pick<RoundForm, 'mode' | 'include_root'>): 'agency_ids' | 'subtree_of' {
  return form.mode === 'picked' ? 'agency_ids' : 'subtree_of'
}
