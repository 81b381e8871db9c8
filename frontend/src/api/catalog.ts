import type { components } from './schema/catalog'
import { download, http, upload, type Page } from './http'

type S = components['schemas']
export type AgencySummary = S['AgencySummary']
export type Agency = S['AgencyOut']
export type AgencyCreate = S['AgencyCreate']
export type AgencyUpdate = S['AgencyUpdate']
export type AgencyTreeNode = S['AgencyTreeNode']
export type AgencyHistory = S['AgencyHistoryOut']

// --- catalog entries ------------------------------------------------------------------------------------------
export type EntrySummary = S['EntrySummary']
export type Entry = S['EntryOut']
export type EntryActionName = S['EntryActionName']
export type EntryCreate = S['EntryCreate']
export type EntryUpdate = S['EntryUpdate']
export type EntryLink = S['EntryLink']
export type EntryAttachment = S['AttachmentOut']
export type EntryVersion = S['VersionOut']
export type EntryHistory = S['HistoryOut']
export type LateEntry = S['LateEntryOut']
export type Timeliness = S['Timeliness']

export type PublicEntry = S['PublicEntryOut']
/** A published policy that no published interpretation explains (GET /policies/uninterpreted). */
export type UninterpretedPolicy = S['PolicyOut']
/** A published annual report (GET /public/annual-reports). */
export type AnnualReportItem = S['PublicListItem']

export interface EntryQuery {
  agency_id?: number
  include_subordinates?: boolean
  status?: string
  genre?: string
  theme_code?: string
  column_id?: number
  disclosure_attribute?: string
  q?: string
  late?: boolean
  pending_changes?: boolean
  awaiting_my_review?: boolean
  page: number
  size: number
}

/** Workflow steps an entry takes (POST /entries/{id}/<path>); `actions` of an entry names which are allowed now. */
export type EntryStep = 'submit' | 'withdraw' | 'discard-changes' | 'return' | 'approve' | 'revoke'

// --- search ---------------------------------------------------------------------------------------------------

/** One search hit. `title_html` and `snippet_html` are HTML-escaped with the matched words in <em>. */
export type SearchHit = S['SearchHit']
export type FacetValue = S['FacetValue']
export type SearchFacets = S['Facets']
export type SearchPage = S['SearchPage']
export type LatestItem = S['LatestItem']

export interface SearchQuery {
  q?: string
  agency_id?: number
  include_subordinates?: boolean
  column_id?: number
  /** a top-level theme code ("11") includes its subthemes; "11.02" matches exactly */
  theme?: string
  genre?: string
  validity?: string
  disclosure_attribute?: string
  year?: number
  published_from?: string
  published_to?: string
  written_from?: string
  written_to?: string
  sort?: 'relevance' | 'date'
  facets?: boolean
  page: number
  size: number
}

// --- taxonomy, columns, standard directory ----------------------------------------------------------------------

export type Theme = S['ThemeOut']
export type ThemeNode = S['ThemeNode']
export type ThemeCreate = S['ThemeCreate']
export type ThemeUpdate = S['ThemeUpdate']
export type ColumnNode = S['ColumnNode']
export type CatalogColumn = S['ColumnOut']
export type ColumnCreate = S['ColumnCreate']
export type ColumnUpdate = S['ColumnUpdate']
export type ColumnMergeResult = S['ColumnMergeOut']
export type DuplicateColumnGroup = S['DuplicateGroup']
export type StandardArea = S['AreaOut']
export type StandardItem = S['ItemNode']
export type StandardItemCreate = S['ItemCreate']
export type StandardItemUpdate = S['ItemUpdate']
export type CopyResult = S['CopyResult']
export type Coverage = S['CoverageOut']
export type CoverageRow = S['CoverageItem']

// --- exchange (bulk import) ------------------------------------------------------------------------------------

export type ImportJob = S['ImportJobOut']
export type ImportRowError = S['ImportRowErrorOut']

const base = '/api/v1/catalog'

export interface AgencyQuery {
  parent_id?: number
  within?: number
  q?: string
  level?: string
  kind?: string
  accepts_requests?: boolean
  include_inactive?: boolean
  page: number
  size: number
}

/** The Atom feed of one agency's published entries (linked from its page for feed readers and other platforms). */
export const agencyFeedUrl = (agencyId: number) => `${base}/feeds/agencies/${agencyId}.atom`
export const columnFeedUrl = (columnId: number) => `${base}/feeds/columns/${columnId}.atom`

export const catalogApi = {
  agencies: (query: AgencyQuery) => http.get<Page<AgencySummary>>(`${base}/agencies`, { ...query }),
  agencyTree: (rootId?: number) => http.get<AgencyTreeNode[]>(`${base}/agencies/tree`, { root_id: rootId }),
  agency: (id: number) => http.get<Agency>(`${base}/agencies/${id}`),
  agencyHistory: (id: number) => http.get<AgencyHistory[]>(`${base}/agencies/${id}/history`),
  createAgency: (body: AgencyCreate, idempotencyKey: string) =>
    http.post<Agency>(`${base}/agencies`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  updateAgency: (id: number, body: AgencyUpdate) => http.patch<Agency>(`${base}/agencies/${id}`, body),
  moveAgency: (id: number, body: S['AgencyMove']) => http.post<Agency>(`${base}/agencies/${id}/move`, body),
  deactivateAgency: (id: number, body: S['AgencyDeactivate']) => http.post<Agency>(`${base}/agencies/${id}/deactivate`, body),
  reactivateAgency: (id: number, version: number) => http.post<Agency>(`${base}/agencies/${id}/reactivate`, { version }),

  // entries (staff)
  entries: (query: EntryQuery) => http.get<Page<EntrySummary>>(`${base}/entries`, { ...query }),
  entry: (id: string) => http.get<Entry>(`${base}/entries/${id}`),
  createEntry: (body: EntryCreate, idempotencyKey: string) =>
    http.post<Entry>(`${base}/entries`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  updateEntry: (id: string, body: EntryUpdate) => http.patch<Entry>(`${base}/entries/${id}`, body),
  entryStep: (id: string, step: EntryStep, body: { version: number } & Record<string, unknown>) =>
    http.post<Entry>(`${base}/entries/${id}/${step}`, body),
  entryVersions: (id: string) => http.get<EntryVersion[]>(`${base}/entries/${id}/versions`),
  entryHistory: (id: string) => http.get<EntryHistory[]>(`${base}/entries/${id}/history`),
  uploadEntryAttachment: (id: string, file: File, title: string | null, onProgress: (f: number) => void, signal?: AbortSignal) =>
    upload<Entry>(`${base}/entries/${id}/attachments`, file, { query: { filename: file.name, title: title || undefined }, onProgress, signal }),
  removeEntryAttachment: (id: string, attachmentId: string, version: number) =>
    http.delete<Entry>(`${base}/entries/${id}/attachments/${attachmentId}`, { query: { version } }),
  downloadEntryAttachment: (entryId: string, attachmentId: string, filename: string) =>
    download(`${base}/entries/${entryId}/attachments/${attachmentId}`, filename),
  timeliness: (query: { kind: 'late' | 'pending'; agency_id?: number; include_subordinates?: boolean; year?: number; page: number; size: number }) =>
    http.get<Page<LateEntry>>(`${base}/timeliness`, { ...query }),
  uninterpreted: (query: { agency_id?: number; include_subordinates?: boolean; page: number; size: number }) =>
    http.get<Page<UninterpretedPolicy>>(`${base}/policies/uninterpreted`, { ...query }),
  staffSearch: (query: SearchQuery & { status?: string }) => http.get<SearchPage>(`${base}/entries/search`, { ...query }),

  // the public (no login)
  publicEntry: (id: string) => http.get<PublicEntry>(`${base}/public/entries/${id}`, undefined, { anonymous: true }),
  publicEntryByIndex: (indexNumber: string) =>
    http.get<PublicEntry>(`${base}/public/entries/by-index`, { index_number: indexNumber }, { anonymous: true }),
  search: (query: SearchQuery) => http.get<SearchPage>(`${base}/search`, { ...query }, { anonymous: true }),
  annualReports: (query: { agency_id?: number; include_subordinates?: boolean; page: number; size: number }) =>
    http.get<Page<AnnualReportItem>>(`${base}/public/annual-reports`, { ...query }, { anonymous: true }),
  latest: (query: { agency_id?: number; include_subordinates?: boolean; size?: number } = {}) =>
    http.get<{ items: LatestItem[] }>(`${base}/latest`, { ...query }, { anonymous: true }).then((r) => r.items),

  // themes (主题分类) and columns (组配分类)
  themes: (includeInactive = false) => http.get<ThemeNode[]>(`${base}/themes`, { include_inactive: includeInactive || undefined }),
  createTheme: (body: ThemeCreate) => http.post<Theme>(`${base}/themes`, body),
  updateTheme: (code: string, body: ThemeUpdate) => http.patch<Theme>(`${base}/themes/${encodeURIComponent(code)}`, body),
  columns: (agencyId: number, includeInactive = false) =>
    http.get<ColumnNode[]>(`${base}/columns`, { agency_id: agencyId, include_inactive: includeInactive || undefined }),
  createColumn: (body: ColumnCreate, idempotencyKey: string) =>
    http.post<CatalogColumn>(`${base}/columns`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  updateColumn: (id: number, body: ColumnUpdate) => http.patch<CatalogColumn>(`${base}/columns/${id}`, body),
  deleteColumn: (id: number, version: number) => http.delete<void>(`${base}/columns/${id}`, { query: { version } }),
  deactivateColumn: (id: number, version: number) => http.post<CatalogColumn>(`${base}/columns/${id}/deactivate`, { version }),
  reactivateColumn: (id: number, version: number) => http.post<CatalogColumn>(`${base}/columns/${id}/reactivate`, { version }),
  mergeColumn: (id: number, version: number, targetId: number) =>
    http.post<ColumnMergeResult>(`${base}/columns/${id}/merge`, { version, target_id: targetId }),
  duplicateColumns: (agencyId: number) => http.get<DuplicateColumnGroup[]>(`${base}/columns/duplicates`, { agency_id: agencyId }),

  // standard directory (政务公开事项标准目录)
  standardAreas: (includeInactive = false) => http.get<StandardArea[]>(`${base}/standard-areas`, { include_inactive: includeInactive || undefined }),
  createStandardArea: (body: S['AreaCreate']) => http.post<StandardArea>(`${base}/standard-areas`, body),
  updateStandardArea: (code: string, body: S['AreaUpdate']) => http.patch<StandardArea>(`${base}/standard-areas/${code}`, body),
  standardItems: (agencyId: number, includeInactive = false) =>
    http.get<StandardItem[]>(`${base}/standard-items`, { agency_id: agencyId, include_inactive: includeInactive || undefined }),
  createStandardItem: (body: StandardItemCreate, idempotencyKey: string) =>
    http.post<S['ItemOut']>(`${base}/standard-items`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  copyStandardItems: (body: S['ItemCopy']) => http.post<CopyResult>(`${base}/standard-items/copy`, body),
  updateStandardItem: (id: number, body: StandardItemUpdate) => http.patch<S['ItemOut']>(`${base}/standard-items/${id}`, body),
  deactivateStandardItem: (id: number, version: number) => http.post<S['ItemOut']>(`${base}/standard-items/${id}/deactivate`, { version }),
  reactivateStandardItem: (id: number, version: number) => http.post<S['ItemOut']>(`${base}/standard-items/${id}/reactivate`, { version }),
  coverage: (agencyId: number, from: string, to: string, areaCode?: string) =>
    http.get<Coverage>(`${base}/standard-items/coverage`, { agency_id: agencyId, from, to, area_code: areaCode }),

  // bulk import with progress (the file is the request body; the job runs in the background)
  startImport: (file: File, q: { format: string; mode: string; agency_id?: number }, idempotencyKey: string, onProgress: (f: number) => void) =>
    upload<ImportJob>(`${base}/imports`, file, { query: { ...q, filename: file.name }, headers: { 'Idempotency-Key': idempotencyKey }, onProgress }),
  importJobs: (page = 1, size = 20) => http.get<Page<ImportJob>>(`${base}/imports`, { page, size }),
  importJob: (id: string) => http.get<ImportJob>(`${base}/imports/${id}`),
  exportEntries: (q: { format: string; agency_id?: number; include_subordinates?: boolean; since?: string; until?: string }) =>
    download(`${base}/export`, `catalog.${q.format}`, { query: { ...q } }),
  importErrors: (id: string, page = 1, size = 50) => http.get<Page<ImportRowError>>(`${base}/imports/${id}/errors`, { page, size }),
}
