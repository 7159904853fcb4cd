/**
 * Stack traces that read like Node's. V8's structured stack API (Error.prepareStackTrace) is
 * available in both hosts (a Chromium worker, a Node vm context). The guest's own frames are
 * dropped, the frames of user code are named as Node names them.
 */

interface CallSite {
  getScriptNameOrSourceURL(): string | null
  getFunctionName(): string | null
  getLineNumber(): number | null
  getColumnNumber(): number | null
  isEval(): boolean
  isNative(): boolean
  toString(): string
}

/** Where user code comes from: REPL inputs, files run or required, -e code. */
export interface UserCodeRegistry {
  isUserFile(name: string): boolean
  /** Columns the module wrapper added on line 1 of this file (0 if none). */
  lineOneOffset(name: string): number
}

/** First user frame of each error whose stack was formatted: for the "file:line" crash header. */
export const throwSites = new WeakMap<object, { file: string; line: number; column: number }>()

/** Frames Node shows below a CommonJS main module (Node 22 line numbers). */
export const NODE_MAIN_FRAMES = [
  'Module._compile (node:internal/modules/cjs/loader:1565:14)',
  'Object..js (node:internal/modules/cjs/loader:1708:10)',
  'Module.load (node:internal/modules/cjs/loader:1318:32)',
  'Function._load (node:internal/modules/cjs/loader:1128:12)',
  'TracingChannel.traceSync (node:diagnostics_channel:322:14)',
  'wrapModuleLoad (node:internal/modules/cjs/loader:219:24)',
  'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:170:5)',
  'node:internal/main/run_main_module:36:49',
]

function formatFrame(f: CallSite, code: UserCodeRegistry): string | null {
  const file = f.getScriptNameOrSourceURL()
  if (!file) return f.isEval() ? null : String(f) // a builtin such as "Array.map (<anonymous>)"
  if (!code.isUserFile(file)) return null
  const line = f.getLineNumber() ?? 0
  const column = f.getColumnNumber() ?? 0
  const fixed = line === 1 ? column - code.lineOneOffset(file) : column
  let s = String(f).replace(`${file}:${line}:${column}`, `${file}:${line}:${fixed}`)
  // V8 calls an anonymous function in eval'd code "eval"; Node (which compiles, not evals) does not
  if (f.isEval() && f.getFunctionName() === 'eval') s = s.replace(/^(\S+)\.eval \(/, '$1.<anonymous> (').replace(/^eval \((.*)\)$/, '$1')
  return s
}

function header(error: unknown): string {
  try {
    return Error.prototype.toString.call(error)
  } catch {
    return 'Error'
  }
}

/**
 * Install the formatter. `replCut` says whether the REPL is evaluating: Node drops the REPL
 * input's top-level frame and everything below it; a script keeps its module frame and shows
 * Node's loader frames below.
 */
export function installStackFormatting(code: UserCodeRegistry, mode: () => 'repl' | 'script' | 'other'): void {
  const E = Error as unknown as { prepareStackTrace?: (e: unknown, frames: CallSite[]) => string; stackTraceLimit: number }
  E.stackTraceLimit = 20
  E.prepareStackTrace = (error, frames) => {
    const userIdx: number[] = []
    const lines: (string | null)[] = frames.map((f, i) => {
      const s = formatFrame(f, code)
      const file = f.getScriptNameOrSourceURL()
      if (s !== null && file && code.isUserFile(file)) userIdx.push(i)
      return s
    })
    const first = userIdx[0]
    if (first !== undefined && error && typeof error === 'object') {
      const f = frames[first]!
      const file = f.getScriptNameOrSourceURL()!
      const line = f.getLineNumber() ?? 1
      const col = f.getColumnNumber() ?? 1
      throwSites.set(error, { file, line, column: line === 1 ? col - code.lineOneOffset(file) : col })
    }
    const last = userIdx[userIdx.length - 1]
    let kept: (string | null)[] = lines
    const m = mode()
    if (last !== undefined) kept = m === 'repl' ? lines.slice(0, last) : lines.slice(0, last + 1)
    const out = kept.filter((s): s is string => s !== null)
    if (m === 'script' && last !== undefined && /^Object\.<anonymous> /.test(lines[last] ?? '')) out.push(...NODE_MAIN_FRAMES)
    return [header(error), ...out.map((s) => `    at ${s}`)].join('\n')
  }
}
