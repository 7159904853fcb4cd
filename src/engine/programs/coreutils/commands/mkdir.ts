import { FsError } from '../../../fs/types'
import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { abs, complain, reasonOf, usageError } from '../io'

export const mkdir: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'pv', value: 'm', long: { parents: 'p', verbose: 'v', 'mode=': 'm' } })
  if (p.error) return usageError(ctx, p.error)
  if (p.operands.length === 0) return usageError(ctx, 'missing operand')
  const mode = p.values.has('m') ? parseInt(p.values.get('m')!, 8) : undefined
  let status = 0
  for (const dir of p.operands) {
    try {
      ctx.fs.mkdir(abs(ctx, dir), { recursive: p.flags.has('p'), mode })
      if (p.flags.has('v')) ctx.stdout.write(`mkdir: created directory '${dir}'\n`)
    } catch (e) {
      complain(ctx, `cannot create directory '${dir}': ${reasonOf(e)}`)
      status = 1
    }
  }
  return status
}

export const rmdir: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'pv', long: { parents: 'p' } })
  if (p.error) return usageError(ctx, p.error)
  if (p.operands.length === 0) return usageError(ctx, 'missing operand')
  let status = 0
  for (const dir of p.operands) {
    const e = ctx.fs.stat(abs(ctx, dir))
    try {
      if (e && e.type !== 'dir') throw new FsError('ENOTDIR', dir)
      ctx.fs.remove(abs(ctx, dir))
    } catch (err) {
      complain(ctx, `failed to remove '${dir}': ${reasonOf(err)}`)
      status = 1
    }
  }
  return status
}
