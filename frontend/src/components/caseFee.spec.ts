import { describe, expect, test } from 'vitest'
import { feeView, yuan } from './caseFee'

describe('caseFee', () => {
  test('a pending notice shows its amount and deadline, never the 0.00 of fee_yuan', () => {
    expect(feeView({ method: 'per_application', amount: '1700', deadline: '2026-07-01', paid_on: null }, 'awaiting_fee'))
      .toEqual({ state: 'pending', amount: '1,700.00', deadline: '2026-07-01', method: 'per_application' })
  })

  test('paid, lapsed and no notice', () => {
    expect(feeView({ amount: '100', deadline: '2026-06-20', paid_on: '2026-06-09', method: 'per_page' }, 'handling'))
      .toEqual({ state: 'paid', amount: '100.00', paidOn: '2026-06-09', method: 'per_page' })
    expect(feeView({ amount: '100', deadline: '2026-06-20', paid_on: null }, 'closed'))
      .toMatchObject({ state: 'unpaid', amount: '100.00', deadline: '2026-06-20' })
    expect(feeView(null, 'handling')).toEqual({ state: 'none' })
    expect(feeView({}, 'handling')).toEqual({ state: 'none' })
  })

  test('amounts in yuan with thousands separators', () => {
    expect(yuan('1700')).toBe('1,700.00')
    expect(yuan(12.5)).toBe('12.50')
    expect(yuan('n/a')).toBe('n/a')
  })
})
