/**
 * Number and list formatting shared by the package managers, written after the tools' own
 * code: apt's SizeToStr/TimeToStr (apt-pkg/contrib/strutl.cc), apt 3's column lists, pip's kB.
 */

/** `1234567` → "1,234,567" (apt prints with the C.UTF-8 locale's `%'` grouping). */
export function grouped(n: number, decimals = 0): string {
  const fixed = n.toFixed(decimals)
  const [int, frac] = fixed.split('.')
  const withCommas = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac ? `${withCommas}.${frac}` : withCommas
}

/**
 * apt's SizeToStr: below 100 of a unit (other than bytes) one decimal, below 10000 an integer,
 * else the next unit (powers of 1000). The caller appends "B": "256 kB", "9,670 kB", "19.3 MB".
 */
export function aptSize(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T']
  let size = Math.abs(bytes)
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${grouped(size, 1)} ${units[i]}B`
    if (size < 10000) return `${grouped(size)} ${units[i]}B`
    size /= 1000
  }
  return `${grouped(size)} PB`
}

/** apt's TimeToStr: "0s", "3s", "1min 5s", "1h 2min 3s". */
export function aptTime(seconds: number): string {
  const s = Math.round(seconds)
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}min ${s % 60}s`
  if (s >= 60) return `${Math.floor(s / 60)}min ${s % 60}s`
  return `${s}s`
}

/** The classic apt list: names wrapped at the terminal width, each line indented by two. */
export function wrapList(names: readonly string[], width = 80): string {
  const lines: string[] = []
  let line = ' '
  for (const n of names) {
    if (line.length + 1 + n.length > width - 1 && line.trim()) {
      lines.push(line)
      line = ' '
    }
    line += ` ${n}`
  }
  if (line.trim()) lines.push(line)
  return lines.map((l) => l + '\n').join('')
}

/**
 * apt 3's lists (Installing:, Installing dependencies:): `ls -C` style columns, filled down
 * first, two spaces of indent and at least two between columns.
 */
export function columnList(names: readonly string[], width = 80): string {
  if (!names.length) return ''
  for (let cols = Math.min(names.length, 8); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols)
    const widths: number[] = []
    for (let c = 0; c < cols; c++) {
      const col = names.slice(c * rows, (c + 1) * rows)
      widths.push(Math.max(0, ...col.map((n) => n.length)))
    }
    const total = 2 + widths.reduce((a, w) => a + w + 2, 0)
    if (cols > 1 && total > width) continue
    let out = ''
    for (let r = 0; r < rows; r++) {
      const cells: string[] = []
      for (let c = 0; c < cols; c++) {
        const n = names[c * rows + r]
        if (n !== undefined) cells.push(n.padEnd(widths[c]!))
      }
      out += `  ${cells.join('  ').trimEnd()}\n`
    }
    return out
  }
  return ''
}

/** pip's format_size: "64 kB", "4.9 kB", "1.2 MB", "512 bytes". */
export function pipSize(bytes: number): string {
  if (bytes > 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`
  if (bytes > 10_000) return `${Math.floor(bytes / 1000)} kB`
  if (bytes > 1000) return `${(bytes / 1000).toFixed(1)} kB`
  return `${bytes} bytes`
}

/** apk's sizes: "13 MiB", "824 KiB" (binary units, rounded). */
export function apkSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MiB`
  return `${Math.round(bytes / 1024)} KiB`
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** GNU date's default format in UTC, as tzdata's postinst prints it: "Tue Jul 16 04:36:32 UTC 2024". */
export function dateUtc(f: { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number }): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${DAYS[f.weekday]} ${MONTHS[f.month - 1]} ${String(f.day).padStart(2, ' ')} ${p(f.hour)}:${p(f.minute)}:${p(f.second)} UTC ${f.year}`
}
