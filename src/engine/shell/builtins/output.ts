import { outputOf } from '../io'
import { formatPrintf, interpretEscapes } from '../printf-format'
import type { Builtin } from './types'

/** bash's echo takes -n -e -E (combined, like -ne); dash's always interprets escapes and knows only -n. */
export const echo: Builtin = async (sh, argv, io) => {
  const words = argv.slice(1)
  let newline = true
  let escapes = sh.flavor === 'dash'
  while (words.length) {
    const w = words[0]!
    const ok = sh.flavor === 'dash' ? w === '-n' : /^-[neE]+$/.test(w)
    if (!ok) break
    for (const f of w.slice(1)) {
      if (f === 'n') newline = false
      else if (f === 'e') escapes = true
      else if (f === 'E') escapes = false
    }
    words.shift()
  }
  let text = words.join(' ')
  if (escapes) {
    const [t, stop] = interpretEscapes(text, true)
    text = t
    if (stop) newline = false
  }
  outputOf(io, 1).write(newline ? text + '\n' : text)
  return 0
}

export const printf: Builtin = async (sh, argv, io) => {
  let args = argv.slice(1)
  if (args[0] === '--') args = args.slice(1)
  if (args.length === 0) {
    outputOf(io, 2).write(sh.flavor === 'bash' || sh.flavor === 'host' ? `${sh.errorPrefix()}printf: usage: printf [-v var] format [arguments]\n` : 'Usage: printf format [arg ...]\n')
    return 2
  }
  let target: string | undefined
  if (args[0] === '-v' && args[1]) {
    target = args[1]
    args = args.slice(2)
  }
  const r = formatPrintf(args[0]!, args.slice(1))
  if (target) sh.setVar(target, r.text)
  else outputOf(io, 1).write(r.text)
  for (const b of r.badNumbers) sh.builtinError(io, 'printf', sh.flavor === 'bash' || sh.flavor === 'host' ? `${b}: invalid number` : `${b}: expected numeric value`)
  return r.badNumbers.length ? 1 : 0
}
