import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { afterEach, describe, expect, it } from 'vitest'
import { http } from './http'
import { tasksApi } from './tasks'

const originalAdapter = http.defaults.adapter

/** Answers every request with `data`, keeping the requests to look at. */
function answer(data: unknown): InternalAxiosRequestConfig[] {
  const requests: InternalAxiosRequestConfig[] = []
  const adapter: AxiosAdapter = (config) => {
    requests.push(config)
    return Promise.resolve({ data, status: 200, statusText: 'OK', headers: {}, config })
  }
  http.defaults.adapter = adapter
  return requests
}

describe('tasksApi.batchComplete', () => {
  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('posts the ids, the values and the trimmed comment, and answers the result per task', async () => {
    const outcomes = [
      { taskId: 't-a', status: 204 },
      { taskId: 't-b', status: 403, code: 'task.not-assignee', detail: '只有任务的办理人可以提交' },
    ]
    const requests = answer(outcomes)

    const result = await tasksApi.batchComplete(
      ['t-a', 't-b'],
      { reviewDecision: 'pass' },
      ' 同意 ',
    )

    expect(result).toEqual(outcomes)
    expect(requests).toHaveLength(1)
    expect(requests[0]!.method).toBe('post')
    expect(requests[0]!.url).toBe('/api/tasks/batch-complete')
    expect(JSON.parse(requests[0]!.data as string)).toEqual({
      taskIds: ['t-a', 't-b'],
      values: { reviewDecision: 'pass' },
      comment: '同意',
    })
  })

  it('leaves a blank comment out', async () => {
    const requests = answer([])

    await tasksApi.batchComplete(['t-a'], {}, '   ')

    expect(JSON.parse(requests[0]!.data as string)).toEqual({ taskIds: ['t-a'], values: {} })
  })
})
