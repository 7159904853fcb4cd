import type { ProgramContext } from '../process/types'
import type { List } from './ast'
import { ExitSignal, InterruptSignal } from './control'
import { Shell } from './interpreter'
import { stdio } from './io'
import { parse } from './parser'
import { defaultPs1, renderPrompt } from './prompt'
import type { ShellConfig } from './shell'
import { pushbackFor, readLine } from './streams'
import { ShellSyntaxError } from './syntax-error'
import { expandString } from './expand'

/**
 * The read-eval loop. Interactive when stdin is a terminal (or `interactive` is forced):
 * prompts go to stderr as bash and dash do, Ctrl+C at the prompt (an empty read) shows a new
 * prompt, Ctrl+D ends the shell (bash prints `exit`). Otherwise it runs stdin line by line,
 * so commands in the script can `read` the lines after them.
 */
export async function interactiveShell(ctx: ProgramContext, config: ShellConfig): Promise<number> {
  const interactive = config.interactive ?? ctx.stdin.isTTY
  const sh = new Shell(ctx, { ...config, interactive, source: interactive ? { kind: 'interactive' } : { kind: 'stdin' } })
  return repl(sh)
}

export async function repl(sh: Shell): Promise<number> {
  const ctx = sh.ctx
  const interactive = sh.interactive
  const stdin = pushbackFor(ctx.stdin)
  const io = stdio(stdin, ctx.stdout, ctx.stderr)
  stdin.setHistoryKey?.(sh.flavor)
  let running = false
  const stopSigint = ctx.signals.on('SIGINT', () => {
    if (running) sh.session.interrupted = true
  })
  let pending = ''
  let lineNo = 0
  try {
    for (;;) {
      if (interactive) ctx.stderr.write(await prompt(sh, pending !== ''))
      // a program this shell ran (a REPL, another shell) may have switched the terminal's history
      if (interactive) stdin.setHistoryKey?.(sh.flavor)
      const chunk = interactive ? await stdin.read(ctx.signals.terminated) : await readLine(stdin, ctx.signals.terminated)
      if (chunk === null) {
        if (ctx.signals.terminated.cancelled) return 143
        if (interactive) ctx.stderr.write(sh.flavor === 'bash' || sh.flavor === 'host' ? 'exit\n' : '\n')
        if (pending.trim() !== '') return sh.reportSyntaxError(new ShellSyntaxError('EOF', lineNo), io, pending)
        return sh.status
      }
      if (interactive && chunk === '') {
        pending = ''
        continue
      }
      pending += chunk.endsWith('\n') ? chunk : chunk + '\n'
      lineNo++
      let list: List
      try {
        list = parse(pending, false)
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e
        if (e.incomplete) continue
        sh.line = interactive ? lineNo : e.line
        sh.reportSyntaxError(e, io, pending)
        pending = ''
        if (!interactive) return 2
        continue
      }
      const source = pending
      pending = ''
      if (interactive && source.trim()) sh.history.push(source.replace(/\n$/, ''))
      if (interactive) sh.line = lineNo
      running = true
      try {
        await sh.runList(list, io)
      } catch (e) {
        if (e instanceof ExitSignal) return e.status
        if (!(e instanceof InterruptSignal)) throw e
        sh.status = 130
      } finally {
        running = false
      }
    }
  } finally {
    stopSigint()
  }
}

async function prompt(sh: Shell, continuation: boolean): Promise<string> {
  const ps = continuation ? (sh.getVar('PS2') ?? '> ') : (sh.getVar('PS1') ?? defaultPs1(sh.flavor, sh.ctx.uid))
  const rendered = renderPrompt(sh, ps)
  if (sh.flavor === 'dash' || !rendered.includes('$')) return rendered
  try {
    return await expandString(sh, rendered, 'heredoc')
  } catch {
    return rendered
  }
}
