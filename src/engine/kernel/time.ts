/**
 * Calendar arithmetic without Date (banned in the engine so that time only comes from the Clock).
 * Days-from-civil after Howard Hinnant's algorithms; everything is UTC.
 */
export interface UtcFields {
  year: number
  month: number // 1-12
  day: number
  hour: number
  minute: number
  second: number
  ms: number
  weekday: number // 0 = Sunday
  yearDay: number // 1-366
}

const DAY = 86_400_000

export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function utcFields(ms: number): UtcFields {
  const days = Math.floor(ms / DAY)
  let rem = ms - days * DAY
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp + (mp < 10 ? 3 : -9)
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const hour = Math.floor(rem / 3_600_000)
  rem -= hour * 3_600_000
  const minute = Math.floor(rem / 60_000)
  rem -= minute * 60_000
  const second = Math.floor(rem / 1000)
  const yearDay = days - daysFromCivil(year, 1, 1) + 1
  return { year, month, day, hour, minute, second, ms: rem - second * 1000, weekday: (((days + 4) % 7) + 7) % 7, yearDay }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** RFC 3339 with nanoseconds as Go's time.RFC3339Nano prints it (trailing zeros trimmed). */
export function formatRfc3339Nano(ms: number, extraNanos = 0): string {
  if (ms === 0 && extraNanos === 0) return '0001-01-01T00:00:00Z'
  const f = utcFields(ms)
  const nanos = f.ms * 1_000_000 + extraNanos
  const frac = nanos ? '.' + String(nanos).padStart(9, '0').replace(/0+$/, '') : ''
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${frac}Z`
}

/** Parse "2025-12-08T00:00:00Z" / with fraction / with ±hh:mm offset; NaN when malformed. */
export function parseRfc3339(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(s)
  if (!m) return NaN
  const [, y, mo, d, h, mi, se, frac, zone] = m
  let ms = daysFromCivil(+y!, +mo!, +d!) * DAY + +h! * 3_600_000 + +mi! * 60_000 + +se! * 1000
  if (frac) ms += Math.floor(Number(`0.${frac}`) * 1000)
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1
    ms -= sign * (+zone.slice(1, 3) * 3_600_000 + +zone.slice(4, 6) * 60_000)
  }
  return ms
}
