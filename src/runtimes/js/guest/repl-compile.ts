/**
 * Turning one REPL input into code, as Node's REPL behaves:
 * - `{ a: 1 }` is an object literal, not a block (lib/repl.js wraps it in parentheses);
 * - top-level let/const/class persist to the next input and clash with earlier ones ("Identifier
 *   'a' has already been declared"): Node runs each input as a vm Script, whose lexical
 *   declarations live in the global scope. Such input is compiled to run as a classic script
 *   (`mode: 'script'`), its last expression's value assigned to `REPL_RESULT`, since a script
 *   has no completion value to hand back; other input runs through indirect eval (`mode: 'eval'`),
 *   which gives the completion value as it is;
 * - top-level `await` works: the input runs in an async function whose result is awaited
 *   (lib/internal/repl/await.js does the same rewrite).
 * Incomplete input (an unclosed bracket, a trailing operator) asks for another line.
 */
import { parse, type Node } from 'acorn'

/** The global a script-mode input assigns its value to (created only after the value exists). */
export const REPL_RESULT = '__wharfReplResult'

export type Compiled =
  | { kind: 'code'; source: string; awaits: boolean; mode: 'eval' | 'script' }
  | { kind: 'incomplete' }
  | { kind: 'syntax-error'; message: string; line: number; column: number }

type AnyNode = Node & Record<string, unknown>

const PARSE_OPTIONS = { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowHashBang: true } as const

function tryParse(code: string): { ast: AnyNode } | { error: { message: string; pos: number; raisedAt: number; loc?: { line: number; column: number } } } {
  try {
    return { ast: parse(code, PARSE_OPTIONS) as unknown as AnyNode }
  } catch (e) {
    return { error: e as { message: string; pos: number; raisedAt: number; loc?: { line: number; column: number } } }
  }
}

/** Node's isRecoverableError: the parser ran off the end (or into an unterminated template). */
function isIncomplete(code: string, e: { message: string; pos: number }): boolean {
  if (/Unterminated (template|comment)/.test(e.message)) return true
  return e.pos >= code.trimEnd().length && !/Unterminated string/.test(e.message)
}

/** V8's own message for a syntax error (acorn words them differently). */
function v8Message(code: string, fallback: string): string {
  try {
    new Function(code)
  } catch (e) {
    if (e instanceof SyntaxError) return e.message
  }
  return fallback.replace(/ \(\d+:\d+\)$/, '')
}

function hasTopLevelAwait(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  if (Array.isArray(node)) return node.some(hasTopLevelAwait)
  const n = node as AnyNode
  if (n.type === 'AwaitExpression' || (n.type === 'ForOfStatement' && n.await)) return true
  if (/Function|Class/.test(String(n.type)) && n.type !== 'ClassDeclaration') return false
  for (const k of Object.keys(n)) {
    if (k !== 'type' && k !== 'loc' && typeof n[k] === 'object' && hasTopLevelAwait(n[k])) return true
  }
  return false
}

interface Edit {
  start: number
  end: number
  text: string
}

function applyEdits(code: string, edits: Edit[]): string {
  let out = code
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end)
  return out
}

function declaredNames(pattern: AnyNode, out: string[]): void {
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern.name as string)
      break
    case 'ObjectPattern':
      for (const p of pattern.properties as AnyNode[]) declaredNames((p.type === 'RestElement' ? p.argument : p.value) as AnyNode, out)
      break
    case 'ArrayPattern':
      for (const el of pattern.elements as (AnyNode | null)[]) if (el) declaredNames(el, out)
      break
    case 'RestElement':
      declaredNames(pattern.argument as AnyNode, out)
      break
    case 'AssignmentPattern':
      declaredNames(pattern.left as AnyNode, out)
      break
  }
}

const isLexical = (st: AnyNode): boolean => (st.type === 'VariableDeclaration' && st.kind !== 'var') || st.type === 'ClassDeclaration'

/** Script-mode input: the last expression statement's value goes to REPL_RESULT. */
function captureResult(code: string, body: AnyNode[]): string {
  const last = body[body.length - 1]
  if (last?.type !== 'ExpressionStatement') return code
  const expr = last.expression as AnyNode
  return applyEdits(code, [
    { start: expr.start, end: expr.start, text: `${REPL_RESULT} = (` },
    { start: expr.end, end: expr.end, text: ')' },
  ])
}

/** Input with top-level await: declarations become assignments to hoisted vars inside an async IIFE. */
function wrapAsync(code: string, body: AnyNode[]): string {
  const names: string[] = []
  const edits: Edit[] = []
  for (const st of body) {
    if (st.type === 'VariableDeclaration') {
      const parts: string[] = []
      for (const d of st.declarations as AnyNode[]) {
        declaredNames(d.id as AnyNode, names)
        if (d.init) parts.push(`(${code.slice((d.id as AnyNode).start, (d.id as AnyNode).end)} = ${code.slice((d.init as AnyNode).start, (d.init as AnyNode).end)})`)
      }
      edits.push({ start: st.start, end: st.end, text: `void (${parts.join(', ') || '0'});` })
    } else if ((st.type === 'ClassDeclaration' || st.type === 'FunctionDeclaration') && st.id) {
      const name = (st.id as AnyNode).name as string
      names.push(name)
      edits.push({ start: st.start, end: st.start, text: `${name} = ` }, { start: st.end, end: st.end, text: ';' })
    }
  }
  const last = body[body.length - 1]
  if (last?.type === 'ExpressionStatement') {
    const expr = last.expression as AnyNode
    edits.push({ start: last.start, end: expr.start, text: 'return (' }, { start: expr.end, end: expr.end, text: ')' })
  }
  const hoisted = names.length ? `var ${[...new Set(names)].join(', ')}; ` : ''
  return `${hoisted}(async () => { ${applyEdits(code, edits)}\n})()`
}

export function compileReplInput(input: string): Compiled {
  // lib/repl.js: input that starts with { and ends with } is tried as an expression first
  if (/^\s*\{/.test(input) && /\}\s*$/.test(input)) {
    const wrapped = `(${input.trim()})`
    const r = tryParse(wrapped)
    if ('ast' in r) return finish(wrapped, r.ast)
  }
  const r = tryParse(input)
  if ('error' in r) {
    if (isIncomplete(input, r.error)) return { kind: 'incomplete' }
    const loc = r.error.loc ?? { line: 1, column: 0 }
    return { kind: 'syntax-error', message: v8Message(input, r.error.message), line: loc.line, column: loc.column }
  }
  return finish(input, r.ast)
}

function finish(code: string, ast: AnyNode): Compiled {
  const body = ast.body as AnyNode[]
  if (hasTopLevelAwait(body)) return { kind: 'code', source: wrapAsync(code, body), awaits: true, mode: 'eval' }
  if (body.some(isLexical)) return { kind: 'code', source: captureResult(code, body), awaits: false, mode: 'script' }
  return { kind: 'code', source: code, awaits: false, mode: 'eval' }
}

/** Where a script's syntax error is (for the `file:line` header Node prints). */
export function scriptSyntaxError(source: string): { message: string; line: number; column: number } | null {
  try {
    parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true })
    return null
  } catch (e) {
    const err = e as { message: string; loc?: { line: number; column: number } }
    return { message: v8Message(source, err.message), line: err.loc?.line ?? 1, column: err.loc?.column ?? 0 }
  }
}
