/**
 * Template execution (Go's text/template/exec.go): walking the tree, evaluating pipelines,
 * fields, variables and calls, with Go's execution errors:
 * `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type T`.
 */
import { paramTypeName, type GoFunction, type ParamType } from './funcs'
import { formatValue } from './gofmt'
import type { AnyNode, ArgNode, CommandNode, ControlNode, ListNode, Node, NumberNode, PipeNode } from './nodes'
import { nodeString } from './nodes'
import type { ParsedTemplate } from './parser'
import {
  INVALID, goNil, isTrue, kindOf, sortedKeys, typeName, type GoKind,
} from './values'
import { utf8Length } from '../../kernel/utf8'

export class ExecError extends Error {}
class BreakSignal {}
class ContinueSignal {}

/** Marks "no final value from a previous pipeline stage" (Go's missingVal). */
const MISSING: unique symbol = Symbol('go.missing')
type Final = unknown

type FieldNode = Extract<ArgNode, { kind: 'field' }>
type VariableNode = Extract<ArgNode, { kind: 'variable' }>
type ChainNode = Extract<ArgNode, { kind: 'chain' }>
type IdentifierNode = Extract<ArgNode, { kind: 'identifier' }>

const isNilKind = (k: GoKind): boolean => k === 'nil' || k === 'nilptr'

export class Executor {
  out = ''
  private node: AnyNode | undefined
  private vars: Array<{ name: string; value: unknown }>

  constructor(
    private readonly tmpl: ParsedTemplate,
    private readonly funcs: Record<string, GoFunction>,
    data: unknown,
  ) {
    this.vars = [{ name: '$', value: data }]
  }

  run(data: unknown): void {
    this.walk(data, this.tmpl.root)
  }

  private errorf(message: string): never {
    if (this.node === undefined) throw new ExecError(`template: : ${message}`)
    const before = this.tmpl.source.slice(0, this.node.pos)
    const nl = before.lastIndexOf('\n')
    const line = 1 + (before.match(/\n/g)?.length ?? 0)
    const col = utf8Length(nl < 0 ? before : before.slice(nl + 1))
    throw new ExecError(`template: :${line}:${col}: executing "" at <${nodeString(this.node)}>: ${message}`)
  }

  private at(node: AnyNode): void {
    this.node = node
  }

  private varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value
    return this.errorf(`undefined variable: ${name}`)
  }

  private setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const slot = this.vars[i]!
      if (slot.name === name) {
        slot.value = value
        return
      }
    }
    this.errorf(`undefined variable: ${name}`)
  }

  private walk(dot: unknown, node: Node): void {
    this.at(node)
    switch (node.kind) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe)
        if (node.pipe.decl.length === 0) this.printValue(node, val)
        return
      }
      case 'text':
        this.out += node.text
        return
      case 'list':
        for (const n of node.nodes) this.walk(dot, n)
        return
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, node)
      case 'range':
        return this.walkRange(dot, node)
      case 'template':
        return this.walkTemplate(dot, node)
      case 'break':
        throw new BreakSignal()
      case 'continue':
        throw new ContinueSignal()
      default:
        this.errorf(`unknown node: ${nodeString(node)}`)
    }
  }

  private walkIfOrWith(dot: unknown, node: ControlNode): void {
    const mark = this.vars.length
    try {
      const val = this.evalPipeline(dot, node.pipe)
      const truth = isTrue(val)
      if (truth === undefined) this.errorf(`if/with can't use ${formatValue(val)}`)
      if (truth) this.walk(node.kind === 'with' ? val : dot, node.list)
      else if (node.elseList) this.walk(dot, node.elseList)
    } finally {
      this.vars.length = mark
    }
  }

  private walkRange(dot: unknown, node: ControlNode): void {
    this.at(node)
    const outer = this.vars.length
    try {
      const val = this.evalPipeline(dot, node.pipe)
      const mark = this.vars.length
      const decl = node.pipe.decl
      const iterate = (index: unknown, elem: unknown): boolean => {
        if (decl.length > 0) {
          if (node.pipe.isAssign) this.setVar(decl[0]!.ident[0]!, decl.length > 1 ? index : elem)
          else this.vars[this.vars.length - 1]!.value = elem
        }
        if (decl.length > 1) {
          if (node.pipe.isAssign) this.setVar(decl[1]!.ident[0]!, elem)
          else this.vars[this.vars.length - 2]!.value = index
        }
        try {
          this.walk(elem, node.list)
        } catch (e) {
          if (e instanceof BreakSignal) return false
          if (!(e instanceof ContinueSignal)) throw e
        } finally {
          this.vars.length = mark
        }
        return true
      }
      const kind = kindOf(val)
      let ran = false
      if (kind === 'slice') {
        const arr = val as unknown[]
        for (let i = 0; i < arr.length && iterate(i, arr[i]); i++) ran = true
        ran = arr.length > 0
      } else if (kind === 'map') {
        const obj = val as Record<string, unknown>
        const keys = sortedKeys(obj)
        for (const k of keys) if (!iterate(k, obj[k] === undefined ? null : obj[k])) break
        ran = keys.length > 0
      } else if (kind === 'int') {
        if (decl.length > 1) this.errorf(`can't use ${formatValue(val)} to iterate over more than one variable`)
        const n = Number(val)
        for (let i = 0; i < n && iterate(i, i); i++);
        ran = n > 0
      } else if (kind !== 'invalid' && kind !== 'nil' && kind !== 'nilslice' && kind !== 'nilmap') {
        this.errorf(`range can't iterate over ${formatValue(val)}`)
      }
      if (!ran && node.elseList) this.walk(dot, node.elseList)
    } finally {
      this.vars.length = outer
    }
  }

  private walkTemplate(dot: unknown, node: Extract<Node, { kind: 'template' }>): void {
    this.at(node)
    const list: ListNode | undefined = this.tmpl.defined.get(node.name)
    if (list === undefined) this.errorf(`template ${JSON.stringify(node.name)} not defined`)
    const value = node.pipe ? this.evalPipeline(dot, node.pipe) : INVALID
    const saved = this.vars
    this.vars = [{ name: '$', value }]
    try {
      this.walk(value, list)
    } finally {
      this.vars = saved
    }
  }

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe)
    let value: unknown = MISSING
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value)
      // A nil interface{} result becomes the invalid value (Go: reflect.ValueOf(v.Interface())).
      if (value === null || value === undefined) value = INVALID
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0]!, value)
      else this.vars.push({ name: v.ident[0]!, value })
    }
    return value
  }

  private notAFunction(args: ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0]!)}`)
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0]!
    switch (first.kind) {
      case 'field': return this.evalFieldNode(dot, first, cmd.args, final)
      case 'chain': return this.evalChainNode(dot, first, cmd.args, final)
      case 'identifier': return this.evalFunction(dot, first, cmd, cmd.args, final)
      case 'pipe':
        this.notAFunction(cmd.args, final)
        return this.evalPipeline(dot, first)
      case 'variable': return this.evalVariableNode(dot, first, cmd.args, final)
    }
    this.at(first)
    this.notAFunction(cmd.args, final)
    switch (first.kind) {
      case 'bool': return first.value
      case 'dot': return dot
      case 'nil': return this.errorf('nil is not a command')
      case 'number': return this.idealConstant(first)
      case 'string': return first.text
    }
  }

  private idealConstant(n: NumberNode): unknown {
    this.at(n)
    const looksFloat = /[.eEpP]/.test(n.text) && !/^[+-]?0[xX]/.test(n.text) && !n.text.startsWith("'")
    if (n.isFloat && looksFloat) return n.float
    if (n.isInt) return Number.isSafeInteger(Number(n.int)) ? Number(n.int) : n.int
    return this.errorf(`${n.text} overflows int`)
  }

  private evalFieldNode(dot: unknown, field: FieldNode, args: ArgNode[], final: Final): unknown {
    this.at(field)
    return this.evalFieldChain(dot, dot, field, field.ident, args, final)
  }

  private evalChainNode(dot: unknown, chain: ChainNode, args: ArgNode[], final: Final): unknown {
    this.at(chain)
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`)
    const pipe = this.evalArg(dot, 'raw', chain.node)
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final)
  }

  private evalVariableNode(dot: unknown, v: VariableNode, args: ArgNode[], final: Final): unknown {
    this.at(v)
    const value = this.varValue(v.ident[0]!)
    if (v.ident.length === 1) {
      this.notAFunction(args, final)
      return value
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final)
  }

  private evalFieldChain(dot: unknown, receiver: unknown, node: AnyNode, ident: string[], args: ArgNode[], final: Final): unknown {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(dot, ident[i]!, node, [], MISSING, receiver)
    return this.evalField(dot, ident[ident.length - 1]!, node, args, final, receiver)
  }

  private evalField(dot: unknown, name: string, node: AnyNode, args: ArgNode[], final: Final, receiver: unknown): unknown {
    if (receiver === INVALID) return INVALID
    const kind = kindOf(receiver)
    if (isNilKind(kind)) this.errorf(`nil pointer evaluating ${kind === 'nil' ? 'interface {}' : typeName(receiver)}.${name}`)
    const obj = receiver as Record<string, unknown>
    const own = (kind === 'struct' || kind === 'map') && Object.hasOwn(obj, name) && obj[name] !== undefined
    if (own && typeof obj[name] === 'function') {
      const method = obj[name] as (...a: unknown[]) => unknown
      const params: ParamType[] = Array.from({ length: method.length }, () => 'any')
      return this.evalCall(dot, { params, call: (a) => method.apply(receiver, a) }, node, name, args, final)
    }
    const hasArgs = args.length > 1 || final !== MISSING
    if (kind === 'struct' && own) {
      if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`)
      return obj[name]
    }
    if (kind === 'map' || kind === 'nilmap') {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`)
      return own ? obj[name] : INVALID
    }
    return this.errorf(`can't evaluate field ${name} in type ${typeName(receiver)}`)
  }

  private evalFunction(dot: unknown, node: IdentifierNode, cmd: AnyNode, args: ArgNode[], final: Final): unknown {
    this.at(node)
    const name = node.name
    if (!Object.hasOwn(this.funcs, name)) this.errorf(`${JSON.stringify(name)} is not a defined function`)
    const f = this.funcs[name]!
    if (name === 'and' || name === 'or') return this.evalAndOr(dot, name, args, final)
    return this.evalCall(dot, f, cmd, name, args, final)
  }

  /** and/or short-circuit: arguments after the deciding one are not evaluated (Go 1.18+). */
  private evalAndOr(dot: unknown, name: string, args: ArgNode[], final: Final): unknown {
    const rest = args.slice(1)
    if (rest.length + (final !== MISSING ? 1 : 0) < 1) this.errorf(`wrong number of args for ${name}: want at least 1 got ${rest.length}`)
    let v: unknown = INVALID
    for (const arg of rest) {
      v = this.evalArg(dot, 'raw', arg)
      if (Boolean(isTrue(v)) === (name === 'or')) return v
    }
    if (final !== MISSING) v = final
    return v
  }

  private evalCall(dot: unknown, f: GoFunction, node: AnyNode, name: string, argNodes: ArgNode[], final: Final): unknown {
    const args = argNodes.slice(1)
    const numIn = args.length + (final !== MISSING ? 1 : 0)
    let numFixed = args.length
    if (f.variadic !== undefined) {
      numFixed = f.params.length
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`)
    } else if (numIn !== f.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${f.params.length} got ${numIn}`)
    }
    const argv: unknown[] = []
    let i = 0
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, f.params[i]!, args[i]!))
    if (f.variadic !== undefined) for (; i < args.length; i++) argv.push(this.evalArg(dot, f.variadic, args[i]!))
    if (final !== MISSING) {
      let t = f.params[f.params.length - 1]!
      if (f.variadic !== undefined) t = numIn - 1 < numFixed ? f.params[numIn - 1]! : f.variadic
      argv.push(this.validateType(final, t))
    }
    try {
      return f.call(argv)
    } catch (e) {
      if (e instanceof ExecError || e instanceof BreakSignal || e instanceof ContinueSignal) throw e
      this.at(node)
      return this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  private validateType(value: unknown, t: ParamType): unknown {
    if (t === 'raw') return value
    if (value === INVALID || value === null || value === undefined) {
      if (t === 'any') return null
      if (t === '[]string') return goNil('[]string')
      return this.errorf(`invalid value; expected ${t}`)
    }
    const kind = kindOf(value)
    const ok =
      t === 'any' ||
      (t === 'string' && kind === 'string') ||
      (t === 'bool' && kind === 'bool') ||
      (t === 'int' && kind === 'int' && typeof value === 'number') ||
      (t === '[]string' && typeName(value) === '[]string') ||
      (t === '[]string' && kind === 'slice' && (value as unknown[]).length === 0)
    if (!ok) this.errorf(`wrong type for value; expected ${paramTypeName(t)}; got ${typeName(value)}`)
    return value
  }

  private evalArg(dot: unknown, t: ParamType, n: ArgNode): unknown {
    this.at(n)
    switch (n.kind) {
      case 'dot': return this.validateType(dot, t)
      case 'nil':
        if (t === 'any' || t === 'raw') return null
        if (t === '[]string') return goNil('[]string')
        return this.errorf(`cannot assign nil to ${t}`)
      case 'field': return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), t)
      case 'variable': return this.validateType(this.evalVariableNode(dot, n, [], MISSING), t)
      case 'pipe': return this.validateType(this.evalPipeline(dot, n), t)
      case 'identifier': return this.validateType(this.evalFunction(dot, n, n, [], MISSING), t)
      case 'chain': return this.validateType(this.evalChainNode(dot, n, [], MISSING), t)
    }
    switch (t) {
      case 'bool':
        if (n.kind === 'bool') return n.value
        return this.errorf(`expected bool; found ${nodeString(n)}`)
      case 'string':
        if (n.kind === 'string') return n.text
        return this.errorf(`expected string; found ${nodeString(n)}`)
      case 'int':
        if (n.kind === 'number' && n.isInt) return Number(n.int)
        return this.errorf(`expected integer; found ${nodeString(n)}`)
      case 'any':
      case 'raw':
        if (n.kind === 'bool') return n.value
        if (n.kind === 'string') return n.text
        return this.idealConstant(n)
    }
    return this.errorf(`can't handle ${nodeString(n)} for arg of type ${paramTypeName(t)}`)
  }

  private printValue(node: AnyNode, v: unknown): void {
    this.at(node)
    const kind = kindOf(v)
    if (kind === 'invalid') {
      this.out += '<no value>'
      return
    }
    if (kind === 'func') this.errorf(`can't print ${nodeString(node)} of type ${typeName(v)}`)
    const text = formatValue(v)
    // The template indirects a pointer before printing it: {…}, not &{…}.
    this.out += kind === 'struct' && text.startsWith('&{') ? text.slice(1) : text
  }
}
