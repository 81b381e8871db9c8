// Evidence (证据) of a score, an issue or an answer: a note, a web address, or an uploaded file. The editor keeps
// the file's name beside its id (the service stores only the id), sends exactly what the service takes, and reads
// the stored evidence back for display.
import type { EvidenceIn } from '@/api/assessments'

export type EvidenceKind = 'note' | 'url' | 'file'

export interface EvidenceItem {
  key: number
  kind: EvidenceKind
  text: string
  url: string
  file_id: string | null
  filename: string
  /** 0–100 while uploading */
  progress: number | null
  /** an upload that failed */
  error: string
}

let seq = 0

export function newEvidence(kind: EvidenceKind, init: Partial<EvidenceItem> = {}): EvidenceItem {
  return { key: ++seq, kind, text: '', url: '', file_id: null, filename: '', progress: null, error: '', ...init }
}

/** An item still being uploaded (the form waits for it). */
export function uploading(items: readonly EvidenceItem[]): boolean {
  return items.some((e) => e.kind === 'file' && e.progress !== null && e.progress < 100 && !e.error)
}

/**
 * The request's evidence: empty notes and addresses and failed uploads are left out. `indexes` maps each sent item
 * back to its place in the editor, so an error on `evidence.1.url` is shown beside the right item.
 */
export function evidencePayload(items: readonly EvidenceItem[]): { evidence: EvidenceIn[]; indexes: number[] } {
  const evidence: EvidenceIn[] = []
  const indexes: number[] = []
  items.forEach((e, i) => {
    if (e.kind === 'note' && e.text.trim()) evidence.push({ kind: 'note', text: e.text.trim() })
    else if (e.kind === 'url' && e.url.trim()) evidence.push({ kind: 'url', url: e.url.trim() })
    else if (e.kind === 'file' && e.file_id) evidence.push({ kind: 'file', file_id: e.file_id })
    else return
    indexes.push(i)
  })
  return { evidence, indexes }
}

/**
 * The service's errors on `evidence.<n>…` (n counts the items sent) as messages by the editor's own index.
 * Other fields are left out.
 */
export function evidenceErrors(fieldErrors: Record<string, string>, indexes: readonly number[], prefix = 'evidence'): Record<number, string> {
  const out: Record<number, string> = {}
  for (const [field, message] of Object.entries(fieldErrors)) {
    const m = new RegExp(`^${prefix}\\.(\\d+)(\\.|$)`).exec(field)
    if (!m) continue
    const at = indexes[Number(m[1])] ?? Number(m[1])
    out[at] = out[at] ? `${out[at]}；${message}` : message
  }
  return out
}

/** Stored evidence ({kind, text|url|file_id}) as editor items (to show them, or to start an edit from them). */
export function fromStored(stored: ReadonlyArray<Record<string, unknown>> | null | undefined): EvidenceItem[] {
  return (stored ?? []).flatMap((e) => {
    const kind = e.kind
    if (kind === 'note' && typeof e.text === 'string') return [newEvidence('note', { text: e.text })]
    if (kind === 'url' && typeof e.url === 'string') return [newEvidence('url', { url: e.url })]
    if (kind === 'file' && typeof e.file_id === 'string') {
      return [newEvidence('file', { file_id: e.file_id, filename: typeof e.filename === 'string' ? e.filename : '', progress: 100 })]
    }
    return []
  })
}

/** Whether a web address is one the service accepts (http:// or https://). */
export function validUrl(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url.trim())
}
