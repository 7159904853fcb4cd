/** Epoch milliseconds to UTC calendar fields by arithmetic (Hinnant's civil_from_days); the engine has no Date. */
export interface UtcFields {
  year: number
  month: number // 1-12
  day: number
  hour: number
  minute: number
  second: number
  weekday: number // 0 = Sunday
  yearDay: number // 1-366
}

export function utcFields(ms: number): UtcFields {
  const totalSeconds = Math.floor(ms / 1000)
  const days = Math.floor(totalSeconds / 86400)
  const secs = totalSeconds - days * 86400
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const jan1 = daysFromCivil(year, 1, 1)
  return {
    year,
    month,
    day,
    hour: Math.floor(secs / 3600),
    minute: Math.floor((secs % 3600) / 60),
    second: secs % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
    yearDay: days - jan1 + 1,
  }
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
export const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
export const WEEKDAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export const pad2 = (n: number) => String(n).padStart(2, '0')

/** strftime for the codes date(1) users reach for. */
export function strftime(format: string, ms: number): string {
  const t = utcFields(ms)
  return format.replace(/%([-_0^#]?)([a-zA-Z%+])/g, (whole, flag: string, code: string) => {
    const v = strftimeCode(code, t, ms)
    if (v === null) return whole
    if (flag === '-') return v.replace(/^0+(?=\d)/, '')
    if (flag === '_') return v.replace(/^0/, ' ')
    if (flag === '^') return v.toUpperCase()
    return v
  })
}

function strftimeCode(code: string, t: UtcFields, ms: number): string | null {
  switch (code) {
    case 'Y': return String(t.year)
    case 'C': return pad2(Math.floor(t.year / 100))
    case 'y': return pad2(t.year % 100)
    case 'm': return pad2(t.month)
    case 'd': return pad2(t.day)
    case 'e': return String(t.day).padStart(2, ' ')
    case 'H': return pad2(t.hour)
    case 'I': return pad2(t.hour % 12 || 12)
    case 'M': return pad2(t.minute)
    case 'S': return pad2(t.second)
    case 'p': return t.hour < 12 ? 'AM' : 'PM'
    case 'P': return t.hour < 12 ? 'am' : 'pm'
    case 'a': return WEEKDAYS[t.weekday]!
    case 'A': return WEEKDAYS_LONG[t.weekday]!
    case 'b':
    case 'h': return MONTHS[t.month - 1]!
    case 'B': return MONTHS_LONG[t.month - 1]!
    case 'j': return String(t.yearDay).padStart(3, '0')
    case 'u': return String(t.weekday || 7)
    case 'w': return String(t.weekday)
    case 's': return String(Math.floor(ms / 1000))
    case 'N': return String(Math.floor(ms % 1000) * 1000000).padStart(9, '0')
    case 'Z': return 'UTC'
    case 'z': return '+0000'
    case 'n': return '\n'
    case 't': return '\t'
    case '%': return '%'
    case 'F': return `${t.year}-${pad2(t.month)}-${pad2(t.day)}`
    case 'D': return `${pad2(t.month)}/${pad2(t.day)}/${pad2(t.year % 100)}`
    case 'T': return `${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`
    case 'R': return `${pad2(t.hour)}:${pad2(t.minute)}`
    case 'r': return `${pad2(t.hour % 12 || 12)}:${pad2(t.minute)}:${pad2(t.second)} ${t.hour < 12 ? 'AM' : 'PM'}`
    case 'c': return `${WEEKDAYS[t.weekday]} ${MONTHS[t.month - 1]} ${String(t.day).padStart(2, ' ')} ${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)} ${t.year}`
    case 'x': return `${pad2(t.month)}/${pad2(t.day)}/${pad2(t.year % 100)}`
    case 'X': return `${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`
  }
  return null
}
