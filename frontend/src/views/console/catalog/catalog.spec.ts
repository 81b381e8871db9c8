import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { ApiError } from '@/api/http'
import type { Entry } from '@/api/catalog'
import EntryActionDialog from './EntryActionDialog.vue'
import EntryAttachments from './EntryAttachments.vue'
import { ENTRY_ACTIONS } from './entryWorkflow'

const api = vi.hoisted(() => ({ entryStep: vi.fn(), uploadEntryAttachment: vi.fn(), removeEntryAttachment: vi.fn(), downloadEntryAttachment: vi.fn() }))
vi.mock('@/api/catalog', async (importOriginal) => ({ ...(await importOriginal<object>()), catalogApi: api }))

const entry = (over: Partial<Entry> = {}) => ({
  id: 'e1', version: 6, title: '关于加强校车安全管理的通知', status: 'submitted', actions: ['approve', 'return'], attachments: [], ...over,
}) as unknown as Entry
const action = (key: string) => ENTRY_ACTIONS.find((a) => a.key === key)!

function mountDialog(key: string, e = entry()) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(EntryActionDialog, { props: { entry: e, action: action(key) }, attachTo: document.body, global: { plugins: [pinia, ElementPlus, i18n] } })
}
const confirm = async () => {
  ;(document.querySelector('[data-test=entry-action-confirm]') as HTMLButtonElement).click()
  await flushPromises()
  await new Promise((r) => setTimeout(r, 150)) // Element Plus shows a field's message after a short debounce
}

describe('entry action dialog', () => {
  beforeEach(() => {
    Object.values(api).forEach((f) => f.mockReset())
    document.body.innerHTML = ''
  })
  afterEach(() => { document.body.innerHTML = '' })

  test('the server’s refusal of a reviewer who edited the entry is shown in the dialog, in the user’s words', async () => {
    api.entryStep.mockRejectedValue(new ApiError({ title: '审查人不能是起草人', detail: '保密审查须由起草、修改该条目以外的人员进行。', status: 403, code: 'reviewer_is_author' }))
    const w = mountDialog('approve')
    await flushPromises()
    await confirm()
    expect(api.entryStep).toHaveBeenCalledWith('e1', 'approve', { version: 6, publish_at: null, comment: null })
    const alert = document.querySelector('[role=alert]')
    expect(alert?.textContent).toContain('审查人不能是起草人')
    expect(alert?.textContent).toContain('保密审查须由起草、修改该条目以外的人员进行。')
    expect(w.emitted('done')).toBeUndefined()
    w.unmount()
  })

  test('returning without comments is stopped next to the comment field; with comments the updated entry comes back', async () => {
    const returned = entry({ status: 'returned', version: 7, actions: [] })
    api.entryStep.mockResolvedValue(returned)
    const w = mountDialog('return')
    await flushPromises()
    await confirm()
    expect(api.entryStep).not.toHaveBeenCalled()
    expect(document.querySelector('.el-form-item__error')?.textContent).toContain('此项为必填项')

    const textarea = document.querySelector('#act-comment') as HTMLTextAreaElement
    textarea.value = '请补充文号并上传盖章件'
    textarea.dispatchEvent(new Event('input'))
    await flushPromises()
    await confirm()
    expect(api.entryStep).toHaveBeenCalledWith('e1', 'return', { version: 6, comment: '请补充文号并上传盖章件' })
    expect(w.emitted('done')?.[0]).toEqual([returned])
    w.unmount()
  })

  test('a scheduled approval needs its time; a field error from the server is shown under that field', async () => {
    api.entryStep.mockRejectedValue(new ApiError({ title: '请求参数有误', status: 422, code: 'validation_error',
      errors: [{ field: 'comment', message: '审查意见不能超过 2000 个字' }] }))
    const w = mountDialog('approve')
    await flushPromises()
    ;(document.querySelectorAll('[data-test=approve-when] input')[1] as HTMLInputElement).click()
    await flushPromises()
    await confirm() // no time chosen yet: stopped here
    expect(api.entryStep).not.toHaveBeenCalled()
    expect(document.querySelector('.el-form-item__error')?.textContent).toContain('此项为必填项')

    ;(document.querySelectorAll('[data-test=approve-when] input')[0] as HTMLInputElement).click()
    await flushPromises()
    await confirm()
    expect(api.entryStep).toHaveBeenCalledTimes(1)
    const errors = [...document.querySelectorAll('.el-form-item__error')].map((e) => e.textContent)
    expect(errors).toEqual([expect.stringContaining('审查意见不能超过 2000 个字')])
    expect(document.querySelector('.problem-alert')).toBeNull() // placed next to its field, not above the form
    w.unmount()
  })
})

describe('entry attachments', () => {
  test('an upload shows its progress and hands the updated entry to the page; a refused file shows why', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    let report: (f: number) => void = () => undefined
    let finish: (e: Entry) => void = () => undefined
    api.uploadEntryAttachment.mockImplementationOnce((_id: string, _file: File, _title: string, onProgress: (f: number) => void) => {
      report = onProgress
      return new Promise<Entry>((ok) => { finish = ok })
    })
    api.uploadEntryAttachment.mockRejectedValueOnce(new ApiError({ title: '文件类型不允许', detail: '不接受可执行文件。', status: 415, code: 'unsupported_media_type' }))
    const w = mount(EntryAttachments, { props: { entry: entry({ status: 'draft' }), editable: true }, global: { plugins: [pinia, ElementPlus, i18n] } })
    const input = w.find('[data-test=attachment-input]')
    const files = [new File(['%PDF-1.4'], '检查表.pdf', { type: 'application/pdf' }), new File(['MZ'], 'setup.exe')]
    Object.defineProperty(input.element, 'files', { value: files })
    await input.trigger('change')
    await flushPromises()
    expect(api.uploadEntryAttachment.mock.calls[0][2]).toBe('检查表') // the title defaults to the file name
    report(0.42)
    await flushPromises()
    expect(w.find('[data-test="upload-检查表.pdf"]').text()).toContain('42%')
    const updated = entry({ status: 'draft', version: 7, attachments: [{ id: 'a1', filename: '检查表.pdf', title: '检查表', content_type: 'application/pdf', size: 8, sha256: 'x' }] as never })
    finish(updated)
    await flushPromises()
    expect(w.emitted('update')?.[0]).toEqual([updated])
    expect(w.find('[data-test="upload-setup.exe"]').text()).toContain('不接受可执行文件。')
  })

  test('without the right to attach, the files are listed but nothing can be uploaded or removed', () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const w = mount(EntryAttachments, {
      props: { entry: entry({ attachments: [{ id: 'a1', filename: '附件.docx', title: null, content_type: 'x', size: 2048, sha256: 'x' }] as never }), editable: false },
      global: { plugins: [pinia, ElementPlus, i18n] },
    })
    expect(w.text()).toContain('附件.docx')
    expect(w.text()).toContain('2.0 KB')
    expect(w.find('[data-test=attachment-input]').exists()).toBe(false)
    expect(w.text()).not.toContain('删除')
  })
})
