import type { Program } from '../../../process/types'

/**
 * Full-screen programs (vim, nano, top) need a terminal this playground does not emulate
 * for them; they say so in one line and point to what works instead.
 */
function fullScreen(name: string, instead: string): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1)
    if (args[0] === '--version' || (name === 'top' && args[0] === '-v')) {
      const v: Record<string, string> = { vim: 'VIM - Vi IMproved 9.1', nano: ' GNU nano, version 7.2', top: 'top from procps-ng 4.0.4' }
      ctx.stdout.write(`${v[name] ?? name}\n`)
      return 0
    }
    ctx.stderr.write(`${name}: full-screen programs are not available in this terminal; ${instead}\n`)
    return 1
  }
}

const EDIT = "use `cat FILE` to read, `echo 'text' > FILE` or `cat > FILE` to write, or open the file in the editor panel"
export const vim = fullScreen('vim', EDIT)
export const nano = fullScreen('nano', EDIT)
export const top = fullScreen('top', 'use `ps aux` for a snapshot of the processes, or `docker stats`/`docker top` on the host')
