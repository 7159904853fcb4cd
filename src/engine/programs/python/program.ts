import { normalize } from '../../fs/path'
import type { Program, ProgramContext } from '../../process/types'
import { ContainerFiles } from './fs-sync'
import type { PyProcessSpec, PythonSandboxFactory, PythonSession } from './port'
import { pythonRepl } from './repl'

type Mode =
  | { kind: 'repl' }
  | { kind: 'version' }
  | { kind: 'code'; code: string; argv: string[] }
  | { kind: 'module'; module: string; argv: string[] }
  | { kind: 'file'; path: string; argv: string[] }
  | { kind: 'stdin'; argv: string[] }
  | { kind: 'usage'; message: string }

/** Options that take no argument and change nothing we model (-u unbuffered, -B, -q, …). */
const NO_OP_FLAGS = new Set(['-u', '-B', '-q', '-E', '-s', '-S', '-I', '-O', '-OO', '-b', '-d', '-v'])

/** CPython's command line (`Python/initconfig.c`): options, then -c/-m/script/- and its args. */
export function parsePythonArgs(args: string[], tty: boolean): Mode {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-V' || a === '--version') return { kind: 'version' }
    if (a === '-c' || a === '-m') {
      const value = args[i + 1]
      if (value === undefined) return { kind: 'usage', message: `Argument expected for the ${a} option` }
      const rest = args.slice(i + 2)
      return a === '-c' ? { kind: 'code', code: value, argv: ['-c', ...rest] } : { kind: 'module', module: value, argv: [value, ...rest] }
    }
    if (a.startsWith('-c') && a.length > 2) return { kind: 'code', code: a.slice(2), argv: ['-c', ...args.slice(i + 1)] }
    if (a === '-') return { kind: 'stdin', argv: ['-', ...args.slice(i + 1)] }
    if (a === '--') return pathOrRepl(args.slice(i + 1), tty)
    if (a.startsWith('-')) {
      if (NO_OP_FLAGS.has(a)) continue
      if (a === '-W' || a === '-X') {
        i++
        continue
      }
      return { kind: 'usage', message: `Unknown option: ${a}` }
    }
    return pathOrRepl(args.slice(i), tty)
  }
  return tty ? { kind: 'repl' } : { kind: 'stdin', argv: [''] }
}

function pathOrRepl(rest: string[], tty: boolean): Mode {
  if (!rest.length) return tty ? { kind: 'repl' } : { kind: 'stdin', argv: [''] }
  return { kind: 'file', path: rest[0]!, argv: rest }
}

async function readAll(ctx: ProgramContext): Promise<string> {
  let text = ''
  for (let c = await ctx.stdin.read(ctx.signals.terminated); c !== null; c = await ctx.stdin.read(ctx.signals.terminated)) text += c
  return text
}

/**
 * `python3` (and `python`, through the image's symlink): a real CPython from the face's
 * sandbox factory, fed the container's env, cwd, hostname and files.
 */
export function pythonProgram(factory: PythonSandboxFactory): Program {
  return async (ctx) => {
    const prog = ctx.argv[0] ?? 'python3'
    const mode = parsePythonArgs(ctx.argv.slice(1), ctx.stdin.isTTY)
    if (mode.kind === 'version') {
      ctx.stdout.write(`Python ${factory.pythonVersion}\n`)
      return 0
    }
    if (mode.kind === 'usage') {
      ctx.stderr.write(`${mode.message}\nusage: ${prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`)
      return 2
    }
    factory.warm()
    const files = new ContainerFiles(ctx.fs)
    let source = ''
    let filename = '<stdin>'
    if (mode.kind === 'file') {
      // CPython reports the absolute path (Modules/main.c pymain_run_file_obj).
      const abs = normalize(mode.path.startsWith('/') ? mode.path : `${ctx.cwd}/${mode.path}`)
      const e = ctx.fs.stat(abs)
      if (!e) {
        ctx.stderr.write(`${prog}: can't open file '${abs}': [Errno 2] No such file or directory\n`)
        return 2
      }
      if (e.type === 'dir') {
        ctx.stderr.write(`${prog}: can't find '__main__' module in '${mode.path}'\n`)
        return 1
      }
      source = ctx.fs.readFile(abs)
      // __file__ and tracebacks use the absolute path (CPython ≥ 3.9).
      filename = abs
    } else if (mode.kind === 'code') {
      source = mode.code
      filename = '<string>'
    } else if (mode.kind === 'module') {
      source = `import runpy as _r\n_r.run_module(${JSON.stringify(mode.module)}, run_name='__main__', alter_sys=True)\n`
      filename = '<frozen runpy>'
    }
    const tty = ctx.stdin.isTTY
    let stdin: string | undefined
    if (mode.kind === 'stdin') {
      source = await readAll(ctx)
      // An empty script does nothing: no need to start an interpreter.
      if (source.trim() === '') return 0
      // The script was stdin: input() then meets end of file (EOFError), as in CPython.
      stdin = ''
    } else if (!tty) stdin = await readAll(ctx)

    const spec = (): PyProcessSpec => ({
      argv: mode.kind === 'repl' ? [''] : mode.argv,
      env: [...ctx.env],
      cwd: ctx.cwd,
      hostname: ctx.host.hostname,
      tty: ctx.tty,
      files: files.all(),
      stdin,
    })
    const out = { stdout: (t: string) => ctx.stdout.write(t), stderr: (t: string) => ctx.stderr.write(t) }
    const open = () => factory.open(spec(), out)
    if (mode.kind === 'repl') return pythonRepl(ctx, files, open)
    return runOnce(ctx, files, await open(), source, filename)
  }
}

async function runOnce(ctx: ProgramContext, files: ContainerFiles, session: PythonSession, source: string, filename: string): Promise<number> {
  const offInt = ctx.signals.on('SIGINT', () => session.interrupt())
  const offTerm = ctx.signals.terminated.onCancel(() => session.close())
  try {
    const step = await session.run(source, filename, files.incoming())
    files.apply(step.changes)
    // A reset here means the interpreter was stopped mid-run: CPython exits 130 after
    // printing the KeyboardInterrupt traceback; we have no traceback to show.
    if (step.reset) {
      ctx.stderr.write('KeyboardInterrupt\n')
      return 130
    }
    return step.exit ?? 0
  } finally {
    offInt()
    offTerm()
    session.close()
  }
}
