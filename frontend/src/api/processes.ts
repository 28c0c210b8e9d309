import { http } from './http'
import type { FormSchema, FormValues } from './tasks'

/** A process the caller may start. */
export interface ProcessDefinition {
  key: string
  name: string
  description?: string
  version: number
}

export interface StartForm {
  schema: FormSchema
  values: FormValues
}

export interface StartedProcess {
  processInstanceId: string
  title: string
}

export const processesApi = {
  async list(): Promise<ProcessDefinition[]> {
    return (await http.get<ProcessDefinition[]>('/api/processes')).data
  },
  async startForm(key: string): Promise<StartForm> {
    return (await http.get<StartForm>(`/api/processes/${encodeURIComponent(key)}/start-form`)).data
  },
  async start(key: string, values: FormValues): Promise<StartedProcess> {
    return (
      await http.post<StartedProcess>(`/api/processes/${encodeURIComponent(key)}/start`, {
        values,
      })
    ).data
  },
}
