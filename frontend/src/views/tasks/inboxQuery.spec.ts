import { describe, expect, it } from 'vitest'
import { inboxParams } from '@/api/tasks'
import { filtersFromQuery, queryFromFilters, taskQueryOf } from './inboxQuery'

describe('inbox filters in the address', () => {
  it('falls back to my tasks by due date, page one, when the address says nothing usable', () => {
    expect(
      filtersFromQuery({ scope: 'everything', sort: 'random', page: '-2', size: 'x' }),
    ).toEqual({
      scope: 'mine',
      q: '',
      process: '',
      overdue: false,
      sort: 'due',
      page: 1,
      size: 20,
    })
  })

  it('keeps only the choices that differ from the defaults', () => {
    const filters = filtersFromQuery({ scope: 'done', q: ' 入学 ', overdue: 'true', size: '50' })

    expect(queryFromFilters(filters)).toEqual({
      scope: 'done',
      q: '入学',
      overdue: 'true',
      size: '50',
    })
  })

  it('sends no blank search, no empty process and no false overdue to the server', () => {
    const filters = filtersFromQuery({ scope: 'involved', q: '   ' })

    expect(inboxParams(taskQueryOf(filters))).toEqual({
      scope: 'involved',
      page: 1,
      size: 20,
      sort: 'due',
    })
  })
})
