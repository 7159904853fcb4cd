import type { RootFs } from '../fs/rootfs'
import { resolvePath } from '../fs/path'
import type { Entry } from '../fs/types'

export type Resolved =
  | { ok: true; path: string; entry: Entry & { type: 'file' } }
  | { ok: false; reason: 'not-found' | 'no-such-file' | 'permission' | 'is-directory' }

const isExec = (e: Entry) => (e.mode & 0o111) !== 0

/** execvp(3): a name with a slash is a path; otherwise each PATH directory is tried in order. */
export function resolveExecutable(fs: RootFs, name: string, path: string, cwd: string): Resolved {
  if (name === '') return { ok: false, reason: 'not-found' }
  if (name.includes('/')) {
    const p = resolvePath(cwd, name)
    const e = fs.stat(p)
    if (!e) return { ok: false, reason: 'no-such-file' }
    if (e.type === 'dir') return { ok: false, reason: 'is-directory' }
    if (!isExec(e)) return { ok: false, reason: 'permission' }
    return { ok: true, path: p, entry: e as Entry & { type: 'file' } }
  }
  for (const dir of path.split(':')) {
    const p = resolvePath(cwd, `${dir || '.'}/${name}`)
    const e = fs.stat(p)
    if (e && e.type === 'file' && isExec(e)) return { ok: true, path: p, entry: e as Entry & { type: 'file' } }
  }
  return { ok: false, reason: 'not-found' }
}

/** "#!/usr/bin/env node" → ["/usr/bin/env", "node"]; null when the text has no shebang. */
export function parseShebang(text: string): string[] | null {
  if (!text.startsWith('#!')) return null
  const line = text.slice(2, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n')).trim()
  if (!line) return null
  const sp = line.search(/\s/)
  return sp < 0 ? [line] : [line.slice(0, sp), line.slice(sp).trim()]
}
