// Supervision (测评考核) under /api/v1/statistics/assessments: indicator systems, rounds and their scores, results and
// the circular, the rectification list (整改清单), evidence files, daily monitoring, notices and self-inspection reports.
import type { components } from './schema/statistics'
import { download, http, upload, type Page } from './http'

type S = components['schemas']
export type SystemSummary = S['SystemSummary']
export type IssueSummary = S['IssueSummary']
export type System = S['SystemOut']
export type SystemIn = S['SystemIn-Input']
export type SystemExample = S['SystemIn-Output']
export type SystemActionName = S['SystemActionName']
export type Indicator = S['IndicatorOut']
export type RoundSummary = S['RoundSummary']
export type Round = S['RoundOut']
export type RoundIn = S['RoundIn']
export type RoundActionName = S['RoundActionName']
export type RoundAgency = S['RoundAgencyOut']
export type Score = S['ScoreOut']
export type ManualScoreIn = S['ManualScoreIn']
export type RoundResults = S['RoundResults']
export type AgencyResult = S['AgencyResult']
export type Issue = S['IssueOut']
export type IssueIn = S['IssueIn']
export type IssueActionName = S['IssueActionName']
export type IssueStep = S['IssueStepOut']
export type EvidenceIn = S['EvidenceIn']
export type EvidenceFile = S['FileOut']
export type Circular = S['CircularOut']
export type CircularIn = S['CircularIn']
export type SelfInspection = S['SelfInspectionOut']
export type SelfInspectionIn = S['SelfInspectionIn']
export type Monitor = S['MonitorOut']
export type MonitorIn = S['MonitorIn']
export type MonitorCheck = S['MonitorCheck']

/** A measure the platform can take of an agency's work (GET /assessments/measures). */
export interface MeasureParam {
  default: number
  min: number
  max: number
  label: string
  label_en: string
}
export interface Measure {
  code: string
  label: string
  label_en: string
  kind: 'ratio' | 'count' | 'flag'
  /** the issue category points lost on it are recorded as */
  category: string
  /** the rule keys that suit it: ratio, thresholds_ratio, thresholds_count, deduction, veto */
  rules: string[]
  params: Record<string, MeasureParam>
}

/** What a measure found for an agency, stored with the round (RoundMeasure.value). */
export interface MeasuredValue {
  numerator?: number
  denominator?: number
  ratio?: number | null
  count?: number | null
  details?: Array<{ ref?: string; title: string; note?: string }>
  [extra: string]: unknown
}

/** An in-app notice to the agency's staff (a new issue, a returned answer). */
export interface AssessmentNotice {
  id: number
  issue_id: number | null
  kind: string
  message: string
  created_at: string
  read_at: string | null
}

export interface IssueQuery {
  round_id?: number
  agency_id?: number
  status?: string[]
  category?: string
  source?: string
  overdue?: boolean
  page: number
  size: number
}

const base = '/api/v1/statistics/assessments'

export const assessmentsApi = {
  measures: () => http.get<Measure[]>(`${base}/measures`),
  example: (year: number, quarter: number | null) => http.get<SystemExample>(`${base}/templates/example`, { year, quarter }),

  systems: (q: { year?: number; status?: string; page: number; size: number }) => http.get<Page<SystemSummary>>(`${base}/systems`, { ...q }),
  system: (id: number) => http.get<System>(`${base}/systems/${id}`),
  createSystem: (body: SystemIn) => http.post<System>(`${base}/systems`, body),
  updateSystem: (id: number, body: SystemIn, version: number) => http.put<System>(`${base}/systems/${id}`, { ...body, version }),
  transitionSystem: (id: number, action: 'activate' | 'retire', version: number) => http.post<System>(`${base}/systems/${id}/${action}`, { version }),
  copySystem: (id: number, body: { year: number; quarter: number | null; name?: string | null }) => http.post<System>(`${base}/systems/${id}/copy`, body),

  rounds: (q: { status?: string; kind?: string; page: number; size: number }) => http.get<Page<RoundSummary>>(`${base}/rounds`, { ...q }),
  round: (id: number) => http.get<Round>(`${base}/rounds/${id}`),
  openRound: (body: RoundIn) => http.post<Round>(`${base}/rounds`, body),
  transitionRound: (id: number, action: 'measure' | 'close' | 'reopen' | 'review' | 'publish', version: number) =>
    http.post<Round>(`${base}/rounds/${id}/${action}`, { version }),
  scores: (id: number, agencyId?: number) => http.get<Score[]>(`${base}/rounds/${id}/scores`, { agency_id: agencyId }),
  setScore: (id: number, body: ManualScoreIn) => http.put<Score>(`${base}/rounds/${id}/scores`, body),
  results: (id: number) => http.get<RoundResults>(`${base}/rounds/${id}/results`),
  raiseIssue: (id: number, body: IssueIn) => http.post<Issue>(`${base}/rounds/${id}/issues`, body),
  issuesFromLostPoints: (id: number) => http.post<{ raised: number }>(`${base}/rounds/${id}/issues/from-lost-points`),
  circular: (id: number) => http.get<Circular>(`${base}/rounds/${id}/circular`),
  saveCircular: (id: number, body: CircularIn) => http.put<Circular>(`${base}/rounds/${id}/circular`, body),
  downloadCircular: (id: number, name: string) => download(`${base}/rounds/${id}/circular.docx`, `${name}.docx`),

  issues: (q: IssueQuery) => http.get<Page<Issue>>(`${base}/issues`, { ...q }),
  issueSummary: (agencyId?: number) => http.get<IssueSummary>(`${base}/issues/summary`, agencyId ? { agency_id: agencyId } : {}),
  issue: (id: number) => http.get<Issue>(`${base}/issues/${id}`),
  answerIssue: (id: number, body: { version: number; text: string; evidence: EvidenceIn[] }) => http.post<Issue>(`${base}/issues/${id}/answer`, body),
  decideIssue: (id: number, action: 'accept' | 'return' | 'cancel', version: number, comment: string | null) =>
    http.post<Issue>(`${base}/issues/${id}/${action}`, { version, comment }),

  uploadEvidence: (file: File, onProgress?: (f: number) => void) =>
    upload<EvidenceFile>(`${base}/files`, file, { query: { filename: file.name }, onProgress }),
  downloadEvidence: (fileId: string, filename: string) => download(`${base}/files/${fileId}`, filename),

  notices: (unreadOnly = false) => http.get<{ unread: number; items: AssessmentNotice[] }>(`${base}/notices`, { unread_only: unreadOnly }),
  readNotice: (id: number) => http.post<void>(`${base}/notices/${id}/read`),

  monitors: () => http.get<Monitor[]>(`${base}/monitors`),
  createMonitor: (body: MonitorIn) => http.post<Monitor>(`${base}/monitors`, body),
  updateMonitor: (id: number, body: MonitorIn, version: number) => http.put<Monitor>(`${base}/monitors/${id}`, { ...body, version }),
  runMonitor: (id: number) => http.post<{ raised: number }>(`${base}/monitors/${id}/run`),

  selfInspection: (agencyId: number, year: number) => http.get<SelfInspection>(`${base}/self-inspections/${agencyId}/${year}`),
  saveSelfInspection: (agencyId: number, year: number, body: SelfInspectionIn) => http.put<SelfInspection>(`${base}/self-inspections/${agencyId}/${year}`, body),
  downloadSelfInspection: (agencyId: number, year: number, name: string) =>
    download(`${base}/self-inspections/${agencyId}/${year}/export.docx`, `${name}.docx`),
}
