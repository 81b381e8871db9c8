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

  /** Field errors keyed by the field path the server reported (e.g. `name`, `days.0.date`); errors about the
   * request as a whole (reported on `body`) have the empty key. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.problem.errors ?? []) {
      const key = !e.field || e.field === e.location || ['body', 'query', 'path'].includes(e.field) ? '' : e.field
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

/**
 * Uploads a file as the raw request body (application/octet-stream) with upload progress (0–1), the way the
 * services take attachments. Refreshes the token once on 401 like `request`.
 */
export function upload<T>(path: string, file: Blob, opts: { query?: Query; headers?: Record<string, string>; onProgress?: (fraction: number) => void; signal?: AbortSignal } = {}): Promise<T> {
  const attempt = (token: string | null) =>
    new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
      const xhr = new XMLHttpRequest()
      xhr.open('POST', buildUrl(path, opts.query))
      xhr.setRequestHeader('Accept', 'application/json')
      xhr.setRequestHeader('Accept-Language', hooks.language())
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream')
      for (const [name, value] of Object.entries(opts.headers ?? {})) xhr.setRequestHeader(name, value)
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) opts.onProgress?.(e.loaded / e.total)
      }
      xhr.onload = () => resolve({ status: xhr.status, type: xhr.getResponseHeader('content-type') ?? '', text: xhr.responseText })
      xhr.onerror = () => reject(new ApiError(networkProblem()))
      xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'))
      opts.signal?.addEventListener('abort', () => xhr.abort())
      xhr.send(file)
    })
  return (async () => {
    const token = hooks.accessToken()
    let res = await attempt(token)
    if (res.status === 401 && token && (await hooks.refresh())) res = await attempt(hooks.accessToken())
    if (res.status === 401 && token) hooks.expired()
    const body = res.type.includes('json') && res.text ? JSON.parse(res.text) : null
    if (res.status < 200 || res.status >= 300) {
      throw new ApiError(body && typeof body.title === 'string' ? { ...body, status: body.status ?? res.status } : { title: `HTTP ${res.status}`, status: res.status, code: 'http_error' })
    }
    opts.onProgress?.(1)
    return body as T
  })()
}

/** Fetches a file (with the session's token, or credentials in a POST body) and hands it to the browser as a download. */
export async function download(path: string, fallbackName: string, opts: { query?: Query; method?: string; json?: unknown } = {}): Promise<void> {
  const resp = await requestRaw(opts.method ?? 'GET', path, { query: opts.query, json: opts.json })
  const blob = await resp.blob()
  const disposition = resp.headers.get('content-disposition') ?? ''
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  saveBlob(blob, star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName)
}

/** Hands a blob to the browser as a file download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A page of a list endpoint (kernel/pagination.py). */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
  pages: number
}
