import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { ApiError, buildUrl, installSessionHooks, request } from './http'

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })
}

describe('http client', () => {
  let token = 'old'
  const refresh = vi.fn(async () => {
    token = 'new'
    return true
  })
  const expired = vi.fn()
  beforeEach(() => {
    token = 'old'
    refresh.mockClear()
    expired.mockClear()
    installSessionHooks({ accessToken: () => token, refresh, expired, language: () => 'en-US' })
  })
  afterEach(() => vi.unstubAllGlobals())

  test('query strings skip empty values and repeat arrays', () => {
    expect(buildUrl('/x', { a: 1, b: '', c: null, d: undefined, e: ['p', 'q'], f: false })).toBe('/x?a=1&e=p&e=q&f=false')
    expect(buildUrl('/x', {})).toBe('/x')
  })

  test('sends the bearer token and the language; retries once with a refreshed token after a 401', async () => {
    const seen: Array<{ auth: string | null; lang: string | null }> = []
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      const h = init.headers as Record<string, string>
      seen.push({ auth: h.Authorization ?? null, lang: h['Accept-Language'] ?? null })
      return h.Authorization === 'Bearer new' ? json(200, { ok: true }) : json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json')
    }))
    await expect(request('GET', '/api/v1/auth/me')).resolves.toEqual({ ok: true })
    expect(seen).toEqual([{ auth: 'Bearer old', lang: 'en-US' }, { auth: 'Bearer new', lang: 'en-US' }])
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(expired).not.toHaveBeenCalled()
  })

  test('a failed refresh ends the session and surfaces the 401 problem', async () => {
    refresh.mockImplementationOnce(async () => false)
    vi.stubGlobal('fetch', vi.fn(async () => json(401, { title: '未登录', status: 401, code: 'unauthenticated' }, 'application/problem+json')))
    const err = await request('GET', '/x').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).code).toBe('unauthenticated')
    expect(expired).toHaveBeenCalledTimes(1)
  })

  test('problem+json field errors are keyed by field; several messages for one field are joined', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(422, {
      title: '请求参数有误', status: 422, code: 'validation_error',
      errors: [
        { field: 'code', message: '代码校验位不正确' },
        { field: 'days.0.date', message: '日期格式应为 YYYY-MM-DD' },
        { field: 'code', message: '长度不正确' },
        { field: 'body', location: 'body', message: '收到申请之日不能早于提交之日' },
      ],
    }, 'application/problem+json')))
    const err = (await request('POST', '/x', { json: {} }).catch((e: unknown) => e)) as ApiError
    expect(err.status).toBe(422)
    expect(err.fieldErrors).toEqual({ code: '代码校验位不正确；长度不正确', 'days.0.date': '日期格式应为 YYYY-MM-DD', '': '收到申请之日不能早于提交之日' })
  })

  test('a network failure becomes a problem in the user’s language', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))
    const err = (await request('GET', '/x').catch((e: unknown) => e)) as ApiError
    expect(err.problem).toMatchObject({ status: 0, code: 'network_error', title: 'Cannot reach the server' })
  })

  test('a non-JSON error page still gives a problem with the status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } })))
    const err = (await request('GET', '/x').catch((e: unknown) => e)) as ApiError
    expect(err.problem).toMatchObject({ status: 502, title: 'Bad Gateway' })
  })
})
