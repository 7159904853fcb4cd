import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { abs, complain, reasonOf, usageError } from '../io'

/** tee [-a] FILE…: copies stdin as it arrives. */
export const tee: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'ai', long: { append: 'a' } })
  if (p.error) return usageError(ctx, p.error)
  let status = 0
  const targets: string[] = []
  for (const f of p.operands) {
    try {
      if (!p.flags.has('a') || !ctx.fs.exists(abs(ctx, f))) ctx.fs.writeFile(abs(ctx, f), '')
      targets.push(abs(ctx, f))
    } catch (e) {
      complain(ctx, `${f}: ${reasonOf(e)}`)
      status = 1
    }
  }
  for (;;) {
    const chunk = await ctx.stdin.read(ctx.signals.terminated)
    if (chunk === null) break
    ctx.stdout.write(chunk)
    for (const t of targets) ctx.fs.writeFile(t, chunk, { append: true })
  }
  return status
}
