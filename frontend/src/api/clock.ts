// The platform's one notion of today, in the browser.
//
// Statutory dates are dates in the platform's time zone (Asia/Shanghai unless the server says otherwise), on the
// server's clock — never the browser's zone or clock: a laptop on UTC is still on yesterday from 16:00 to 24:00 UTC
// while Beijing is on today, and a phone's clock can be off by hours. The app asks the gateway once at start-up
// (GET /api/v1/time) for its time and zone; until the answer arrives (or if it never does) the browser's clock is
// read in the platform's zone, which is right whenever that clock is.

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

interface ServerTime {
  now: string
  today: string
  timezone: string
}

const state = { offsetMs: 0, timeZone: DEFAULT_TIME_ZONE, synced: false }

/** Asks the gateway for its clock; the offset is measured against the middle of the round trip. */
export async function syncClock(fetcher: typeof fetch = fetch): Promise<void> {
  const sent = Date.now()
  const resp = await fetcher('/api/v1/time', { headers: { Accept: 'application/json' }, cache: 'no-store' })
  if (!resp.ok) return
  const body = (await resp.json()) as ServerTime
  const received = Date.now()
  const server = Date.parse(body.now)
  if (Number.isNaN(server)) return
  setPlatformClock(server - (sent + received) / 2, body.timezone || DEFAULT_TIME_ZONE)
}

/** Sets the offset from the browser's clock and the zone (for tests, and after a sync). */
export function setPlatformClock(offsetMs: number, timeZone: string = DEFAULT_TIME_ZONE): void {
  state.offsetMs = offsetMs
  state.timeZone = validZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  state.synced = true
}

export function platformTimeZone(): string {
  return state.timeZone
}

/** Now on the platform's clock. */
export function platformNow(): Date {
  return new Date(Date.now() + state.offsetMs)
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let f = dateFormats.get(timeZone)
  if (!f) {
    // en-CA formats as YYYY-MM-DD
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dateFormats.set(timeZone, f)
  }
  return f
}

function validZone(timeZone: string): boolean {
  try {
    dateFormat(timeZone)
    return true
  } catch {
    return false
  }
}

/** Today (YYYY-MM-DD) in the platform's time zone, on the platform's clock. */
export function platformToday(): string {
  return dateFormat(state.timeZone).format(platformNow())
}

/** This year in the platform's time zone. */
export function platformYear(): number {
  return Number(platformToday().slice(0, 4))
}

/** A YYYY-MM-DD date moved by whole days (calendar arithmetic, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The calendar date (YYYY-MM-DD, platform time zone) of an ISO timestamp or date; '' for nothing. */
export function dateOf(value: string | null | undefined): string {
  if (!value) return ''
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return dateFormat(state.timeZone).format(d)
}

const timeFormats = new Map<string, Intl.DateTimeFormat>()
/** Date and time (YYYY-MM-DD HH:mm, platform time zone) of an ISO timestamp; '' for nothing. */
export function dateTimeOf(value: string | null | undefined, seconds = false): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  const key = `${state.timeZone}|${seconds}`
  let f = timeFormats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: state.timeZone, hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hour12: false,
    })
    timeFormats.set(key, f)
  }
  return `${dateOf(value)} ${f.format(d)}`
}
