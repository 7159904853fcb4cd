import type { Program } from '../../../process/types'
import { complain, usageError } from '../io'

/** env [-i] [-u NAME] [NAME=VALUE]… [COMMAND [ARG]…] */
export const env: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  let vars = new Map(ctx.env)
  let k = 0
  for (; k < args.length; k++) {
    const a = args[k]!
    if (a === '-i' || a === '-' || a === '--ignore-environment') vars = new Map()
    else if (a === '-u') vars.delete(args[++k] ?? '')
    else if (a === '--') {
      k++
      break
    } else if (a.startsWith('-') && !a.includes('=')) return usageError(ctx, `invalid option -- '${a.slice(1, 2)}'`, 125)
    else break
  }
  for (; k < args.length && args[k]!.includes('=') && !args[k]!.startsWith('='); k++) {
    const a = args[k]!
    const eq = a.indexOf('=')
    vars.set(a.slice(0, eq), a.slice(eq + 1))
  }
  const command = args.slice(k)
  if (command.length === 0) {
    for (const [n, v] of vars) ctx.stdout.write(`${n}=${v}\n`)
    return 0
  }
  const status = await ctx.host.spawn({ argv: command, env: vars, cwd: ctx.cwd, stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr })
  // The kernel reports a missing program as 127; env words it like GNU env.
  if (status === 127 && !commandExists(ctx, command[0]!, vars.get('PATH') ?? '')) complain(ctx, `'${command[0]}': No such file or directory`)
  return status
}

function commandExists(ctx: Parameters<Program>[0], name: string, path: string): boolean {
  if (name.includes('/')) return ctx.fs.exists(name.startsWith('/') ? name : `${ctx.cwd}/${name}`)
  return path.split(':').some((d) => ctx.fs.stat(`${d || '.'}/${name}`)?.type === 'file')
}

export const printenv: Program = async (ctx) => {
  const names = ctx.argv.slice(1).filter((a) => !a.startsWith('-'))
  if (names.length === 0) {
    for (const [n, v] of ctx.env) ctx.stdout.write(`${n}=${v}\n`)
    return 0
  }
  let status = 0
  for (const n of names) {
    const v = ctx.env.get(n)
    if (v === undefined) status = 1
    else ctx.stdout.write(v + '\n')
  }
  return status
}
