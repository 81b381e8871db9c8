import { describe, expect, test } from 'vitest'
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
})
