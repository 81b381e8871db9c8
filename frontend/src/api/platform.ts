// Endpoints every service has: the audit log and the dictionaries of enumerations.
import type { components } from './schema/auth'
import { http, type Page } from './http'

export type AuditEntry = components['schemas']['AuditEntryOut']
export const SERVICES = ['auth', 'catalog', 'applications', 'statistics'] as const
export type ServiceName = (typeof SERVICES)[number]

export interface DictionaryItem {
  code: string
  label: string
  label_en: string
  [extra: string]: unknown
}

export interface AuditQuery {
  actor_id?: string
  action?: string
  entity_type?: string
  entity_id?: string
  request_id?: string
  since?: string
  until?: string
  page: number
  size: number
}

export const platformApi = {
  audit: (service: ServiceName, query: AuditQuery) => http.get<Page<AuditEntry>>(`/api/v1/${service}/audit`, { ...query }),
  /** Every service's code lists, the gateway's (auth: audit actions, entity types, actor kinds) included; public. */
  dictionaries: (service: ServiceName) =>
    http.get<Record<string, DictionaryItem[]>>(`/api/v1/${service}/dictionaries`, undefined, { anonymous: true }),
}
