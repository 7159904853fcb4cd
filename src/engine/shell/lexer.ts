import type { HereDoc } from './ast'
import { skipBacktick, skipDollar, skipDoubleQuote, skipSingleQuote } from './scan'
import { ShellSyntaxError } from './syntax-error'

export type TokenKind = 'word' | 'op' | 'newline' | 'eof'

export interface Token {
  kind: TokenKind
  text: string
  /** Digits written right before a redirect operator (`2>`). */
  ioNumber?: number
  line: number
}

const OPERATORS = ['&>>', '<<-', ';;&', '&&', '||', ';;', ';&', '<<', '>>', '<&', '>&', '<>', '>|', '&>', ';', '&', '|', '(', ')', '<', '>']
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')'])

/**
 * Splits shell source into tokens on demand. Here-doc bodies are read right after the newline
 * that ends the line holding their `<<`, as POSIX specifies.
 */
export class Lexer {
  private pos = 0
  private line = 1
  private pendingHereDocs: HereDoc[] = []
  private peeked: Token | null = null

  constructor(
    private readonly src: string,
    /** At the true end of input a missing here-doc delimiter ends the body instead of asking for more. */
    private readonly atEof: boolean,
  ) {}

  peek(): Token {
    this.peeked ??= this.scan()
    return this.peeked
  }

  next(): Token {
    const t = this.peek()
    this.peeked = null
    return t
  }

  queueHereDoc(doc: HereDoc): void {
    this.pendingHereDocs.push(doc)
  }

  get currentLine(): number {
    return this.line
  }

  private scan(): Token {
    const src = this.src
    for (;;) {
      const c = src[this.pos]
      if (c === ' ' || c === '\t') this.pos++
      else if (c === '\\' && src[this.pos + 1] === '\n') {
        this.pos += 2
        this.line++
      } else if (c === '#') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++
      } else break
    }
    const line = this.line
    if (this.pos >= src.length) {
      if (this.pendingHereDocs.length && !this.atEof) throw new ShellSyntaxError('EOF', line, true)
      return { kind: 'eof', text: '', line }
    }
    const c = src[this.pos]!
    if (c === '\n') {
      this.pos++
      this.line++
      this.readHereDocs()
      return { kind: 'newline', text: '\n', line }
    }
    for (const op of OPERATORS) {
      if (src.startsWith(op, this.pos)) {
        this.pos += op.length
        return { kind: 'op', text: op, line }
      }
    }
    const start = this.pos
    const end = this.wordEnd(start)
    this.pos = end
    const text = src.slice(start, end)
    this.line += countNewlines(text)
    if (/^\d+$/.test(text) && (src[end] === '<' || src[end] === '>')) {
      const op = this.scan()
      return { ...op, ioNumber: Number(text) }
    }
    return { kind: 'word', text, line }
  }

  private wordEnd(start: number): number {
    const src = this.src
    let j = start
    while (j < src.length) {
      const c = src[j]!
      if (META.has(c)) break
      if (c === '\\') {
        if (j + 1 >= src.length) break
        j += 2
      } else if (c === "'") j = skipSingleQuote(src, j)
      else if (c === '"') j = skipDoubleQuote(src, j)
      else if (c === '`') j = skipBacktick(src, j)
      else if (c === '$') j = skipDollar(src, j)
      else j++
    }
    return j === start ? j + 1 : j
  }

  private readHereDocs(): void {
    const docs = this.pendingHereDocs
    this.pendingHereDocs = []
    for (const doc of docs) {
      const lines: string[] = []
      for (;;) {
        if (this.pos >= this.src.length) {
          if (!this.atEof) throw new ShellSyntaxError('EOF', this.line, true)
          break
        }
        const nl = this.src.indexOf('\n', this.pos)
        const raw = this.src.slice(this.pos, nl < 0 ? this.src.length : nl)
        this.pos = nl < 0 ? this.src.length : nl + 1
        this.line++
        const text = doc.stripTabs ? raw.replace(/^\t+/, '') : raw
        if (text === doc.delimiter) break
        lines.push(text + '\n')
      }
      doc.body = lines.join('')
    }
  }
}

function countNewlines(text: string): number {
  let n = 0
  for (const ch of text) if (ch === '\n') n++
  return n
}
