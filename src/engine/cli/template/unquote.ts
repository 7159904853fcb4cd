/**
 * strconv.Unquote and strconv.UnquoteChar for template string and character literals.
 */

export class SyntaxError_ extends Error {
  constructor() {
    super('invalid syntax')
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
}

/** Decodes one (possibly escaped) character at s[i]; returns it and the index after it. */
export function unquoteChar(s: string, i: number, quote: string): [string, number] {
  const c = s[i]
  if (c === undefined || c === quote) throw new SyntaxError_()
  if (c !== '\\') {
    const ch = String.fromCodePoint(s.codePointAt(i) as number)
    return [ch, i + ch.length]
  }
  const e = s[i + 1]
  const simple = e !== undefined && Object.hasOwn(SIMPLE_ESCAPES, e) ? SIMPLE_ESCAPES[e] : undefined
  if (simple !== undefined) return [simple, i + 2]
  if (e === quote && (quote === '"' || quote === "'")) return [e, i + 2]
  const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
  if (hexLen > 0) {
    const hex = s.slice(i + 2, i + 2 + hexLen)
    if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(hex)) throw new SyntaxError_()
    const cp = parseInt(hex, 16)
    if (e !== 'x' && (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))) throw new SyntaxError_()
    return [String.fromCodePoint(cp), i + 2 + hexLen]
  }
  if (e !== undefined && e >= '0' && e <= '7') {
    const oct = s.slice(i + 1, i + 4)
    if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) throw new SyntaxError_()
    return [String.fromCodePoint(parseInt(oct, 8)), i + 4]
  }
  throw new SyntaxError_()
}

/** strconv.Unquote of a "double-quoted", `raw` or 'c' literal. */
export function goUnquote(lit: string): string {
  const q = lit[0]
  if (lit.length < 2 || lit[lit.length - 1] !== q) throw new SyntaxError_()
  const body = lit.slice(1, -1)
  if (q === '`') {
    if (body.includes('`')) throw new SyntaxError_()
    return body.replace(/\r/g, '')
  }
  if (q !== '"' && q !== "'") throw new SyntaxError_()
  let out = ''
  let i = 0
  while (i < body.length) {
    if (body[i] === '\n') throw new SyntaxError_()
    const [ch, next] = unquoteChar(body, i, q)
    out += ch
    i = next
    if (q === "'" && i < body.length) throw new SyntaxError_()
  }
  if (q === "'" && out.length === 0) throw new SyntaxError_()
  return out
}
