import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { eachInput, usageError } from '../io'
import { utf8Length } from '../../../kernel/utf8'

interface Counts {
  lines: number
  words: number
  chars: number
  bytes: number
  maxLine: number
}

function count(text: string): Counts {
  const words = text.split(/[ \t\n\r\f\v]+/).filter(Boolean).length
  const maxLine = Math.max(0, ...text.split('\n').map((l) => [...l].length))
  return { lines: (text.match(/\n/g) ?? []).length, words, chars: [...text].length, bytes: utf8Length(text), maxLine }
}

/**
 * GNU wc's alignment: every number is right-aligned to one width, the digits of the largest
 * file size (total bytes), at least 1; when reading only stdin with no size known, 7 — unless
 * a single count is printed, which then has no padding at all.
 */
export const wc: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'lwcmL', long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm', 'max-line-length': 'L' } })
  if (p.error) return usageError(ctx, p.error)
  let which = (['l', 'w', 'm', 'c', 'L'] as const).filter((f) => p.flags.has(f))
  if (which.length === 0) which = ['l', 'w', 'c']
  const rows: [Counts, string | null][] = []
  const status = await eachInput(ctx, p.operands, (text, file) => void rows.push([count(text), p.operands.length ? file : null]))
  const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0 }
  for (const [c] of rows) {
    total.lines += c.lines
    total.words += c.words
    total.chars += c.chars
    total.bytes += c.bytes
    total.maxLine = Math.max(total.maxLine, c.maxLine)
  }
  const onlyStdin = p.operands.length === 0 || p.operands.every((f) => f === '-')
  let width = onlyStdin ? 7 : Math.max(1, String(total.bytes).length)
  if (which.length === 1 && rows.length === 1) width = 1
  if (which.length === 1 && onlyStdin) width = 1
  const pick = (c: Counts, f: (typeof which)[number]) => (f === 'l' ? c.lines : f === 'w' ? c.words : f === 'm' ? c.chars : f === 'c' ? c.bytes : c.maxLine)
  const line = (c: Counts, label: string | null) => which.map((f) => String(pick(c, f)).padStart(width)).join(' ') + (label === null ? '' : ` ${label}`) + '\n'
  for (const [c, label] of rows) ctx.stdout.write(line(c, label))
  if (rows.length > 1) ctx.stdout.write(line(total, 'total'))
  return status
}
