import { afterEach, describe, expect, test, vi } from 'vitest'
import { addDays, dateOf, dateTimeOf, platformToday, platformYear, setPlatformClock, syncClock } from './clock'

afterEach(() => {
  vi.useRealTimers()
  setPlatformClock(0)
})

describe('the platform’s today in the browser', () => {
  test('is the Beijing date, whatever the browser’s own zone and date say', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-07T16:30:00Z')) // 00:30 on the 8th in Beijing; UTC (and the US) still on the 7th
    setPlatformClock(0)
    expect(platformToday()).toBe('2026-12-08')
    vi.setSystemTime(new Date('2026-12-07T15:30:00Z')) // 23:30 on the 7th in Beijing
    expect(platformToday()).toBe('2026-12-07')
    vi.setSystemTime(new Date('2026-12-31T16:30:00Z'))
    expect(platformYear()).toBe(2027)
  })

  test('follows the server’s clock when the browser’s is wrong', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-01T02:00:00Z')) // a laptop a week behind
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ now: '2026-12-07T16:30:00Z', today: '2026-12-08', timezone: 'Asia/Shanghai' })))
    await syncClock(fetcher as unknown as typeof fetch)
    expect(fetcher).toHaveBeenCalledWith('/api/v1/time', expect.anything())
    expect(platformToday()).toBe('2026-12-08')
  })

  test('a server in another zone moves the dates with it; an unknown zone falls back to Beijing', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-07T16:30:00Z'))
    setPlatformClock(0, 'Asia/Urumqi') // UTC+6: 22:30 on the 7th
    expect(platformToday()).toBe('2026-12-07')
    setPlatformClock(0, 'Not/AZone')
    expect(platformToday()).toBe('2026-12-08')
  })

  test('timestamps are shown in the platform’s zone; dates stay as they are', () => {
    setPlatformClock(0)
    expect(dateOf('2026-12-07T16:30:00Z')).toBe('2026-12-08')
    expect(dateTimeOf('2026-12-07T16:30:00Z')).toBe('2026-12-08 00:30')
    expect(dateOf('2026-12-07')).toBe('2026-12-07')
    expect(dateOf(null)).toBe('')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})
