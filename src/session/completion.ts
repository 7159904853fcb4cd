import type { Engine } from '../engine'
import { COMMANDS } from '../engine/cli/commands'
import { HOST_COMMANDS } from '../engine/host/host-files'
import { resolvePath, dirname, basename } from '../engine/fs/path'

const CONTAINER_COMMANDS = new Set([
  'start', 'stop', 'restart', 'kill', 'rm', 'logs', 'exec', 'attach', 'inspect', 'port', 'rename', 'pause', 'unpause',
  'top', 'cp', 'diff', 'commit', 'wait', 'stats',
])
const IMAGE_COMMANDS = new Set(['run', 'create', 'rmi', 'pull', 'history', 'tag', 'push', 'save'])

/** Tab completion for the host prompt: commands, docker subcommands and flags, names, files. */
export function hostCompleter(engine: Engine, cwd: () => string) {
  return (line: string, cursor: number): { replaceFrom: number; candidates: string[] } => {
    const before = line.slice(0, cursor)
    const start = before.search(/\S*$/)
    const word = before.slice(start)
    const words = before.slice(0, start).trim().split(/\s+/).filter(Boolean)
    const pick = (all: Iterable<string>) => [...new Set(all)].filter((c) => c.startsWith(word)).sort()
    if (words.length === 0) return { replaceFrom: start, candidates: pick(HOST_COMMANDS) }
    if (words[0] === 'docker') {
      const sub = words.slice(1).filter((w) => !w.startsWith('-'))
      if (sub.length === 0 && !word.startsWith('-')) {
        return { replaceFrom: start, candidates: pick(COMMANDS.filter((c) => c.path.length === 1 || c.aliases?.some((a) => a.length === 1)).flatMap(names)) }
      }
      const spec = COMMANDS.find((c) => c.path[0] === sub[0] || c.aliases?.some((a) => a.length === 1 && a[0] === sub[0]))
      if (word.startsWith('-')) {
        const flags = spec?.flags.filter((f) => !f.hidden).flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]) ?? []
        return { replaceFrom: start, candidates: pick([...flags, '--help']) }
      }
      const cmd = sub[0] ?? ''
      const snap = engine.daemon.panelSnapshot()
      if (CONTAINER_COMMANDS.has(cmd)) return { replaceFrom: start, candidates: pick(snap.containers.map((c) => c.name)) }
      if (IMAGE_COMMANDS.has(cmd) || cmd === 'image' || cmd === 'images') {
        const local = snap.images.flatMap((i) => i.repoTags)
        return { replaceFrom: start, candidates: pick([...local, ...local.map((t) => t.split(':')[0]!)]) }
      }
    }
    return { replaceFrom: start, candidates: files(engine, cwd(), word) }
  }
}

function names(c: (typeof COMMANDS)[number]): string[] {
  const out: string[] = []
  if (c.path.length === 1) out.push(c.path[0]!)
  else out.push(c.path[0]!)
  for (const a of c.aliases ?? []) if (a.length === 1) out.push(a[0]!)
  return out
}

function files(engine: Engine, cwd: string, word: string): string[] {
  const fs = engine.host.fs
  const dirPart = word.includes('/') ? dirname(word + 'x') : ''
  const base = word.includes('/') ? basename(word + 'x').slice(0, -1) : word
  const dir = resolvePath(cwd, dirPart || '.')
  try {
    return fs
      .readdir(dir)
      .filter((n) => n.startsWith(base))
      .map((n) => {
        const full = (dirPart ? (dirPart.endsWith('/') ? dirPart : dirPart + '/') : '') + n
        return fs.isDir(resolvePath(dir, n)) ? full + '/' : full
      })
      .sort()
  } catch {
    return []
  }
}
