/**
 * Parse tree nodes of text/template (text/template/parse/node.go) and their String() forms,
 * which Go shows in execution errors ("executing \"\" at <.Foo>").
 */

export interface NumberNode {
  kind: 'number'
  pos: number
  text: string
  isInt: boolean
  isFloat: boolean
  int: bigint
  float: number
}

export type ArgNode =
  | { kind: 'field'; pos: number; ident: string[] }
  | { kind: 'variable'; pos: number; ident: string[] }
  | { kind: 'identifier'; pos: number; name: string }
  | { kind: 'dot'; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'bool'; pos: number; value: boolean }
  | { kind: 'string'; pos: number; quoted: string; text: string }
  | { kind: 'chain'; pos: number; node: ArgNode; field: string[] }
  | NumberNode
  | PipeNode

export interface CommandNode {
  kind: 'command'
  pos: number
  args: ArgNode[]
}

export interface PipeNode {
  kind: 'pipe'
  pos: number
  isAssign: boolean
  decl: Array<{ kind: 'variable'; pos: number; ident: string[] }>
  cmds: CommandNode[]
}

export interface ListNode {
  kind: 'list'
  pos: number
  nodes: Node[]
}

export type ControlNode = {
  kind: 'if' | 'range' | 'with'
  pos: number
  pipe: PipeNode
  list: ListNode
  elseList?: ListNode
}

export type Node =
  | { kind: 'text'; pos: number; text: string }
  | { kind: 'action'; pos: number; pipe: PipeNode }
  | ControlNode
  | ListNode
  | { kind: 'template'; pos: number; name: string; pipe?: PipeNode }
  | { kind: 'break' | 'continue' | 'end' | 'else'; pos: number }

export type AnyNode = Node | ArgNode | CommandNode

function quoteForContext(s: string): string {
  return JSON.stringify(s)
}

export function nodeString(n: AnyNode): string {
  switch (n.kind) {
    case 'text': return quoteForContext(n.text)
    case 'action': return `{{${nodeString(n.pipe)}}}`
    case 'if':
    case 'range':
    case 'with': {
      const els = n.elseList ? `{{else}}${nodeString(n.elseList)}` : ''
      return `{{${n.kind} ${nodeString(n.pipe)}}}${nodeString(n.list)}${els}{{end}}`
    }
    case 'list': return n.nodes.map(nodeString).join('')
    case 'template': return n.pipe ? `{{template ${quoteForContext(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${quoteForContext(n.name)}}}`
    case 'break': return '{{break}}'
    case 'continue': return '{{continue}}'
    case 'end': return '{{end}}'
    case 'else': return '{{else}}'
    case 'field': return n.ident.map((id) => '.' + id).join('')
    case 'variable': return n.ident.join('.')
    case 'identifier': return n.name
    case 'dot': return '.'
    case 'nil': return 'nil'
    case 'bool': return n.value ? 'true' : 'false'
    case 'string': return n.quoted
    case 'number': return n.text
    case 'chain': {
      const inner = n.node.kind === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)
      return inner + n.field.map((f) => '.' + f).join('')
    }
    case 'command':
      return n.args.map((a) => (a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ')
    case 'pipe': {
      let s = ''
      if (n.decl.length > 0) s = n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ')
      return s + n.cmds.map(nodeString).join(' | ')
    }
  }
}
