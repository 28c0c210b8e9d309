import { describe, expect, it } from 'vitest'
import { intakeParams } from '@/api/intakes'
import { filtersFromQuery, intakeQueryOf, queryFromFilters } from './intakeQuery'

describe('intake filters in the address', () => {
  it('falls back to the open cases of every stage, page one, when the address says nothing usable', () => {
    expect(
      filtersFromQuery({ state: 'all', stage: 'member', overdue: 'yes', page: '0', size: 'x' }),
    ).toEqual({ state: 'open', stage: '', branch: '', overdue: false, page: 1, size: 20 })
  })

  it('reads each of the five stages from the address, and no registry status that is not one', () => {
    for (const stage of ['applicant', 'activist', 'development-target', 'probationary', 'full']) {
      expect(filtersFromQuery({ stage }).stage).toBe(stage)
    }
    expect(filtersFromQuery({ stage: 'rejected' }).stage).toBe('')
    expect(filtersFromQuery({ stage: 'cancelled' }).stage).toBe('')
    expect(filtersFromQuery({ stage: 'none' }).stage).toBe('')
  })

  it('keeps only the choices that differ from the defaults', () => {
    const filters = filtersFromQuery({
      state: 'closed',
      stage: 'activist',
      branch: ' branch-2 ',
      overdue: 'true',
      size: '500',
    })

    expect(filters.size).toBe(100)
    expect(queryFromFilters(filters)).toEqual({
      state: 'closed',
      stage: 'activist',
      branch: 'branch-2',
      overdue: 'true',
      size: '100',
    })
    expect(queryFromFilters(filtersFromQuery({}))).toEqual({})
  })

  it('asks for a branch only for those who may choose one, and sends no blanks', () => {
    const filters = filtersFromQuery({ branch: 'branch-2' })

    expect(intakeParams(intakeQueryOf(filters, true))).toEqual({
      state: 'open',
      branch: 'branch-2',
      page: 1,
      size: 20,
    })
    expect(intakeParams(intakeQueryOf(filters, false))).toEqual({
      state: 'open',
      page: 1,
      size: 20,
    })
  })
})
