/** Tag colours of case statuses (labels come from the applications dictionary `case_statuses`). */
export const CASE_STATUS_TYPES: Record<string, 'primary' | 'success' | 'info' | 'warning' | 'danger'> = {
  registered: 'info',
  received: 'primary',
  handling: 'primary',
  supplement_requested: 'warning',
  consulting: 'warning',
  awaiting_fee: 'warning',
  awaiting_reasons: 'warning',
  reviewing: 'primary',
  approved: 'success',
  replied: 'success',
  closed: 'success',
  withdrawn: 'info',
  archived: 'info',
}
