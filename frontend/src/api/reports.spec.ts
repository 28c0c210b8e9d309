import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { afterEach, describe, expect, it } from 'vitest'
import { acceptedReport, reportMatrix } from '@/test/fixtures/reports'
import { http } from './http'
import { REPORT_ROLES, reportExportUrl, reportPdfUrl, reportsApi } from './reports'

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

describe('reportsApi', () => {
  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('asks for the matrix of the server’s default years without parameters', async () => {
    const requests = answer(reportMatrix)
    expect(await reportsApi.matrix()).toEqual(reportMatrix)
    expect(requests[0]!.method).toBe('get')
    expect(requests[0]!.url).toBe('/api/reports')
    expect(requests[0]!.params).toBeUndefined()
  })

  it('asks for the years from…to, either end alone too', async () => {
    let requests = answer(reportMatrix)
    await reportsApi.matrix({ from: 2021, to: 2025 })
    expect(requests[0]!.params).toEqual({ from: 2021, to: 2025 })

    requests = answer(reportMatrix)
    await reportsApi.matrix({ to: 2024 })
    expect(requests[0]!.params).toEqual({ to: 2024 })
  })

  it('asks for one report by its id', async () => {
    const requests = answer(acceptedReport)
    expect(await reportsApi.get('pi-2024-1')).toEqual(acceptedReport)
    expect(requests[0]!.url).toBe('/api/reports/pi-2024-1')
  })

  it('downloads a report as PDF and the scores as a workbook', () => {
    expect(reportPdfUrl('pi-2024-1')).toBe('/api/reports/pi-2024-1/pdf')
    expect(reportExportUrl()).toBe('/api/reports/export')
    expect(reportExportUrl({ from: 2021, to: 2025 })).toBe('/api/reports/export?from=2021&to=2025')
  })

  it('shows the reports to the Party committee, the commission and branch leaders', () => {
    expect(REPORT_ROLES).toEqual([
      'party-committee',
      'discipline',
      'branch-secretary',
      'branch-committee',
    ])
  })
})
