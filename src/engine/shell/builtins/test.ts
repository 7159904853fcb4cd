import { outputOf } from '../io'
import { evaluateTest } from '../test-expr'
import type { Builtin } from './types'

export const test: Builtin = async (sh, argv, io) => {
  let args = argv.slice(1)
  if (argv[0] === '[') {
    if (args[args.length - 1] !== ']') {
      sh.builtinError(io, '[', "missing `]'")
      return 2
    }
    args = args.slice(0, -1)
  }
  const r = evaluateTest(sh.fs, sh.cwd, args, sh.ctx.uid)
  if (r.error) outputOf(io, 2).write(`${sh.errorPrefix()}${argv[0]}: ${r.error}\n`)
  return r.status
}
