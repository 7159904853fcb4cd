import { resolvePath } from '../../fs/path'
import type { Program, ProgramContext } from '../../process/types'
import { missingMainModule } from './missing-module'
import { NODE_USAGE, parseNodeArgs } from './options'
import { runRepl } from './repl'
import type { JsSandboxFactory } from './sandbox-port'
import { SandboxSession } from './sandbox-session'
import { runToCompletion } from './script'

export type { JsSandboxFactory } from './sandbox-port'

const NODE_PATH = '/usr/local/bin/node'
/** When an image sets no NODE_VERSION (a node binary copied elsewhere), claim the current LTS. */
const DEFAULT_VERSION = '22.12.0'

/**
 * `node`: the REPL on a terminal, `-e`/`-p`, a script file, or a script on stdin, evaluated in
 * the sandbox the face supplied (see sandbox-port.ts).
 */
export function nodeProgram(factory: JsSandboxFactory): Program {
  return async (ctx) => {
    const version = `v${ctx.env.get('NODE_VERSION') ?? DEFAULT_VERSION}`
    const inv = parseNodeArgs(ctx.argv.slice(1))
    const session = (argv: string[]) => new SandboxSession(ctx, factory, [NODE_PATH, ...argv], version)
    switch (inv.kind) {
      case 'version':
        ctx.stdout.write(`${version}\n`)
        return 0
      case 'help':
        ctx.stdout.write(NODE_USAGE)
        return 0
      case 'bad-option':
        ctx.stderr.write(`node: bad option: ${inv.option}\n`)
        return 9
      case 'missing-argument':
        ctx.stderr.write(`node: ${inv.option} requires an argument\n`)
        return 9
      case 'eval':
        return runToCompletion(session(inv.args), { mode: inv.print ? 'print' : 'eval', source: inv.code, filename: '[eval]' })
      case 'file': {
        const path = resolvePath(ctx.cwd, inv.path)
        const source = readScript(ctx, path)
        if (source === null) {
          ctx.stderr.write(missingMainModule(path, version))
          return 1
        }
        return runToCompletion(session([path, ...inv.args]), { mode: 'file', source, filename: path })
      }
      case 'repl-or-stdin':
        if (ctx.stdin.isTTY || inv.forceRepl) return runRepl(ctx, session(inv.args))
        return runStdin(ctx, session(inv.args))
    }
  }
}

/** The file's text, trying `.js` as Node's resolver does; null when there is nothing to run. */
function readScript(ctx: ProgramContext, path: string): string | null {
  for (const candidate of [path, `${path}.js`, `${path}/index.js`]) {
    const e = ctx.fs.stat(candidate)
    if (e?.type === 'file') return e.data
  }
  return null
}

/** `node` with stdin not a terminal runs what it reads as a script; an empty one exits 0 at once. */
async function runStdin(ctx: ProgramContext, session: SandboxSession): Promise<number> {
  let source = ''
  for (let chunk = await ctx.stdin.read(ctx.signals.terminated); chunk !== null; chunk = await ctx.stdin.read(ctx.signals.terminated)) {
    source += chunk
  }
  if (ctx.signals.terminated.cancelled) return 143
  if (source.trim() === '') return 0
  return runToCompletion(session, { mode: 'stdin', source, filename: '[stdin]' })
}
