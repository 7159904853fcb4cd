import { resolvePath } from '../../fs/path'
import { FsError } from '../../fs/types'
import { outputOf } from '../io'
import type { Builtin } from './types'

export const cd: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1).filter((a, k) => !(k === 0 && (a === '-L' || a === '-P')))
  let target = args[0]
  if (args.length > 1 && sh.flavor === 'bash') {
    sh.builtinError(io, 'cd', 'too many arguments')
    return 1
  }
  let print = false
  if (target === undefined || target === '') {
    target = sh.getVar('HOME')
    if (target === undefined) {
      sh.builtinError(io, 'cd', 'HOME not set')
      return 1
    }
  } else if (target === '-') {
    target = sh.getVar('OLDPWD')
    if (target === undefined) {
      sh.builtinError(io, 'cd', 'OLDPWD not set')
      return 1
    }
    print = true
  }
  const abs = resolvePath(sh.cwd, target)
  const e = sh.fs.stat(abs)
  const reason = !e ? new FsError('ENOENT', abs).reason : e.type !== 'dir' ? new FsError('ENOTDIR', abs).reason : null
  if (reason) {
    // dash: "sh: 1: cd: can't cd to nope"; busybox: "sh: cd: can't cd to nope: No such file or directory"
    if (sh.flavor === 'dash') sh.builtinError(io, 'cd', `can't cd to ${target}`)
    else if (sh.flavor === 'ash') sh.builtinError(io, 'cd', `can't cd to ${target}: ${reason}`)
    else sh.builtinError(io, 'cd', `${target}: ${reason}`)
    return sh.flavor === 'dash' ? 2 : 1
  }
  sh.setExported('OLDPWD', sh.cwd)
  sh.cwd = abs
  sh.setExported('PWD', abs)
  sh.ctx.cwd = abs
  if (print) outputOf(io, 1).write(abs + '\n')
  return 0
}

export const pwd: Builtin = async (sh, _argv, io) => {
  outputOf(io, 1).write(sh.cwd + '\n')
  return 0
}
