import type { Program } from '../../../process/types'
import { formatPrintf } from '../../../shell/printf-format'
import { complain } from '../io'

export const printf: Program = async (ctx) => {
  let args = ctx.argv.slice(1)
  if (args[0] === '--') args = args.slice(1)
  if (args.length === 0) {
    complain(ctx, 'missing operand')
    ctx.stderr.write("Try 'printf --help' for more information.\n")
    return 1
  }
  const r = formatPrintf(args[0]!, args.slice(1))
  ctx.stdout.write(r.text)
  for (const b of r.badNumbers) complain(ctx, `'${b}': expected a numeric value`)
  return r.badNumbers.length ? 1 : 0
}
