import type { components } from './schema/statistics'
import { download, http, request, type Page } from './http'

type S = components['schemas']
export type RequestDashboard = S['RequestDashboard']
export type CatalogDashboard = S['CatalogDashboard']
export type ReportSummary = S['ReportSummary']
export type Report = S['ReportOut']
export type ReportActionName = S['ReportActionName']
export type Violation = S['ViolationOut']
export type DeadlineReport = S['DeadlineReport']
export type CheckResult = S['CheckResult']
export type ReportScope = 'agency' | 'rollup'

const base = '/api/v1/statistics'

export interface DashboardQuery { agency_id: number; start?: string; end?: string; scope?: ReportScope }

export const statisticsApi = {
  requestDashboard: (q: DashboardQuery) => http.get<RequestDashboard>(`${base}/dashboards/requests`, { ...q }),
  catalogDashboard: (q: DashboardQuery) => http.get<CatalogDashboard>(`${base}/dashboards/catalog`, { ...q }),

  reports: (q: { year?: number; status?: string; agency_id?: number; scope?: string; page: number; size: number }) =>
    http.get<Page<ReportSummary>>(`${base}/reports`, { ...q }),
  createReport: (body: { agency_id: number; year: number; scope: ReportScope }) => http.post<Report>(`${base}/reports`, body),
  report: (id: number) => http.get<Report>(`${base}/reports/${id}`),
  updateReport: (id: number, body: S['ReportUpdate']) => http.patch<Report>(`${base}/reports/${id}`, body),
  drafts: (id: number) => http.get<S['DraftTexts']>(`${base}/reports/${id}/drafts`),
  transition: (id: number, action: 'submit' | 'accept' | 'publish' | 'return', version: number, comment: string | null) =>
    http.post<Report>(`${base}/reports/${id}/${action}`, { version, comment }),
  history: (id: number) => http.get<Array<Record<string, unknown>>>(`${base}/reports/${id}/history`),
  /** The report rendered as HTML by the service (the official tables with their exact labels). */
  reportHtml: (id: number) => request<string>('GET', `${base}/reports/${id}/export.html`, { headers: { Accept: 'text/html' } }),
  exportReport: (id: number, kind: 'docx' | 'xlsx' | 'pdf' | 'html', name: string) => download(`${base}/reports/${id}/export.${kind}`, `${name}.${kind}`),
  deadlines: (q: { year: number; within?: number; only_overdue?: boolean; page: number; size: number }) =>
    http.get<DeadlineReport>(`${base}/reports/deadlines`, { ...q }),
  check: (file: File, previous?: File) => {
    const form = new FormData()
    form.append('file', file)
    if (previous) form.append('previous', previous)
    return request<CheckResult>('POST', `${base}/checker`, { body: form })
  },
}
