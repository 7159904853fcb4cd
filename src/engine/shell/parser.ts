import type { AndOr, Case, Command, For, If, List, Loop, Pipeline, Redirect, RedirectOp, SimpleCommand } from './ast'
import { Lexer, type Token } from './lexer'
import { ShellSyntaxError } from './syntax-error'

const REDIRECT_OPS = new Set(['>', '>>', '>|', '<', '<>', '<<', '<<-', '>&', '<&', '&>', '&>>'])
const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case', 'esac', '{', '}', '!'])
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
export const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/

/**
 * Parse a whole script. Throws ShellSyntaxError; with `atEof` false (the REPL), constructs left
 * open at the end throw with `incomplete` so the caller can read a continuation line.
 */
export function parse(src: string, atEof = true): List {
  return new Parser(new Lexer(src, atEof)).script()
}

class Parser {
  constructor(private readonly lx: Lexer) {}

  script(): List {
    const list = this.list(new Set())
    const t = this.lx.peek()
    if (t.kind !== 'eof') this.unexpected(t)
    return list
  }

  private unexpected(t: Token): never {
    if (t.kind === 'eof') throw new ShellSyntaxError('EOF', t.line, true)
    throw new ShellSyntaxError(t.kind === 'newline' ? 'newline' : t.text, t.line)
  }

  private isWord(t: Token, text: string): boolean {
    return t.kind === 'word' && t.text === text
  }

  private skipNewlines(): void {
    while (this.lx.peek().kind === 'newline') this.lx.next()
  }

  private expectWord(text: string): void {
    this.skipNewlines()
    const t = this.lx.next()
    if (!this.isWord(t, text)) this.unexpected(t)
  }

  /** A sequence of and-or lists, stopping at a reserved word in `stops`, `)`, `;;` or EOF. */
  private list(stops: Set<string>): List {
    const items: List['items'] = []
    for (;;) {
      this.skipNewlines()
      const t = this.lx.peek()
      if (t.kind === 'eof' || (t.kind === 'word' && stops.has(t.text))) break
      if (t.kind === 'op' && (t.text === ')' || t.text === ';;' || t.text === ';&' || t.text === ';;&')) break
      const command = this.andOr()
      const sep = this.lx.peek()
      if (sep.kind === 'op' && (sep.text === ';' || sep.text === '&')) {
        this.lx.next()
        items.push({ command, background: sep.text === '&' })
      } else {
        items.push({ command, background: false })
        if (sep.kind !== 'newline') break
      }
    }
    return { type: 'list', items }
  }

  private nonEmptyList(stops: Set<string>): List {
    const list = this.list(stops)
    if (list.items.length === 0) this.unexpected(this.lx.peek())
    return list
  }

  private andOr(): AndOr {
    const first = this.pipeline()
    const rest: AndOr['rest'] = []
    for (;;) {
      const t = this.lx.peek()
      if (t.kind !== 'op' || (t.text !== '&&' && t.text !== '||')) break
      this.lx.next()
      this.skipNewlines()
      rest.push({ op: t.text, pipeline: this.pipeline() })
    }
    return { type: 'andor', first, rest }
  }

  private pipeline(): Pipeline {
    let bang = false
    if (this.isWord(this.lx.peek(), '!')) {
      this.lx.next()
      bang = true
    }
    const commands = [this.command()]
    while (this.lx.peek().kind === 'op' && this.lx.peek().text === '|') {
      this.lx.next()
      this.skipNewlines()
      commands.push(this.command())
    }
    return { type: 'pipeline', bang, commands }
  }

  private command(): Command {
    const t = this.lx.peek()
    if (t.kind === 'op' && t.text === '(') {
      this.lx.next()
      const body = this.nonEmptyList(new Set())
      const close = this.lx.next()
      if (close.kind !== 'op' || close.text !== ')') this.unexpected(close)
      return { type: 'subshell', body, redirects: this.redirects() }
    }
    if (t.kind === 'word') {
      switch (t.text) {
        case '{': {
          this.lx.next()
          const body = this.nonEmptyList(new Set(['}']))
          this.expectWord('}')
          return { type: 'group', body, redirects: this.redirects() }
        }
        case 'if':
          return this.ifClause()
        case 'for':
          return this.forClause()
        case 'while':
        case 'until':
          return this.loop()
        case 'case':
          return this.caseClause()
        case 'function':
          return this.functionKeyword()
        default:
          if (RESERVED.has(t.text) && t.text !== '{') this.unexpected(t)
      }
    }
    if (t.kind !== 'word' && !(t.kind === 'op' && REDIRECT_OPS.has(t.text))) this.unexpected(t)
    return this.simple()
  }

  private ifClause(): If {
    this.lx.next()
    const branches: If['branches'] = []
    let otherwise: List | null = null
    for (;;) {
      const cond = this.nonEmptyList(new Set(['then']))
      this.expectWord('then')
      const body = this.nonEmptyList(new Set(['elif', 'else', 'fi']))
      branches.push({ cond, body })
      const t = this.lx.next()
      if (this.isWord(t, 'elif')) continue
      if (this.isWord(t, 'else')) {
        otherwise = this.nonEmptyList(new Set(['fi']))
        this.expectWord('fi')
      } else if (!this.isWord(t, 'fi')) this.unexpected(t)
      break
    }
    return { type: 'if', branches, otherwise, redirects: this.redirects() }
  }

  private doGroup(): List {
    this.expectWord('do')
    const body = this.nonEmptyList(new Set(['done']))
    this.expectWord('done')
    return body
  }

  private forClause(): For {
    this.lx.next()
    const nameTok = this.lx.next()
    if (nameTok.kind !== 'word' || !NAME.test(nameTok.text)) this.unexpected(nameTok)
    let items: string[] | null = null
    this.skipNewlines()
    if (this.isWord(this.lx.peek(), 'in')) {
      this.lx.next()
      items = []
      while (this.lx.peek().kind === 'word') items.push(this.lx.next().text)
      const sep = this.lx.next()
      if (!(sep.kind === 'newline' || (sep.kind === 'op' && sep.text === ';'))) this.unexpected(sep)
    } else if (this.lx.peek().kind === 'op' && this.lx.peek().text === ';') this.lx.next()
    const body = this.doGroup()
    return { type: 'for', name: nameTok.text, items, body, redirects: this.redirects() }
  }

  private loop(): Loop {
    const until = this.lx.next().text === 'until'
    const cond = this.nonEmptyList(new Set(['do']))
    const body = this.doGroup()
    return { type: 'loop', until, cond, body, redirects: this.redirects() }
  }

  private caseClause(): Case {
    this.lx.next()
    const word = this.lx.next()
    if (word.kind !== 'word') this.unexpected(word)
    this.expectWord('in')
    const arms: Case['arms'] = []
    for (;;) {
      this.skipNewlines()
      let t = this.lx.next()
      if (this.isWord(t, 'esac')) break
      if (t.kind === 'op' && t.text === '(') t = this.lx.next()
      const patterns: string[] = []
      for (;;) {
        if (t.kind !== 'word') this.unexpected(t)
        patterns.push(t.text)
        t = this.lx.next()
        if (t.kind === 'op' && t.text === '|') t = this.lx.next()
        else break
      }
      if (!(t.kind === 'op' && t.text === ')')) this.unexpected(t)
      const body = this.list(new Set(['esac']))
      const end = this.lx.peek()
      let fallthrough = false
      if (end.kind === 'op' && (end.text === ';;' || end.text === ';&' || end.text === ';;&')) {
        this.lx.next()
        fallthrough = end.text === ';&'
      } else if (!this.isWord(end, 'esac')) this.unexpected(end)
      arms.push({ patterns, body: body.items.length ? body : null, fallthrough })
    }
    return { type: 'case', word: word.text, arms, redirects: this.redirects() }
  }

  private functionKeyword(): Command {
    this.lx.next()
    const name = this.lx.next()
    if (name.kind !== 'word') this.unexpected(name)
    const t = this.lx.peek()
    if (t.kind === 'op' && t.text === '(') {
      this.lx.next()
      const close = this.lx.next()
      if (close.kind !== 'op' || close.text !== ')') this.unexpected(close)
    }
    return this.functionBody(name.text)
  }

  private functionBody(name: string): Command {
    this.skipNewlines()
    const body = this.command()
    if (body.type === 'simple' || body.type === 'function') this.unexpected({ kind: 'word', text: body.type === 'simple' ? (body.words[0] ?? '') : name, line: 0 })
    return { type: 'function', name, body, redirects: [] }
  }

  private simple(): Command {
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirects: [], line: this.lx.peek().line }
    for (;;) {
      const t = this.lx.peek()
      if (t.kind === 'op' && REDIRECT_OPS.has(t.text)) {
        cmd.redirects.push(this.redirect())
        continue
      }
      if (t.kind !== 'word') break
      if (cmd.words.length === 0 && ASSIGNMENT.test(t.text)) {
        cmd.assigns.push(this.lx.next().text)
        continue
      }
      this.lx.next()
      if (cmd.words.length === 0 && cmd.assigns.length === 0 && NAME.test(t.text)) {
        const after = this.lx.peek()
        if (after.kind === 'op' && after.text === '(') {
          this.lx.next()
          const close = this.lx.next()
          if (close.kind !== 'op' || close.text !== ')') this.unexpected(close)
          return this.functionBody(t.text)
        }
      }
      cmd.words.push(t.text)
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirects.length === 0) this.unexpected(this.lx.peek())
    return cmd
  }

  private redirects(): Redirect[] {
    const out: Redirect[] = []
    while (this.lx.peek().kind === 'op' && REDIRECT_OPS.has(this.lx.peek().text)) out.push(this.redirect())
    return out
  }

  private redirect(): Redirect {
    const op = this.lx.next()
    const target = this.lx.next()
    if (target.kind !== 'word') this.unexpected(target)
    const r: Redirect = { fd: op.ioNumber ?? null, op: op.text as RedirectOp, target: target.text }
    if (op.text === '<<' || op.text === '<<-') {
      const quoted = /['"\\]/.test(target.text)
      const delimiter = target.text.replace(/\\(.)/g, '$1').replace(/['"]/g, '')
      r.heredoc = { delimiter, quoted, stripTabs: op.text === '<<-', body: '' }
      this.lx.queueHereDoc(r.heredoc)
    }
    return r
  }
}
