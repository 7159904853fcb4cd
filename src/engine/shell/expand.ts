import type { RootFs } from '../fs/rootfs'
import { ArithError, evaluateArithmetic } from './arith'
import { escapePattern, expandParameterBody } from './parameter'
import { expandGlob, hasGlobChars, unescapePattern } from './glob'
import { skipBacktick, skipBalanced } from './scan'

/** What word expansion needs from the running shell. */
export interface ExpansionHost {
  readonly fs: RootFs
  readonly cwd: string
  getVar(name: string): string | undefined
  setVar(name: string, value: string): void
  positional(): string[]
  /** `$?`, `$$`, `$!`, `$-`, `$0`. */
  special(name: string): string
  commandSubstitution(source: string): Promise<string>
  homeOf(user: string): string | undefined
}

/** An expansion failure the shell reports as `<shell>: <message>` with status 1 (or 2 for `:?`). */
export class ExpansionError extends Error {}

/** One run of text in a word: quoted text is neither split nor globbed. */
export interface Piece {
  text: string
  quoted: boolean
  /** Unquoted result of an expansion: subject to field splitting. */
  split: boolean
  /** A field boundary forced by "$@". */
  fieldBreak?: boolean
}

type Mode = 'word' | 'dquote' | 'heredoc'

export async function expandPieces(host: ExpansionHost, raw: string, mode: Mode = 'word'): Promise<Piece[]> {
  const pieces: Piece[] = []
  const inQuotes = mode !== 'word'
  const lit = (text: string, quoted: boolean) => pieces.push({ text, quoted, split: false })
  let i = 0
  if (mode === 'word' && raw.startsWith('~')) {
    const end = raw.indexOf('/')
    const user = raw.slice(1, end < 0 ? raw.length : end)
    if (/^[A-Za-z0-9_.-]*$/.test(user)) {
      const home = user === '' ? host.getVar('HOME') : host.homeOf(user)
      if (home !== undefined) {
        lit(home, true)
        i = end < 0 ? raw.length : end
      }
    }
  }
  while (i < raw.length) {
    const c = raw[i]!
    if (c === "'" && mode === 'word') {
      const end = raw.indexOf("'", i + 1)
      lit(raw.slice(i + 1, end), true)
      i = end + 1
    } else if (c === '"' && mode === 'word') {
      const end = findDoubleQuoteEnd(raw, i)
      const inner = await expandPieces(host, raw.slice(i + 1, end), 'dquote')
      if (!inner.some((p) => p.fieldBreak !== undefined)) lit('', true)
      pieces.push(...inner)
      i = end + 1
    } else if (c === '\\') {
      const next = raw[i + 1]
      if (next === undefined) {
        lit('\\', inQuotes)
        i++
      } else if (next === '\n') i += 2
      else if (!inQuotes || '$`"\\'.includes(next)) {
        if (mode === 'heredoc' && next === '"') lit('\\"', true)
        else lit(next, true)
        i += 2
      } else {
        lit('\\' + next, true)
        i += 2
      }
    } else if (c === '$') {
      i = await expandDollar(host, raw, i, inQuotes, pieces)
    } else if (c === '`') {
      const end = skipBacktick(raw, i)
      const inner = raw.slice(i + 1, end - 1).replace(/\\([$`\\])/g, '$1')
      pushResult(pieces, trimNewlines(await host.commandSubstitution(inner)), inQuotes)
      i = end
    } else {
      let j = i + 1
      while (j < raw.length && !"'\"\\$`".includes(raw[j]!)) j++
      lit(raw.slice(i, j), inQuotes)
      i = j
    }
  }
  return pieces
}

function findDoubleQuoteEnd(raw: string, start: number): number {
  let j = start + 1
  while (j < raw.length && raw[j] !== '"') {
    if (raw[j] === '\\') j += 2
    else if (raw[j] === '`') j = skipBacktick(raw, j)
    else if (raw[j] === '$' && (raw[j + 1] === '(' || raw[j + 1] === '{')) j = skipBalanced(raw, j + 2, raw[j + 1]!, raw[j + 1] === '(' ? ')' : '}')
    else j++
  }
  return j
}

function trimNewlines(text: string): string {
  return text.replace(/\n+$/, '')
}

export function pushResult(pieces: Piece[], text: string, quoted: boolean): void {
  pieces.push({ text, quoted, split: !quoted })
}

async function expandDollar(host: ExpansionHost, raw: string, i: number, quoted: boolean, pieces: Piece[]): Promise<number> {
  const next = raw[i + 1]
  if (next === '(' && raw[i + 2] === '(') {
    const end = skipBalanced(raw, i + 2, '(', ')')
    if (raw[end] === ')' || raw[end - 2] === ')') {
      const close = raw[end] === ')' ? end + 1 : end
      const exprRaw = raw.slice(i + 3, close - 2)
      const expr = await expandString(host, exprRaw, 'heredoc')
      try {
        pushResult(pieces, String(evaluateArithmetic(expr, { get: (n) => host.getVar(n), set: (n, v) => host.setVar(n, v) })), quoted)
      } catch (e) {
        if (e instanceof ArithError) throw new ExpansionError(`${expr}: ${e.message}`)
        throw e
      }
      return close
    }
  }
  if (next === '(') {
    const end = skipBalanced(raw, i + 2, '(', ')')
    pushResult(pieces, trimNewlines(await host.commandSubstitution(raw.slice(i + 2, end - 1))), quoted)
    return end
  }
  if (next === '{') {
    const end = skipBalanced(raw, i + 2, '{', '}')
    pieces.push(...(await expandParameterBody(host, raw.slice(i + 2, end - 1), quoted)))
    return end
  }
  const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(raw.slice(i + 1))?.[0]
  if (!name) {
    pieces.push({ text: '$', quoted: true, split: false })
    return i + 1
  }
  pieces.push(...parameterPieces(host, name, quoted))
  return i + 1 + name.length
}

/** The value of `$name` as pieces ("$@" keeps each parameter a separate field). */
export function parameterPieces(host: ExpansionHost, name: string, quoted: boolean): Piece[] {
  if (name === '@' || name === '*') {
    const params = host.positional()
    if (name === '*' && quoted) {
      const ifs = host.getVar('IFS')
      return [{ text: params.join(ifs === undefined ? ' ' : ifs.slice(0, 1)), quoted, split: false }]
    }
    const out: Piece[] = []
    params.forEach((p, k) => {
      if (k > 0) out.push({ text: '', quoted, split: false, fieldBreak: true })
      out.push({ text: p, quoted, split: !quoted })
    })
    if (quoted) out.push({ text: '', quoted, split: false, fieldBreak: false })
    return out
  }
  const value = parameterValue(host, name) ?? ''
  return [{ text: value, quoted, split: !quoted }]
}

export function parameterValue(host: ExpansionHost, name: string): string | undefined {
  if (/^[0-9]+$/.test(name)) return name === '0' ? host.special('0') : host.positional()[Number(name) - 1]
  if (name === '#') return String(host.positional().length)
  if (name === '@' || name === '*') return host.positional().length ? host.positional().join(' ') : undefined
  if ('?$!-'.includes(name)) return host.special(name)
  return host.getVar(name)
}

interface Field {
  value: string
  pattern: string
  glob: boolean
  exists: boolean
}

class FieldBuilder {
  readonly fields: Field[] = []
  cur: Field = emptyField()

  finish(force = false): void {
    if (force || this.cur.exists || this.cur.value !== '') this.fields.push(this.cur)
    this.cur = emptyField()
  }

  append(text: string, pattern: string, glob: boolean): void {
    this.cur.value += text
    this.cur.pattern += pattern
    this.cur.exists = true
    if (glob) this.cur.glob = true
  }

  /** IFS splitting: whitespace runs separate fields, each other IFS character ends one. */
  split(text: string, ifs: string): void {
    const white = [...ifs].filter((c) => ' \t\n'.includes(c)).join('')
    let pendingBreak = false
    let i = 0
    while (i < text.length) {
      const c = text[i]!
      if (white.includes(c)) {
        pendingBreak = true
        i++
      } else if (ifs.includes(c)) {
        this.finish(true)
        pendingBreak = false
        i++
      } else {
        if (pendingBreak) this.finish()
        pendingBreak = false
        let j = i
        while (j < text.length && !ifs.includes(text[j]!)) j++
        const word = text.slice(i, j)
        this.append(word, word, hasGlobChars(word))
        i = j
      }
    }
    if (pendingBreak) this.finish()
  }
}

function emptyField(): Field {
  return { value: '', pattern: '', glob: false, exists: false }
}

/** Full expansion of a command word: fields after splitting and pathname expansion. */
export async function expandFields(host: ExpansionHost, raw: string): Promise<string[]> {
  const pieces = await expandPieces(host, raw)
  const ifs = host.getVar('IFS') ?? ' \t\n'
  const b = new FieldBuilder()
  for (const p of pieces) {
    if (p.fieldBreak) b.finish(true)
    if (p.fieldBreak !== undefined) continue
    if (p.quoted) b.append(p.text, escapePattern(p.text), false)
    else if (p.split && ifs !== '') b.split(p.text, ifs)
    else if (p.text !== '') b.append(p.text, p.text, hasGlobChars(p.text))
  }
  b.finish()
  const out: string[] = []
  for (const f of b.fields) {
    if (f.glob && hasGlobChars(f.pattern)) {
      const matches = expandGlob(host.fs, host.cwd, f.pattern)
      out.push(...(matches.length ? matches : [unescapePattern(f.pattern)]))
    } else out.push(f.value)
  }
  return out
}

/** Expansion without splitting or globbing: assignments, redirect targets, here-docs, `case` words. */
export async function expandString(host: ExpansionHost, raw: string, mode: Mode = 'word'): Promise<string> {
  const pieces = await expandPieces(host, raw, mode)
  return pieces.map((p) => p.text).join('')
}

/** Expansion to a pattern: quoted parts lose their special meaning. */
export async function expandPatternWord(host: ExpansionHost, raw: string): Promise<string> {
  const pieces = await expandPieces(host, raw)
  return pieces.map((p) => (p.quoted ? escapePattern(p.text) : p.text)).join('')
}
