import { resolvePath } from '../fs/path'
import type { RootFs } from '../fs/rootfs'
import { FsError } from '../fs/types'
import { DISCARD, stringInput, type OutputStream } from '../process/types'
import type { Redirect } from './ast'
import { expandFields, expandString, type ExpansionHost } from './expand'
import { type ShellIO, withFd } from './io'

/** A redirect that failed; the text is what bash prints after its prefix. */
export class RedirectError extends Error {}

function fileOutput(fs: RootFs, path: string, append: boolean): OutputStream {
  if (path === '/dev/null') return DISCARD
  try {
    if (!append || !fs.exists(path)) fs.writeFile(path, '')
  } catch (e) {
    throw e instanceof FsError ? new RedirectError(e.reason) : e
  }
  return { write: (text) => fs.writeFile(path, text, { append: true }) }
}

async function target(host: ExpansionHost, raw: string): Promise<string> {
  const fields = await expandFields(host, raw)
  if (fields.length !== 1) throw new RedirectError(`${raw}: ambiguous redirect`)
  return fields[0]!
}

export async function applyRedirects(host: ExpansionHost, redirects: readonly Redirect[], io: ShellIO): Promise<ShellIO> {
  let cur = io
  for (const r of redirects) {
    const defaultFd = r.op.startsWith('<') ? 0 : 1
    const fd = r.fd ?? defaultFd
    if (r.heredoc) {
      const body = r.heredoc.quoted ? r.heredoc.body : await expandString(host, r.heredoc.body, 'heredoc')
      cur = withFd(cur, fd, stringInput(body))
      continue
    }
    const word = await target(host, r.target)
    const path = word === '/dev/stdout' || word === '/dev/stderr' ? word : resolvePath(host.cwd, word)
    const fail = (e: unknown): never => {
      if (e instanceof FsError) throw new RedirectError(`${word}: ${e.reason}`)
      if (e instanceof RedirectError) throw new RedirectError(`${word}: ${e.message}`)
      throw e
    }
    switch (r.op) {
      case '>':
      case '>|':
      case '>>':
      case '&>':
      case '&>>': {
        let out: OutputStream
        if (path === '/dev/stdout') out = cur.fds[1] as OutputStream
        else if (path === '/dev/stderr') out = cur.fds[2] as OutputStream
        else {
          if (host.fs.isDir(path)) throw new RedirectError(`${word}: Is a directory`)
          try {
            out = fileOutput(host.fs, path, r.op.endsWith('>>'))
          } catch (e) {
            out = fail(e)
          }
        }
        cur = withFd(cur, fd, out)
        if (r.op.startsWith('&')) cur = withFd(cur, 2, out)
        break
      }
      case '<':
      case '<>': {
        if (path === '/dev/null') {
          cur = withFd(cur, fd, stringInput(''))
          break
        }
        try {
          cur = withFd(cur, fd, stringInput(host.fs.readFile(path)))
        } catch (e) {
          fail(e)
        }
        break
      }
      case '>&':
      case '<&': {
        if (word === '-') cur = withFd(cur, fd, undefined)
        else if (/^\d+$/.test(word)) {
          const src = cur.fds[Number(word)]
          if (src === undefined) throw new RedirectError(`${word}: Bad file descriptor`)
          cur = withFd(cur, fd, src)
        } else if (r.op === '>&') {
          cur = withFd(withFd(cur, 1, fileOutput(host.fs, path, false)), 2, undefined)
          cur = withFd(cur, 2, cur.fds[1])
        } else throw new RedirectError(`${word}: ambiguous redirect`)
        break
      }
      default:
        break
    }
  }
  return cur
}
