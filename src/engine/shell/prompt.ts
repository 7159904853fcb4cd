import type { ShellState } from './shell'
import type { ShellFlavor } from './flavor'

/**
 * Default PS1 per flavor: Debian's root .bashrc gives `\u@\h:\w\$ ` (so `root@3f2a…:/# `),
 * busybox ash `\w \$ ` (`/ # `), dash `# ` or `$ `, and the host terminal `$ `.
 */
export function defaultPs1(flavor: ShellFlavor, uid: number): string {
  if (flavor === 'bash') return '\\u@\\h:\\w\\$ '
  if (flavor === 'ash') return '\\w \\$ '
  if (flavor === 'dash') return uid === 0 ? '# ' : '$ '
  return '$ '
}

export function userName(sh: ShellState): string {
  const uid = sh.ctx.uid
  try {
    for (const line of sh.fs.readFile('/etc/passwd').split('\n')) {
      const f = line.split(':')
      if (f[2] === String(uid)) return f[0]!
    }
  } catch {
    // no /etc/passwd
  }
  // bash shows this when the uid has no passwd entry.
  return uid === 0 ? 'root' : 'I have no name!'
}

/** Decode bash's prompt escapes (dash shows PS1 literally but knows none of them). */
export function renderPrompt(sh: ShellState, ps: string): string {
  if (sh.flavor === 'dash') return ps
  const home = sh.getVar('HOME')
  const tilde = (p: string) => (home && home !== '/' && (p === home || p.startsWith(home + '/')) ? '~' + p.slice(home.length) : p)
  return ps.replace(/\\([uhHwW$n\\[\]es])/g, (_, c: string) => {
    switch (c) {
      case 'u':
        return userName(sh)
      case 'h':
        return sh.ctx.host.hostname.split('.')[0]!
      case 'H':
        return sh.ctx.host.hostname
      case 'w':
        return tilde(sh.cwd)
      case 'W':
        return sh.cwd === '/' ? '/' : tilde(sh.cwd) === '~' ? '~' : sh.cwd.slice(sh.cwd.lastIndexOf('/') + 1)
      case '$':
        return sh.ctx.uid === 0 ? '#' : '$'
      case 'n':
        return '\n'
      case 'e':
        return '\x1b'
      case 's':
        return sh.name
      case '\\':
        return '\\'
      default:
        return ''
    }
  })
}
