/**
 * printf(1) formatting, shared by the shell builtin and /usr/bin/printf. The format is reused
 * while arguments remain, as POSIX requires; `\c` in `%b` stops all output.
 */
export interface PrintfResult {
  text: string
  /** Arguments that were not numbers, as `'abc'` (the caller words the message). */
  badNumbers: string[]
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', E: '\x1b', '\\': '\\' }

/** Backslash escapes; `octalPrefix0` is %b/echo style (`\0NNN`), else printf style (`\NNN`). Returns [text, stopped]. */
export function interpretEscapes(text: string, octalPrefix0: boolean): [string, boolean] {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c !== '\\' || i + 1 >= text.length) {
      out += c
      continue
    }
    const n = text[++i]!
    if (n in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[n]
    else if (n === 'c') return [out, true]
    else if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1))
      if (m) {
        out += String.fromCharCode(parseInt(m[0], 16))
        i += m[0].length
      } else out += '\\x'
    } else if (/[0-7]/.test(n) && (!octalPrefix0 || n === '0')) {
      const digits = /^[0-7]{0,3}/.exec(text.slice(octalPrefix0 ? i + 1 : i))![0]
      out += String.fromCharCode(parseInt(digits || '0', 8) & 0xff)
      i += octalPrefix0 ? digits.length : digits.length - 1
    } else if (n === '"' || n === "'") out += octalPrefix0 ? '\\' + n : n
    else out += '\\' + n
  }
  return [out, false]
}

function toNumber(arg: string | undefined, bad: string[]): number {
  if (arg === undefined || arg === '') return 0
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0
  const t = arg.trim()
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(t)) return parseInt(t, 16)
  if (/^[-+]?0[0-7]+$/.test(t)) return parseInt(t, 8)
  if (/^[-+]?\d+$/.test(t)) return Number(t)
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t)
  bad.push(arg)
  const lead = /^[-+]?\d+/.exec(t)
  return lead ? Number(lead[0]) : 0
}

function pad(text: string, flags: string, width: number): string {
  if (text.length >= width) return text
  if (flags.includes('-')) return text.padEnd(width)
  if (flags.includes('0') && /^[-+]?\d/.test(text)) {
    const sign = /^[-+]/.test(text) ? text[0]! : ''
    return sign + text.slice(sign.length).padStart(width - sign.length, '0')
  }
  return text.padStart(width)
}

export function formatPrintf(format: string, args: readonly string[]): PrintfResult {
  const bad: string[] = []
  let out = ''
  let argi = 0
  const spec = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([sdiouxXcbfeEgG%])/y
  for (;;) {
    let i = 0
    let consumed = false
    while (i < format.length) {
      const c = format[i]!
      if (c === '\\') {
        const escape = /\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|[\s\S])?/y
        escape.lastIndex = i
        const chunk = escape.exec(format)![0]
        const [text, stop] = interpretEscapes(chunk, false)
        if (stop) return { text: out, badNumbers: bad }
        out += text
        i += chunk.length
        continue
      }
      if (c !== '%') {
        out += c
        i++
        continue
      }
      spec.lastIndex = i
      const m = spec.exec(format)
      if (!m) {
        out += c
        i++
        continue
      }
      i = spec.lastIndex
      const [, flags = '', widthRaw, precRaw, conv] = m
      if (conv === '%') {
        out += '%'
        continue
      }
      const next = () => {
        consumed = true
        return args[argi++]
      }
      const width = widthRaw === '*' ? toNumber(next(), bad) : Number(widthRaw ?? 0)
      const precision = precRaw === undefined ? undefined : precRaw === '*' ? toNumber(next(), bad) : Number(precRaw || 0)
      const arg = next()
      let text: string
      switch (conv) {
        case 's':
          text = (arg ?? '').slice(0, precision)
          break
        case 'b': {
          const [t, stop] = interpretEscapes(arg ?? '', true)
          if (stop) return { text: out + pad(t, flags, width), badNumbers: bad }
          text = t
          break
        }
        case 'c':
          text = (arg ?? '').slice(0, 1)
          break
        case 'd':
        case 'i': {
          const n = Math.trunc(toNumber(arg, bad))
          text = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + String(Math.abs(n)).padStart(precision ?? 0, '0')
          break
        }
        case 'o':
        case 'u':
        case 'x':
        case 'X': {
          let n = Math.trunc(toNumber(arg, bad))
          if (n < 0) n = 2 ** 64 + n
          const radix = conv === 'o' ? 8 : conv === 'u' ? 10 : 16
          text = n.toString(radix).padStart(precision ?? 0, '0')
          if (conv === 'X') text = text.toUpperCase()
          if (flags.includes('#') && n !== 0 && conv !== 'u') text = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + text
          break
        }
        default: {
          const n = toNumber(arg, bad)
          const p = precision ?? 6
          text = conv === 'f' ? n.toFixed(p) : conv === 'e' || conv === 'E' ? cExponent(n.toExponential(p)) : String(Number(n.toPrecision(p || 1)))
          if (conv === 'E' || conv === 'G') text = text.toUpperCase()
          if (n >= 0 && flags.includes('+')) text = '+' + text
        }
      }
      out += pad(text, flags, width)
    }
    if (!consumed || argi >= args.length) break
  }
  return { text: out, badNumbers: bad }
}

/** C prints exponents with at least two digits: 1.5e+00. */
function cExponent(js: string): string {
  return js.replace(/e([-+])(\d)$/, 'e$10$2')
}
