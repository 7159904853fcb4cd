/**
 * Go's fmt printing of template values: %v (fmt.Sprint), %+v, strconv.Quote.
 */
import { formatGoFloat } from '../format/gofloat'
import { INVALID, dataEntries, kindOf, sortedKeys, structTypeName } from './values'

/** fmt's %v (plus=false) and %+v (plus=true). depth > 0 inside composite values. */
export function formatValue(v: unknown, plus = false, depth = 0): string {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
    case 'nilptr': return '<nil>'
    case 'nilslice': return '[]'
    case 'nilmap': return 'map[]'
    case 'string': return v as string
    case 'bool': return v ? 'true' : 'false'
    case 'int': return String(v)
    case 'float': return formatGoFloat(v as number, 'g', -1)
    case 'func': return '0xc000010000'
    case 'slice':
      return `[${(v as unknown[]).map((x) => formatValue(x, plus, depth + 1)).join(' ')}]`
    case 'map': {
      const obj = v as Record<string, unknown>
      const parts = sortedKeys(obj).map((k) => `${k}:${formatValue(obj[k], plus, depth + 1)}`)
      return `map[${parts.join(' ')}]`
    }
    case 'struct': {
      const pointer = (structTypeName(v) as string).startsWith('*')
      // fmt prints a pointer to a struct as &{…} at the top and as an address below it.
      if (pointer && depth > 0) return '0xc000010000'
      const parts = dataEntries(v as object).map(([k, x]) =>
        plus ? `${k}:${formatValue(x, plus, depth + 1)}` : formatValue(x, plus, depth + 1),
      )
      return `${pointer ? '&' : ''}{${parts.join(' ')}}`
    }
  }
}

/** fmt.Sprint: operands joined with a space when neither side is a string. */
export function sprint(args: unknown[]): string {
  let out = ''
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' '
    out += formatValue(a === INVALID ? null : a)
  })
  return out
}

/** fmt.Sprintln: operands always joined with a space, then a newline. */
export function sprintln(args: unknown[]): string {
  return args.map((a) => formatValue(a === INVALID ? null : a)).join(' ') + '\n'
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u

/** strconv.Quote (ASCII-only when asciiOnly, as strconv.QuoteToASCII / %+q). */
export function goQuote(s: string, quote = '"', asciiOnly = false): string {
  let out = quote
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    if (ch === quote || ch === '\\') {
      out += '\\' + ch
      continue
    }
    if (cp < 0x80 ? cp >= 0x20 && cp < 0x7f : !asciiOnly && PRINTABLE.test(ch) && !(cp >= 0xd800 && cp < 0xe000)) {
      out += ch
      continue
    }
    switch (ch) {
      case '\x07': out += '\\a'; continue
      case '\b': out += '\\b'; continue
      case '\f': out += '\\f'; continue
      case '\n': out += '\\n'; continue
      case '\r': out += '\\r'; continue
      case '\t': out += '\\t'; continue
      case '\v': out += '\\v'; continue
    }
    if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0')
    else if (cp >= 0xd800 && cp < 0xe000) out += '\\ufffd'
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0')
    else out += '\\U' + cp.toString(16).padStart(8, '0')
  }
  return out + quote
}
