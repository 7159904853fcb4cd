import { type ExpansionHost, ExpansionError, expandPatternWord, expandPieces, expandString, parameterPieces, parameterValue, type Piece } from './expand'
import { patternToRegExpSource } from './glob'

export function escapePattern(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&')
}

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/

/** `${…}`: the body between the braces. */
export async function expandParameterBody(host: ExpansionHost, body: string, quoted: boolean): Promise<Piece[]> {
  if (body.startsWith('#') && body.length > 1) {
    const name = body.slice(1)
    if (name === '@' || name === '*') return [{ text: String(host.positional().length), quoted, split: !quoted }]
    return [{ text: String([...(parameterValue(host, name) ?? '')].length), quoted, split: !quoted }]
  }
  const name = NAME.exec(body)?.[0]
  if (!name) throw new ExpansionError(`\${${body}}: bad substitution`)
  const rest = body.slice(name.length)
  const value = parameterValue(host, name)
  if (rest === '') return parameterPieces(host, name, quoted)
  const op = /^(:-|:=|:\+|:\?|-|=|\+|\?|##|#|%%|%|\/\/|\/#|\/%|\/|\^\^|\^|,,|,|:)/.exec(rest)?.[0]
  if (!op) throw new ExpansionError(`\${${body}}: bad substitution`)
  const word = rest.slice(op.length)
  const unsetOrNull = value === undefined || (op.startsWith(':') && value === '')
  const wordPieces = () => expandPieces(host, word, quoted ? 'dquote' : 'word')
  const result = (text: string): Piece[] => [{ text, quoted, split: !quoted }]
  switch (op) {
    case ':-':
    case '-':
      return unsetOrNull ? wordPieces() : parameterPieces(host, name, quoted)
    case ':=':
    case '=': {
      if (!unsetOrNull) return parameterPieces(host, name, quoted)
      const assigned = await expandString(host, word, quoted ? 'dquote' : 'word')
      if (!/^[A-Za-z_]/.test(name)) throw new ExpansionError(`$${name}: cannot assign in this way`)
      host.setVar(name, assigned)
      return result(assigned)
    }
    case ':+':
    case '+':
      return unsetOrNull ? [] : wordPieces()
    case ':?':
    case '?': {
      if (!unsetOrNull) return parameterPieces(host, name, quoted)
      const msg = word === '' ? (value === undefined ? 'parameter not set' : 'parameter null or not set') : await expandString(host, word)
      throw new ExpansionError(`${name}: ${msg}`)
    }
    case ':': {
      const [offRaw = '0', lenRaw] = word.split(':')
      const chars = [...(value ?? '')]
      let off = Number(offRaw.trim()) || 0
      if (off < 0) off = Math.max(0, chars.length + off)
      const len = lenRaw === undefined ? chars.length : Number(lenRaw.trim()) || 0
      const end = len < 0 ? chars.length + len : off + len
      return result(chars.slice(off, end).join(''))
    }
    case '^^':
      return result((value ?? '').toUpperCase())
    case ',,':
      return result((value ?? '').toLowerCase())
    case '^':
      return result((value ?? '').slice(0, 1).toUpperCase() + (value ?? '').slice(1))
    case ',':
      return result((value ?? '').slice(0, 1).toLowerCase() + (value ?? '').slice(1))
  }
  const pattern = patternToRegExpSource(await expandPatternWord(host, op.startsWith('/') ? (word.split('/')[0] ?? '') : word))
  const text = value ?? ''
  if (op === '#' || op === '##') return result(stripPrefix(text, pattern, op === '##'))
  if (op === '%' || op === '%%') return result(stripSuffix(text, pattern, op === '%%'))
  const slash = splitReplacement(word)
  const replacement = await expandString(host, slash.replacement)
  const anchored = op === '/#' ? `^(?:${pattern})` : op === '/%' ? `(?:${pattern})$` : pattern
  const re = new RegExp(anchored, op === '//' ? 'g' : '')
  return result(text.replace(re, () => replacement))
}

function stripPrefix(text: string, pattern: string, longest: boolean): string {
  const re = new RegExp(`^(?:${pattern})$`)
  if (longest) {
    for (let i = text.length; i >= 0; i--) if (re.test(text.slice(0, i))) return text.slice(i)
  } else {
    for (let i = 0; i <= text.length; i++) if (re.test(text.slice(0, i))) return text.slice(i)
  }
  return text
}

function stripSuffix(text: string, pattern: string, longest: boolean): string {
  const re = new RegExp(`^(?:${pattern})$`)
  if (longest) {
    for (let i = 0; i <= text.length; i++) if (re.test(text.slice(i))) return text.slice(0, i)
  } else {
    for (let i = text.length; i >= 0; i--) if (re.test(text.slice(i))) return text.slice(0, i)
  }
  return text
}

function splitReplacement(word: string): { replacement: string } {
  let i = 0
  while (i < word.length && word[i] !== '/') i += word[i] === '\\' ? 2 : 1
  return { replacement: i < word.length ? word.slice(i + 1) : '' }
}
