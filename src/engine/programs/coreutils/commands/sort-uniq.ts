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

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const isAlpha = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')

/** gnulib filevercmp.c `order`: digits 0, letters first, then '~' lowest, then everything else. */
function order(c: string): number {
  if (isDigit(c)) return 0
  if (isAlpha(c)) return c.charCodeAt(0)
  if (c === '~') return -1
  return c.charCodeAt(0) + 256
}

/** gnulib `verrevcmp` (the Debian version comparison) over a[0, al) and b[0, bl). */
function verrevcmp(a: string, al: number, b: string, bl: number): number {
  let i = 0
  let j = 0
  while (i < al || j < bl) {
    let firstDiff = 0
    while ((i < al && !isDigit(a[i])) || (j < bl && !isDigit(b[j]))) {
      const ac = i === al ? 0 : order(a[i]!)
      const bc = j === bl ? 0 : order(b[j]!)
      if (ac !== bc) return ac - bc
      i++
      j++
    }
    while (i < al && a[i] === '0') i++
    while (j < bl && b[j] === '0') j++
    while (i < al && j < bl && isDigit(a[i]) && isDigit(b[j])) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j)
      i++
      j++
    }
    if (i < al && isDigit(a[i])) return 1
    if (j < bl && isDigit(b[j])) return -1
    if (firstDiff) return firstDiff
  }
  return 0
}

/** Length of a name without its file suffix, gnulib's `(\.[A-Za-z~][A-Za-z0-9~]*)*$`. */
const prefixLength = (s: string) => s.length - (/(\.[A-Za-z~][A-Za-z0-9~]*)*$/.exec(s)?.[0].length ?? 0)

/** gnulib filevercmp, what `sort -V` and `ls -v` use: "." < ".." < hidden names < the rest. */
export function filevercmp(a: string, b: string): number {
  if (a === b) return 0
  if (!a) return -1
  if (!b) return 1
  if (a[0] === '.') {
    if (b[0] !== '.') return -1
    const adot = a === '.'
    const bdot = b === '.'
    if (adot || bdot) return Number(bdot) - Number(adot)
    const adotdot = a === '..'
    const bdotdot = b === '..'
    if (adotdot || bdotdot) return Number(bdotdot) - Number(adotdot)
  } else if (b[0] === '.') return 1
  const ap = prefixLength(a)
  const bp = prefixLength(b)
  const r = verrevcmp(a, ap, b, bp)
  return r || (ap === a.length && bp === b.length) ? r : verrevcmp(a, a.length, b, b.length)
}

/** sort: byte order (containers run in the C locale), -r -n -V -u -k -t -f. */
export const sort: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'rnufbV', value: 'kto', long: { reverse: 'r', 'numeric-sort': 'n', 'version-sort': 'V', unique: 'u', 'ignore-case': 'f', 'key=': 'k', 'field-separator=': 't' } })
  if (p.error) return usageError(ctx, p.error, 2)
  const all: string[] = []
  const status = await eachInput(ctx, p.operands, (text) => void all.push(...lines(text)))
  if (status) return 2
  const key = p.values.get('k')
  const sep = p.values.get('t')
  const numeric = p.flags.has('n')
  const fold = p.flags.has('f')
  const version = p.flags.has('V')
  const compare = (a: string, b: string) => {
    const ka = keyOf(a, key, sep)
    const kb = keyOf(b, key, sep)
    if (numeric) {
      const d = (Number.parseFloat(ka) || 0) - (Number.parseFloat(kb) || 0)
      if (d !== 0) return d
      return key ? 0 : cmp(a, b)
    }
    if (version) {
      // GNU sort: the key comparison, then (without -s) the whole line byte by byte as a last resort
      const v = filevercmp(ka, kb)
      return v !== 0 ? v : cmp(a, b)
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
