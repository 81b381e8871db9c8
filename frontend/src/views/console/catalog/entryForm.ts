// The entry editor's form: its fields as the form holds them, what it sends to create an entry, and which fields
// changed since the entry was loaded (an update sends only those, so an unchanged save starts no new version).
import type { Entry, EntryCreate, EntryUpdate } from '@/api/catalog'

/** Genres that normally carry policy (the service's default for `is_policy`; services/catalog/entries/schemas.py). */
export const POLICY_GENRES = new Set(['notice', 'opinion', 'decision', 'order', 'measures', 'provisions', 'rules', 'plan'])

export interface EntryForm {
  agency_id: number | null
  title: string
  genre: string
  disclosure_attribute: string
  not_disclosed_reason: string | null
  document_number: string
  written_on: string | null
  changed_on: string | null
  theme_code: string | null
  column_id: number | null
  keywords: string[]
  summary: string
  body_html: string
  validity: string
  expires_on: string | null
  abolished_on: string | null
  regulation_kind: string | null
  issued_on: string | null
  is_policy: boolean
  interpretation_form: string | null
  interprets: string[]
  standard_item_id: number | null
  source: string
  disclosure_scope: string
}

/** Every field the form shows, by the name the service reports errors under. */
export const FORM_FIELDS: ReadonlyArray<keyof EntryForm> = [
  'agency_id', 'title', 'genre', 'disclosure_attribute', 'not_disclosed_reason', 'document_number', 'written_on', 'changed_on',
  'theme_code', 'column_id', 'keywords', 'summary', 'body_html', 'validity', 'expires_on', 'abolished_on', 'regulation_kind',
  'issued_on', 'is_policy', 'interpretation_form', 'interprets', 'standard_item_id', 'source', 'disclosure_scope',
]

export function emptyForm(agencyId: number | null, genre = 'notice'): EntryForm {
  return {
    agency_id: agencyId, title: '', genre, disclosure_attribute: 'proactive', not_disclosed_reason: null, document_number: '',
    written_on: null, changed_on: null, theme_code: null, column_id: null, keywords: [], summary: '', body_html: '',
    validity: 'valid', expires_on: null, abolished_on: null, regulation_kind: null, issued_on: null,
    is_policy: POLICY_GENRES.has(genre), interpretation_form: null, interprets: [], standard_item_id: null, source: '',
    disclosure_scope: '',
  }
}

export function formFromEntry(e: Entry): EntryForm {
  return {
    agency_id: e.agency_id, title: e.title, genre: e.genre, disclosure_attribute: e.disclosure_attribute,
    not_disclosed_reason: e.not_disclosed_reason, document_number: e.document_number ?? '', written_on: e.written_on,
    changed_on: e.changed_on, theme_code: e.theme_code, column_id: e.column_id, keywords: [...e.keywords],
    summary: e.summary ?? '', body_html: e.body_html ?? '', validity: e.validity, expires_on: e.expires_on,
    abolished_on: e.abolished_on, regulation_kind: e.regulation_kind, issued_on: e.issued_on, is_policy: e.is_policy,
    interpretation_form: e.interpretation_form, interprets: e.interprets.map((p) => p.id),
    standard_item_id: e.standard_item_id, source: e.source ?? '', disclosure_scope: e.disclosure_scope ?? '',
  }
}

const text = (s: string) => s.trim() || null
const interpretation = (f: EntryForm) => f.genre === 'interpretation'

/** The form as the service takes it: blank text is null; fields that do not apply to the choices made are cleared. */
export function payload(f: EntryForm): Omit<EntryForm, 'document_number' | 'summary' | 'source' | 'disclosure_scope'> & {
  document_number: string | null; summary: string | null; source: string | null; disclosure_scope: string | null
} {
  return {
    ...f,
    title: f.title.trim(),
    document_number: text(f.document_number),
    summary: text(f.summary),
    source: text(f.source),
    disclosure_scope: text(f.disclosure_scope),
    keywords: [...new Set(f.keywords.map((k) => k.trim()).filter(Boolean))],
    not_disclosed_reason: f.disclosure_attribute === 'not_disclosed' ? f.not_disclosed_reason : null,
    abolished_on: f.validity === 'abolished' ? f.abolished_on : null,
    interpretation_form: interpretation(f) ? f.interpretation_form : null,
    interprets: interpretation(f) ? f.interprets : [],
  }
}

/** The body of POST /entries. `policyTouched`: the editor set "is a policy" itself (otherwise the genre decides). */
export function createBody(f: EntryForm, policyTouched: boolean): EntryCreate {
  const p = payload(f)
  const { changed_on: _changed, ...rest } = p
  return { ...rest, is_policy: policyTouched ? p.is_policy : null } as unknown as EntryCreate
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** The body of PATCH /entries/{id}: the version and the fields that differ from the loaded entry (null if none). */
export function updateBody(f: EntryForm, loaded: Entry): EntryUpdate | null {
  const now = payload(f)
  const before = payload(formFromEntry(loaded))
  const changes: Record<string, unknown> = {}
  for (const key of FORM_FIELDS) {
    if (key === 'agency_id') continue
    if (!same(now[key], before[key])) changes[key] = now[key]
  }
  return Object.keys(changes).length ? ({ version: loaded.version, ...changes } as EntryUpdate) : null
}
