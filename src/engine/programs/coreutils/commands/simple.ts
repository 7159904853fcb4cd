import type { Program } from '../../../process/types'
import { basename as baseOf, dirname as dirOf } from '../../../fs/path'
import { complain, usageError } from '../io'
import { groupName, groupsOf, primaryGid, userName } from '../users'

export const trueProgram: Program = async () => 0
export const falseProgram: Program = async () => 1

export const hostname: Program = async (ctx) => {
  ctx.stdout.write(ctx.host.hostname + '\n')
  return 0
}

export const whoami: Program = async (ctx) => {
  const name = userName(ctx.fs, ctx.uid)
  if (name === String(ctx.uid)) {
    complain(ctx, `cannot find name for user ID ${ctx.uid}`)
    return 1
  }
  ctx.stdout.write(name + '\n')
  return 0
}

export const id: Program = async (ctx) => {
  const user = userName(ctx.fs, ctx.uid)
  const gid = primaryGid(ctx.fs, ctx.uid)
  const flag = ctx.argv[1]
  if (flag === '-u') ctx.stdout.write(`${ctx.uid}\n`)
  else if (flag === '-g') ctx.stdout.write(`${gid}\n`)
  else if (flag === '-un') ctx.stdout.write(`${user}\n`)
  else if (flag === '-gn') ctx.stdout.write(`${groupName(ctx.fs, gid)}\n`)
  else {
    const named = (n: number, s: string) => (s === String(n) ? `${n}` : `${n}(${s})`)
    const groups = [{ gid, name: groupName(ctx.fs, gid) }, ...groupsOf(ctx.fs, user).filter((g) => g.gid !== gid)]
    ctx.stdout.write(`uid=${named(ctx.uid, user)} gid=${named(gid, groupName(ctx.fs, gid))} groups=${groups.map((g) => named(g.gid, g.name)).join(',')}\n`)
  }
  return 0
}

/** pwd [-L|-P]: /bin/pwd (not the shell builtin) defaults to -P, the directory with links resolved. */
export const pwd: Program = async (ctx) => {
  let logical = false
  for (const a of ctx.argv.slice(1)) {
    if (a === '-L') logical = true
    else if (a === '-P') logical = false
    else if (a.startsWith('-')) return usageError(ctx, `invalid option -- '${a.slice(1, 2)}'`)
  }
  const physical = ctx.fs.resolve(ctx.cwd)
  const env = ctx.env.get('PWD')
  const shown = logical && env?.startsWith('/') && ctx.fs.resolve(env) === physical ? env : physical
  ctx.stdout.write(shown + '\n')
  return 0
}

export const basename: Program = async (ctx) => {
  const [path, suffix] = ctx.argv.slice(1)
  if (path === undefined) return usageError(ctx, 'missing operand')
  let b = baseOf(path)
  if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length)
  ctx.stdout.write(b + '\n')
  return 0
}

export const dirname: Program = async (ctx) => {
  const paths = ctx.argv.slice(1)
  if (paths.length === 0) return usageError(ctx, 'missing operand')
  for (const p of paths) {
    const trimmed = p.replace(/\/+$/, '') || (p.startsWith('/') ? '/' : p)
    ctx.stdout.write((trimmed.includes('/') ? dirOf(trimmed) : '.') + '\n')
  }
  return 0
}

export const clear: Program = async (ctx) => {
  ctx.stdout.write('\x1b[H\x1b[2J\x1b[3J')
  return 0
}

export const yes: Program = async (ctx) => {
  const line = (ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y') + '\n'
  const chunk = line.repeat(Math.max(1, Math.floor(4096 / line.length)))
  while (!ctx.signals.terminated.cancelled) {
    ctx.stdout.write(chunk)
    // Let the reader run: a pipe never blocks the writer.
    await ctx.host.clock.sleep(0, ctx.signals.terminated)
  }
  return 143
}
