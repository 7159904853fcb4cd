import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { complain, eachInput, lines, usageError } from '../io'

function parseList(list: string): ((n: number) => boolean) | null {
  const ranges: [number, number][] = []
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part)
    if (!m || (m[1] === '' && m[3] === '')) return null
    const a = m[1] ? Number(m[1]) : 1
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a
    ranges.push([a, b])
  }
  return (n) => ranges.some(([a, b]) => n >= a && n <= b)
}

export const cut: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 's', value: 'dfcb', long: { 'delimiter=': 'd', 'fields=': 'f', 'characters=': 'c', 'bytes=': 'b', 'only-delimited': 's' } })
  if (p.error) return usageError(ctx, p.error)
  const fields = p.values.get('f')
  const chars = p.values.get('c') ?? p.values.get('b')
  if (fields === undefined && chars === undefined) return usageError(ctx, 'you must specify a list of bytes, characters, or fields')
  const pick = parseList(fields ?? chars!)
  if (!pick) {
    complain(ctx, fields !== undefined ? 'invalid field value' : 'invalid byte or character range')
    return 1
  }
  const delim = p.values.get('d') ?? '\t'
  if (delim.length !== 1) return usageError(ctx, 'the delimiter must be a single character')
  let out = ''
  const status = await eachInput(ctx, p.operands, (text) => {
    for (const l of lines(text)) {
      if (chars !== undefined) out += [...l].filter((_, k) => pick(k + 1)).join('') + '\n'
      else if (!l.includes(delim)) {
        if (!p.flags.has('s')) out += l + '\n'
      } else out += l.split(delim).filter((_, k) => pick(k + 1)).join(delim) + '\n'
    }
  })
  ctx.stdout.write(out)
  return status
}
