import type { Program } from '../../../process/types'
import { complain } from '../io'

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }

/** sleep NUMBER[smhd]…: the arguments add up. Gives up when the process is terminated. */
export const sleep: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  if (args.length === 0) {
    complain(ctx, 'missing operand')
    ctx.stderr.write("Try 'sleep --help' for more information.\n")
    return 1
  }
  let seconds = 0
  for (const a of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a)
    if (!m) {
      complain(ctx, `invalid time interval '${a}'`)
      ctx.stderr.write("Try 'sleep --help' for more information.\n")
      return 1
    }
    seconds += Number(m[1]) * UNITS[m[2]!]!
  }
  const completed = await ctx.host.clock.sleep(seconds * 1000, ctx.signals.terminated)
  return completed ? 0 : 143
}
