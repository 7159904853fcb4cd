/**
 * The shell's syntax tree. Words stay as their raw source text (quotes included) and are
 * expanded when the command runs, as POSIX shells do.
 */
export type RedirectOp = '>' | '>>' | '>|' | '<' | '<>' | '<<' | '<<-' | '>&' | '<&' | '&>' | '&>>'

export interface HereDoc {
  delimiter: string
  /** A quoted delimiter turns expansion off inside the body. */
  quoted: boolean
  stripTabs: boolean
  body: string
}

export interface Redirect {
  fd: number | null
  op: RedirectOp
  target: string
  heredoc?: HereDoc
}

export interface SimpleCommand {
  type: 'simple'
  assigns: string[]
  words: string[]
  redirects: Redirect[]
  line: number
}

export interface Subshell {
  type: 'subshell'
  body: List
  redirects: Redirect[]
}
export interface Group {
  type: 'group'
  body: List
  redirects: Redirect[]
}
export interface If {
  type: 'if'
  branches: { cond: List; body: List }[]
  otherwise: List | null
  redirects: Redirect[]
}
export interface For {
  type: 'for'
  name: string
  /** null: `for x; do` iterates over "$@". */
  items: string[] | null
  body: List
  redirects: Redirect[]
}
export interface Loop {
  type: 'loop'
  until: boolean
  cond: List
  body: List
  redirects: Redirect[]
}
export interface Case {
  type: 'case'
  word: string
  arms: { patterns: string[]; body: List | null; fallthrough: boolean }[]
  redirects: Redirect[]
}
export interface FunctionDef {
  type: 'function'
  name: string
  body: Command
  redirects: Redirect[]
}

export type Command = SimpleCommand | Subshell | Group | If | For | Loop | Case | FunctionDef

export interface Pipeline {
  type: 'pipeline'
  bang: boolean
  commands: Command[]
}

export interface AndOr {
  type: 'andor'
  first: Pipeline
  rest: { op: '&&' | '||'; pipeline: Pipeline }[]
}

export interface List {
  type: 'list'
  items: { command: AndOr; background: boolean }[]
}
