import { http } from './http'

/** A person one may hand a task to or copy in. */
export interface UserRef {
  username: string
  displayName: string
}

export const usersApi = {
  /** People whose name or username matches `q` (1–50 characters). */
  async search(q: string, limit = 20): Promise<UserRef[]> {
    return (await http.get<UserRef[]>('/api/users', { params: { q, limit } })).data
  },
}
