import { inspect } from 'node-inspect-extracted'
import { throwSites } from './stack'

const isErrorLike = (e: unknown): e is Error => e instanceof Error || (typeof e === 'object' && e !== null && 'stack' in e && 'message' in e)

/** How Node's REPL reports a thrown value (lib/repl.js, the domain error handler). */
export function replUncaught(e: unknown, breakLength = 80): string {
  if (!isErrorLike(e)) {
    const text = inspect(e)
    return text.includes('\n') ? `Uncaught:\n${text}` : `Uncaught ${text}`
  }
  void e.stack // format the stack while the REPL's frame cut applies
  let errStack = inspect(e)
  // "Remove one line error braces to keep the old style in place."
  if (errStack.startsWith('[') && errStack.endsWith(']')) errStack = errStack.slice(1, -1)
  const lines = errStack.split(/(?<=\n)/)
  let matched = false
  let out = ''
  for (const line of lines) {
    if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
      out += breakLength >= line.length ? `Uncaught ${line}` : `Uncaught:\n${line}`
      matched = true
    } else out += line
  }
  return matched ? out : `Uncaught${lines.length === 1 ? ' ' : ':\n'}${out}`
}

/** The caret line Node prints under a source line: under `throw` when the error came from one. */
function caret(sourceLine: string, column: number): string {
  let at = Math.max(0, column - 1)
  const before = sourceLine.slice(0, at)
  const t = before.lastIndexOf('throw')
  if (t >= 0 && /^throw\s+(new\s+)?$/.test(before.slice(t))) at = t
  return ' '.repeat(at) + '^'
}

/** Errors thrown because nobody listened for an 'error' event (EventEmitter#emit throws them). */
export const unhandledErrorEvents = new WeakSet<object>()

/** Node's header for those: the throw in lib/events.js (Node 22 line number). */
const UNHANDLED_ERROR_EVENT = "node:events:485\n      throw er; // Unhandled 'error' event\n      ^\n\n"

/**
 * What Node prints on stderr when a script dies of an uncaught exception
 * (lib/internal/process/execution.js): `file:line`, the line, a caret, the error, the version.
 */
export function scriptCrash(e: unknown, sources: Map<string, string>, version: string, syntax?: { file: string; line: number; column: number }): string {
  if (!isErrorLike(e)) {
    return `Uncaught ${inspect(e)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n\nNode.js ${version}\n`
  }
  void e.stack
  const site = syntax ?? throwSites.get(e)
  let head = ''
  if (unhandledErrorEvents.has(e)) head = UNHANDLED_ERROR_EVENT
  else if (site) {
    const src = sources.get(site.file)
    const line = src?.split('\n')[site.line - 1]
    if (line !== undefined) head = `${site.file}:${site.line}\n${line}\n${syntax ? ' '.repeat(site.column) + '^' : caret(line, site.column)}\n\n`
  }
  return `${head}${inspect(e)}\n\nNode.js ${version}\n`
}

/** Node's REPL shows a syntax error with the line and a caret above `Uncaught SyntaxError: …`. */
export function replSyntaxError(code: string, message: string, line: number, column: number): string {
  const src = code.split('\n')[line - 1] ?? ''
  return `${src}\n${' '.repeat(column)}^\n\nUncaught SyntaxError: ${message}`
}
