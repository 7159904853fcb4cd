import { ShellSyntaxError } from './syntax-error'

/**
 * Scanners for quoted and nested constructs, shared by the lexer (to find where a word ends)
 * and the expander (to split a word into its parts). Each returns the index just past the construct.
 */
function unterminated(quote: string): never {
  throw new ShellSyntaxError('EOF', 0, true, quote)
}

export function skipSingleQuote(src: string, i: number): number {
  const end = src.indexOf("'", i + 1)
  if (end < 0) unterminated("'")
  return end + 1
}

export function skipDoubleQuote(src: string, i: number): number {
  let j = i + 1
  while (j < src.length) {
    const c = src[j]
    if (c === '"') return j + 1
    if (c === '\\') j += 2
    else if (c === '$') j = skipDollar(src, j)
    else if (c === '`') j = skipBacktick(src, j)
    else j++
  }
  return unterminated('"')
}

export function skipBacktick(src: string, i: number): number {
  let j = i + 1
  while (j < src.length) {
    const c = src[j]
    if (c === '`') return j + 1
    j += c === '\\' ? 2 : 1
  }
  return unterminated('`')
}

/** `$name`, `${…}`, `$(…)`, `$((…))` or a lone `$`. */
export function skipDollar(src: string, i: number): number {
  const next = src[i + 1]
  if (next === '{') return skipBalanced(src, i + 2, '{', '}')
  if (next === '(') return skipBalanced(src, i + 2, '(', ')')
  return i + 1
}

/** Past the closer matching an already-open bracket, skipping quotes and nested constructs. */
export function skipBalanced(src: string, start: number, open: string, close: string): number {
  let depth = 1
  let j = start
  while (j < src.length) {
    const c = src[j]!
    if (c === '\\') j += 2
    else if (c === "'" && open !== '{') j = skipSingleQuote(src, j)
    else if (c === '"') j = skipDoubleQuote(src, j)
    else if (c === '`') j = skipBacktick(src, j)
    else if (c === '$' && (src[j + 1] === '(' || src[j + 1] === '{')) j = skipDollar(src, j)
    else if (c === '#' && open === '(' && (j === start || /\s/.test(src[j - 1]!))) {
      const nl = src.indexOf('\n', j)
      j = nl < 0 ? src.length : nl
    } else {
      if (c === open) depth++
      else if (c === close && --depth === 0) return j + 1
      j++
    }
  }
  return unterminated(open === '(' ? '(' : '{')
}
