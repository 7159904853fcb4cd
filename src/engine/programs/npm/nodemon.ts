import type { Program } from '../../process/types'
import { readPackageJson } from './package-json'

/**
 * nodemon (the offline catalog's): nodemon's start-up lines, then the script under node. Files
 * are not watched here, and it says so; like nodemon it waits after the program ends.
 */
export const nodemonProgram: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  if (args[0] === '-v' || args[0] === '--version') {
    ctx.stdout.write('3.1.10\n')
    return 0
  }
  let script = args
  if (!script.length) {
    const read = readPackageJson(ctx.fs, ctx.cwd)
    script = [(read.ok && read.pkg.main) || 'index.js']
  }
  const color = ctx.tty
  const y = (t: string) => (color ? `\x1b[33m${t}\x1b[39m` : t)
  const g = (t: string) => (color ? `\x1b[32m${t}\x1b[39m` : t)
  const r = (t: string) => (color ? `\x1b[31m${t}\x1b[39m` : t)
  const command = ['node', ...script].join(' ')
  ctx.stdout.write(
    y('[nodemon] 3.1.10') + '\n' +
      y('[nodemon] to restart at any time, enter `rs`') + '\n' +
      y('[nodemon] watching path(s): *.*') + '\n' +
      y('[nodemon] watching extensions: js,mjs,cjs,json') + '\n' +
      y('[nodemon] (Wharf: file watching is not available in this sandbox; restart the app to see changes)') + '\n' +
      g(`[nodemon] starting \`${command}\``) + '\n',
  )
  const status = await ctx.host.spawn({ argv: ['node', ...script] })
  if (ctx.signals.terminated.cancelled) return 130
  ctx.stdout.write(status === 0 ? g('[nodemon] clean exit - waiting for changes before restart') + '\n' : r('[nodemon] app crashed - waiting for file changes before starting...') + '\n')
  await new Promise<void>((resolve) => ctx.signals.terminated.onCancel(resolve))
  return 130
}
