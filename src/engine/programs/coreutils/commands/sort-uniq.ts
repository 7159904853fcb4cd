import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { eachInput, lines, usageError } from '../io'

function keyOf(line: string, key: string | undefined, sep: string | undefined): string {
  if (!key) return line
  const [startRaw, endRaw] = key.split(',')
  const start = Number.parseInt(startRaw ?? '1', 10)
  const end = endRaw === undefined ? Infinity : Number.parseInt(endRaw, 10)
  const fields = sep === undefined ? line.trim().split(/\s+/) : line.split(sep)
  return fields.slice(start - 1, end === Infinity ? undefined : end).join(sep ?? ' ')
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** sort: byte order (containers run in the C locale), -r -n -u -k -t -f. */
export const sort: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'rnufb', value: 'kto', long: { reverse: 'r', 'numeric-sort': 'n', unique: 'u', 'ignore-case': 'f', 'key=': 'k', 'field-separator=': 't' } })
  if (p.error) return usageError(ctx, p.error, 2)
  const all: string[] = []
  const status = await eachInput(ctx, p.operands, (text) => void all.push(...lines(text)))
  if (status) return 2
  const key = p.values.get('k')
  const sep = p.values.get('t')
  const numeric = p.flags.has('n')
  const fold = p.flags.has('f')
  const compare = (a: string, b: string) => {
    const ka = keyOf(a, key, sep)
    const kb = keyOf(b, key, sep)
    if (numeric) {
      const d = (Number.parseFloat(ka) || 0) - (Number.parseFloat(kb) || 0)
      if (d !== 0) return d
      return key ? 0 : cmp(a, b)
    }
    const r = fold ? cmp(ka.toUpperCase(), kb.toUpperCase()) : cmp(ka, kb)
    return r !== 0 || !key ? r : cmp(a, b)
  }
  let sorted = all.sort(compare)
  if (p.flags.has('r')) sorted = sorted.reverse()
  if (p.flags.has('u')) sorted = sorted.filter((l, k) => k === 0 || compare(sorted[k - 1]!, l) !== 0)
  ctx.stdout.write(sorted.map((l) => l + '\n').join(''))
  return 0
}

/** uniq [-c] [-d] [-u]: adjacent duplicates; -c counts right-aligned in 7 columns. */
export const uniq: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'cdui', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } })
  if (p.error) return usageError(ctx, p.error)
  const groups: [string, number][] = []
  const same = (a: string, b: string) => (p.flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b)
  const status = await eachInput(ctx, p.operands.slice(0, 1), (text) => {
    for (const l of lines(text)) {
      const last = groups[groups.length - 1]
      if (last && same(last[0], l)) last[1]++
      else groups.push([l, 1])
    }
  })
  let out = ''
  for (const [l, n] of groups) {
    if (p.flags.has('d') && n < 2) continue
    if (p.flags.has('u') && n > 1) continue
    out += p.flags.has('c') ? `${String(n).padStart(7)} ${l}\n` : `${l}\n`
  }
  ctx.stdout.write(out)
  return status
}
