import { describe, expect, test } from 'vitest'
import type { Entry } from '@/api/catalog'
import { createBody, emptyForm, formFromEntry, updateBody } from './entryForm'

const loaded = {
  id: 'e1', version: 4, agency_id: 7, title: '关于做好招生入学工作的通知', genre: 'notice', disclosure_attribute: 'proactive',
  not_disclosed_reason: null, document_number: '江教发〔2026〕3号', written_on: '2026-03-02', changed_on: null, theme_code: '11.02',
  column_id: 3, keywords: ['招生'], summary: '部署招生入学工作。', body_html: '<p>正文</p>', validity: 'valid', expires_on: null,
  abolished_on: null, regulation_kind: null, issued_on: null, is_policy: true, interpretation_form: null, interprets: [],
  standard_item_id: null, source: null, disclosure_scope: null,
} as unknown as Entry

describe('entry form', () => {
  test('an update sends the version and only what changed; cleared text becomes null', () => {
    const f = formFromEntry(loaded)
    expect(updateBody(f, loaded)).toBeNull()
    f.title = ' 关于做好2026年招生入学工作的通知 '
    f.document_number = '  '
    f.keywords = ['招生', '入学', '招生', ' ']
    expect(updateBody(f, loaded)).toEqual({ version: 4, title: '关于做好2026年招生入学工作的通知', document_number: null, keywords: ['招生', '入学'] })
  })

  test('fields that do not apply to the choices made are cleared before sending', () => {
    const f = formFromEntry(loaded)
    f.not_disclosed_reason = 'state_secret' // left over from choosing 不予公开 and back
    f.abolished_on = '2026-05-01' // left over from choosing 废止 and back
    f.interprets = ['p1'] // only interpretations link to policies
    expect(updateBody(f, loaded)).toBeNull()
    f.disclosure_attribute = 'not_disclosed'
    expect(updateBody(f, loaded)).toEqual({ version: 4, disclosure_attribute: 'not_disclosed', not_disclosed_reason: 'state_secret' })
  })

  test('a new entry leaves "is a policy" to the genre unless the editor set it, and sends no change date', () => {
    const f = emptyForm(7, 'interpretation')
    f.title = '《办法》政策解读'
    f.interprets = ['p1']
    f.interpretation_form = 'text'
    f.changed_on = '2026-01-01'
    const body = createBody(f, false) as unknown as Record<string, unknown>
    expect(body.is_policy).toBeNull()
    expect(body.interprets).toEqual(['p1'])
    expect(body.interpretation_form).toBe('text')
    expect('changed_on' in body).toBe(false)
    expect((createBody({ ...f, is_policy: true }, true) as unknown as Record<string, unknown>).is_policy).toBe(true)
    expect(emptyForm(7, 'measures').is_policy).toBe(true)
    expect(emptyForm(7, 'announcement').is_policy).toBe(false)
  })
})
