import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { complain, abs, reasonOf, usageError } from '../io'

/** Streams: stdin is copied chunk by chunk as it arrives (so `cat` on a terminal echoes each line). */
export const cat: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'nAbesETuv', long: { number: 'n', 'show-all': 'A' } })
  if (p.error) return usageError(ctx, p.error)
  const number = p.flags.has('n')
  let lineNo = 1
  let atLineStart = true
  const emit = (text: string) => {
    if (!number) return ctx.stdout.write(text)
    let out = ''
    for (const part of text.split(/(?<=\n)/)) {
      if (atLineStart) out += `${String(lineNo++).padStart(6)}\t`
      out += part
      atLineStart = part.endsWith('\n')
    }
    ctx.stdout.write(out)
  }
  let status = 0
  for (const f of p.operands.length ? p.operands : ['-']) {
    if (f === '-') {
      for (;;) {
        const chunk = await ctx.stdin.read(ctx.signals.terminated)
        if (chunk === null) break
        emit(chunk)
      }
      continue
    }
    try {
      emit(ctx.fs.readFile(abs(ctx, f)))
    } catch (e) {
      complain(ctx, `${f}: ${reasonOf(e)}`)
      status = 1
    }
  }
  return status
}
