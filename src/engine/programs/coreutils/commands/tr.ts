import type { Program } from '../../../process/types'
import { readAll } from '../../../shell/streams'
import { parseFlags } from '../flags'
import { usageError } from '../io'

const CLASSES: Record<string, string> = {
  lower: 'abcdefghijklmnopqrstuvwxyz', upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', digit: '0123456789',
  space: ' \t\n\r\f\v', blank: ' \t', punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
}
CLASSES.alpha = CLASSES.lower! + CLASSES.upper!
CLASSES.alnum = CLASSES.alpha + CLASSES.digit!

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' }

/** Expand a tr SET: ranges a-z, classes [:upper:], escapes \n \\ and \NNN. */
export function expandSet(set: string): string[] {
  const chars: string[] = []
  for (let i = 0; i < set.length; i++) {
    const cls = /^\[:(\w+):\]/.exec(set.slice(i))
    if (cls && CLASSES[cls[1]!] !== undefined) {
      chars.push(...CLASSES[cls[1]!]!)
      i += cls[0].length - 1
      continue
    }
    let c = set[i]!
    if (c === '\\' && i + 1 < set.length) {
      const oct = /^[0-7]{1,3}/.exec(set.slice(i + 1))
      if (oct) {
        c = String.fromCharCode(parseInt(oct[0], 8))
        i += oct[0].length
      } else c = ESC[set[++i]!] ?? set[i]!
    }
    if (set[i + 1] === '-' && i + 2 < set.length) {
      const end = set[i + 2]!.codePointAt(0)!
      for (let cp = c.codePointAt(0)!; cp <= end; cp++) chars.push(String.fromCodePoint(cp))
      i += 2
    } else chars.push(c)
  }
  return chars
}

export const tr: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'dscC', long: { delete: 'd', 'squeeze-repeats': 's', complement: 'c' } })
  if (p.error) return usageError(ctx, p.error)
  const [a, b] = p.operands
  if (a === undefined) return usageError(ctx, 'missing operand')
  const del = p.flags.has('d')
  const squeeze = p.flags.has('s')
  if (!del && !squeeze && b === undefined) return usageError(ctx, `missing operand after '${a}'`)
  const set1 = new Set(expandSet(a))
  const complement = p.flags.has('c') || p.flags.has('C')
  const inSet1 = (c: string) => set1.has(c) !== complement
  const from = expandSet(a)
  const to = b === undefined ? [] : expandSet(b)
  const map = new Map<string, string>()
  if (!del && to.length) from.forEach((c, k) => map.set(c, to[Math.min(k, to.length - 1)]!))
  const squeezeSet = new Set(del || b === undefined ? [...set1] : to)
  const text = await readAll(ctx.stdin, ctx.signals.terminated)
  let out = ''
  let last = ''
  for (const c of text) {
    if (del && inSet1(c)) continue
    let o = c
    if (!del && complement && inSet1(c) && to.length) o = to[to.length - 1]!
    else if (!del) o = map.get(c) ?? c
    if (squeeze && o === last && (squeezeSet.has(o) || (complement && b === undefined && inSet1(o)))) continue
    out += o
    last = o
  }
  ctx.stdout.write(out)
  return 0
}
