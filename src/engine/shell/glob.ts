import type { RootFs } from '../fs/rootfs'

/**
 * Shell pattern matching (`case`, `${x#pat}`, pathname expansion). In a pattern, a backslash
 * quotes the next character: the expander escapes quoted text that way.
 */
export function patternToRegExpSource(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '\\' && i + 1 < pattern.length) out += escapeRegExp(pattern[++i]!)
    else if (c === '*') out += '[\\s\\S]*'
    else if (c === '?') out += '[\\s\\S]'
    else if (c === '[') {
      const end = classEnd(pattern, i)
      if (end < 0) out += '\\['
      else {
        let body = pattern.slice(i + 1, end)
        let negate = false
        if (body[0] === '!' || body[0] === '^') {
          negate = true
          body = body.slice(1)
        }
        out += `[${negate ? '^' : ''}${classBody(body)}]`
        i = end
      }
    } else out += escapeRegExp(c)
  }
  return out
}

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f',
}

function classBody(body: string): string {
  let out = ''
  for (let k = 0; k < body.length; k++) {
    const c = body[k]!
    const posix = c === '[' && body[k + 1] === ':' ? /^\[:(\w+):\]/.exec(body.slice(k)) : null
    if (posix) {
      out += POSIX_CLASSES[posix[1]!] ?? ''
      k += posix[0].length - 1
    } else if (c === '\\' && k + 1 < body.length) out += '\\' + body[++k]
    else out += ']\\[^'.includes(c) ? '\\' + c : c
  }
  return out
}

function classEnd(pattern: string, open: number): number {
  let j = open + 1
  if (pattern[j] === '!' || pattern[j] === '^') j++
  if (pattern[j] === ']') j++
  while (j < pattern.length) {
    if (pattern[j] === '[' && pattern[j + 1] === ':') {
      const close = pattern.indexOf(':]', j + 2)
      if (close > 0) {
        j = close + 2
        continue
      }
    }
    if (pattern[j] === ']') return j
    j++
  }
  return -1
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

export function matchPattern(pattern: string, text: string): boolean {
  return new RegExp(`^${patternToRegExpSource(pattern)}$`).test(text)
}

export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') i++
    else if (c === '*' || c === '?' || (c === '[' && classEnd(pattern, i) > 0)) return true
  }
  return false
}

export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\([\s\S])/g, '$1')
}

/** Pathname expansion: sorted matches, or [] when nothing matches (the caller keeps the word). */
export function expandGlob(fs: RootFs, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/')
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0)
  let results: string[] = [absolute ? '/' : '']
  for (const part of absolute ? parts.slice(1) : parts) {
    if (part === '') continue
    const next: string[] = []
    for (const base of results) {
      if (!hasGlobChars(part)) {
        const candidate = join(base, unescapePattern(part))
        if (fs.lstat(toAbs(cwd, candidate))) next.push(candidate)
        continue
      }
      const dir = toAbs(cwd, base || '.')
      let names: string[]
      try {
        names = fs.readdir(dir)
      } catch {
        continue
      }
      const re = new RegExp(`^${patternToRegExpSource(part)}$`)
      const showHidden = part.startsWith('.') || part.startsWith('\\.')
      for (const name of names) if ((showHidden || !name.startsWith('.')) && re.test(name)) next.push(join(base, name))
    }
    results = next
  }
  if (pattern.endsWith('/')) results = results.filter((r) => fs.isDir(toAbs(cwd, r))).map((r) => r + '/')
  return results.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

function join(base: string, name: string): string {
  if (base === '') return name
  return base.endsWith('/') ? base + name : `${base}/${name}`
}

function toAbs(cwd: string, p: string): string {
  return p.startsWith('/') ? p : `${cwd === '/' ? '' : cwd}/${p}`
}
