const UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 }

/** Go time.ParseDuration, in nanoseconds; null when invalid. */
export function parseGoDuration(s: string): number | null {
  if (s === '0') return 0
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.exec(s)
  if (!m) return null
  let total = 0
  for (const p of s.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(p[1]) * UNITS[p[2]!]!
  return m[1] === '-' ? -total : total
}
