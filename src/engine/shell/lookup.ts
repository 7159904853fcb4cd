import type { RootFs } from '../fs/rootfs'
import { resolvePath } from '../fs/path'

export type LookupResult = 'found' | 'not-found' | 'not-executable' | 'is-directory'

/**
 * How the shell learns, before spawning, whether a command exists, so that it can word the
 * failure itself (`bash: foo: command not found`). The kernel does the real PATH search on spawn.
 */
export interface CommandLookup {
  lookup(name: string, path: string, cwd: string): LookupResult
}

/** Where a command name resolves, or why it does not: a name with a slash is a path, else PATH is searched. */
export function findCommand(fs: RootFs, name: string, path: string, cwd: string): { result: LookupResult; path?: string } {
  if (name.includes('/')) {
    const abs = resolvePath(cwd, name)
    return { result: classify(fs, abs), path: abs }
  }
  if (name === '') return { result: 'not-found' }
  let sawNonExecutable: string | undefined
  for (const dir of path.split(':')) {
    const abs = resolvePath(cwd, `${dir || '.'}/${name}`)
    const kind = classify(fs, abs)
    if (kind === 'found') return { result: 'found', path: abs }
    if (kind === 'not-executable') sawNonExecutable ??= abs
  }
  // bash reports a non-executable file found in PATH as "Permission denied" (status 126).
  return sawNonExecutable ? { result: 'not-executable', path: sawNonExecutable } : { result: 'not-found' }
}

function classify(fs: RootFs, abs: string): LookupResult {
  const e = fs.stat(abs)
  if (!e) return 'not-found'
  if (e.type === 'dir') return 'is-directory'
  return (e.mode & 0o111) !== 0 ? 'found' : 'not-executable'
}

export function fsCommandLookup(fs: RootFs): CommandLookup {
  return { lookup: (name, path, cwd) => findCommand(fs, name, path, cwd).result }
}
