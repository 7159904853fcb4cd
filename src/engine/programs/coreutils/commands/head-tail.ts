import type { Program, ProgramContext } from '../../../process/types'
import { parseFlags } from '../flags'
import { complain, eachInput, usageError } from '../io'

function countArg(ctx: ProgramContext, raw: string | undefined, what: 'lines' | 'bytes'): number | null {
  if (raw === undefined) return 10
  if (!/^[-+]?\d+$/.test(raw)) {
    complain(ctx, `invalid number of ${what}: '${raw}'`)
    return null
  }
  return Number(raw)
}

function splitKeepingNewlines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l !== '')
}

function headerFor(files: string[], file: string, first: boolean): string {
  if (files.length < 2) return ''
  return `${first ? '' : '\n'}==> ${file === '-' ? 'standard input' : file} <==\n`
}

/** Stdin is read only as far as needed, so `yes | head` ends (the writer then gets SIGPIPE). */
async function headOfStream(ctx: ProgramContext, n: number, bytes: boolean): Promise<number> {
  let left = n
  while (left > 0) {
    const chunk = await ctx.stdin.read(ctx.signals.terminated)
    if (chunk === null) break
    if (bytes) {
      ctx.stdout.write(chunk.slice(0, left))
      left -= Math.min(left, chunk.length)
      continue
    }
    let end = 0
    while (left > 0 && end < chunk.length) {
      const nl = chunk.indexOf('\n', end)
      if (nl < 0) {
        end = chunk.length
        break
      }
      end = nl + 1
      left--
    }
    ctx.stdout.write(chunk.slice(0, end))
  }
  return 0
}

/** head [-n N] [-c N]: a negative N means all but the last N. */
export const head: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'qv', value: 'nc', long: { 'lines=': 'n', 'bytes=': 'c' }, numericShorthand: 'n' })
  if (p.error) return usageError(ctx, p.error)
  const bytes = p.values.has('c')
  const n = countArg(ctx, p.values.get(bytes ? 'c' : 'n'), bytes ? 'bytes' : 'lines')
  if (n === null) return 1
  if (n >= 0 && (p.operands.length === 0 || (p.operands.length === 1 && p.operands[0] === '-'))) return headOfStream(ctx, n, bytes)
  let first = true
  return eachInput(ctx, p.operands, (text, file) => {
    ctx.stdout.write(headerFor(p.operands, file, first))
    first = false
    if (bytes) return void ctx.stdout.write(n >= 0 ? text.slice(0, n) : text.slice(0, Math.max(0, text.length + n)))
    const ls = splitKeepingNewlines(text)
    ctx.stdout.write((n >= 0 ? ls.slice(0, n) : ls.slice(0, Math.max(0, ls.length + n))).join(''))
  })
}

/** tail [-n N] [-n +N] [-c N] */
export const tail: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'qvfF', value: 'nc', long: { 'lines=': 'n', 'bytes=': 'c', follow: 'f' }, numericShorthand: 'n' })
  if (p.error) return usageError(ctx, p.error)
  const bytes = p.values.has('c')
  const raw = p.values.get(bytes ? 'c' : 'n')
  const fromStart = raw?.startsWith('+') ?? false
  const n = countArg(ctx, raw, bytes ? 'bytes' : 'lines')
  if (n === null) return 1
  const count = Math.abs(n)
  let first = true
  return eachInput(ctx, p.operands, (text, file) => {
    ctx.stdout.write(headerFor(p.operands, file, first))
    first = false
    if (bytes) return void ctx.stdout.write(fromStart ? text.slice(Math.max(0, count - 1)) : count === 0 ? '' : text.slice(-count))
    const ls = splitKeepingNewlines(text)
    ctx.stdout.write((fromStart ? ls.slice(Math.max(0, count - 1)) : count === 0 ? [] : ls.slice(-count)).join(''))
  })
}
