import type { Entry } from '../../../fs/types'
import type { Program, ProgramContext } from '../../../process/types'
import { parseFlags } from '../flags'
import { abs, complain, usageError } from '../io'
import { groupName, userName } from '../users'
import { blocks, columns, entrySize, humanSize, lsDate, modeString } from './ls-format'

interface Item {
  name: string
  path: string
  entry: Entry
}

const byName = (a: Item, b: Item) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

function linkCount(ctx: ProgramContext, item: Item): number {
  if (item.entry.type !== 'dir') return 1
  try {
    return 2 + ctx.fs.readdir(item.path).filter((n) => ctx.fs.lstat(`${item.path === '/' ? '' : item.path}/${n}`)?.type === 'dir').length
  } catch {
    return 2
  }
}

function longLines(ctx: ProgramContext, items: Item[], human: boolean): string {
  const now = ctx.host.clock.now()
  const rows = items.map((it) => ({
    mode: modeString(it.entry),
    links: String(linkCount(ctx, it)),
    owner: userName(ctx.fs, it.entry.uid),
    group: groupName(ctx.fs, it.entry.gid),
    size: human ? humanSize(entrySize(it.entry)) : String(entrySize(it.entry)),
    date: lsDate(it.entry.mtime, now),
    name: it.entry.type === 'symlink' ? `${it.name} -> ${it.entry.target}` : it.name,
  }))
  const w = (k: 'links' | 'owner' | 'group' | 'size') => Math.max(0, ...rows.map((r) => r[k].length))
  const [wl, wo, wg, ws] = [w('links'), w('owner'), w('group'), w('size')]
  return rows.map((r) => `${r.mode} ${r.links.padStart(wl)} ${r.owner.padEnd(wo)} ${r.group.padEnd(wg)} ${r.size.padStart(ws)} ${r.date} ${r.name}\n`).join('')
}

export const ls: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), {
    bool: 'laAdhR1rtSFp',
    long: { all: 'a', 'almost-all': 'A', directory: 'd', 'human-readable': 'h', recursive: 'R', reverse: 'r', 'color=': 'color' },
  })
  if (p.error) return usageError(ctx, p.error, 2)
  const f = p.flags
  const long = f.has('l')
  const perLine = f.has('1') || !ctx.tty
  let status = 0
  const files: Item[] = []
  const dirs: Item[] = []
  for (const op of p.operands.length ? p.operands : ['.']) {
    const path = abs(ctx, op)
    const entry = long || f.has('d') ? ctx.fs.lstat(path) : ctx.fs.stat(path)
    if (!entry) {
      complain(ctx, `cannot access '${op}': No such file or directory`)
      status = 2
      continue
    }
    const followed = entry.type === 'symlink' && !long ? ctx.fs.stat(path) : entry
    const item = { name: op, path, entry: followed ?? entry }
    if (item.entry.type === 'dir' && !f.has('d')) dirs.push(item)
    else files.push(item)
  }
  const order = (items: Item[]) => {
    const sorted = [...items].sort(byName)
    if (f.has('t')) sorted.sort((a, b) => b.entry.mtime - a.entry.mtime)
    if (f.has('S')) sorted.sort((a, b) => entrySize(b.entry) - entrySize(a.entry))
    return f.has('r') ? sorted.reverse() : sorted
  }
  const render = (items: Item[]) => {
    const decorated = items.map((it) => ({ ...it, name: it.name + (f.has('F') || f.has('p') ? (it.entry.type === 'dir' ? '/' : f.has('F') && it.entry.type === 'file' && it.entry.mode & 0o111 ? '*' : '') : '') }))
    if (long) return longLines(ctx, decorated, f.has('h'))
    if (perLine) return decorated.map((it) => it.name + '\n').join('')
    return columns(decorated.map((it) => it.name), ctx.host.columns || 80)
  }
  let out = render(order(files))
  const showHeaders = dirs.length + files.length > 1 || f.has('R')
  const queue = order(dirs)
  let first = files.length === 0
  while (queue.length) {
    const dir = queue.shift()!
    let names: string[]
    try {
      names = ctx.fs.readdir(dir.path)
    } catch {
      complain(ctx, `cannot open directory '${dir.name}': Permission denied`)
      status = 2
      continue
    }
    const base = dir.path === '/' ? '' : dir.path
    let items: Item[] = names
      .filter((n) => f.has('a') || f.has('A') || !n.startsWith('.'))
      .map((n) => ({ name: n, path: `${base}/${n}`, entry: ctx.fs.lstat(`${base}/${n}`)! }))
      .filter((it) => it.entry)
    items = order(items)
    if (f.has('a')) items = [{ name: '.', path: dir.path, entry: ctx.fs.stat(dir.path)! }, { name: '..', path: base.slice(0, base.lastIndexOf('/')) || '/', entry: ctx.fs.stat(base.slice(0, base.lastIndexOf('/')) || '/')! }, ...items]
    if (showHeaders) out += `${first ? '' : '\n'}${dir.name}:\n`
    first = false
    if (long) out += `total ${items.reduce((s, it) => s + blocks(it.entry), 0)}\n`
    out += render(items)
    if (f.has('R')) {
      const subdirs = items.filter((it) => it.entry.type === 'dir' && it.name !== '.' && it.name !== '..').map((it) => ({ ...it, name: `${dir.name === '/' ? '' : dir.name}/${it.name}` }))
      queue.unshift(...subdirs)
    }
  }
  ctx.stdout.write(out)
  return status
}
