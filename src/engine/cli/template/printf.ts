/**
 * fmt.Sprintf for the template function printf: flags + - # space 0, width, precision
 * (both may be *), the verbs v s q d b o x X c U t e E f F g G T %, and fmt's error
 * notations %!v(MISSING), %!d(string=x), %!(EXTRA …), %!(NOVERB).
 */
import { formatGoFloat } from '../format/gofloat'
import { formatValue, goQuote } from './gofmt'
import { INVALID, dataEntries, kindOf, sortedKeys, typeName } from './values'

interface Spec {
  plus: boolean
  minus: boolean
  sharp: boolean
  space: boolean
  zero: boolean
  width?: number
  prec?: number
}

function padTo(s: string, spec: Spec, numeric: boolean): string {
  if (spec.width === undefined) return s
  const n = spec.width - Array.from(s).length
  if (n <= 0) return s
  if (spec.minus) return s + ' '.repeat(n)
  if (spec.zero) {
    const signLen = numeric && /^[+\- ]/.test(s) ? 1 : 0
    return s.slice(0, signLen) + '0'.repeat(n) + s.slice(signLen)
  }
  return ' '.repeat(n) + s
}

function badVerb(verb: string, v: unknown): string {
  if (v === null || v === undefined || v === INVALID) return `%!${verb}(<nil>)`
  return `%!${verb}(${typeName(v)}=${formatValue(v)})`
}

function signed(s: string, negative: boolean, spec: Spec): string {
  if (negative) return '-' + s
  if (spec.plus) return '+' + s
  if (spec.space) return ' ' + s
  return s
}

function formatInt(v: number | bigint, verb: string, spec: Spec): string {
  const big = BigInt(v)
  const negative = big < 0n
  const abs = negative ? -big : big
  let digits: string
  switch (verb) {
    case 'b': digits = abs.toString(2); break
    case 'o': digits = abs.toString(8); break
    case 'x': digits = abs.toString(16); break
    case 'X': digits = abs.toString(16).toUpperCase(); break
    default: digits = abs.toString(10)
  }
  if (spec.prec !== undefined) digits = spec.prec === 0 && abs === 0n ? '' : digits.padStart(spec.prec, '0')
  if (spec.sharp) {
    if (verb === 'x') digits = '0x' + digits
    else if (verb === 'X') digits = '0X' + digits
    else if (verb === 'o' && !digits.startsWith('0')) digits = '0' + digits
    else if (verb === 'b') digits = '0b' + digits
  }
  return signed(digits, negative, spec)
}

function formatOne(v: unknown, verb: string, spec: Spec): string {
  const kind = kindOf(v)
  // fmt applies the verb to each element of slices and maps.
  if (kind === 'slice' && verb !== 'T' && verb !== 'v') {
    return `[${(v as unknown[]).map((x) => formatOne(x, verb, { ...spec, width: undefined })).join(' ')}]`
  }
  if (kind === 'map' && verb !== 'T' && verb !== 'v') {
    const obj = v as Record<string, unknown>
    const inner = { ...spec, width: undefined }
    return `map[${sortedKeys(obj).map((k) => `${formatOne(k, verb, inner)}:${formatOne(obj[k], verb, inner)}`).join(' ')}]`
  }
  if (kind === 'struct' && verb !== 'T' && verb !== 'v') {
    return `{${dataEntries(v as object).map(([, x]) => formatOne(x, verb, { ...spec, width: undefined })).join(' ')}}`
  }
  switch (verb) {
    case 'v': return padTo(formatValue(v === INVALID ? null : v, spec.plus), spec, false)
    case 'T': return padTo(typeName(v), spec, false)
    case 's':
      if (kind !== 'string') return badVerb(verb, v)
      return padTo(spec.prec === undefined ? (v as string) : Array.from(v as string).slice(0, spec.prec).join(''), spec, false)
    case 'q':
      if (kind === 'string') return padTo(goQuote(v as string, spec.sharp && !(v as string).includes('`') ? '`' : '"', spec.plus), spec, false)
      if (kind === 'int') return padTo(goQuote(String.fromCodePoint(Number(v)), "'", spec.plus), spec, false)
      return badVerb(verb, v)
    case 't':
      return kind === 'bool' ? padTo(String(v), spec, false) : badVerb(verb, v)
    case 'c':
      return kind === 'int' ? padTo(String.fromCodePoint(Number(v)), spec, false) : badVerb(verb, v)
    case 'U':
      if (kind !== 'int') return badVerb(verb, v)
      return padTo('U+' + Number(v).toString(16).toUpperCase().padStart(4, '0'), spec, false)
    case 'd': case 'b': case 'o': case 'x': case 'X':
      if (kind === 'int') return padTo(formatInt(v as number | bigint, verb, spec), spec, true)
      if (kind === 'string' && (verb === 'x' || verb === 'X')) {
        const hex = Array.from(new Uint8Array(utf8Bytes(v as string))).map((b) => b.toString(16).padStart(2, '0')).join('')
        return padTo(verb === 'X' ? hex.toUpperCase() : hex, spec, false)
      }
      return badVerb(verb, v)
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      if (kind !== 'float') return badVerb(verb, v)
      const fmt = (verb === 'F' ? 'f' : verb) as 'e' | 'E' | 'f' | 'g' | 'G'
      const prec = spec.prec ?? (fmt === 'g' || fmt === 'G' ? -1 : 6)
      const s = formatGoFloat(Math.abs(v as number), fmt, prec)
      return padTo(signed(s, (v as number) < 0, spec), spec, true)
    }
    default:
      return `%!${verb}(${typeName(v)}=${formatValue(v)})`
  }
}

function utf8Bytes(s: string): number[] {
  const out: number[] = []
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return out
}

/** fmt.Sprintf(format, args...). */
export function sprintf(format: string, args: unknown[]): string {
  let out = ''
  let argi = 0
  let i = 0
  const takeInt = (): number | undefined => {
    const a = args[argi++]
    return kindOf(a) === 'int' ? Number(a) : undefined
  }
  while (i < format.length) {
    const pct = format.indexOf('%', i)
    if (pct < 0) {
      out += format.slice(i)
      break
    }
    out += format.slice(i, pct)
    i = pct + 1
    const spec: Spec = { plus: false, minus: false, sharp: false, space: false, zero: false }
    for (; i < format.length; i++) {
      const c = format[i]
      if (c === '+') spec.plus = true
      else if (c === '-') spec.minus = true
      else if (c === '#') spec.sharp = true
      else if (c === ' ') spec.space = true
      else if (c === '0') spec.zero = !spec.minus
      else break
    }
    if (format[i] === '*') {
      i++
      spec.width = takeInt()
    } else {
      const m = /^\d+/.exec(format.slice(i))
      if (m) {
        spec.width = Number(m[0])
        i += m[0].length
      }
    }
    if (format[i] === '.') {
      i++
      if (format[i] === '*') {
        i++
        spec.prec = takeInt()
      } else {
        const m = /^\d+/.exec(format.slice(i))
        spec.prec = m ? Number(m[0]) : 0
        if (m) i += m[0].length
      }
    }
    if (i >= format.length) {
      out += '%!(NOVERB)'
      break
    }
    const verb = String.fromCodePoint(format.codePointAt(i) as number)
    i += verb.length
    if (verb === '%') {
      out += '%'
      continue
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`
      continue
    }
    out += formatOne(args[argi++], verb, spec)
  }
  if (argi < args.length) {
    const extra = args.slice(argi).map((a) => (a === null || a === undefined || a === INVALID ? '<nil>' : `${typeName(a)}=${formatValue(a)}`))
    out += `%!(EXTRA ${extra.join(', ')})`
  }
  return out
}
