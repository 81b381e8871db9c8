import type { components } from './schema/auth'
import { http, request, type Page } from './http'

type S = components['schemas']
export type Me = S['MeOut']
export type TokenResponse = S['TokenResponse']
export type User = S['UserOut']
export type UserCreate = S['UserCreate']
export type UserUpdate = S['UserUpdate']
export type Role = S['RoleOut']
export type RoleIn = S['RoleIn']
export type RoleUpdate = S['RoleUpdate']
export type Permission = S['PermissionOut']
export type Client = S['ClientOut']
export type ClientCreate = S['ClientCreate']
export type ClientUpdate = S['ClientUpdate']
export type ClientWithSecret = S['ClientWithSecret']
export type CitizenRegister = S['CitizenRegister']

const base = '/api/v1/auth'

export const authApi = {
  passwordLogin: (username: string, password: string) =>
    request<TokenResponse>('POST', `${base}/token`, { form: { grant_type: 'password', username, password }, anonymous: true }),
  refresh: (refreshToken: string) =>
    request<TokenResponse>('POST', `${base}/token`, {
      form: { grant_type: 'refresh_token', refresh_token: refreshToken },
      anonymous: true,
    }),
  revoke: (refreshToken: string) =>
    request<void>('POST', `${base}/revoke`, { json: { refresh_token: refreshToken }, anonymous: true }),
  me: () => http.get<Me>(`${base}/me`),
  changePassword: (oldPassword: string, newPassword: string) =>
    http.post<void>(`${base}/me/password`, { old_password: oldPassword, new_password: newPassword }),
  register: (body: CitizenRegister) => http.post<Me>(`${base}/register`, body, { anonymous: true }),

  users: (query: { q?: string; kind?: string; agency_id?: number; role?: string; active?: boolean; page: number; size: number }) =>
    http.get<Page<User>>(`${base}/users`, query),
  createUser: (body: UserCreate) => http.post<User>(`${base}/users`, body),
  updateUser: (id: string, body: UserUpdate) => http.patch<User>(`${base}/users/${id}`, body),
  resetPassword: (id: string, newPassword: string) => http.post<User>(`${base}/users/${id}/password`, { new_password: newPassword }),
  unlockUser: (id: string) => http.post<User>(`${base}/users/${id}/unlock`),

  permissions: () => http.get<Permission[]>(`${base}/permissions`),
  roles: () => http.get<Role[]>(`${base}/roles`),
  createRole: (body: RoleIn) => http.post<Role>(`${base}/roles`, body),
  updateRole: (code: string, body: RoleUpdate) => http.patch<Role>(`${base}/roles/${code}`, body),
  deleteRole: (code: string) => http.delete<void>(`${base}/roles/${code}`),

  clients: (query: { page: number; size: number }) => http.get<Page<Client>>(`${base}/clients`, query),
  createClient: (body: ClientCreate) => http.post<ClientWithSecret>(`${base}/clients`, body),
  updateClient: (id: string, body: ClientUpdate) => http.patch<Client>(`${base}/clients/${id}`, body),
  rotateSecret: (id: string) => http.post<ClientWithSecret>(`${base}/clients/${id}/secret`),
}
