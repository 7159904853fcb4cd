/**
 * The build context: the files under PATH on the client, minus what `.dockerignore` excludes
 * (moby/patternmatcher: Go filepath.Match per segment, `**` for any depth, `!` re-includes,
 * later patterns win, a matched directory excludes its contents).
 */
import type { RootFs } from '../fs/rootfs'
import type { Entry } from '../fs/types'

interface Pattern {
  re: RegExp
  exclusion: boolean
}

function cleanRel(p: string): string {
  const parts: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') parts.pop()
    else parts.push(seg)
  }
  return parts.join('/')
}

/** A Go filepath.Match pattern (plus `**`) as a regular expression over a relative path. */
export function globRegex(pattern: string, prefixMatch = false): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') {
          i++
          re += '(?:.*/)?'
        } else re += '.*'
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end < 0) re += '\\['
      else {
        re += '[' + pattern.slice(i + 1, end).replace(/^\^/, '^').replace(/^!/, '^').replace(/\\/g, '\\\\') + ']'
        i = end
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i]
    else re += c.replace(/[.+^${}()|/]/g, '\\$&')
  }
  return new RegExp(`^${re}${prefixMatch ? '(?:/.*)?' : ''}$`)
}

export function parseDockerignore(text: string): Pattern[] {
  const out: Pattern[] = []
  for (let line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) continue
    line = line.trim()
    if (!line) continue
    let exclusion = false
    if (line.startsWith('!')) {
      exclusion = true
      line = line.slice(1).trim()
    }
    const p = cleanRel(line)
    if (!p) continue
    out.push({ re: globRegex(p, true), exclusion })
  }
  return out
}

export function isIgnored(rel: string, patterns: readonly Pattern[]): boolean {
  let ignored = false
  for (const p of patterns) if (p.re.test(rel)) ignored = !p.exclusion
  return ignored
}

export interface ContextFile {
  rel: string
  entry: Entry
}

export class BuildContext {
  readonly files = new Map<string, Entry>()
  readonly ignoreText: string
  constructor(
    readonly fs: RootFs,
    readonly dir: string,
  ) {
    const ig = dir === '/' ? '/.dockerignore' : `${dir}/.dockerignore`
    this.ignoreText = fs.isDir(ig) || !fs.exists(ig) ? '' : fs.readFile(ig)
    const patterns = parseDockerignore(this.ignoreText)
    const root = fs.resolve(dir)
    for (const abs of fs.walk(dir)) {
      const rel = abs.slice(root === '/' ? 1 : root.length + 1)
      if (isIgnored(rel, patterns)) continue
      const e = fs.lstat(abs)
      if (e) this.files.set(rel, e)
    }
  }

  /** Bytes sent for the context (what `transferring context:` shows). */
  size(): number {
    let n = 0
    for (const e of this.files.values()) n += e.type === 'file' ? (e.size ?? e.data.length) : e.type === 'symlink' ? e.target.length : 0
    return n
  }
}

export { cleanRel }
