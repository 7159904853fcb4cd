import { resolvePath } from '../../fs/path'
import type { ProgramContext } from '../../process/types'
import { EDITOR_BANNER, HELP, INVALID_KEYWORD } from './repl-text'

export type DotResult =
  | { kind: 'handled' }
  | { kind: 'exit' }
  | { kind: 'break' }
  /** Code to evaluate (from .editor or .load). */
  | { kind: 'eval'; code: string }
  | { kind: 'not-a-command' }

/** Node treats `.word` as a REPL command unless it reads as a number (`.5`) or `..`. */
export function isDotCommand(line: string): boolean {
  const t = line.trim()
  return t.startsWith('.') && t[1] !== '.' && Number.isNaN(Number.parseFloat(t))
}

/** The REPL's dot commands (lib/repl.js defineDefaultCommands). */
export async function runDotCommand(ctx: ProgramContext, line: string, history: string[], buffered: boolean): Promise<DotResult> {
  const t = line.trim()
  const space = t.indexOf(' ')
  const keyword = space < 0 ? t.slice(1) : t.slice(1, space)
  const arg = space < 0 ? '' : t.slice(space + 1).trim()
  switch (keyword) {
    case 'exit':
      return { kind: 'exit' }
    case 'break':
    case 'clear':
      return { kind: 'break' }
    case 'help':
      ctx.stdout.write(HELP)
      return { kind: 'handled' }
    case 'editor':
      return editorMode(ctx)
    case 'save':
      try {
        ctx.fs.writeFile(resolvePath(ctx.cwd, arg), history.join('\n') + '\n')
        ctx.stdout.write(`Session saved to: ${arg}\n`)
      } catch {
        ctx.stdout.write(`Failed to save: ${arg}\n`)
      }
      return { kind: 'handled' }
    case 'load':
      try {
        return { kind: 'eval', code: ctx.fs.readFile(resolvePath(ctx.cwd, arg)) }
      } catch {
        ctx.stdout.write(`Failed to load: ${arg}\n`)
        return { kind: 'handled' }
      }
    default:
      if (buffered) return { kind: 'not-a-command' }
      ctx.stdout.write(INVALID_KEYWORD)
      return { kind: 'handled' }
  }
}

/** `.editor`: lines until Ctrl+D (end of input) are one input; Ctrl+C cancels. */
async function editorMode(ctx: ProgramContext): Promise<DotResult> {
  ctx.stdout.write(EDITOR_BANNER)
  let code = ''
  for (;;) {
    const line = await ctx.stdin.read(ctx.signals.terminated)
    if (line === null) break
    if (line === '') return { kind: 'break' }
    code += line
  }
  if (ctx.signals.terminated.cancelled) return { kind: 'break' }
  ctx.stdout.write('\n')
  return code.trim() ? { kind: 'eval', code } : { kind: 'handled' }
}
