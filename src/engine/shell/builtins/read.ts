import { inputOf, outputOf } from '../io'
import { readLine } from '../streams'
import type { Builtin } from './types'

/** `read [-r] [-p prompt] [name …]`: one line, split on IFS, the rest into the last name. */
export const read: Builtin = async (sh, argv, io) => {
  let raw = false
  const names: string[] = []
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k]!
    if (a === '-r') raw = true
    else if (a === '-p') outputOf(io, 2).write(argv[++k] ?? '')
    else if (a === '-s') continue
    else if (a.startsWith('-') && names.length === 0 && a !== '-') {
      if (a.includes('r')) raw = true
    } else names.push(a)
  }
  if (names.length === 0) names.push('REPLY')
  const input = inputOf(io)
  let line = await readLine(input, sh.ctx.signals.terminated)
  if (line === null) {
    for (const n of names) sh.setVar(n, '')
    return 1
  }
  if (!raw) {
    while (line.endsWith('\\')) {
      const more = await readLine(input, sh.ctx.signals.terminated)
      line = line.slice(0, -1) + (more ?? '')
      if (more === null) break
    }
    line = line.replace(/\\(.)/g, '$1')
  }
  const ifs = sh.getVar('IFS') ?? ' \t\n'
  if (names[0] === 'REPLY' && names.length === 1 && argv.every((a) => a !== 'REPLY')) {
    sh.setVar('REPLY', line)
    return 0
  }
  const white = [...ifs].filter((c) => ' \t\n'.includes(c)).join('')
  const isWhite = (c: string) => white.includes(c)
  let rest = trimChars(line, isWhite)
  for (let k = 0; k < names.length; k++) {
    if (k === names.length - 1) {
      sh.setVar(names[k]!, trimChars(rest, isWhite))
      break
    }
    let j = 0
    while (j < rest.length && !ifs.includes(rest[j]!)) j++
    sh.setVar(names[k]!, rest.slice(0, j))
    rest = rest.slice(j)
    let skip = 0
    while (skip < rest.length && isWhite(rest[skip]!)) skip++
    if (skip < rest.length && ifs.includes(rest[skip]!) && !isWhite(rest[skip]!)) skip++
    while (skip < rest.length && isWhite(rest[skip]!)) skip++
    rest = rest.slice(skip)
  }
  return 0
}

function trimChars(s: string, pred: (c: string) => boolean): string {
  let a = 0
  let b = s.length
  while (a < b && pred(s[a]!)) a++
  while (b > a && pred(s[b - 1]!)) b--
  return s.slice(a, b)
}
