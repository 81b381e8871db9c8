// The workflow actions of a request case: which endpoint each allowed action calls and the fields its form asks
// for. The server decides which actions are allowed (CaseOut.allowed_actions); this only describes the forms.

export type FieldKind = 'date' | 'text' | 'textarea' | 'lines' | 'number' | 'select' | 'boolean'

export interface ActionField {
  name: string
  label: string // i18n key
  kind: FieldKind
  required?: boolean
  dict?: string // applications dictionary for selects
  default?: 'today' | number | boolean | string
  min?: number
  max?: number
}

export interface CaseAction {
  key: string // as in allowed_actions
  path: string // POST /cases/{id}/<path>
  label: string // i18n key
  type?: 'primary' | 'success' | 'warning' | 'danger' | 'default'
  letter?: string // the letter this step issues, for the preview button
  fields: ActionField[]
}

export const CASE_ACTIONS: CaseAction[] = [
  { key: 'receive', path: 'receive', label: 'caseAction.receive', type: 'primary', letter: 'receipt',
    fields: [{ name: 'received_on', label: 'caseField.receivedOn', kind: 'date', required: true, default: 'today' }] },
  { key: 'assign', path: 'assign', label: 'caseAction.assign',
    fields: [{ name: 'assignee_name', label: 'caseField.assignee', kind: 'text' }, { name: 'department', label: 'caseField.department', kind: 'text' }] },
  { key: 'supplement', path: 'supplement-request', label: 'caseAction.supplement', type: 'warning', letter: 'supplement_notice',
    fields: [
      { name: 'requested_on', label: 'caseField.requestedOn', kind: 'date', required: true, default: 'today' },
      { name: 'items', label: 'caseField.supplementItems', kind: 'lines', required: true },
      { name: 'deadline', label: 'caseField.deadline', kind: 'date', required: true },
    ] },
  { key: 'supplement_received', path: 'supplement', label: 'caseAction.supplementReceived', type: 'primary',
    fields: [
      { name: 'received_on', label: 'caseField.receivedOn', kind: 'date', required: true, default: 'today' },
      { name: 'text', label: 'caseField.supplementText', kind: 'textarea', required: true },
    ] },
  { key: 'extend', path: 'extension', label: 'caseAction.extend', type: 'warning', letter: 'extension_notice',
    fields: [
      { name: 'extended_on', label: 'caseField.extendedOn', kind: 'date', required: true, default: 'today' },
      { name: 'days', label: 'caseField.extensionDays', kind: 'number', required: true, default: 20, min: 1, max: 20 },
      { name: 'reason', label: 'caseField.reason', kind: 'textarea', required: true },
    ] },
  { key: 'consult', path: 'consultations', label: 'caseAction.consult',
    fields: [
      { name: 'party', label: 'caseField.party', kind: 'select', dict: 'consultation_parties', required: true },
      { name: 'party_name', label: 'caseField.partyName', kind: 'text', required: true },
      { name: 'started_on', label: 'caseField.startedOn', kind: 'date', required: true, default: 'today' },
      { name: 'scope', label: 'caseField.scope', kind: 'textarea', required: true },
      { name: 'notify_applicant', label: 'caseField.notifyApplicant', kind: 'boolean', default: true },
    ] },
  { key: 'reasons', path: 'reasons-request', label: 'caseAction.reasons',
    fields: [
      { name: 'requested_on', label: 'caseField.requestedOn', kind: 'date', required: true, default: 'today' },
      { name: 'deadline', label: 'caseField.deadline', kind: 'date', required: true },
    ] },
  { key: 'reasons_received', path: 'reasons', label: 'caseAction.reasonsReceived',
    fields: [
      { name: 'received_on', label: 'caseField.receivedOn', kind: 'date', required: true, default: 'today' },
      { name: 'reasonable', label: 'caseField.reasonable', kind: 'boolean', default: true },
      { name: 'reply_by', label: 'caseField.replyBy', kind: 'date' },
    ] },
  { key: 'fee', path: 'fee-notice', label: 'caseAction.fee', letter: 'fee_notice',
    fields: [
      { name: 'notified_on', label: 'caseField.notifiedOn', kind: 'date', required: true, default: 'today' },
      { name: 'method', label: 'caseField.feeMethod', kind: 'select', dict: 'fee_methods', required: true },
      { name: 'pages', label: 'caseField.pages', kind: 'number', min: 1, max: 100000 },
      { name: 'deadline', label: 'caseField.deadline', kind: 'date', required: true },
    ] },
  { key: 'fee_paid', path: 'fee-payment', label: 'caseAction.feePaid',
    fields: [
      { name: 'paid_on', label: 'caseField.paidOn', kind: 'date', required: true, default: 'today' },
      { name: 'receipt_number', label: 'caseField.receiptNumber', kind: 'text', required: true },
    ] },
  { key: 'draft', path: 'draft', label: 'caseAction.draft', type: 'primary',
    fields: [
      { name: 'outcome', label: 'caseField.outcome', kind: 'select', dict: 'outcomes', required: true },
      { name: 'details', label: 'caseField.details', kind: 'textarea', required: true },
    ] },
  { key: 'approve', path: 'approve', label: 'caseAction.approve', type: 'success',
    fields: [{ name: 'comment', label: 'caseField.comment', kind: 'textarea' }] },
  { key: 'return', path: 'return', label: 'caseAction.return', type: 'danger',
    fields: [{ name: 'comment', label: 'caseField.comment', kind: 'textarea', required: true }] },
  { key: 'dispatch', path: 'dispatch', label: 'caseAction.dispatch', type: 'primary', letter: 'reply',
    fields: [
      { name: 'dispatched_on', label: 'caseField.dispatchedOn', kind: 'date', required: true, default: 'today' },
      { name: 'method', label: 'caseField.deliveryMethod', kind: 'select', dict: 'delivery_methods', required: true },
      { name: 'note', label: 'caseField.note', kind: 'text' },
    ] },
  { key: 'delivered', path: 'delivery', label: 'caseAction.delivered',
    fields: [
      { name: 'delivered_on', label: 'caseField.deliveredOn', kind: 'date', required: true, default: 'today' },
      { name: 'note', label: 'caseField.note', kind: 'text' },
    ] },
  { key: 'archive', path: 'archive', label: 'caseAction.archive',
    fields: [{ name: 'archived_on', label: 'caseField.archivedOn', kind: 'date', required: true, default: 'today' }] },
  { key: 'withdraw', path: 'withdraw', label: 'caseAction.withdraw', type: 'danger',
    fields: [
      { name: 'withdrawn_on', label: 'caseField.withdrawnOn', kind: 'date', required: true, default: 'today' },
      { name: 'reason', label: 'caseField.reason', kind: 'text' },
    ] },
]

export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** The initial form values of an action. */
export function initialValues(action: CaseAction): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of action.fields) {
    if (f.default === 'today') out[f.name] = today()
    else if (f.default !== undefined) out[f.name] = f.default
    else out[f.name] = f.kind === 'boolean' ? false : f.kind === 'number' ? null : ''
  }
  return out
}

/** The request body: lines split into a list, empty optional values left out. */
export function actionBody(action: CaseAction, values: Record<string, unknown>, version: number): Record<string, unknown> {
  const body: Record<string, unknown> = { version }
  for (const f of action.fields) {
    let v = values[f.name]
    if (f.kind === 'lines') v = String(v ?? '').split('\n').map((s) => s.trim()).filter(Boolean)
    else if (typeof v === 'string') v = v.trim()
    if (v === '' || v === null || v === undefined) continue
    body[f.name] = v
  }
  return body
}
