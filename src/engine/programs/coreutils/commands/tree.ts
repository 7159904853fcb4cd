import type { Entry } from '../../../fs/types'
import type { Program, ProgramContext } from '../../../process/types'
import { matchPattern } from '../../../shell/glob'
import { abs, complain } from '../io'
import { groupName, userName } from '../users'
import { entrySize, modeString } from './ls-format'
import { strftime } from '../time'

/**
 * find [-L] [PATH…] [-follow] [-name P] [-iname P] [-type f|d|l] [-maxdepth N] [-mindepth N] [-print].
 * -L / -follow dereference symbolic links (the nginx entrypoint runs `find /docker-entrypoint.d/
 * -follow -type f -print`); a link whose target is missing is then reported as the link itself.
 */
export const find: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const roots: string[] = []
  let follow = false
  while (args[0] === '-L' || args[0] === '-P' || args[0] === '-H') follow = args.shift() === '-L'
  while (args.length && !args[0]!.startsWith('-')) roots.push(args.shift()!)
  const tests: ((name: string, e: Entry, depth: number) => boolean)[] = []
  let maxDepth = Infinity
  let minDepth = 0
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!
    const v = args[k + 1]
    if (a === '-name' || a === '-iname') {
      const pat = a === '-iname' ? v!.toLowerCase() : v!
      tests.push((n) => matchPattern(pat, a === '-iname' ? n.toLowerCase() : n))
      k++
    } else if (a === '-type') {
      const t = v === 'd' ? 'dir' : v === 'l' ? 'symlink' : 'file'
      tests.push((_, e) => e.type === t)
      k++
    } else if (a === '-maxdepth') {
      maxDepth = Number(v)
      k++
    } else if (a === '-mindepth') {
      minDepth = Number(v)
      k++
    } else if (a === '-print') continue
    else if (a === '-follow') follow = true
    else {
      complain(ctx, `unknown predicate \`${a}'`)
      return 1
    }
  }
  let status = 0
  let out = ''
  const visit = (shown: string, path: string, depth: number, ancestors: readonly (readonly [string, string])[]) => {
    const e = (follow && ctx.fs.stat(path)) || ctx.fs.lstat(path)
    if (!e) return
    const name = depth === 0 ? shown : path.slice(path.lastIndexOf('/') + 1)
    // fts reports a directory that is its own ancestor (FTS_DC) as an error, not as a match
    const real = follow && e.type === 'dir' ? ctx.fs.resolve(path) : path
    const loop = follow ? ancestors.find(([r]) => r === real) : undefined
    if (loop) {
      complain(ctx, `File system loop detected; '${shown}' is part of the same file system loop as '${loop[1]}'.`)
      status = 1
      return
    }
    if (depth >= minDepth && tests.every((t) => t(name, e, depth))) out += shown + '\n'
    if (e.type !== 'dir' || depth >= maxDepth) return
    for (const n of ctx.fs.readdir(path)) visit(`${shown.replace(/\/$/, '')}/${n}`, `${path === '/' ? '' : path}/${n}`, depth + 1, [...ancestors, [real, shown]])
  }
  for (const r of roots.length ? roots : ['.']) {
    if (!ctx.fs.lstat(abs(ctx, r))) {
      complain(ctx, `'${r}': No such file or directory`)
      status = 1
      continue
    }
    visit(r, abs(ctx, r), 0, [])
  }
  ctx.stdout.write(out)
  return status
}

export const stat: Program = async (ctx) => {
  let status = 0
  for (const f of ctx.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const e = ctx.fs.lstat(abs(ctx, f))
    if (!e) {
      complain(ctx, `cannot statx '${f}': No such file or directory`)
      status = 1
      continue
    }
    const kind = e.type === 'dir' ? 'directory' : e.type === 'symlink' ? 'symbolic link' : entrySize(e) === 0 ? 'regular empty file' : 'regular file'
    const size = entrySize(e)
    const time = strftime('%Y-%m-%d %H:%M:%S.000000000 +0000', e.mtime)
    ctx.stdout.write(
      `  File: ${e.type === 'symlink' ? `${f} -> ${e.target}` : f}\n` +
        `  Size: ${String(size).padEnd(15)} Blocks: ${String(Math.ceil(size / 4096) * 8).padEnd(10)} IO Block: 4096   ${kind}\n` +
        `Device: 0,52\tInode: 1          Links: ${e.type === 'dir' ? 2 : 1}\n` +
        `Access: (${(e.mode & 0o7777).toString(8).padStart(4, '0')}/${modeString(e)})  Uid: (${String(e.uid).padStart(5)}/${userName(ctx.fs, e.uid).padStart(8)})   Gid: (${String(e.gid).padStart(5)}/${groupName(ctx.fs, e.gid).padStart(8)})\n` +
        `Access: ${time}\nModify: ${time}\nChange: ${time}\n Birth: -\n`,
    )
  }
  return status
}

function usage(ctx: ProgramContext, path: string): number {
  const e = ctx.fs.lstat(path)
  if (!e) return 0
  let kb = e.type === 'symlink' ? 0 : Math.ceil(entrySize(e) / 4096) * 4
  if (e.type === 'dir') for (const n of ctx.fs.readdir(path)) kb += usage(ctx, `${path === '/' ? '' : path}/${n}`)
  return kb
}

/** du [-s] [-h]: 1K blocks per directory, deepest first. */
export const du: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const summary = args.some((a) => /^-\w*s/.test(a))
  const human = args.some((a) => /^-\w*h/.test(a))
  const show = (kb: number) => (human ? (kb >= 1024 ? `${(kb / 1024).toFixed(1)}M` : `${kb}K`).replace('.0M', 'M') : String(kb))
  let out = ''
  let status = 0
  for (const r of args.filter((a) => !a.startsWith('-')).concat(args.every((a) => a.startsWith('-')) ? ['.'] : [])) {
    const path = abs(ctx, r)
    if (!ctx.fs.lstat(path)) {
      complain(ctx, `cannot access '${r}': No such file or directory`)
      status = 1
      continue
    }
    const walk = (p: string, shown: string) => {
      if (!summary && ctx.fs.lstat(p)?.type === 'dir') for (const n of ctx.fs.readdir(p)) if (ctx.fs.lstat(`${p === '/' ? '' : p}/${n}`)?.type === 'dir') walk(`${p === '/' ? '' : p}/${n}`, `${shown}/${n}`)
      out += `${show(usage(ctx, p))}\t${shown}\n`
    }
    walk(path, r)
  }
  ctx.stdout.write(out)
  return status
}

/** df: one overlay root, as in a container. */
export const df: Program = async (ctx) => {
  const human = ctx.argv.some((a) => /^-\w*h/.test(a))
  const used = usage(ctx, '/')
  const size = 61202244
  const avail = size - used - 3121720
  const pct = `${Math.ceil(((size - avail) / size) * 100)}%`
  if (human) ctx.stdout.write(`Filesystem      Size  Used Avail Use% Mounted on\noverlay          59G  ${(used / 1048576).toFixed(1)}G   ${Math.floor(avail / 1048576)}G  ${pct.padStart(3)} /\n`)
  else ctx.stdout.write(`Filesystem     1K-blocks    Used Available Use% Mounted on\noverlay         ${size} ${String(used).padStart(7)}  ${avail} ${pct.padStart(4)} /\n`)
  return 0
}
