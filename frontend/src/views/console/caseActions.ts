// The forms of a request case's workflow actions. The service's workflow table (cases/workflow.py) decides which
// actions exist, which are allowed now (CaseOut.allowed_actions) and where each is posted (the action's name with
// hyphens); this file only says what each action's form asks for. It is typed by the service's own enumeration of
// action names, so an action added to (or removed from) the table does not compile until its form is here.
import { platformToday } from '@/api/clock'
import type { Case, CaseActionName } from '@/api/applications'

export type FieldKind = 'date' | 'text' | 'textarea' | 'lines' | 'number' | 'select' | 'boolean' | 'items' | 'consultation' | 'appeal'

export interface ActionField {
  name: string
  label: string // i18n key
  kind: FieldKind
  required?: boolean
  dict?: string // applications dictionary for selects
  default?: 'today' | number | boolean | string
  min?: number
  max?: number
  /** warn (never refuse) when the date is not a working day: Art. 31 receipt dates are usually working days */
  warnNonWorkday?: boolean
}

export interface CaseActionForm {
  label: string // i18n key
  type?: 'primary' | 'success' | 'warning' | 'danger' | 'default'
  letter?: string // the letter this step issues, for the preview button
  fields: ActionField[]
}

export interface CaseAction extends CaseActionForm {
  key: CaseActionName
  path: string // POST /cases/{id}/<path>
}

export interface SplitItem {
  title: string
  description: string
  document_number: string
}

const FORMS: Record<CaseActionName, CaseActionForm> = {
  receive: { label: 'caseAction.receive', type: 'primary', letter: 'receipt',
    fields: [{ name: 'received_on', label: 'caseField.receivedOn', kind: 'date', required: true, default: 'today', warnNonWorkday: true }] },
  assign: { label: 'caseAction.assign',
    fields: [{ name: 'assignee_name', label: 'caseField.assignee', kind: 'text' }, { name: 'department', label: 'caseField.department', kind: 'text' }] },
  request_supplement: { label: 'caseAction.request_supplement', type: 'warning', letter: 'supplement_notice',
    fields: [
      { name: 'requested_on', label: 'caseField.requestedOn', kind: 'date', required: true, default: 'today' },
      { name: 'items', label: 'caseField.supplementItems', kind: 'lines', required: true },
      { name: 'deadline', label: 'caseField.deadline', kind: 'date', required: true },
    ] },
  receive_supplement: { label: 'caseAction.receive_supplement', type: 'primary',
    fields: [
      { name: 'received_on', label: 'caseField.receivedOn', kind: 'date', required: true, default: 'today' },
      { name: 'text', label: 'caseField.supplementText', kind: 'textarea', required: true },
    ] },
  extend: { label: 'caseAction.extend', type: 'warning', letter: 'extension_notice',
    fields: [
      { name: 'extended_on', label: 'caseField.extendedOn', kind: 'date', required: true, default: 'today' },
      { name: 'days', label: 'caseField.extensionDays', kind: 'number', required: true, default: 20, min: 1, max: 20 },
      { name: 'reason', label: 'caseField.reason', kind: 'textarea', required: true },
    ] },
  start_consultation: { label: 'caseAction.start_consultation', letter: 'third_party_consultation',
    fields: [
      { name: 'party', label: 'caseField.party', kind: 'select', dict: 'consultation_parties', required: true },
      { name: 'party_name', label: 'caseField.partyName', kind: 'text', required: true },
      { name: 'started_on', label: 'caseField.startedOn', kind: 'date', required: true, default: 'today' },
      { name: 'scope', label: 'caseField.scope', kind: 'textarea', required: true },
      { name: 'notify_applicant', label: 'caseField.notifyApplicant', kind: 'boolean', default: true },
    ] },
  end_consultation: { label: 'caseAction.end_consultation',
    fields: [
      { name: 'ref', label: 'caseField.consultation', kind: 'consultation', required: true },
      { name: 'ended_on', label: 'caseField.endedOn', kind: 'date', required: true, default: 'today' },
      { name: 'answer', label: 'caseField.answer', kind: 'select', dict: 'consultation_answers', required: true },
      { name: 'summary', label: 'caseField.answerSummary', kind: 'textarea' },
      { name: 'disclose_in_public_interest', label: 'caseField.publicInterest', kind: 'boolean', default: false },
      { name: 'disclosure_reason', label: 'caseField.disclosureReason', kind: 'textarea' },
    ] },
  request_reasons: { label: 'caseAction.request_reasons', letter: 'reasons_request',
    fields: [
      { name: 'requested_on', label: 'caseField.requestedOn', kind: 'date', required: true, default: 'today' },
      { name: 'deadline', label: 'caseField.deadline', kind: 'date', required: true },
    ] },
  receive_reasons: { label: 'caseAction.receive_reasons',
    fields: [
      { name: 'received_on', label: 'caseField.receivedOn', kind: 'date', required: true, default: 'today' },
      { name: 'reasonable', label: 'caseField.reasonable', kind: 'boolean', default: true },
      { name: 'reply_by', label: 'caseField.replyBy', kind: 'date' },
    ] },
  notify_fee: { label: 'caseAction.notify_fee', letter: 'fee_notice',
    fields: [
      { name: 'notified_on', label: 'caseField.notifiedOn', kind: 'date', required: true, default: 'today' },
      { name: 'method', label: 'caseField.feeMethod', kind: 'select', dict: 'fee_methods', required: true },
      { name: 'pages', label: 'caseField.pages', kind: 'number', min: 1, max: 100000 },
      { name: 'deadline', label: 'caseField.deadline', kind: 'date', required: true },
    ] },
  record_payment: { label: 'caseAction.record_payment',
    fields: [
      { name: 'paid_on', label: 'caseField.paidOn', kind: 'date', required: true, default: 'today' },
      { name: 'receipt_number', label: 'caseField.receiptNumber', kind: 'text', required: true },
    ] },
  draft_reply: { label: 'caseAction.draft_reply', type: 'primary',
    fields: [
      { name: 'outcome', label: 'caseField.outcome', kind: 'select', dict: 'outcomes', required: true },
      { name: 'details', label: 'caseField.details', kind: 'textarea', required: true },
    ] },
  approve_reply: { label: 'caseAction.approve_reply', type: 'success',
    fields: [{ name: 'comment', label: 'caseField.comment', kind: 'textarea' }] },
  return_reply: { label: 'caseAction.return_reply', type: 'danger',
    fields: [{ name: 'comment', label: 'caseField.comment', kind: 'textarea', required: true }] },
  dispatch_reply: { label: 'caseAction.dispatch_reply', type: 'primary', letter: 'reply',
    fields: [
      { name: 'dispatched_on', label: 'caseField.dispatchedOn', kind: 'date', required: true, default: 'today' },
      { name: 'method', label: 'caseField.deliveryMethod', kind: 'select', dict: 'delivery_methods', required: true },
      { name: 'note', label: 'caseField.note', kind: 'text' },
    ] },
  record_delivery: { label: 'caseAction.record_delivery',
    fields: [
      { name: 'delivered_on', label: 'caseField.deliveredOn', kind: 'date', required: true, default: 'today' },
      { name: 'note', label: 'caseField.note', kind: 'text' },
    ] },
  archive: { label: 'caseAction.archive',
    fields: [{ name: 'archived_on', label: 'caseField.archivedOn', kind: 'date', required: true, default: 'today' }] },
  withdraw: { label: 'caseAction.withdraw', type: 'danger',
    fields: [
      { name: 'withdrawn_on', label: 'caseField.withdrawnOn', kind: 'date', required: true, default: 'today' },
      { name: 'reason', label: 'caseField.reason', kind: 'text' },
    ] },
  reopen: { label: 'caseAction.reopen', type: 'warning',
    fields: [
      { name: 'appeal_id', label: 'caseField.appeal', kind: 'appeal', required: true },
      { name: 'reopened_on', label: 'caseField.reopenedOn', kind: 'date', required: true, default: 'today' },
      { name: 'reply_within_working_days', label: 'caseField.replyWithin', kind: 'number', required: true, default: 20, min: 1, max: 60 },
    ] },
  split: { label: 'caseAction.split',
    fields: [{ name: 'items', label: 'caseField.splitItems', kind: 'items', required: true }] },
}

/** Every workflow action with its form, in the order of the service's table. */
export const CASE_ACTIONS: CaseAction[] = (Object.keys(FORMS) as CaseActionName[]).map((key) => ({
  key, path: key.replace(/_/g, '-'), ...FORMS[key],
}))

/** The actions the service allows now, as buttons (exactly those, in the table's order). */
export function allowedCaseActions(kase: Pick<Case, 'allowed_actions'> | null | undefined): CaseAction[] {
  const allowed = new Set<string>(kase?.allowed_actions ?? [])
  return CASE_ACTIONS.filter((a) => allowed.has(a.key))
}

/** Today in the platform's time zone (statutory dates are never the browser's local date). */
export function today(): string {
  return platformToday()
}

/** A running consultation of the case (started and not yet ended), for the end-of-consultation form. */
export interface RunningConsultation {
  ref: string
  label: string
}

export function runningConsultations(kase: Pick<Case, 'events'> | null | undefined): RunningConsultation[] {
  const events = kase?.events ?? []
  const ended = new Set(events.filter((e) => e.kind === 'consultation_ended').map((e) => String(e.data?.ref)))
  return events
    .filter((e) => e.kind === 'consultation_started' && !ended.has(String(e.data?.ref)))
    .map((e) => ({ ref: String(e.data.ref), label: `${String(e.data.party_name ?? '')}（${e.occurred_on}）` }))
}

/** The initial form values of an action (for a case: the running consultation and the appeal are preselected). */
export function initialValues(action: CaseAction, kase?: Pick<Case, 'events' | 'reopenable_appeals'> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of action.fields) {
    if (f.default === 'today') out[f.name] = today()
    else if (f.default !== undefined) out[f.name] = f.default
    else if (f.kind === 'items') out[f.name] = [{ title: '', description: '', document_number: '' }] as SplitItem[]
    else if (f.kind === 'consultation') out[f.name] = runningConsultations(kase)[0]?.ref ?? ''
    else if (f.kind === 'appeal') out[f.name] = kase?.reopenable_appeals?.[0] ?? ''
    else out[f.name] = f.kind === 'boolean' ? false : f.kind === 'number' ? null : ''
  }
  return out
}

/** Whether a field holds a value (what "required" checks in the browser; the service checks everything again). */
export function hasValue(field: ActionField, value: unknown): boolean {
  if (field.kind === 'items') return Array.isArray(value) && value.some((i: SplitItem) => i.title.trim() || i.description.trim())
  if (field.kind === 'lines') return String(value ?? '').split('\n').some((s) => s.trim())
  return !(value === '' || value === null || value === undefined)
}

/** The request body: lines split into a list, split items trimmed, empty optional values left out. */
export function actionBody(action: CaseAction, values: Record<string, unknown>, version: number): Record<string, unknown> {
  const body: Record<string, unknown> = { version }
  for (const f of action.fields) {
    let v = values[f.name]
    if (f.kind === 'lines') v = String(v ?? '').split('\n').map((s) => s.trim()).filter(Boolean)
    else if (f.kind === 'items') {
      v = (v as SplitItem[]).filter((i) => i.title.trim() || i.description.trim()).map((i) => ({
        title: i.title.trim(), description: i.description.trim(), ...(i.document_number.trim() ? { document_number: i.document_number.trim() } : {}),
      }))
    } else if (typeof v === 'string') v = v.trim()
    if (v === '' || v === null || v === undefined) continue
    body[f.name] = v
  }
  return body
}
