// The one HTTP client of the SPA: bearer token, transparent refresh on 401, Accept-Language, and RFC 9457
// problem+json turned into ApiError (with per-field messages for the form that sent the request).

export interface FieldProblem {
  field: string
  location?: string
  code?: string
  message: string
}

export interface ProblemBody {
  type?: string
  title: string
  status: number
  detail?: string
  code?: string
  errors?: FieldProblem[]
  request_id?: string
  [extra: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemBody

  constructor(problem: ProblemBody) {
    super(problem.detail || problem.title)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
  }

  get code(): string | undefined {
    return this.problem.code
  }

  /** Field errors keyed by the field path the server reported (e.g. `name`, `days.0.date`). */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.problem.errors ?? []) {
      const key = e.field || e.location || ''
      out[key] = out[key] ? `${out[key]}；${e.message}` : e.message
    }
    return out
  }
}

/** What the client needs from the session: the access token, a way to refresh it, and what to do when that fails. */
export interface SessionHooks {
  accessToken(): string | null
  refresh(): Promise<boolean>
  expired(): void
  language(): string
}

let hooks: SessionHooks = {
  accessToken: () => null,
  refresh: async () => false,
  expired: () => undefined,
  language: () => 'zh-CN',
}

export function installSessionHooks(h: SessionHooks): void {
  hooks = h
}

export type Query = Record<string, string | number | boolean | null | undefined | Array<string | number>>

export interface RequestOptions {
  query?: Query
  json?: unknown
  form?: Record<string, string>
  body?: BodyInit
  headers?: Record<string, string>
  /** Send without the bearer token (login, refresh). */
  anonymous?: boolean
  signal?: AbortSignal
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)))
    else params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

async function toProblem(resp: Response): Promise<ProblemBody> {
  const type = resp.headers.get('content-type') ?? ''
  if (type.includes('json')) {
    try {
      const body = (await resp.json()) as Partial<ProblemBody> & { detail?: unknown }
      if (body && typeof body === 'object' && typeof body.title === 'string') {
        return { ...body, status: body.status ?? resp.status } as ProblemBody
      }
    } catch {
      /* fall through to a generic problem */
    }
  }
  return { title: resp.statusText || 'Error', status: resp.status, code: 'http_error' }
}

function networkProblem(): ProblemBody {
  const zh = hooks.language().startsWith('zh')
  return {
    title: zh ? '无法连接服务器' : 'Cannot reach the server',
    detail: zh ? '请检查网络连接后重试。' : 'Check your network connection and try again.',
    status: 0,
    code: 'network_error',
  }
}

async function send(method: string, path: string, opts: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': hooks.language(), ...opts.headers }
  let body: BodyInit | undefined = opts.body
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.json)
  } else if (opts.form) {
    body = new URLSearchParams(opts.form)
  }
  if (token) headers.Authorization = `Bearer ${token}`
  try {
    return await fetch(buildUrl(path, opts.query), { method, headers, body, signal: opts.signal })
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err
    throw new ApiError(networkProblem())
  }
}

/** Sends a request and returns the raw response (for downloads); throws ApiError on any non-2xx status. */
export async function requestRaw(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  const token = opts.anonymous ? null : hooks.accessToken()
  let resp = await send(method, path, opts, token)
  if (resp.status === 401 && token) {
    if (await hooks.refresh()) {
      resp = await send(method, path, opts, hooks.accessToken())
    }
    if (resp.status === 401) hooks.expired()
  }
  if (!resp.ok) throw new ApiError(await toProblem(resp))
  return resp
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const resp = await requestRaw(method, path, opts)
  if (resp.status === 204) return undefined as T
  const type = resp.headers.get('content-type') ?? ''
  return (type.includes('json') ? await resp.json() : await resp.text()) as T
}

export const http = {
  get: <T>(path: string, query?: Query, opts: RequestOptions = {}) => request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, json?: unknown, opts: RequestOptions = {}) => request<T>('POST', path, { ...opts, json }),
  put: <T>(path: string, json?: unknown, opts: RequestOptions = {}) => request<T>('PUT', path, { ...opts, json }),
  patch: <T>(path: string, json?: unknown, opts: RequestOptions = {}) => request<T>('PATCH', path, { ...opts, json }),
  delete: <T>(path: string, opts: RequestOptions = {}) => request<T>('DELETE', path, opts),
}

/** A page of a list endpoint (kernel/pagination.py). */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
  pages: number
}
