import type { components } from './schema/applications'
import { download, http, upload, type Page } from './http'

type S = components['schemas']
export type CalendarYearSummary = S['CalendarYearSummary']
export type CalendarYear = S['CalendarYearOut']
export type CalendarYearIn = S['CalendarYearIn']
export type CalendarDayIn = S['CalendarDayIn']
export type WorkdayComputation = S['WorkdayComputation']
export type ApplicationIn = S['ApplicationIn']
export type Submission = S['SubmissionOut']
export type CaseSummary = S['CaseSummary']
export type Case = S['CaseOut']
export type CaseActionName = S['CaseActionName']
export type WorkdayCount = S['WorkdayCount']
export type CaseEvent = S['EventOut']
export type Letter = S['LetterOut']
export type UploadedAttachment = S['AttachmentOut']
export type AcceptingAgency = S['AgencyReplicaOut']
export type Notification = S['NotificationOut']
export type Appeal = S['AppealOut']

/** A step of the due-date explanation and a run of counted or paused days (services/applications/clock). */
export interface ClockStep { on: string; kind: string; text: string; text_en?: string; [k: string]: unknown }
export interface ClockSegment { kind: 'count' | 'pause'; from: string; to: string; working_days: number; pause?: string; label?: string }
export interface Clock { state?: string; due?: string | null; steps: ClockStep[]; segments: ClockSegment[]; [k: string]: unknown }

/** What the tracking page shows an applicant (POST /selfservice/lookup). */
export interface TrackedCase {
  id: string
  number: string
  title: string
  version: number
  status: string
  status_label: string
  outcome: string | null
  outcome_label: string | null
  received_on: string | null
  due_on: string | null
  due_provisional: boolean
  closed_on: string | null
  clock: Clock
  supplement: { items: string[]; deadline: string } | null
  can_supplement: boolean
  can_withdraw: boolean
  /** The fee notice, if any: amount and deadline while pending, paid_on once paid. */
  fee: { method: string | null; amount: string; deadline: string | null; paid_on: string | null } | null
  history: Array<{ on: string; kind: string; label: string; label_en?: string }>
  letters: Array<{ id: string; kind: string; title: string; issued_on: string }>
}
export interface TrackedApplication {
  number: string
  agency_id: number
  agency_name: string | null
  channel: string
  submitted_at: string
  cases: TrackedCase[]
}

export interface CaseQuery {
  status?: string
  outcome?: string
  agency_id?: number
  q?: string
  open_only?: boolean
  assigned_to_me?: boolean
  received_from?: string
  received_to?: string
  page: number
  size: number
}

/** The applicant and the requested items as forms hold them (text fields), and as the API takes them. */
export interface ApplicantForm { type: string; name: string; id_kind: string; id_number: string; phone: string; email: string; address: string; postal_code: string }
export interface ItemForm { title: string; description: string; document_number: string }

const orNull = (v: string) => v.trim() || null
export function applicantPayload(a: ApplicantForm) {
  return { type: a.type, name: a.name.trim(), id_kind: a.id_kind, id_number: a.id_number.trim(), phone: orNull(a.phone),
    email: orNull(a.email), address: orNull(a.address), postal_code: orNull(a.postal_code) }
}
export function itemsPayload(items: ItemForm[]) {
  return items.map((it) => ({ title: it.title.trim(), description: it.description.trim(), document_number: orNull(it.document_number) }))
}

const base = '/api/v1/applications'

export const applicationsApi = {
  // working-day calendar
  calendarYears: () => http.get<CalendarYearSummary[]>(`${base}/calendar/years`),
  calendarYear: (year: number) => http.get<CalendarYear>(`${base}/calendar/years/${year}`),
  putCalendarYear: (year: number, body: CalendarYearIn) => http.put<CalendarYear>(`${base}/calendar/years/${year}`, body),
  addWorkingDays: (start: string, days: number) => http.get<WorkdayComputation>(`${base}/calendar/add`, { start, days }),

  // applying and tracking (public)
  acceptingAgencies: (query: { q?: string; page: number; size: number }) => http.get<Page<AcceptingAgency>>(`${base}/agencies`, { ...query }),
  submit: (body: ApplicationIn, idempotencyKey: string) =>
    http.post<Submission>(`${base}/applications`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  uploadAttachment: (file: File, purpose: string, onProgress: (f: number) => void) =>
    upload<UploadedAttachment>(`${base}/attachments`, file, { query: { filename: file.name, purpose }, onProgress }),
  lookup: (number: string, queryCode: string) =>
    http.post<TrackedApplication>(`${base}/selfservice/lookup`, { number, query_code: queryCode }, { anonymous: true }),
  supplementOnline: (body: { number: string; query_code: string; case_id: string; text: string; attachment_ids: string[] }) =>
    http.post<TrackedApplication>(`${base}/selfservice/supplement`, body, { anonymous: true }),
  withdrawOnline: (body: { number: string; query_code: string; case_id: string; reason: string | null }) =>
    http.post<TrackedApplication>(`${base}/selfservice/withdraw`, body, { anonymous: true }),
  downloadLetterWithCode: (letterId: string, number: string, queryCode: string, format: 'pdf' | 'docx', name: string) =>
    download(`${base}/selfservice/letters/${letterId}`, name, { method: 'POST', json: { number, query_code: queryCode, format } }),

  // my applications (citizen account)
  mine: (page: number, size: number) => http.get<Page<S['MyApplication']>>(`${base}/selfservice/mine`, { page, size }),
  myApplication: (number: string) => http.get<TrackedApplication>(`${base}/selfservice/mine/${encodeURIComponent(number)}`),
  mySupplement: (number: string, caseId: string, text: string) =>
    http.post<TrackedApplication>(`${base}/selfservice/mine/${encodeURIComponent(number)}/cases/${caseId}/supplement`, { text, attachment_ids: [] }),
  myWithdrawal: (number: string, caseId: string) =>
    http.post<TrackedApplication>(`${base}/selfservice/mine/${encodeURIComponent(number)}/cases/${caseId}/withdraw`, { reason: null }),
  myLetter: (number: string, letterId: string, name: string) =>
    download(`${base}/selfservice/mine/${encodeURIComponent(number)}/letters/${letterId}`, name, { query: { format: 'pdf' } }),

  // notifications (due soon, overdue, assigned) and appeals (reconsideration, litigation)
  notifications: (unreadOnly: boolean, page = 1, size = 10) =>
    http.get<Page<S['NotificationOut']>>(`${base}/notifications`, { unread_only: unreadOnly, page, size }),
  markRead: (ids: number[]) => http.post<unknown>(`${base}/notifications/read`, { ids }),
  appeals: (q: { case_id?: string; kind?: string; outcome?: string; page: number; size: number }) =>
    http.get<Page<S['AppealOut']>>(`${base}/appeals`, { ...q }),
  fileAppeal: (body: S['AppealIn']) => http.post<S['AppealOut']>(`${base}/appeals`, body),
  decideAppeal: (id: string, body: S['DecisionIn']) => http.post<S['AppealOut']>(`${base}/appeals/${id}/decision`, body),

  // cases (staff)
  register: (body: S['StaffApplicationIn']) => http.post<Submission>(`${base}/applications/register`, body),
  cases: (query: CaseQuery) => http.get<Page<CaseSummary>>(`${base}/cases`, { ...query }),
  dueSoon: (within: number, page = 1, size = 10) => http.get<Page<CaseSummary>>(`${base}/cases/due-soon`, { within, page, size }),
  overdue: (page = 1, size = 10) => http.get<Page<CaseSummary>>(`${base}/cases/overdue`, { page, size }),
  case: (id: string) => http.get<Case>(`${base}/cases/${id}`),
  act: (id: string, path: string, body: Record<string, unknown>) => http.post<Case>(`${base}/cases/${id}/${path}`, body),
  split: (id: string, body: Record<string, unknown>) => http.post<CaseSummary[]>(`${base}/cases/${id}/split`, body),
  workdaysBetween: (start: string, end: string) => http.get<WorkdayCount>(`${base}/calendar/between`, { start, end }),
  downloadLetter: (letter: Letter, format: 'pdf' | 'docx') =>
    download(`${base}/letters/${letter.id}/file`, `${letter.title}.${format}`, { query: { format } }),
  previewLetter: (caseId: string, kind: string) =>
    download(`${base}/cases/${caseId}/letters/preview`, `${kind}.pdf`, { query: { kind, format: 'pdf' } }),
}

// the clerk's inbox: online and partner-platform applications awaiting confirmation of receipt (Art. 31)
export type InboxItem = S['InboxItem']
export type InboxSummary = S['InboxSummary']
export const inboxApi = {
  list: (query: { agency_id?: number; overdue_only?: boolean; page?: number; size?: number } = {}) =>
    http.get<Page<InboxItem>>(`${base}/inbox`, { page: 1, size: 10, ...query }),
  summary: (agencyId?: number) => http.get<InboxSummary>(`${base}/inbox/summary`, agencyId ? { agency_id: agencyId } : {}),
}
