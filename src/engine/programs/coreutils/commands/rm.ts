import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { abs, complain, reasonOf, usageError } from '../io'

export const rm: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'rRfvid', long: { recursive: 'r', force: 'f', verbose: 'v', dir: 'd' } })
  if (p.error) return usageError(ctx, p.error)
  const recursive = p.flags.has('r') || p.flags.has('R')
  const force = p.flags.has('f')
  if (p.operands.length === 0) return force ? 0 : usageError(ctx, 'missing operand')
  let status = 0
  for (const f of p.operands) {
    const path = abs(ctx, f)
    const e = ctx.fs.lstat(path)
    if (!e) {
      if (!force) {
        complain(ctx, `cannot remove '${f}': No such file or directory`)
        status = 1
      }
      continue
    }
    if (path === '/') {
      complain(ctx, "it is dangerous to operate recursively on '/'")
      ctx.stderr.write('rm: use --no-preserve-root to override this failsafe\n')
      status = 1
      continue
    }
    if (e.type === 'dir' && !recursive && !(p.flags.has('d') && ctx.fs.readdir(path).length === 0)) {
      complain(ctx, `cannot remove '${f}': Is a directory`)
      status = 1
      continue
    }
    try {
      ctx.fs.remove(path, { recursive })
      if (p.flags.has('v')) ctx.stdout.write(e.type === 'dir' ? `removed directory '${f}'\n` : `removed '${f}'\n`)
    } catch (err) {
      complain(ctx, `cannot remove '${f}': ${reasonOf(err)}`)
      status = 1
    }
  }
  return status
}
