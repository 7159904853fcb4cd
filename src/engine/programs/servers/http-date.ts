import { utcFields } from '../../kernel/time'

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const p2 = (n: number) => String(n).padStart(2, '0')

/** "Tue, 16 Jul 2024 04:36:32 GMT" (RFC 7231 IMF-fixdate). */
export function httpDate(ms: number): string {
  const f = utcFields(ms)
  return `${DAY[f.weekday]}, ${p2(f.day)} ${MON[f.month - 1]} ${f.year} ${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)} GMT`
}

/** "16/Jul/2024:04:36:32 +0000" (the common log format's time). */
export function clfDate(ms: number): string {
  const f = utcFields(ms)
  return `${p2(f.day)}/${MON[f.month - 1]}/${f.year}:${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)} +0000`
}

/** "2024/07/16 04:36:32" (nginx's error log time). */
export function nginxLogDate(ms: number): string {
  const f = utcFields(ms)
  return `${f.year}/${p2(f.month)}/${p2(f.day)} ${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)}`
}

/** "Fri Jan 09 10:39:26.403849 2026" (Apache's error log time). */
export function apacheLogDate(ms: number): string {
  const f = utcFields(ms)
  const micros = String(f.ms * 1000).padStart(6, '0')
  return `${DAY[f.weekday]} ${MON[f.month - 1]} ${p2(f.day)} ${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)}.${micros} ${f.year}`
}

export function headerValue(headers: [string, string][], name: string): string | undefined {
  const n = name.toLowerCase()
  return headers.find(([k]) => k.toLowerCase() === n)?.[1]
}
