import { resolvePath } from '../../fs/path'
import { FsError } from '../../fs/types'
import type { ProgramContext } from '../../process/types'
import { readAll } from '../../shell/streams'

export function name(ctx: ProgramContext): string {
  const a = ctx.argv[0] ?? ''
  return a.slice(a.lastIndexOf('/') + 1)
}

/** `cmd: message` on stderr. */
export function complain(ctx: ProgramContext, message: string): void {
  ctx.stderr.write(`${name(ctx)}: ${message}\n`)
}

/** GNU's usage failure: the message, then "Try 'cmd --help' for more information." */
export function usageError(ctx: ProgramContext, message: string, status = 1): number {
  complain(ctx, message)
  ctx.stderr.write(`Try '${name(ctx)} --help' for more information.\n`)
  return status
}

export function abs(ctx: ProgramContext, path: string): string {
  return resolvePath(ctx.cwd, path)
}

export function reasonOf(e: unknown): string {
  if (e instanceof FsError) return e.reason
  throw e
}

/** Whole text of a file operand, or stdin for "-"; null after printing `cmd: file: reason`. */
export async function readOperand(ctx: ProgramContext, file: string): Promise<string | null> {
  if (file === '-') return readAll(ctx.stdin, ctx.signals.terminated)
  try {
    return ctx.fs.readFile(abs(ctx, file))
  } catch (e) {
    complain(ctx, `${file}: ${reasonOf(e)}`)
    return null
  }
}

/** Split text into lines without their "\n" (a final unterminated line counts). */
export function lines(text: string): string[] {
  if (text === '') return []
  const out = text.split('\n')
  if (out[out.length - 1] === '') out.pop()
  return out
}

/** Process each input (files or stdin) in turn; the status is 1 if any failed. */
export async function eachInput(ctx: ProgramContext, files: string[], fn: (text: string, file: string) => void | Promise<void>): Promise<number> {
  let status = 0
  for (const f of files.length ? files : ['-']) {
    const text = await readOperand(ctx, f)
    if (text === null) status = 1
    else await fn(text, f)
  }
  return status
}
