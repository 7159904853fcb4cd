import type { Program } from '../../../process/types'
import { findCommand } from '../../../shell/lookup'
import { evaluateTest } from '../../../shell/test-expr'
import { usageError } from '../io'
import { pad2, utcFields } from '../time'

export const KERNEL_RELEASE = '6.8.0-45-generic'
const KERNEL_VERSION = '#45-Ubuntu SMP PREEMPT_DYNAMIC Fri Aug 30 12:02:04 UTC 2024'

/** uname: -s -n -r -v -m -o, -a in GNU's order. */
export const uname: Program = async (ctx) => {
  const flags = ctx.argv.slice(1).join('').replace(/-/g, '')
  if (/[^asnrvmpio]/.test(flags)) return usageError(ctx, `invalid option -- '${/[^asnrvmpio]/.exec(flags)![0]}'`)
  const fields: [string, string][] = [['s', 'Linux'], ['n', ctx.host.hostname], ['r', KERNEL_RELEASE], ['v', KERNEL_VERSION], ['m', 'x86_64'], ['o', 'GNU/Linux']]
  const want = flags === '' ? 's' : flags.includes('a') ? 'snrvmo' : flags
  ctx.stdout.write(fields.filter(([k]) => want.includes(k)).map(([, v]) => v).join(' ') + '\n')
  return 0
}

function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  return `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`
}

/** procps ps: plain, `aux` (BSD) and `-ef` (System V) layouts. */
export const ps: Program = async (ctx) => {
  const arg = ctx.argv.slice(1).join(' ')
  const procs = ctx.host.processes()
  const now = ctx.host.clock.now()
  const start = (ms: number) => {
    const t = utcFields(ms)
    return `${pad2(t.hour)}:${pad2(t.minute)}`
  }
  let out: string
  if (/aux|-e.*f|-ef/.test(arg)) {
    if (arg.includes('aux')) {
      out = 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n'
      for (const p of procs) out += `${p.user.padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.0   4588  3840 pts/0    Ss   ${start(p.startedAt)}   0:00 ${p.argv.join(' ')}\n`
    } else {
      out = 'UID          PID    PPID  C STIME TTY          TIME CMD\n'
      for (const p of procs) out += `${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${start(p.startedAt)} pts/0    00:00:00 ${p.argv.join(' ')}\n`
    }
  } else {
    out = '    PID TTY          TIME CMD\n'
    for (const p of procs) out += `${String(p.pid).padStart(7)} pts/0    ${elapsed(now - p.startedAt).replace(/^.*$/, '00:00:00')} ${(p.argv[0] ?? '').split('/').pop()}\n`
  }
  ctx.stdout.write(out)
  return 0
}

/** which NAME…: the first match in PATH; 1 if any is missing (silently, as Debian's which). */
export const which: Program = async (ctx) => {
  let status = 0
  for (const n of ctx.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const found = findCommand(ctx.fs, n, ctx.env.get('PATH') ?? '', ctx.cwd)
    if (found.result === 'found' && found.path) ctx.stdout.write(found.path + '\n')
    else status = 1
  }
  return status
}

export const test: Program = async (ctx) => {
  const bracket = ctx.argv[0]?.endsWith('[')
  let args = ctx.argv.slice(1)
  if (bracket) {
    if (args[args.length - 1] !== ']') {
      ctx.stderr.write("[: missing ']'\n")
      return 2
    }
    args = args.slice(0, -1)
  }
  const r = evaluateTest(ctx.fs, ctx.cwd, args, ctx.uid)
  if (r.error) ctx.stderr.write(`${bracket ? '[' : 'test'}: ${r.error}\n`)
  return r.status
}
