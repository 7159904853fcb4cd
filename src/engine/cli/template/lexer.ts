/**
 * The text/template lexer (Go's text/template/parse/lex.go, as of Go 1.24): items for text,
 * delimiters with "{{- " / " -}}" trim markers, comments, and the tokens inside actions.
 * Positions are UTF-16 indices into the source; errors convert them to bytes where Go shows them.
 */
import { goQuote } from './gofmt'

export type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'complex' | 'assign' | 'declare' | 'eof'
  | 'field' | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString'
  | 'rightDelim' | 'rightParen' | 'space' | 'string' | 'text' | 'variable'
  // keywords
  | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil'
  | 'range' | 'template' | 'with'

const KEYWORDS: Record<string, ItemType> = {
  '.': 'dot', block: 'block', break: 'break', continue: 'continue', define: 'define', else: 'else',
  end: 'end', if: 'if', range: 'range', nil: 'nil', template: 'template', with: 'with',
}
const KEYWORD_TYPES = new Set(Object.values(KEYWORDS))

export interface Item {
  type: ItemType
  pos: number
  val: string
  line: number
}

/** item.String(): how the parser names a token in "unexpected …" errors. */
export function describeItem(item: Item): string {
  if (item.type === 'eof') return 'EOF'
  if (item.type === 'error') return item.val
  if (KEYWORD_TYPES.has(item.type)) return `<${item.val}>`
  const runes = Array.from(item.val)
  if (runes.length > 10) return `${goQuote(runes.slice(0, 10).join(''))}...`
  return goQuote(item.val)
}

/** fmt's %#U: U+0041 'A' for printable runes, U+0007 otherwise. */
export function describeRune(ch: string): string {
  const cp = ch.codePointAt(0) as number
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0')
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch) ? `${hex} '${ch}'` : hex
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n'
const isAlphaNumeric = (c: string | undefined): boolean => c !== undefined && /^[_\p{L}\p{Nd}]$/u.test(c)
const hasLeftTrimMarker = (s: string, at: number): boolean => s[at] === '-' && isSpace(s[at + 1])
const hasRightTrimMarker = (s: string, at: number): boolean => isSpace(s[at]) && s[at + 1] === '-'

const LEFT = '{{'
const RIGHT = '}}'

type State = ((l: Lexer) => State) | null

class Lexer {
  pos = 0
  start = 0
  parenDepth = 0
  readonly items: Item[] = []
  constructor(readonly input: string) {}

  lineAt(pos: number): number {
    let n = 1
    for (let i = 0; i < pos; i++) if (this.input[i] === '\n') n++
    return n
  }
  next(): string | undefined {
    if (this.pos >= this.input.length) return undefined
    const ch = String.fromCodePoint(this.input.codePointAt(this.pos) as number)
    this.pos += ch.length
    return ch
  }
  backup(ch: string | undefined): void {
    if (ch !== undefined) this.pos -= ch.length
  }
  peek(): string | undefined {
    const ch = this.next()
    this.backup(ch)
    return ch
  }
  emit(type: ItemType): State {
    this.items.push({ type, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.lineAt(this.start) })
    this.start = this.pos
    return lexInsideAction
  }
  ignore(): void {
    this.start = this.pos
  }
  errorf(message: string): State {
    this.items.push({ type: 'error', pos: this.start, val: message, line: this.lineAt(this.start) })
    return null
  }
  accept(valid: string): boolean {
    const ch = this.next()
    if (ch !== undefined && valid.includes(ch)) return true
    this.backup(ch)
    return false
  }
  acceptRun(valid: string): void {
    while (this.accept(valid)) {
      // absorb
    }
  }
  atRightDelim(): [boolean, boolean] {
    if (hasRightTrimMarker(this.input, this.pos) && this.input.startsWith(RIGHT, this.pos + 2)) return [true, true]
    return [this.input.startsWith(RIGHT, this.pos), false]
  }
  atTerminator(): boolean {
    const r = this.peek()
    if (isSpace(r) || r === undefined || '.,|:)('.includes(r)) return true
    return this.input.startsWith(RIGHT, this.pos)
  }
  scanNumber(): boolean {
    this.accept('+-')
    let digits = '0123456789_'
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_'
      else if (this.accept('oO')) digits = '01234567_'
      else if (this.accept('bB')) digits = '01_'
    }
    this.acceptRun(digits)
    if (this.accept('.')) this.acceptRun(digits)
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-')
      this.acceptRun('0123456789_')
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-')
      this.acceptRun('0123456789_')
    }
    this.accept('i')
    if (isAlphaNumeric(this.peek())) {
      this.next()
      return false
    }
    return true
  }
}

function lexText(l: Lexer): State {
  const x = l.input.indexOf(LEFT, l.pos)
  if (x < 0) {
    l.pos = l.input.length
    if (l.pos > l.start) l.emit('text')
    l.emit('eof')
    return null
  }
  l.pos = x
  let trim = 0
  if (hasLeftTrimMarker(l.input, x + LEFT.length)) {
    const text = l.input.slice(l.start, x)
    trim = text.length - text.replace(/[ \t\r\n]+$/, '').length
  }
  l.pos -= trim
  if (l.pos > l.start) l.emit('text')
  l.pos += trim
  l.ignore()
  return lexLeftDelim
}

function lexLeftDelim(l: Lexer): State {
  l.pos += LEFT.length
  const afterMarker = hasLeftTrimMarker(l.input, l.pos) ? 2 : 0
  if (l.input.startsWith('/*', l.pos + afterMarker)) {
    l.pos += afterMarker
    l.ignore()
    return lexComment
  }
  l.emit('leftDelim')
  l.pos += afterMarker
  l.ignore()
  l.parenDepth = 0
  return lexInsideAction
}

function skipLeadingSpace(l: Lexer): void {
  while (isSpace(l.input[l.pos])) l.pos++
}

function lexComment(l: Lexer): State {
  l.pos += 2
  const x = l.input.indexOf('*/', l.pos)
  if (x < 0) return l.errorf('unclosed comment')
  l.pos = x + 2
  const [delim, trimSpace] = l.atRightDelim()
  if (!delim) return l.errorf('comment ends before closing delimiter')
  if (trimSpace) l.pos += 2
  l.pos += RIGHT.length
  if (trimSpace) skipLeadingSpace(l)
  l.ignore()
  return lexText
}

function lexRightDelim(l: Lexer): State {
  const [, trimSpace] = l.atRightDelim()
  if (trimSpace) {
    l.pos += 2
    l.ignore()
  }
  l.pos += RIGHT.length
  l.emit('rightDelim')
  if (trimSpace) {
    skipLeadingSpace(l)
    l.ignore()
  }
  return lexText
}

function lexInsideAction(l: Lexer): State {
  const [delim] = l.atRightDelim()
  if (delim) return l.parenDepth === 0 ? lexRightDelim : l.errorf('unclosed left paren')
  const r = l.next()
  if (r === undefined) return l.errorf('unclosed action')
  if (isSpace(r)) {
    l.backup(r)
    return lexSpace
  }
  switch (r) {
    case '=': return l.emit('assign')
    case ':':
      if (l.next() !== '=') return l.errorf('expected :=')
      return l.emit('declare')
    case '|': return l.emit('pipe')
    case '"': return lexQuote
    case '`': return lexRawQuote
    case '$': return lexVariable
    case "'": return lexChar
    case '(':
      l.parenDepth++
      return l.emit('leftParen')
    case ')':
      l.parenDepth--
      if (l.parenDepth < 0) return l.errorf('unexpected right paren')
      return l.emit('rightParen')
  }
  if (r === '.') {
    const c = l.input[l.pos]
    if (c !== undefined && (c < '0' || c > '9')) return lexField
  }
  if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
    l.backup(r)
    return lexNumber
  }
  if (isAlphaNumeric(r)) {
    l.backup(r)
    return lexIdentifier
  }
  if (r.length === 1 && r >= ' ' && r <= '~') return l.emit('char')
  return l.errorf(`unrecognized character in action: ${describeRune(r)}`)
}

function lexSpace(l: Lexer): State {
  let numSpaces = 0
  while (isSpace(l.peek())) {
    l.next()
    numSpaces++
  }
  if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(RIGHT, l.pos + 1)) {
    l.pos-- // before the space of " -}}"
    if (numSpaces === 1) return lexRightDelim
  }
  return l.emit('space')
}

function lexIdentifier(l: Lexer): State {
  for (;;) {
    const r = l.next()
    if (isAlphaNumeric(r)) continue
    l.backup(r)
    const word = l.input.slice(l.start, l.pos)
    if (!l.atTerminator()) return l.errorf(`bad character ${describeRune(r ?? '')}`)
    const keyword = Object.hasOwn(KEYWORDS, word) ? KEYWORDS[word] : undefined
    if (keyword !== undefined) return l.emit(keyword)
    if (word === 'true' || word === 'false') return l.emit('bool')
    return l.emit('identifier')
  }
}

function lexField(l: Lexer): State {
  return lexFieldOrVariable(l, 'field')
}

function lexVariable(l: Lexer): State {
  if (l.atTerminator()) return l.emit('variable')
  return lexFieldOrVariable(l, 'variable')
}

function lexFieldOrVariable(l: Lexer, type: 'field' | 'variable'): State {
  if (l.atTerminator()) return l.emit(type === 'variable' ? 'variable' : 'dot')
  let r: string | undefined
  for (;;) {
    r = l.next()
    if (!isAlphaNumeric(r)) {
      l.backup(r)
      break
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${describeRune(r ?? '')}`)
  return l.emit(type)
}

function lexQuoted(l: Lexer, quote: string, type: ItemType, unterminated: string): State {
  for (;;) {
    const r = l.next()
    if (r === '\\') {
      const n = l.next()
      if (n !== undefined && n !== '\n') continue
      return l.errorf(unterminated)
    }
    if (r === undefined || r === '\n') return l.errorf(unterminated)
    if (r === quote) return l.emit(type)
  }
}

function lexChar(l: Lexer): State {
  return lexQuoted(l, "'", 'charConstant', 'unterminated character constant')
}

function lexQuote(l: Lexer): State {
  return lexQuoted(l, '"', 'string', 'unterminated quoted string')
}

function lexRawQuote(l: Lexer): State {
  const end = l.input.indexOf('`', l.pos)
  if (end < 0) return l.errorf('unterminated raw quoted string')
  l.pos = end + 1
  return l.emit('rawString')
}

function lexNumber(l: Lexer): State {
  const bad = (): State => l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`)
  if (!l.scanNumber()) return bad()
  const sign = l.peek()
  if (sign === '+' || sign === '-') {
    if (!l.scanNumber() || l.input[l.pos - 1] !== 'i') return bad()
    return l.emit('complex')
  }
  return l.emit('number')
}

/** Scans the whole template into items, ending with an EOF or an error item. */
export function lex(input: string): Item[] {
  const l = new Lexer(input)
  let state: State = lexText
  while (state !== null) {
    state = state(l)
    const last = l.items[l.items.length - 1]
    if (last && (last.type === 'eof' || last.type === 'error')) break
  }
  return l.items
}
