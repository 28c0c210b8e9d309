import { http } from './http'

export type RoleCode =
  | 'staff'
  | 'branch-secretary'
  | 'branch-committee'
  | 'party-committee'
  | 'discipline'
  | 'discipline-head'
  | 'leader'
  | 'admin'
  | 'auditor'

export interface BranchRef {
  id: number
  name: string
}

export interface CurrentUser {
  username: string
  displayName: string
  roles: RoleCode[]
  branch: BranchRef | null
}

export interface DemoAccounts {
  password: string
  accounts: CurrentUser[]
}

export interface Credentials {
  username: string
  password: string
}

export const authApi = {
  async me(): Promise<CurrentUser> {
    return (await http.get<CurrentUser>('/api/auth/me')).data
  },
  async login(credentials: Credentials): Promise<CurrentUser> {
    return (await http.post<CurrentUser>('/api/auth/login', credentials)).data
  },
  async logout(): Promise<void> {
    await http.post('/api/auth/logout')
  },
  /** The demo accounts, or 404 when the server is not in demo mode. */
  async demoAccounts(): Promise<DemoAccounts> {
    return (await http.get<DemoAccounts>('/api/auth/demo-accounts')).data
  },
}
