import { http } from './http'

/** A job of the process engine that failed: retried by the engine until `retries` reaches 0. */
export interface FailedJob {
  jobId: string
  processKey: string
  processName: string
  processVersion: number
  processInstanceId: string
  activityId: string | null
  activityName: string | null
  /** 0: the engine gave up and raised an incident. */
  retries: number
  /** The exception's message; for a confidential process only that there was one. */
  error: string | null
  confidential: boolean
  /** ISO-8601 instants. */
  dueAt: string | null
  incidentId: string | null
  incidentAt: string | null
}

/** What running a failed job once more did; on success the job is gone (`job` absent). */
export interface RetryOutcome {
  jobId: string
  succeeded: boolean
  error: string | null
  job?: FailedJob
}

/** One deployed version of a process. */
export interface ProcessVersion {
  id: string
  version: number
  /** ISO-8601 instant. */
  deployedAt: string
  running: number
  incidents: number
  suspended: boolean
}

export interface ProcessVersions {
  key: string
  name: string
  /** Newest first. */
  versions: ProcessVersion[]
}

/** The process engine's operations (admin only). */
export const operationsApi = {
  /** Incidents first. */
  async failedJobs(): Promise<FailedJob[]> {
    return (await http.get<FailedJob[]>('/api/admin/operations/failed-jobs')).data
  },
  /** Runs the job at once; 404 when it no longer exists, 409 `job.busy` while the engine runs it. */
  async retry(jobId: string): Promise<RetryOutcome> {
    const url = `/api/admin/operations/failed-jobs/${encodeURIComponent(jobId)}/retry`
    return (await http.post<RetryOutcome>(url)).data
  },
  async processes(): Promise<ProcessVersions[]> {
    return (await http.get<ProcessVersions[]>('/api/admin/operations/processes')).data
  },
}
