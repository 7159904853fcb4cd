import type { Entry } from '../../../fs/types'
import { MONTHS, pad2, utcFields } from '../time'
import { utf8Length as utf8Bytes } from '../../../kernel/utf8'

export function modeString(e: Entry): string {
  const type = e.type === 'dir' ? 'd' : e.type === 'symlink' ? 'l' : '-'
  const m = e.mode
  const bit = (mask: number, c: string) => (m & mask ? c : '-')
  const special = (x: boolean, flag: boolean, lower: string) => (flag ? (x ? lower : lower.toUpperCase()) : x ? 'x' : '-')
  return (
    type +
    bit(0o400, 'r') + bit(0o200, 'w') + special(!!(m & 0o100), !!(m & 0o4000), 's') +
    bit(0o040, 'r') + bit(0o020, 'w') + special(!!(m & 0o010), !!(m & 0o2000), 's') +
    bit(0o004, 'r') + bit(0o002, 'w') + special(!!(m & 0o001), !!(m & 0o1000), 't')
  )
}

export function entrySize(e: Entry): number {
  if (e.type === 'dir') return 4096
  if (e.type === 'symlink') return e.target.length
  return e.size ?? utf8Bytes(e.data)
}

/** 1K blocks as `total` counts them: 4K filesystem blocks. */
export function blocks(e: Entry): number {
  if (e.type === 'symlink') return 0
  return Math.ceil(entrySize(e) / 4096) * 4
}

/** ls -h: 1023, 1.0K, 4.0K, 12K, 1.5M (one decimal under 10, rounded up as GNU does). */
export function humanSize(n: number): string {
  if (n < 1024) return String(n)
  const units = ['K', 'M', 'G', 'T', 'P']
  let v = n
  let u = -1
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  if (v < 10) {
    const up = Math.ceil(v * 10) / 10
    return up >= 10 ? `10${units[u]}` : `${up.toFixed(1)}${units[u]}`
  }
  const whole = Math.ceil(v)
  return whole >= 1024 && u < units.length - 1 ? `1.0${units[u + 1]}` : `${whole}${units[u]}`
}

/** `Jul 16 04:36` for recent files, `Jul 16  2023` for those over six months old or in the future. */
export function lsDate(mtime: number, now: number): string {
  const t = utcFields(mtime)
  const day = String(t.day).padStart(2, ' ')
  const sixMonths = (365.2425 / 2) * 86400 * 1000
  const recent = mtime <= now + 60_000 && now - mtime < sixMonths
  return `${MONTHS[t.month - 1]} ${day} ${recent ? `${pad2(t.hour)}:${pad2(t.minute)}` : ` ${t.year}`}`
}

/** GNU ls's vertical columns for a terminal `width` wide: as many columns as fit, filled top to bottom. */
export function columns(names: string[], width: number): string {
  if (names.length === 0) return ''
  const lens = names.map((n) => [...n].length)
  let best = { cols: 1, rows: names.length, widths: [Math.max(...lens)] }
  for (let cols = Math.min(names.length, Math.max(1, Math.floor(width / 3))); cols > 1; cols--) {
    const rows = Math.ceil(names.length / cols)
    if (Math.ceil(names.length / rows) !== cols) continue
    const widths: number[] = []
    for (let c = 0; c < cols; c++) widths.push(Math.max(...lens.slice(c * rows, (c + 1) * rows)))
    const total = widths.reduce((a, b) => a + b, 0) + 2 * (cols - 1)
    if (total < width) {
      best = { cols, rows, widths }
      break
    }
  }
  let out = ''
  for (let r = 0; r < best.rows; r++) {
    const cells: string[] = []
    for (let c = 0; c < best.cols; c++) {
      const k = c * best.rows + r
      if (k < names.length) cells.push(names[k]!)
    }
    out += cells.map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(best.widths[c]! - [...cell].length + 2))).join('') + '\n'
  }
  return out
}
