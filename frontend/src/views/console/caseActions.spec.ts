import { describe, expect, test } from 'vitest'
import { CASE_ACTIONS, actionBody, allowedCaseActions, hasValue, initialValues, runningConsultations } from './caseActions'

const byKey = (key: string) => CASE_ACTIONS.find((a) => a.key === key)!

describe('the case actions’ forms', () => {
  test('each is posted to its name with hyphens, and only the allowed ones are buttons, in the table’s order', () => {
    expect(byKey('request_supplement').path).toBe('request-supplement')
    expect(byKey('return_reply').path).toBe('return-reply')
    const kase = { allowed_actions: ['withdraw', 'receive', 'split'] as never }
    expect(allowedCaseActions(kase).map((a) => a.key)).toEqual(['receive', 'withdraw', 'split'])
    expect(allowedCaseActions(null)).toEqual([])
  })

  test('ending a consultation picks the running one; reopening the correcting decision', () => {
    const events = [
      { kind: 'consultation_started', occurred_on: '2026-03-03', data: { ref: 'a1', party_name: '甲公司' } },
      { kind: 'consultation_ended', occurred_on: '2026-03-05', data: { ref: 'a1' } },
      { kind: 'consultation_started', occurred_on: '2026-03-06', data: { ref: 'b2', party_name: '乙公司' } },
    ]
    const kase = { events, reopenable_appeals: ['appeal-1'] } as never
    expect(runningConsultations(kase)).toEqual([{ ref: 'b2', label: '乙公司（2026-03-06）' }])
    expect(initialValues(byKey('end_consultation'), kase).ref).toBe('b2')
    expect(initialValues(byKey('reopen'), kase).appeal_id).toBe('appeal-1')
  })

  test('a split sends its filled items only, trimmed; an empty list is not a value', () => {
    const split = byKey('split')
    const values = initialValues(split)
    const field = split.fields[0]
    expect(hasValue(field, values.items)).toBe(false)
    values.items = [{ title: ' 另一份文件 ', description: ' 请公开另一份文件。 ', document_number: '' }, { title: '', description: '', document_number: '' }]
    expect(hasValue(field, values.items)).toBe(true)
    expect(actionBody(split, values, 4)).toEqual({ version: 4, items: [{ title: '另一份文件', description: '请公开另一份文件。' }] })
  })
})
