import { describe, expect, test } from 'vitest'
import { nextTick, reactive } from 'vue'
import { ApiError } from '@/api/http'
import { useServerErrors } from './useServerErrors'

const problem = (errors: Array<{ field: string; message: string }>) =>
  new ApiError({ title: '请求参数有误', status: 422, code: 'validation_error', detail: '有 N 项不正确', errors })

describe('useServerErrors', () => {
  test('messages go next to the fields the form shows (nested paths to their top field)', () => {
    const e = useServerErrors(['name', 'days'])
    expect(e.capture(problem([{ field: 'name', message: '此项为必填项' }, { field: 'days.3.date', message: '日期重复' }]))).toBe(true)
    expect(e.fields).toEqual({ name: '此项为必填项', days: '日期重复' })
    expect(e.problem.value).toBeNull()
  })

  test('errors on fields the form does not show are listed above the form', () => {
    const e = useServerErrors(['name'])
    e.capture(problem([{ field: 'name', message: '太长' }, { field: 'version', message: '版本已变化' }]))
    expect(e.fields).toEqual({ name: '太长' })
    expect(e.problem.value?.detail).toBe('version：版本已变化')
  })

  test('a problem without field errors is shown whole; a new attempt clears the previous one', async () => {
    const e = useServerErrors(['name'])
    await e.run(async () => { throw new ApiError({ title: '无权操作', status: 403, code: 'out_of_scope' }) })
    expect(e.problem.value?.code).toBe('out_of_scope')
    await expect(e.run(async () => 42)).resolves.toBe(42)
    expect(e.problem.value).toBeNull()
  })

  test('errors that are not API problems propagate', async () => {
    const e = useServerErrors()
    await expect(e.run(async () => { throw new TypeError('bug') })).rejects.toThrow('bug')
  })

  test('a browser message goes as soon as its field is valid, also when another field makes it so', async () => {
    const form = reactive({ name: '', delivery: 'post', address: '' })
    const rule = (k: string) => ((k === 'name' && !form.name.trim()) || (k === 'address' && form.delivery === 'post' && !form.address.trim()) ? '必填' : undefined)
    const e = useServerErrors(['name', 'address'])
    e.clearOnEdit(() => form, rule)
    e.fields.name = '必填'
    e.fields.address = '必填'
    form.name = ' '
    await nextTick()
    expect(e.fields.name).toBe('必填') // still not valid
    form.name = '张三'
    await nextTick()
    expect(e.fields.name).toBeUndefined()
    form.delivery = 'online' // the address is no longer needed
    await nextTick()
    expect(e.fields).toEqual({})
  })

  test('a server message goes when its field is edited; the others stay; nested paths and unknown keys', async () => {
    const form = reactive({ items: [{ description: '太短了' }], phone: '123' })
    const e = useServerErrors(['items', 'phone', 'attachment_ids'])
    e.clearOnEdit(() => form)
    e.capture(problem([
      { field: 'items.0.description', message: '至少 5 个字' }, { field: 'phone', message: '电话号码格式不正确' },
      { field: 'attachment_ids', message: '附件不存在' },
    ]))
    // useServerErrors(['items', …]) files nested messages under the top field; a form may also key them by path
    e.fields['items.0.description'] = '至少 5 个字'
    form.items[0].description = '太短了，再写两句'
    await nextTick()
    expect(e.fields['items.0.description']).toBeUndefined()
    expect(e.fields.items).toBeUndefined() // the top field's value changed too
    expect(e.fields.phone).toBe('电话号码格式不正确')
    expect(e.fields.attachment_ids).toBe('附件不存在') // not in the form: left alone
    form.phone = '12345678'
    await nextTick()
    expect(e.fields.phone).toBeUndefined()
  })

  test('after clear() and a new message, the new message is compared with the value it was given for', async () => {
    const form = reactive({ name: 'a' })
    const e = useServerErrors(['name'])
    e.clearOnEdit(() => form)
    e.fields.name = '太短'
    form.name = 'ab'
    await nextTick()
    expect(e.fields.name).toBeUndefined()
    e.fields.name = '重复'
    await nextTick()
    expect(e.fields.name).toBe('重复')
    form.name = 'abc'
    await nextTick()
    expect(e.fields.name).toBeUndefined()
  })
})
