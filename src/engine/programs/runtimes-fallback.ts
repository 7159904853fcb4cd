import type { Program } from '../process/types'

/**
 * `node` and `python3` when the face that created the engine supplied no language runtime
 * (the browser supplies a sandboxed worker, the headless runner a Node one). With nothing to
 * evaluate they behave as the real ones do on empty input: exit 0. Asked to evaluate code,
 * they say plainly that no runtime is loaded rather than pretend.
 */
export function runtimeFallback(name: 'node' | 'python3'): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1)
    if (args.length === 0 && !ctx.stdin.isTTY) {
      let input = ''
      for (let chunk = await ctx.stdin.read(ctx.signals.terminated); chunk !== null; chunk = await ctx.stdin.read(ctx.signals.terminated)) {
        input += chunk
      }
      if (input.trim() === '') return 0
    }
    if (name === 'node' && (args[0] === '--version' || args[0] === '-v')) {
      ctx.stdout.write(`v${ctx.env.get('NODE_VERSION') ?? '25.2.1'}\n`)
      return 0
    }
    if (name === 'python3' && (args[0] === '--version' || args[0] === '-V')) {
      ctx.stdout.write(`Python ${ctx.env.get('PYTHON_VERSION') ?? '3.14.2'}\n`)
      return 0
    }
    ctx.stderr.write(`${name}: no ${name === 'node' ? 'JavaScript' : 'Python'} runtime is loaded in this playground session\n`)
    return 1
  }
}
