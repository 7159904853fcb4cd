import { outputOf } from '../io'
import { quoteForTrace } from '../quote'
import type { Builtin } from './types'

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

function declareLine(name: string, value: string | undefined): string {
  return value === undefined ? `declare -x ${name}\n` : `declare -x ${name}="${value.replace(/(["\\$`])/g, '\\$1')}"\n`
}

export const exportBuiltin: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '--')
  if (args.length === 0 || args[0] === '-p') {
    const names = [...sh.exported].sort()
    const out = outputOf(io, 1)
    for (const n of names) out.write(sh.flavor === 'bash' || sh.flavor === 'host' ? declareLine(n, sh.vars.get(n)) : `export ${n}=${quoteForTrace(sh.vars.get(n) ?? '')}\n`)
    return 0
  }
  let status = 0
  for (const a of args) {
    if (a === '-n') continue
    const m = ASSIGN.exec(a)
    if (m) sh.setExported(m[1]!, m[2]!)
    else if (NAME.test(a)) sh.exported.add(a)
    else {
      sh.builtinError(io, 'export', `\`${a}': not a valid identifier`)
      status = 1
    }
  }
  return status
}

export const unset: Builtin = async (sh, argv) => {
  let functions = false
  for (const a of argv.slice(1)) {
    if (a === '-f') functions = true
    else if (a === '-v') functions = false
    else if (functions) sh.functions.delete(a)
    else {
      sh.unsetVar(a)
      if (!sh.vars.has(a)) sh.functions.delete(a)
    }
  }
  return 0
}

const SET_FLAGS: Record<string, 'errexit' | 'xtrace' | 'nounset' | 'noglob'> = { e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob' }

export const set: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1)
  if (args.length === 0) {
    const out = outputOf(io, 1)
    for (const [k, v] of [...sh.vars].sort(([a], [b]) => (a < b ? -1 : 1))) out.write(`${k}=${quoteForTrace(v)}\n`)
    return 0
  }
  while (args.length) {
    const a = args[0]!
    if (a === '--') {
      args.shift()
      sh.positionalArgs = [...args]
      return 0
    }
    if (a === '-o' || a === '+o') {
      const opt = args[1]
      args.splice(0, 2)
      const key = Object.values(SET_FLAGS).find((v) => v === opt) ?? (opt === 'pipefail' ? null : undefined)
      if (key) sh.options[key] = a === '-o'
      continue
    }
    if (!/^[-+]/.test(a) || a === '-' || a === '+') break
    for (const f of a.slice(1)) {
      const key = SET_FLAGS[f]
      if (key) sh.options[key] = a[0] === '-'
      else if (!'vhBHmCnab'.includes(f)) {
        sh.builtinError(io, 'set', `${a[0]}${f}: invalid option`)
        return 2
      }
    }
    args.shift()
  }
  if (args.length) sh.positionalArgs = [...(args[0] === '-' || args[0] === '+' ? args.slice(1) : args)]
  return 0
}

export const shift: Builtin = async (sh, argv, io) => {
  const n = argv[1] === undefined ? 1 : Number(argv[1])
  if (!Number.isInteger(n) || n < 0) {
    sh.builtinError(io, 'shift', `${argv[1]}: numeric argument required`)
    return 1
  }
  if (n > sh.positionalArgs.length) {
    if (sh.flavor === 'dash') {
      sh.builtinError(io, 'shift', `can't shift that many`)
      return 2
    }
    return 1
  }
  sh.positionalArgs = sh.positionalArgs.slice(n)
  return 0
}

export const local: Builtin = async (sh, argv, io) => {
  const frame = sh.localFrames[sh.localFrames.length - 1]
  if (!frame) {
    sh.builtinError(io, 'local', 'can only be used in a function')
    return 1
  }
  for (const a of argv.slice(1)) {
    const m = ASSIGN.exec(a)
    const name = m ? m[1]! : a
    if (!frame.has(name)) frame.set(name, sh.vars.get(name))
    if (m) sh.setVar(name, m[2]!)
    else if (sh.flavor === 'bash') sh.vars.delete(name)
  }
  return 0
}

export const readonly: Builtin = async (sh, argv) => {
  for (const a of argv.slice(1)) {
    const m = ASSIGN.exec(a)
    if (m) sh.setVar(m[1]!, m[2]!)
  }
  return 0
}
