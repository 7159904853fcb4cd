import type { Program } from '../../../process/types'
import { interpretEscapes } from '../../../shell/printf-format'

/** /bin/echo (GNU): -n, -e, -E; escapes off by default. */
export const echo: Program = async (ctx) => {
  const words = ctx.argv.slice(1)
  let newline = true
  let escapes = false
  while (words.length && /^-[neE]+$/.test(words[0]!)) {
    for (const f of words.shift()!.slice(1)) {
      if (f === 'n') newline = false
      else escapes = f === 'e'
    }
  }
  let text = words.join(' ')
  if (escapes) {
    const [t, stop] = interpretEscapes(text, true)
    text = t
    if (stop) newline = false
  }
  ctx.stdout.write(newline ? text + '\n' : text)
  return 0
}
