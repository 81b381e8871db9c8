import type { components } from './schema/catalog'
import { http, type Page } from './http'

type S = components['schemas']
export type AgencySummary = S['AgencySummary']
export type Agency = S['AgencyOut']
export type AgencyCreate = S['AgencyCreate']
export type AgencyUpdate = S['AgencyUpdate']
export type AgencyTreeNode = S['AgencyTreeNode']
export type AgencyHistory = S['AgencyHistoryOut']

const base = '/api/v1/catalog'

export interface AgencyQuery {
  parent_id?: number
  within?: number
  q?: string
  level?: string
  kind?: string
  accepts_requests?: boolean
  include_inactive?: boolean
  page: number
  size: number
}

export const catalogApi = {
  agencies: (query: AgencyQuery) => http.get<Page<AgencySummary>>(`${base}/agencies`, { ...query }),
  agencyTree: (rootId?: number) => http.get<AgencyTreeNode[]>(`${base}/agencies/tree`, { root_id: rootId }),
  agency: (id: number) => http.get<Agency>(`${base}/agencies/${id}`),
  agencyHistory: (id: number) => http.get<AgencyHistory[]>(`${base}/agencies/${id}/history`),
  createAgency: (body: AgencyCreate, idempotencyKey: string) =>
    http.post<Agency>(`${base}/agencies`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  updateAgency: (id: number, body: AgencyUpdate) => http.patch<Agency>(`${base}/agencies/${id}`, body),
  moveAgency: (id: number, body: S['AgencyMove']) => http.post<Agency>(`${base}/agencies/${id}/move`, body),
  deactivateAgency: (id: number, body: S['AgencyDeactivate']) => http.post<Agency>(`${base}/agencies/${id}/deactivate`, body),
  reactivateAgency: (id: number, version: number) => http.post<Agency>(`${base}/agencies/${id}/reactivate`, { version }),
}
