import { basename, resolvePath } from '../fs/path'
import type { Program, ProgramContext } from '../process/types'
import { COREUTILS } from '../programs/coreutils'
import { NET_PROGRAMS } from '../programs/net'
import { busyboxPing } from '../programs/packages/tools/ping'
import type { ShellFlavor } from './flavor'
import { Shell } from './interpreter'
import { stdio } from './io'
import type { CommandLookup } from './lookup'
import { repl } from './repl'
import type { ShellConfig } from './shell'

export interface RunScriptOptions {
  flavor: ShellFlavor
  builtins?: Record<string, Program>
  lookup?: CommandLookup
  /** `$0` and `$1…` */
  name?: string
  args?: string[]
}

/** Run shell source non-interactively (as `sh -c`), resolving with its exit status. */
export async function runScript(ctx: ProgramContext, source: string, opts: RunScriptOptions): Promise<number> {
  const sh = new Shell(ctx, { ...opts, source: { kind: 'command' } })
  return sh.runSource(source, stdio(ctx.stdin, ctx.stdout, ctx.stderr))
}

/**
 * `bash`, `sh`/`dash` and busybox `ash`: `-c 'cmd' [name [args…]]`, `script.sh [args…]`,
 * or the REPL (interactive on a terminal, else reading commands from stdin).
 */
export function shellProgram(flavor: ShellFlavor): Program {
  return async (ctx) => {
    const argv = ctx.argv
    const config: ShellConfig = { flavor, name: flavor === 'bash' ? 'bash' : basename(argv[0] ?? 'sh') || 'sh' }
    let command: string | undefined
    let forceInteractive = false
    const setFlags: string[] = []
    let k = 1
    for (; k < argv.length; k++) {
      const a = argv[k]!
      if (a === '--') {
        k++
        break
      }
      if (a === '-c') command = ''
      else if (a === '-i') forceInteractive = true
      else if (a === '-l' || a === '--login' || a === '--norc' || a === '--noprofile' || a === '--posix' || a === '-s') continue
      else if (/^-[a-zA-Z]+$/.test(a)) {
        for (const f of a.slice(1)) {
          if (f === 'c') command = ''
          else if (f === 'i') forceInteractive = true
          else if (f === 'e' || f === 'x' || f === 'u') setFlags.push(f)
        }
      } else break
    }
    const rest = argv.slice(k)
    const sh = (source: ShellConfig['source'], name: string, args: string[], interactive = false) => {
      const shell = new Shell(ctx, { ...config, name, args, source, interactive })
      for (const f of setFlags) shell.options[f === 'e' ? 'errexit' : f === 'x' ? 'xtrace' : 'nounset'] = true
      return shell
    }
    if (command !== undefined) {
      const source = rest[0]
      if (source === undefined) {
        ctx.stderr.write(`${config.name}: -c: option requires an argument\n`)
        return 2
      }
      return sh({ kind: 'command' }, rest[1] ?? config.name!, rest.slice(2)).runSource(source, stdio(ctx.stdin, ctx.stdout, ctx.stderr))
    }
    if (rest.length > 0) {
      const file = rest[0]!
      let text: string
      try {
        text = ctx.fs.readFile(resolvePath(ctx.cwd, file))
      } catch {
        // bash: "bash: x.sh: No such file or directory" (127); dash: "sh: 0: cannot open x.sh: No such file" (2)
        if (flavor === 'dash') ctx.stderr.write(`${config.name}: 0: cannot open ${file}: No such file\n`)
        else if (flavor === 'ash') ctx.stderr.write(`${config.name}: can't open '${file}': No such file or directory\n`)
        else ctx.stderr.write(`${config.name}: ${file}: No such file or directory\n`)
        return flavor === 'bash' || flavor === 'host' ? 127 : 2
      }
      return sh({ kind: 'file', path: file }, file, rest.slice(1)).runSource(text, stdio(ctx.stdin, ctx.stdout, ctx.stderr))
    }
    const interactive = forceInteractive || ctx.stdin.isTTY
    return repl(sh(interactive ? { kind: 'interactive' } : { kind: 'stdin' }, config.name!, [], interactive))
  }
}

const ash = shellProgram('ash')

/** Applets beyond coreutils that have an implementation: wget (net) and ping (BusyBox's format). */
const APPLETS: Record<string, Program> = { ...COREUTILS, wget: NET_PROGRAMS.wget!, ping: busyboxPing }

/** busybox: the applet is the name it was called by, or `busybox <applet>`. */
export const busybox: Program = async (ctx) => {
  let applet = basename(ctx.argv[0] ?? 'busybox')
  let argv = ctx.argv
  if (applet === 'busybox') {
    if (argv.length < 2) {
      ctx.stdout.write('BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n')
      return 0
    }
    applet = argv[1]!
    argv = argv.slice(1)
  }
  if (applet === 'sh' || applet === 'ash') return ash({ ...ctx, argv })
  const program = Object.hasOwn(APPLETS, applet) ? APPLETS[applet] : undefined
  if (!program) {
    ctx.stderr.write(`${applet}: applet not found\n`)
    return 127
  }
  return program({ ...ctx, argv })
}

/**
 * The argv the kernel should run for an executable text file: its `#!` line (one optional
 * argument, as Linux passes it), or `/bin/sh` when there is none (the shells' ENOEXEC fallback).
 */
export function shebangArgv(fileText: string, scriptPath: string, args: readonly string[]): string[] {
  const first = fileText.startsWith('#!') ? fileText.slice(2).split('\n')[0]!.trim() : ''
  if (!first) return ['/bin/sh', scriptPath, ...args]
  const space = first.search(/\s/)
  const interpreter = space < 0 ? first : first.slice(0, space)
  const arg = space < 0 ? '' : first.slice(space).trim()
  return [interpreter, ...(arg ? [arg] : []), scriptPath, ...args]
}

export const SHELL_PROGRAMS: Record<string, Program> = {
  bash: shellProgram('bash'),
  sh: shellProgram('dash'),
  dash: shellProgram('dash'),
  ash,
  busybox,
}
