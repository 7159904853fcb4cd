import { daysFromCivil, utcFields, type UtcFields } from '../../kernel/time'

export { daysFromCivil, utcFields, type UtcFields }

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
