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
  /** After an initial or reset password: every other call answers 403 until it is changed. */
  passwordMustChange: boolean
}

/** A demo account as the login page lists it (no password state). */
export type DemoAccount = Omit<CurrentUser, 'passwordMustChange'>

export interface DemoAccounts {
  password: string
  accounts: DemoAccount[]
}

export interface Credentials {
  username: string
  password: string
}

export interface PasswordChange {
  currentPassword: string
  newPassword: string
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
  /** 204; 400 naming `currentPassword` or `newPassword` (the password rules) when refused. */
  async changePassword(change: PasswordChange): Promise<void> {
    await http.post('/api/auth/password', change)
  },
  /** The demo accounts, or 404 when the server is not in demo mode. */
  async demoAccounts(): Promise<DemoAccounts> {
    return (await http.get<DemoAccounts>('/api/auth/demo-accounts')).data
  },
}
