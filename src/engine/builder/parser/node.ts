import { goQuote } from '../../cli/template/gofmt'

/** buildkit frontend/dockerfile/parser Heredoc. */
export interface Heredoc {
  name: string
  fileDescriptor: number
  expand: boolean
  chomp: boolean
  content: string
}

/**
 * buildkit parser.Node: `value`, the `next` chain of arguments, `children` (the root's
 * instructions, ONBUILD's sub-instruction), flags (`--from=…`), the original line and lines.
 */
export interface Node {
  value: string
  next: Node | null
  children: Node[]
  heredocs: Heredoc[]
  attributes: Record<string, boolean>
  original: string
  flags: string[]
  startLine: number
  endLine: number
  prevComment: string[]
}

export function newNode(value = '', next: Node | null = null): Node {
  return { value, next, children: [], heredocs: [], attributes: {}, original: '', flags: [], startLine: 0, endLine: 0, prevComment: [] }
}

/** Go's `%q` of a []string: `["a" "b"]`. */
export function goQuoteSlice(xs: readonly string[]): string {
  return `[${xs.map((x) => goQuote(x)).join(' ')}]`
}

/** Node.Dump (parser.go): one S-expression per instruction, as the testfiles' `result`. */
export function dump(node: Node): string {
  let s = node.value.toLowerCase()
  if (node.flags.length > 0) s += ` ${goQuoteSlice(node.flags)}`
  for (const c of node.children) s += `(${dump(c)})\n`
  for (let n = node.next; n; n = n.next) s += ' ' + (n.children.length > 0 ? dump(n) : goQuote(n.value))
  return goTrimSpace(s)
}

/** The argument values of a node's `next` chain. */
export function nextValues(node: Node): string[] {
  const out: string[] = []
  for (let n = node.next; n; n = n.next) out.push(n.value)
  return out
}

const SPACE = /^[\s\u0085]+|[\s\u0085]+$/g
/** strings.TrimSpace (unicode.IsSpace). */
export function goTrimSpace(s: string): string {
  return s.replace(SPACE, '')
}

export function isSpace(ch: string): boolean {
  return /^[\s\u0085]$/.test(ch) && ch !== '\ufeff'
}

/** Go regexp.Split(s, n) semantics (a leading empty piece, a trailing empty piece). */
export function goRegexpSplit(re: RegExp, s: string, n: number): string[] {
  if (n === 0) return []
  if (s === '') return ['']
  const g = new RegExp(re.source, 'g')
  const out: string[] = []
  let beg = 0
  let end = 0
  for (let m = g.exec(s); m; m = g.exec(s)) {
    if (n > 0 && out.length === n - 1) break
    end = m.index
    if (m.index + m[0].length !== 0) out.push(s.slice(beg, end))
    beg = m.index + m[0].length
    if (m[0].length === 0) g.lastIndex++
  }
  if (end !== s.length) out.push(s.slice(beg))
  return out
}

export const RE_WHITESPACE = /[\t\v\f\r ]+/
