import { basename } from '../../../fs/path'
import { FsError } from '../../../fs/types'
import type { Program, ProgramContext } from '../../../process/types'
import { parseFlags } from '../flags'
import { abs, complain, reasonOf, usageError } from '../io'

export const touch: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'cam', long: { 'no-create': 'c' } })
  if (p.error) return usageError(ctx, p.error)
  if (p.operands.length === 0) return usageError(ctx, 'missing file operand')
  let status = 0
  for (const f of p.operands) {
    const path = abs(ctx, f)
    try {
      const e = ctx.fs.stat(path)
      if (e?.type === 'file') ctx.fs.writeFile(path, '', { append: true })
      else if (e?.type === 'dir') ctx.fs.chmod(path, e.mode)
      else if (!p.flags.has('c')) ctx.fs.writeFile(path, '')
    } catch (e) {
      complain(ctx, `cannot touch '${f}': ${reasonOf(e)}`)
      status = 1
    }
  }
  return status
}

function copyTree(ctx: ProgramContext, from: string, to: string): void {
  const e = ctx.fs.lstat(from)!
  if (e.type === 'dir') {
    if (!ctx.fs.isDir(to)) ctx.fs.mkdir(to, { mode: e.mode })
    for (const n of ctx.fs.readdir(from)) copyTree(ctx, `${from}/${n}`, `${to}/${n}`)
  } else if (e.type === 'symlink') ctx.fs.symlink(e.target, to)
  else ctx.fs.writeFile(to, e.data, { mode: e.mode, program: e.program })
}

/** cp and mv share operand handling: SRC DEST, or SRC… DIR. */
function transfer(verb: 'cp' | 'mv'): Program {
  return async (ctx) => {
    const p = parseFlags(ctx.argv.slice(1), { bool: 'rRafivpn', long: { recursive: 'r', force: 'f', archive: 'a', verbose: 'v' } })
    if (p.error) return usageError(ctx, p.error)
    const ops = p.operands
    if (ops.length === 0) return usageError(ctx, 'missing file operand')
    if (ops.length === 1) return usageError(ctx, `missing destination file operand after '${ops[0]}'`)
    const dest = ops[ops.length - 1]!
    const destIsDir = ctx.fs.isDir(abs(ctx, dest))
    if (ops.length > 2 && !destIsDir) {
      complain(ctx, `target '${dest}': Not a directory`)
      return 1
    }
    let status = 0
    for (const src of ops.slice(0, -1)) {
      const from = abs(ctx, src)
      const e = ctx.fs.lstat(from)
      if (!e) {
        complain(ctx, `cannot stat '${src}': No such file or directory`)
        status = 1
        continue
      }
      const to = destIsDir ? `${abs(ctx, dest)}/${basename(from)}` : abs(ctx, dest)
      try {
        if (verb === 'mv') ctx.fs.rename(from, to)
        else if (e.type === 'dir' && !(p.flags.has('r') || p.flags.has('R') || p.flags.has('a'))) {
          complain(ctx, `-r not specified; omitting directory '${src}'`)
          status = 1
        } else copyTree(ctx, from, to)
        if (p.flags.has('v')) ctx.stdout.write(verb === 'mv' ? `renamed '${src}' -> '${dest}'\n` : `'${src}' -> '${dest}'\n`)
      } catch (err) {
        complain(ctx, verb === 'mv' ? `cannot move '${src}' to '${dest}': ${reasonOf(err)}` : `cannot create regular file '${dest}': ${reasonOf(err)}`)
        status = 1
      }
    }
    return status
  }
}
export const cp = transfer('cp')
export const mv = transfer('mv')

export const ln: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'sfnv', long: { symbolic: 's', force: 'f' } })
  if (p.error) return usageError(ctx, p.error)
  const [target, link] = p.operands
  if (target === undefined) return usageError(ctx, 'missing file operand')
  let path = abs(ctx, link ?? basename(target))
  if (ctx.fs.isDir(path) && !p.flags.has('n')) path = `${path}/${basename(target)}`
  try {
    if (p.flags.has('f') && ctx.fs.lstat(path)) ctx.fs.remove(path)
    if (p.flags.has('s')) ctx.fs.symlink(target, path)
    else {
      const e = ctx.fs.stat(abs(ctx, target))
      if (!e) throw new FsError('ENOENT', target)
      if (e.type === 'file') ctx.fs.writeFile(path, e.data, { mode: e.mode, program: e.program })
    }
  } catch (e) {
    complain(ctx, `failed to create ${p.flags.has('s') ? 'symbolic' : 'hard'} link '${link ?? basename(target)}': ${reasonOf(e)}`)
    return 1
  }
  return 0
}

/** chmod MODE FILE…: octal or symbolic ([ugoa]*[+-=][rwxXst]*, comma-separated). */
export function applyMode(mode: number, spec: string, isDir: boolean): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8)
  let m = mode
  for (const clause of spec.split(',')) {
    const c = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause)
    if (!c) return null
    const who = c[1] || 'a'
    let bits = 0
    for (const ch of c[3]!) {
      const perm = ch === 'r' ? 4 : ch === 'w' ? 2 : ch === 'x' || (ch === 'X' && (isDir || mode & 0o111)) ? 1 : 0
      for (const w of who === 'a' ? 'ugo' : who) {
        const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0
        bits |= perm << shift
        if (ch === 's' && w === 'u') bits |= 0o4000
        if (ch === 's' && w === 'g') bits |= 0o2000
      }
      if (ch === 't') bits |= 0o1000
    }
    let mask = 0
    for (const w of who === 'a' ? 'ugo' : who) mask |= 7 << (w === 'u' ? 6 : w === 'g' ? 3 : 0)
    if (c[2] === '+') m |= bits
    else if (c[2] === '-') m &= ~bits
    else m = (m & ~mask) | bits
  }
  return m
}

export const chmod: Program = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '-R' && a !== '-v')
  const [spec, ...files] = args
  if (spec === undefined) return usageError(ctx, 'missing operand')
  if (files.length === 0) return usageError(ctx, `missing operand after '${spec}'`)
  let status = 0
  for (const f of files) {
    const e = ctx.fs.stat(abs(ctx, f))
    if (!e) {
      complain(ctx, `cannot access '${f}': No such file or directory`)
      status = 1
      continue
    }
    const mode = applyMode(e.mode, spec, e.type === 'dir')
    if (mode === null) {
      complain(ctx, `invalid mode: '${spec}'`)
      ctx.stderr.write("Try 'chmod --help' for more information.\n")
      return 1
    }
    ctx.fs.chmod(abs(ctx, f), mode)
  }
  return status
}
