/**
 * A case's fee as the applicant and staff need to read it. `case.fee` holds the fee notice (method, amount, deadline,
 * paid_on); `case.fee_yuan` is only set once the fee is paid, so a pending notice must be read from `fee`.
 */
export interface FeeNotice {
  method?: string | null
  amount?: string | number | null
  deadline?: string | null
  paid_on?: string | null
  [extra: string]: unknown
}

export type FeeView =
  | { state: 'none' }
  | { state: 'pending' | 'unpaid'; amount: string; deadline: string | null; method: string | null }
  | { state: 'paid'; amount: string; paidOn: string; method: string | null }

/** An amount in yuan with thousands separators and two decimals: "1,700.00" (the same in both languages). */
export function yuan(amount: string | number): string {
  const n = Number(amount)
  if (!Number.isFinite(n)) return String(amount)
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/**
 * `pending`: a notice awaits payment (the case is awaiting the fee); `paid`: paid on `paidOn`; `unpaid`: the notice
 * was not paid and no longer waits (the deadline passed, or the case ended otherwise); `none`: no fee notice.
 */
export function feeView(fee: FeeNotice | null | undefined, status: string | null | undefined): FeeView {
  if (!fee || fee.amount == null || fee.amount === '') return { state: 'none' }
  const amount = yuan(fee.amount)
  const method = fee.method ?? null
  if (fee.paid_on) return { state: 'paid', amount, paidOn: fee.paid_on, method }
  return { state: status === 'awaiting_fee' ? 'pending' : 'unpaid', amount, deadline: fee.deadline ?? null, method }
}
