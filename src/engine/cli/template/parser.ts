/**
 * The text/template parser (Go's text/template/parse/parse.go, Go 1.24): actions, pipelines
 * with declarations, if/else if/with/else with/range/break/continue, define/template/block.
 * Errors read "template: <name>:<line>: <message>" as Go words them.
 */
import { describeItem, lex, type Item, type ItemType } from './lexer'
import type { ArgNode, CommandNode, ListNode, Node, NumberNode, PipeNode } from './nodes'
import { nodeString } from './nodes'
import { goQuote } from './gofmt'
import { goUnquote, unquoteChar } from './unquote'

export class ParseError extends Error {}

export interface ParsedTemplate {
  source: string
  root: ListNode
  defined: Map<string, ListNode>
}

type VariableNode = { kind: 'variable'; pos: number; ident: string[] }

const OPERAND_START = new Set<ItemType>([
  'bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string',
  'variable', 'leftParen',
])

function isEmptyTree(n: Node | undefined): boolean {
  if (!n) return true
  if (n.kind === 'list') return n.nodes.every(isEmptyTree)
  if (n.kind === 'text') return n.text.trim() === ''
  return false
}

function parseNumber(item: Item): NumberNode {
  const node: NumberNode = { kind: 'number', pos: item.pos, text: item.val, isInt: false, isFloat: false, int: 0n, float: 0 }
  const text = item.val
  if (item.type === 'charConstant') {
    const [ch, next] = unquoteChar(text, 1, "'")
    if (text.slice(next) !== "'") throw new ParseError(`malformed character constant: ${text}`)
    const cp = ch.codePointAt(0) as number
    return { ...node, isInt: true, isFloat: true, int: BigInt(cp), float: cp }
  }
  if (item.type === 'complex' || text.endsWith('i')) throw new ParseError(`illegal number syntax: ${goQuote(text)}`)
  const intMatch = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text)
  if (intMatch && !/__|_$|^[+-]?_/.test(text)) {
    let body = (intMatch[2] ?? '').replace(/_/g, '')
    if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1)
    const value = BigInt(body) * (intMatch[1] === '-' ? -1n : 1n)
    if (value >= -(1n << 63n) && value < 1n << 63n) {
      return { ...node, isInt: true, isFloat: true, int: value, float: Number(value) }
    }
    if (intMatch[1] !== '-' && value < 1n << 64n) return { ...node, isFloat: true, float: Number(value) }
    throw new ParseError(`integer overflow: ${goQuote(text)}`)
  }
  if (/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?$/.test(text)) {
    const f = Number(text.replace(/_/g, ''))
    if (Number.isFinite(f)) {
      const isInt = Number.isInteger(f) && Math.abs(f) < 2 ** 63
      return { ...node, isFloat: true, float: f, isInt, int: isInt ? BigInt(f) : 0n }
    }
  }
  throw new ParseError(`illegal number syntax: ${goQuote(text)}`)
}

class Parser {
  private readonly items: Item[]
  private cursor = 0
  private line = 1
  private vars: string[] = ['$']
  private rangeDepth = 0
  readonly defined = new Map<string, ListNode>()

  constructor(source: string, private readonly funcs: ReadonlySet<string>) {
    this.items = lex(source)
  }

  private fail(message: string): never {
    throw new ParseError(`template: :${this.line}: ${message}`)
  }
  private next(): Item {
    const item = this.items[Math.min(this.cursor, this.items.length - 1)]!
    this.cursor++
    this.line = item.line
    return item
  }
  private backup(): void {
    this.cursor--
  }
  private peek(): Item {
    const item = this.next()
    this.backup()
    return item
  }
  private nextNonSpace(): Item {
    let item = this.next()
    while (item.type === 'space') item = this.next()
    return item
  }
  private peekNonSpace(): Item {
    const item = this.nextNonSpace()
    this.backup()
    return item
  }
  private unexpected(item: Item, context: string): never {
    if (item.type === 'error') this.fail(item.val)
    this.fail(`unexpected ${describeItem(item)} in ${context}`)
  }
  private expect(type: ItemType, context: string): Item {
    const item = this.nextNonSpace()
    if (item.type !== type) this.unexpected(item, context)
    return item
  }

  parse(): ListNode {
    const root: ListNode = { kind: 'list', pos: this.peek().pos, nodes: [] }
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim') {
        const mark = this.cursor
        this.next()
        if (this.nextNonSpace().type === 'define') {
          this.parseDefinition()
          continue
        }
        this.cursor = mark
      }
      const n = this.textOrAction()
      if (n.kind === 'end' || n.kind === 'else') this.fail(`unexpected ${nodeString(n)}`)
      root.nodes.push(n)
    }
    return root
  }

  private addDefinition(name: string, list: ListNode): void {
    const existing = this.defined.get(name)
    if (existing === undefined || isEmptyTree(existing)) this.defined.set(name, list)
    else if (!isEmptyTree(list)) this.fail(`template: multiple definition of template ${goQuote(name)}`)
  }

  private templateName(item: Item, context: string): string {
    if (item.type !== 'string' && item.type !== 'rawString') this.unexpected(item, context)
    try {
      return goUnquote(item.val)
    } catch {
      this.fail('invalid syntax')
    }
  }

  private parseDefinition(): void {
    const name = this.templateName(this.nextNonSpace(), 'define clause')
    this.expect('rightDelim', 'define clause')
    const saved = this.vars
    this.vars = ['$']
    const [list, end] = this.itemList()
    this.vars = saved
    if (end.kind !== 'end') this.fail(`unexpected ${nodeString(end)} in define clause`)
    this.addDefinition(name, list)
  }

  private itemList(): [ListNode, Node] {
    const list: ListNode = { kind: 'list', pos: this.peekNonSpace().pos, nodes: [] }
    while (this.peekNonSpace().type !== 'eof') {
      const n = this.textOrAction()
      if (n.kind === 'end' || n.kind === 'else') return [list, n]
      list.nodes.push(n)
    }
    this.fail('unexpected EOF')
  }

  private textOrAction(): Node {
    const item = this.nextNonSpace()
    if (item.type === 'text') return { kind: 'text', pos: item.pos, text: item.val }
    if (item.type === 'leftDelim') return this.action()
    this.unexpected(item, 'input')
  }

  private action(): Node {
    const item = this.nextNonSpace()
    switch (item.type) {
      case 'block': return this.blockControl()
      case 'break':
      case 'continue': return this.loopControl(item)
      case 'else': return this.elseControl()
      case 'end': return { kind: 'end', pos: this.expect('rightDelim', 'end').pos }
      case 'if': return this.control('if')
      case 'range': return this.control('range')
      case 'template': return this.templateControl()
      case 'with': return this.control('with')
    }
    this.backup()
    const pos = this.peek().pos
    return { kind: 'action', pos, pipe: this.pipeline('command', 'rightDelim') }
  }

  private loopControl(item: Item): Node {
    const kind = item.type as 'break' | 'continue'
    const next = this.nextNonSpace()
    if (next.type !== 'rightDelim') this.unexpected(next, `{{${kind}}}`)
    if (this.rangeDepth === 0) this.fail(`{{${kind}}} outside {{range}}`)
    return { kind, pos: item.pos }
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace()
    // "{{else if …" and "{{else with …" are read as "{{else}}{{if …".
    if (peek.type === 'if' || peek.type === 'with') return { kind: 'else', pos: peek.pos }
    return { kind: 'else', pos: this.expect('rightDelim', 'else').pos }
  }

  private control(context: 'if' | 'range' | 'with'): Node {
    const mark = this.vars.length
    const pipe = this.pipeline(context, 'rightDelim')
    if (context === 'range') this.rangeDepth++
    const items = this.itemList()
    const list = items[0]
    let next = items[1]
    if (context === 'range') this.rangeDepth--
    let elseList: ListNode | undefined
    if (next.kind === 'else') {
      const chained = this.peek().type
      if ((context === 'if' && chained === 'if') || (context === 'with' && chained === 'with')) {
        this.next()
        elseList = { kind: 'list', pos: next.pos, nodes: [this.control(context)] }
      } else {
        ;[elseList, next] = this.itemList()
        if (next.kind !== 'end') this.fail(`expected end; found ${nodeString(next)}`)
      }
    }
    this.vars.length = mark
    return { kind: context, pos: pipe.pos, pipe, list, elseList }
  }

  private templateControl(): Node {
    const item = this.nextNonSpace()
    const name = this.templateName(item, 'template clause')
    let pipe: PipeNode | undefined
    if (this.nextNonSpace().type !== 'rightDelim') {
      this.backup()
      pipe = this.pipeline('template clause', 'rightDelim')
    }
    return { kind: 'template', pos: item.pos, name, pipe }
  }

  private blockControl(): Node {
    const item = this.nextNonSpace()
    const name = this.templateName(item, 'block clause')
    const pipe = this.pipeline('block clause', 'rightDelim')
    const saved = this.vars
    this.vars = ['$']
    const [list, end] = this.itemList()
    this.vars = saved
    if (end.kind !== 'end') this.fail(`unexpected ${nodeString(end)} in block clause`)
    this.addDefinition(name, list)
    return { kind: 'template', pos: item.pos, name, pipe }
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const pipe: PipeNode = { kind: 'pipe', pos: this.peekNonSpace().pos, isAssign: false, decl: [], cmds: [] }
    for (;;) {
      const v = this.peekNonSpace()
      if (v.type !== 'variable') break
      const mark = this.cursor
      this.next()
      const next = this.peekNonSpace()
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign'
        this.nextNonSpace()
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: [v.val] })
        this.vars.push(v.val)
        break
      }
      if (next.type === 'char' && next.val === ',') {
        this.nextNonSpace()
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: [v.val] })
        this.vars.push(v.val)
        if (context === 'range' && pipe.decl.length < 2) {
          const t = this.peekNonSpace().type
          if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') continue
          this.fail('range can only initialize variables')
        }
        this.fail(`too many declarations in ${context}`)
      }
      // "$x foo": $x is an argument, not a declaration.
      this.cursor = mark
      break
    }
    for (;;) {
      const item = this.nextNonSpace()
      if (item.type === end) {
        this.checkPipeline(pipe, context)
        return pipe
      }
      if (!OPERAND_START.has(item.type)) this.unexpected(item, context)
      this.backup()
      pipe.cmds.push(this.command())
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.fail(`missing value for ${context}`)
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]!.kind)) {
        this.fail(`non executable command in pipeline stage ${i + 2}`)
      }
    })
  }

  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] }
    for (;;) {
      this.peekNonSpace()
      const operand = this.operand()
      if (operand) cmd.args.push(operand)
      const item = this.next()
      if (item.type === 'space') continue
      if (item.type === 'error') this.fail(item.val)
      if (item.type === 'rightDelim' || item.type === 'rightParen') this.backup()
      else if (item.type !== 'pipe') this.unexpected(item, 'operand')
      break
    }
    if (cmd.args.length === 0) this.fail('empty command')
    return cmd
  }

  private operand(): ArgNode | undefined {
    const node = this.term()
    if (!node || this.peek().type !== 'field') return node
    const pos = this.peek().pos
    const fields: string[] = []
    while (this.peek().type === 'field') fields.push(this.next().val.slice(1))
    switch (node.kind) {
      case 'field': return { kind: 'field', pos: node.pos, ident: [...node.ident, ...fields] }
      case 'variable': return { kind: 'variable', pos: node.pos, ident: [...node.ident, ...fields] }
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.fail(`unexpected . after term ${goQuote(nodeString(node))}`)
    }
    return { kind: 'chain', pos, node, field: fields }
  }

  private term(): ArgNode | undefined {
    const item = this.nextNonSpace()
    switch (item.type) {
      case 'error':
        return this.fail(item.val)
      case 'identifier':
        if (!this.funcs.has(item.val)) this.fail(`function ${goQuote(item.val)} not defined`)
        return { kind: 'identifier', pos: item.pos, name: item.val }
      case 'dot': return { kind: 'dot', pos: item.pos }
      case 'nil': return { kind: 'nil', pos: item.pos }
      case 'variable': return this.useVar(item)
      case 'field': return { kind: 'field', pos: item.pos, ident: [item.val.slice(1)] }
      case 'bool': return { kind: 'bool', pos: item.pos, value: item.val === 'true' }
      case 'charConstant':
      case 'complex':
      case 'number':
        try {
          return parseNumber(item)
        } catch (e) {
          return this.fail(e instanceof ParseError ? e.message : 'invalid syntax')
        }
      case 'leftParen': return this.pipeline('parenthesized pipeline', 'rightParen')
      case 'string':
      case 'rawString':
        try {
          return { kind: 'string', pos: item.pos, quoted: item.val, text: goUnquote(item.val) }
        } catch {
          return this.fail('invalid syntax')
        }
    }
    this.backup()
    return undefined
  }

  private useVar(item: Item): VariableNode {
    const ident = item.val.split('.')
    const name = ident[0] ?? ''
    if (!this.vars.includes(name)) this.fail(`undefined variable ${goQuote(name)}`)
    return { kind: 'variable', pos: item.pos, ident }
  }
}

/** Parses a template; funcs are the function names the template may call. */
export function parse(source: string, funcs: ReadonlySet<string>): ParsedTemplate {
  const parser = new Parser(source, funcs)
  const root = parser.parse()
  return { source, root, defined: parser.defined }
}
