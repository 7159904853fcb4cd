import { alias, command, history, type, unalias } from './introspection'
import { breakBuiltin, continueBuiltin, evalBuiltin, exec, exit, falseBuiltin, returnBuiltin, source, trueBuiltin, wait } from './flow'
import { cd, pwd } from './navigation'
import { echo, printf } from './output'
import { read } from './read'
import { test } from './test'
import type { Builtin } from './types'
import { exportBuiltin, local, readonly, set, shift, unset } from './variables'

export type { Builtin } from './types'

export const BUILTINS: Record<string, Builtin> = {
  cd, pwd, echo, printf, export: exportBuiltin, unset, set, shift, local, readonly, exit, return: returnBuiltin,
  break: breakBuiltin, continue: continueBuiltin, true: trueBuiltin, false: falseBuiltin, ':': trueBuiltin,
  eval: evalBuiltin, source, '.': source, exec, wait, read, test, '[': test, type, command, alias, unalias, history,
}
