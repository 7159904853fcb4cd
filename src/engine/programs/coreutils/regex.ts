/**
 * POSIX regular expressions (BRE for grep/sed, ERE for grep -E/sed -E) translated to JS RegExp
 * source, with the GNU extensions people use: \+ \? \| in BRE, \< \> \b \w \s.
 */
const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f',
}

export class RegexError extends Error {}

function bracket(src: string, start: number): [string, number] {
  let i = start + 1
  let out = '['
  if (src[i] === '^') {
    out += '^'
    i++
  }
  if (src[i] === ']') {
    out += '\\]'
    i++
  }
  while (i < src.length && src[i] !== ']') {
    const c = src[i]!
    if (c === '[' && src[i + 1] === ':') {
      const end = src.indexOf(':]', i + 2)
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=')
      const cls = CLASSES[src.slice(i + 2, end)]
      if (cls === undefined) throw new RegexError('Invalid character class name')
      out += cls
      i = end + 2
      continue
    }
    out += c === '\\' || c === '[' ? '\\' + c : c
    i++
  }
  if (i >= src.length) throw new RegexError('Unmatched [, [^, [:, [., or [=')
  return [out + ']', i + 1]
}

export function posixToJs(pattern: string, extended: boolean): string {
  let out = ''
  let i = 0
  let atStart = true
  while (i < pattern.length) {
    const c = pattern[i]!
    const wasStart = atStart
    atStart = false
    if (c === '[') {
      const [cls, next] = bracket(pattern, i)
      out += cls
      i = next
      continue
    }
    if (c === '\\') {
      const n = pattern[i + 1]
      i += 2
      if (n === undefined) throw new RegexError('Trailing backslash')
      if (!extended && '(){}|+?'.includes(n)) {
        out += n === '{' ? '{' : n === '}' ? '}' : n
        atStart = n === '(' || n === '|'
      } else if (n === '<' || n === '>') out += '\\b'
      else if (/[1-9bBwWsS]/.test(n)) out += '\\' + n
      else out += /[A-Za-z0-9]/.test(n) ? n : '\\' + n
      continue
    }
    i++
    if (extended) {
      if (c === '(' || c === '|') atStart = true
      if (c === '{' && !/^\d*(,\d*)?\}/.test(pattern.slice(i))) out += '\\{'
      else if (c === '*' && wasStart) out += '\\*'
      else out += c
      continue
    }
    if ('(){}|+?'.includes(c)) out += '\\' + c
    else if (c === '*' && wasStart) out += '\\*'
    else if (c === '^' && !wasStart) out += '\\^'
    else if (c === '$' && i < pattern.length && !pattern.startsWith('\\)', i) && !pattern.startsWith('\\|', i)) out += '\\$'
    else {
      out += c
      if (c === '^') atStart = true
    }
  }
  return out
}

export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
