import { resolvePath } from '../../fs/path'
import { FsError } from '../../fs/types'
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from '../control'
import { inputOf, outputOf } from '../io'
import { findCommand } from '../lookup'
import { programContext } from '../simple-command'
import type { Builtin } from './types'

function statusArg(sh: Parameters<Builtin>[0], name: string, arg: string | undefined, io: Parameters<Builtin>[2]): number {
  if (arg === undefined) return sh.status
  if (!/^-?\d+$/.test(arg)) {
    sh.builtinError(io, name, sh.flavor === 'dash' ? `Illegal number: ${arg}` : `${arg}: numeric argument required`)
    return 2
  }
  return Number(arg) & 0xff
}

export const exit: Builtin = async (sh, argv, io) => {
  // bash prints "exit" when an interactive shell exits; dash and ash do not.
  if (sh.interactive && (sh.flavor === 'bash' || sh.flavor === 'host') && sh.localFrames.length === 0) outputOf(io, 2).write('exit\n')
  throw new ExitSignal(statusArg(sh, 'exit', argv[1], io))
}

export const returnBuiltin: Builtin = async (sh, argv, io) => {
  throw new ReturnSignal(statusArg(sh, 'return', argv[1], io))
}

function loopControl(kind: 'break' | 'continue'): Builtin {
  return async (sh, argv, io) => {
    const n = argv[1] === undefined ? 1 : Number(argv[1])
    if (!Number.isInteger(n) || n < 1) {
      sh.builtinError(io, kind, `${argv[1]}: loop count out of range`)
      return 1
    }
    if (sh.loopDepth === 0) {
      if (sh.flavor === 'bash' || sh.flavor === 'host') sh.builtinError(io, kind, 'only meaningful in a `for\', `while\', or `until\' loop')
      return 0
    }
    const levels = Math.min(n, sh.loopDepth)
    throw kind === 'break' ? new BreakSignal(levels) : new ContinueSignal(levels)
  }
}
export const breakBuiltin = loopControl('break')
export const continueBuiltin = loopControl('continue')

export const trueBuiltin: Builtin = async () => 0
export const falseBuiltin: Builtin = async () => 1

export const evalBuiltin: Builtin = async (sh, argv, io) => {
  const source = argv.slice(1).join(' ')
  if (source.trim() === '') return 0
  return sh.runSourceInPlace(source, io)
}

export const source: Builtin = async (sh, argv, io) => {
  const file = argv[1]
  if (file === undefined) {
    sh.builtinError(io, argv[0]!, 'filename argument required')
    return 2
  }
  const path = file.includes('/') ? resolvePath(sh.cwd, file) : (findCommand(sh.fs, file, sh.getVar('PATH') ?? '', sh.cwd).path ?? resolvePath(sh.cwd, file))
  let text: string
  try {
    text = sh.fs.readFile(path)
  } catch (e) {
    if (!(e instanceof FsError)) throw e
    sh.error(io, sh.flavor === 'dash' ? `${argv[0]}: cannot open ${file}: No such file` : `${file}: ${e.reason}`)
    return 1
  }
  const saved = sh.positionalArgs
  if (argv.length > 2) sh.positionalArgs = argv.slice(2)
  try {
    return await sh.runSourceInPlace(text, io)
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status
    throw e
  } finally {
    if (argv.length > 2) sh.positionalArgs = saved
  }
}

export const exec: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1)
  if (args.length === 0) return 0
  const env = sh.environment()
  const injected = Object.hasOwn(sh.extraBuiltins, args[0]!) ? sh.extraBuiltins[args[0]!] : undefined
  // execve(2) keeps the PID: an entrypoint's `exec "$@"` makes the server PID 1 (docker stop's signal reaches it)
  const replaced = injected ? null : (sh.ctx.host.exec?.({ argv: args, env, cwd: sh.cwd, stdin: inputOf(io), stdout: outputOf(io, 1), stderr: outputOf(io, 2) }) ?? null)
  const status = injected
    ? await injected(programContext(sh, args, env, io))
    : replaced
      ? await replaced
      : await sh.runCommand({ type: 'simple', assigns: [], words: args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`), redirects: [], line: sh.line }, io)
  throw new ExitSignal(status)
}

export const wait: Builtin = async (sh) => {
  const jobs = sh.jobs.splice(0)
  const statuses = await Promise.all(jobs)
  return statuses.length ? statuses[statuses.length - 1]! : 0
}
