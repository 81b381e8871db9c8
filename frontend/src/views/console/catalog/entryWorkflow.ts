// The workflow of a catalog entry as the console shows it. The service's workflow table (entries/workflow.py)
// decides what the user may do now (the `actions` list of EntryOut); this file only says how each action looks and
// what its form asks for. It is typed by the service's enumeration of action names: an action added to the table
// does not compile until it has a line here.
import type { Entry, EntryActionName, EntryStep } from '@/api/catalog'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

/** Tag colours of entry statuses (labels from the catalog dictionary `entry_status`). */
export const ENTRY_STATUS_TYPES: Record<string, TagType> = {
  draft: 'info',
  submitted: 'warning',
  returned: 'danger',
  scheduled: 'primary',
  published: 'success',
  revoked: 'info',
}

export interface EntryActionDef {
  /** as in EntryOut.actions */
  key: EntryActionName
  /** POST /entries/{id}/<step>; none for actions that open a page (edit) */
  step?: EntryStep
  /** i18n key of the button and the dialog title */
  label: string
  type?: 'primary' | 'success' | 'warning' | 'danger'
  /** the dialog asks for these (besides the version, which the page adds) */
  form?: 'approve' | 'return' | 'revoke' | 'confirm'
  /** i18n key of the explanation shown in the dialog */
  hint?: string
}

type ActionLook = Omit<EntryActionDef, 'key'>

/** Every action of the table: how it looks as a button, or null where it is not a button of the entry page
 * (attachments are changed on the edit page, which the `attach` action enables). Buttons show in this order. */
const LOOKS: Record<EntryActionName, ActionLook | null> = {
  edit: { label: 'entryAction.edit', type: 'primary' },
  submit: { step: 'submit', label: 'entryAction.submit', type: 'primary', form: 'confirm', hint: 'entryAction.submitHint' },
  approve: { step: 'approve', label: 'entryAction.approve', type: 'success', form: 'approve', hint: 'entryAction.approveHint' },
  return: { step: 'return', label: 'entryAction.return', type: 'warning', form: 'return', hint: 'entryAction.returnHint' },
  withdraw: { step: 'withdraw', label: 'entryAction.withdraw', form: 'confirm', hint: 'entryAction.withdrawHint' },
  discard_changes: { step: 'discard-changes', label: 'entryAction.discard', form: 'confirm', hint: 'entryAction.discardHint' },
  revoke: { step: 'revoke', label: 'entryAction.revoke', type: 'danger', form: 'revoke', hint: 'entryAction.revokeHint' },
  attach: null,
}

export const ENTRY_ACTIONS: EntryActionDef[] = (Object.keys(LOOKS) as EntryActionName[])
  .filter((key) => LOOKS[key] !== null)
  .map((key) => ({ key, ...(LOOKS[key] as ActionLook) }))

/** The buttons to show for an entry: exactly the actions the server allows now, in the order above. */
export function allowedActions(entry: Pick<Entry, 'actions'> | null | undefined): EntryActionDef[] {
  const allowed = new Set<string>(entry?.actions ?? [])
  return ENTRY_ACTIONS.filter((a) => allowed.has(a.key))
}

export interface ActionValues {
  comment: string
  reason: string
  when: 'now' | 'later'
  publish_at: string | null
}

/** The request body of an action's step. */
export function actionBody(action: EntryActionDef, values: ActionValues, version: number): Record<string, unknown> & { version: number } {
  switch (action.form) {
    case 'approve':
      return {
        version,
        publish_at: values.when === 'later' ? values.publish_at : null,
        comment: values.comment.trim() || null,
      }
    case 'return':
      return { version, comment: values.comment.trim() }
    case 'revoke':
      return { version, reason: values.reason.trim() }
    default:
      return { version }
  }
}

/** What the browser checks before sending (the server checks everything again): i18n keys by field. */
export function checkAction(action: EntryActionDef, values: ActionValues): Record<string, string> {
  const out: Record<string, string> = {}
  if (action.form === 'return' && values.comment.trim().length < 2) out.comment = 'common.required'
  if (action.form === 'revoke' && values.reason.trim().length < 2) out.reason = 'common.required'
  if (action.form === 'approve' && values.when === 'later' && !values.publish_at) out.publish_at = 'common.required'
  return out
}

/** Why a reviewer sees no review buttons on an entry awaiting review: they drafted or edited it themselves. */
export function reviewBlocked(entry: Pick<Entry, 'status' | 'actions'> | null | undefined, canReview: boolean): boolean {
  return !!entry && canReview && entry.status === 'submitted' && !entry.actions.includes('approve')
}

/** i18n keys (under `entryField.`) of the entry fields the service names in history records and error reports. */
export const FIELD_KEYS: Record<string, string> = {
  title: 'title', genre: 'genre', disclosure_attribute: 'disclosureAttribute', summary: 'summary', document_number: 'documentNumber',
  written_on: 'writtenOn', changed_on: 'changedOn', theme_code: 'theme', theme_name: 'theme', column_id: 'column', column_name: 'column',
  keywords: 'keywords', body_html: 'body', not_disclosed_reason: 'notDisclosedReason', validity: 'validity', expires_on: 'expiresOn',
  regulation_kind: 'regulationKind', issued_on: 'issuedOn', abolished_on: 'abolishedOn', is_policy: 'isPolicy',
  interpretation_form: 'interpretationForm', interprets: 'interprets', standard_item_id: 'standardItem', source: 'source',
  disclosure_scope: 'disclosureScope', publish_at: 'publishAt', index_number: 'indexNumber', agency_id: 'agency', agency_code: 'agency',
  published_at: 'publishedOn',
}

/** A field name as people read it ("文号"), or the name itself when it is not an entry field. */
export function fieldLabel(t: (key: string) => string, field: string): string {
  return FIELD_KEYS[field] ? t(`entryField.${FIELD_KEYS[field]}`) : field
}
