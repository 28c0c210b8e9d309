export type GreetingKey = 'morning' | 'forenoon' | 'noon' | 'afternoon' | 'evening'

/** The part of the day a Chinese greeting names: 早上, 上午, 中午, 下午, 晚上. */
export function greetingKey(now: Date): GreetingKey {
  const hour = now.getHours()
  if (hour >= 5 && hour < 9) return 'morning'
  if (hour >= 9 && hour < 12) return 'forenoon'
  if (hour >= 12 && hour < 14) return 'noon'
  if (hour >= 14 && hour < 18) return 'afternoon'
  return 'evening'
}
