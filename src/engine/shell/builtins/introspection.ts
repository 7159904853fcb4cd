import { outputOf } from '../io'
import { findCommand } from '../lookup'
import { BUILTIN_NAMES } from './names'
import type { Builtin } from './types'

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', '{', '}', '!', 'function', 'in'])

type Kind = { kind: 'alias'; value: string } | { kind: 'keyword' } | { kind: 'function' } | { kind: 'builtin' } | { kind: 'file'; path: string } | null

function classify(sh: Parameters<Builtin>[0], name: string): Kind {
  const alias = sh.aliases.get(name)
  if (alias !== undefined) return { kind: 'alias', value: alias }
  if (KEYWORDS.has(name)) return { kind: 'keyword' }
  if (sh.functions.has(name)) return { kind: 'function' }
  if (BUILTIN_NAMES.has(name) || name in sh.extraBuiltins) return { kind: 'builtin' }
  const found = findCommand(sh.fs, name, sh.getVar('PATH') ?? '', sh.cwd)
  return found.result === 'found' && found.path ? { kind: 'file', path: name.includes('/') ? name : found.path } : null
}

export const type: Builtin = async (sh, argv, io) => {
  let status = 0
  const out = outputOf(io, 1)
  for (const name of argv.slice(1)) {
    const k = classify(sh, name)
    if (!k) {
      // bash: "bash: type: foo: not found"; dash/ash print "foo: not found" on stdout.
      if (sh.flavor === 'bash' || sh.flavor === 'host') sh.builtinError(io, 'type', `${name}: not found`)
      else out.write(`${name}: not found\n`)
      status = 1
    } else if (k.kind === 'alias') out.write(`${name} is aliased to \`${k.value}'\n`)
    else if (k.kind === 'keyword') out.write(`${name} is a shell keyword\n`)
    else if (k.kind === 'function') out.write(`${name} is a function\n`)
    else if (k.kind === 'builtin') out.write(`${name} is a shell builtin\n`)
    else out.write(sh.flavor === 'bash' || sh.flavor === 'host' ? `${name} is ${k.path}\n` : `${name} is ${k.path}\n`)
  }
  return status
}

export const command: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1)
  if (args[0] === '-v' || args[0] === '-V') {
    let status = 0
    for (const name of args.slice(1)) {
      const k = classify(sh, name)
      if (!k) {
        status = 1
        continue
      }
      if (args[0] === '-V') await type(sh, ['type', name], io)
      else outputOf(io, 1).write((k.kind === 'file' ? k.path : k.kind === 'alias' ? `alias ${name}='${k.value}'` : name) + '\n')
    }
    return status
  }
  if (args.length === 0) return 0
  // `command name` skips functions: run as a simple command with functions hidden.
  const saved = sh.functions
  sh.functions = new Map()
  try {
    return await sh.runCommand({ type: 'simple', assigns: [], words: args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`), redirects: [], line: sh.line }, io)
  } finally {
    sh.functions = saved
  }
}

export const alias: Builtin = async (sh, argv, io) => {
  const out = outputOf(io, 1)
  if (argv.length === 1) {
    for (const [k, v] of [...sh.aliases].sort()) out.write(`alias ${k}='${v}'\n`)
    return 0
  }
  let status = 0
  for (const a of argv.slice(1)) {
    const eq = a.indexOf('=')
    if (eq > 0) sh.aliases.set(a.slice(0, eq), a.slice(eq + 1))
    else if (sh.aliases.has(a)) out.write(`alias ${a}='${sh.aliases.get(a)}'\n`)
    else {
      sh.builtinError(io, 'alias', `${a}: not found`)
      status = 1
    }
  }
  return status
}

export const unalias: Builtin = async (sh, argv) => {
  for (const a of argv.slice(1)) {
    if (a === '-a') sh.aliases.clear()
    else sh.aliases.delete(a)
  }
  return 0
}

export const history: Builtin = async (sh, _argv, io) => {
  const out = outputOf(io, 1)
  sh.history.forEach((line, k) => out.write(`${String(k + 1).padStart(5)}  ${line}\n`))
  return 0
}
