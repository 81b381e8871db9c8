import { describe, expect, test } from 'vitest'
import { ENTRY_ACTIONS, actionBody, allowedActions, checkAction, reviewBlocked, type ActionValues } from './entryWorkflow'

const values = (v: Partial<ActionValues> = {}): ActionValues => ({ comment: '', reason: '', when: 'now', publish_at: null, ...v })
const action = (key: string) => ENTRY_ACTIONS.find((a) => a.key === key)!

describe('entry workflow', () => {
  test('exactly the actions the server allows are shown, in a fixed order; unknown ones are ignored', () => {
    expect(allowedActions({ actions: ['revoke', 'return', 'approve', 'attach', 'future_action'] as never }).map((a) => a.key)).toEqual(['approve', 'return', 'revoke'])
    expect(allowedActions({ actions: [] })).toEqual([])
    expect(allowedActions(null)).toEqual([])
    expect(allowedActions({ actions: ['discard_changes', 'submit', 'edit'] }).map((a) => a.step ?? a.key)).toEqual(['edit', 'submit', 'discard-changes'])
  })

  test('approval publishes now (no time) or at the chosen time, with an optional comment', () => {
    expect(actionBody(action('approve'), values({ comment: '  ' }), 3)).toEqual({ version: 3, publish_at: null, comment: null })
    expect(actionBody(action('approve'), values({ when: 'later', publish_at: '2026-12-24T09:00:00+08:00', comment: '同意' }), 3))
      .toEqual({ version: 3, publish_at: '2026-12-24T09:00:00+08:00', comment: '同意' })
    // a time chosen and then "now" picked again is not sent
    expect(actionBody(action('approve'), values({ when: 'now', publish_at: '2026-12-24T09:00:00+08:00' }), 3).publish_at).toBeNull()
  })

  test('return needs its comments, revoke its reason, a scheduled approval its time', () => {
    expect(checkAction(action('return'), values())).toEqual({ comment: 'common.required' })
    expect(checkAction(action('return'), values({ comment: '请补充附件' }))).toEqual({})
    expect(actionBody(action('return'), values({ comment: ' 请补充附件 ' }), 5)).toEqual({ version: 5, comment: '请补充附件' })
    expect(checkAction(action('revoke'), values({ reason: ' ' }))).toEqual({ reason: 'common.required' })
    expect(actionBody(action('revoke'), values({ reason: '信息有误' }), 7)).toEqual({ version: 7, reason: '信息有误' })
    expect(checkAction(action('approve'), values({ when: 'later' }))).toEqual({ publish_at: 'common.required' })
    expect(actionBody(action('submit'), values({ comment: 'ignored' }), 2)).toEqual({ version: 2 })
  })

  test('a reviewer is told why there is nothing to review on an entry they edited', () => {
    expect(reviewBlocked({ status: 'submitted', actions: [] }, true)).toBe(true)
    expect(reviewBlocked({ status: 'submitted', actions: ['approve', 'return'] }, true)).toBe(false)
    expect(reviewBlocked({ status: 'submitted', actions: [] }, false)).toBe(false)
    expect(reviewBlocked({ status: 'draft', actions: [] }, true)).toBe(false)
  })
})
