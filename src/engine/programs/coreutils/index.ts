import type { Program } from '../../process/types'
import { cat } from './commands/cat'
import { cut } from './commands/cut'
import { date } from './commands/date'
import { echo } from './commands/echo'
import { env, printenv } from './commands/env'
import { chmod, cp, ln, mv, touch } from './commands/files'
import { grep } from './commands/grep'
import { head, tail } from './commands/head-tail'
import { ls } from './commands/ls'
import { mkdir, rmdir } from './commands/mkdir'
import { printf } from './commands/printf'
import { rm } from './commands/rm'
import { sed } from './commands/sed'
import { basename, clear, dirname, falseProgram, hostname, id, pwd, trueProgram, whoami, yes } from './commands/simple'
import { sleep } from './commands/sleep'
import { sort, uniq } from './commands/sort-uniq'
import { ps, test, uname, which } from './commands/system'
import { tee } from './commands/tee'
import { nl, seq, tac } from './commands/text'
import { tr } from './commands/tr'
import { df, du, find, stat } from './commands/tree'
import { wc } from './commands/wc'
import { xargs } from './commands/xargs'

/** The core command-line programs, by the name their binary has in /bin. */
export const COREUTILS: Record<string, Program> = {
  cat, cut, date, echo, env, printenv, chmod, cp, ln, mv, touch, grep, egrep: grep, fgrep: grep, head, tail, ls,
  mkdir, rmdir, printf, pwd, rm, sed, basename, clear, dirname, false: falseProgram, true: trueProgram, hostname, id,
  whoami, yes, sleep, sort, uniq, ps, test, '[': test, uname, which, tee, nl, seq, tac, tr, df, du, find, stat, wc, xargs,
}
