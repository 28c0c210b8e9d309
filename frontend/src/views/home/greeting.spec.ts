import { describe, expect, it } from 'vitest'
import { greetingKey } from './greeting'

const at = (hour: number, minute = 0) => new Date(2026, 10, 28, hour, minute)

describe('greetingKey', () => {
  it.each([
    [at(4, 59), 'evening'],
    [at(5), 'morning'],
    [at(8, 59), 'morning'],
    [at(9), 'forenoon'],
    [at(12), 'noon'],
    [at(14), 'afternoon'],
    [at(17, 59), 'afternoon'],
    [at(18), 'evening'],
    [at(23, 30), 'evening'],
  ])('%s is %s', (time, key) => {
    expect(greetingKey(time)).toBe(key)
  })
})
