export const REPORT_STATUS_TYPES: Record<string, 'primary' | 'success' | 'info' | 'warning' | 'danger'> = {
  draft: 'info', submitted: 'warning', returned: 'danger', accepted: 'primary', published: 'success',
}
