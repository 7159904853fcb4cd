import type { ProgramContext } from '../process/types'
import type { FunctionDef, SimpleCommand } from './ast'
import { BUILTINS } from './builtins'
import { ReturnSignal } from './control'
import { expandFields, expandString } from './expand'
import { notFoundMessage } from './flavor'
import { type ShellIO, inputOf, outputOf } from './io'
import type { Shell } from './interpreter'
import { parse } from './parser'
import { applyRedirects } from './redirects'
import { quoteForTrace } from './quote'

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=([\s\S]*)$/

async function expandAssignments(sh: Shell, assigns: readonly string[]): Promise<[string, string, boolean][]> {
  const out: [string, string, boolean][] = []
  for (const a of assigns) {
    const m = ASSIGN.exec(a)!
    out.push([m[1]!, await expandString(sh, m[3]!), m[2] === '+'])
  }
  return out
}

export async function runSimpleCommand(sh: Shell, cmd: SimpleCommand, io: ShellIO): Promise<number> {
  sh.currentIO = io
  const first = cmd.words[0]
  const alias = first !== undefined ? sh.aliases.get(first) : undefined
  if (alias !== undefined) {
    const list = parse(`${alias} ${cmd.words.slice(1).join(' ')}`)
    return sh.runList(list, io)
  }
  let words: string[]
  let assigns: [string, string, boolean][]
  sh.substitutionStatus = 0
  try {
    assigns = await expandAssignments(sh, cmd.assigns)
    words = []
    for (const w of cmd.words) words.push(...(await expandFields(sh, w)))
  } catch (e) {
    return sh.reportExpansionFailure(e, io)
  }
  const substitutionStatus = sh.substitutionStatus
  if (sh.options.xtrace) {
    const traced = [...assigns.map(([k, v]) => `${k}=${quoteForTrace(v)}`), ...words.map(quoteForTrace)]
    outputOf(io, 2).write(`+ ${traced.join(' ')}\n`)
  }
  let redirected: ShellIO
  try {
    redirected = await applyRedirects(sh, cmd.redirects, io)
  } catch (e) {
    return sh.reportExpansionFailure(e, io)
  }
  if (words.length === 0) {
    for (const [k, v, append] of assigns) sh.setVar(k, append ? (sh.getVar(k) ?? '') + v : v)
    return substitutionStatus
  }
  const name = words[0]!
  const fn = sh.functions.get(name)
  const builtin = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined
  if (fn || builtin) {
    // Assignments before a function or regular builtin last only for that command.
    const saved = assigns.map(([k]) => [k, sh.vars.get(k), sh.exported.has(k)] as const)
    for (const [k, v] of assigns) sh.setExported(k, v)
    try {
      return fn ? await callFunction(sh, fn, words.slice(1), redirected) : await builtin!(sh, words, redirected)
    } finally {
      for (const [k, v, wasExported] of saved) {
        if (v === undefined) sh.unsetVar(k)
        else sh.vars.set(k, v)
        if (!wasExported) sh.exported.delete(k)
      }
    }
  }
  const env = sh.environment(new Map(assigns.map(([k, v]) => [k, v])))
  const injected = Object.hasOwn(sh.extraBuiltins, name) ? sh.extraBuiltins[name] : undefined
  if (injected) return injected(programContext(sh, words, env, redirected))
  return spawnExternal(sh, words, env, redirected)
}

export function programContext(sh: Shell, argv: string[], env: Map<string, string>, io: ShellIO): ProgramContext {
  const base = sh.ctx
  const stdout = outputOf(io, 1)
  return {
    argv,
    env,
    cwd: sh.cwd,
    fs: base.fs,
    stdin: inputOf(io),
    stdout,
    stderr: outputOf(io, 2),
    tty: base.tty && stdout === base.stdout,
    pid: base.pid,
    uid: base.uid,
    signals: base.signals,
    host: base.host,
  }
}

async function spawnExternal(sh: Shell, argv: string[], env: Map<string, string>, io: ShellIO): Promise<number> {
  const name = argv[0]!
  const found = sh.lookup.lookup(name, env.get('PATH') ?? sh.getVar('PATH') ?? '', sh.cwd)
  if (found === 'not-found') {
    if (name.includes('/')) sh.error(io, `${name}: No such file or directory`)
    else outputOf(io, 2).write(notFoundMessage(sh.flavor, sh.errorPrefix(), name))
    return 127
  }
  if (found === 'not-executable' || found === 'is-directory') {
    const reason = found === 'is-directory' ? 'Is a directory' : 'Permission denied'
    sh.error(io, sh.flavor === 'bash' || sh.flavor === 'host' ? `${name}: ${reason}` : `${name}: Permission denied`)
    return 126
  }
  return sh.ctx.host.spawn({ argv, env, cwd: sh.cwd, stdin: inputOf(io), stdout: outputOf(io, 1), stderr: outputOf(io, 2) })
}

export async function callFunction(sh: Shell, fn: FunctionDef, args: string[], io: ShellIO): Promise<number> {
  const savedArgs = sh.positionalArgs
  sh.positionalArgs = args
  const frame = new Map<string, string | undefined>()
  sh.localFrames.push(frame)
  try {
    return await sh.runCommand(fn.body, io)
  } catch (e) {
    if (e instanceof ReturnSignal) return (sh.status = e.status)
    throw e
  } finally {
    sh.positionalArgs = savedArgs
    sh.localFrames.pop()
    for (const [k, v] of frame) {
      if (v === undefined) sh.vars.delete(k)
      else sh.vars.set(k, v)
    }
  }
}
