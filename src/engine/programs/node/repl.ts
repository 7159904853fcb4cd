import type { ProgramContext } from '../../process/types'
import { isDotCommand, runDotCommand } from './repl-dot-commands'
import { banner, CONTINUATION_PROMPT, CTRL_C_HINT, INTERRUPTED, PROMPT } from './repl-text'
import type { ReplOutcome } from './sandbox-port'
import type { SandboxSession } from './sandbox-session'

/**
 * Node's REPL on a terminal (lib/repl.js): the banner, `> ` and `... ` prompts, dot commands,
 * Ctrl+C (once: a hint, twice: exit), Ctrl+D, and evaluation in the sandbox. A Ctrl+C while code
 * runs kills the sandbox (an infinite loop cannot be interrupted otherwise) and starts a new one.
 */
export async function runRepl(ctx: ProgramContext, session: SandboxSession): Promise<number> {
  ctx.stdout.write(banner(session.version))
  ctx.stdin.setHistoryKey?.('node')
  let sandbox = await session.start()
  let buffer = ''
  let sawSigint = false
  const history: string[] = []

  let interrupt: (() => void) | null = null
  const offSigint = ctx.signals.on('SIGINT', () => interrupt?.())

  /** Evaluate, unless Ctrl+C, process.exit or termination comes first. */
  const evaluate = async (code: string): Promise<ReplOutcome | 'interrupted' | 'exited'> => {
    const interrupted = new Promise<'interrupted'>((resolve) => (interrupt = () => resolve('interrupted')))
    const exited = new Promise<'exited'>((resolve) => session.done.onCancel(() => resolve('exited')))
    try {
      return await Promise.race([sandbox.evalRepl(code), interrupted, exited])
    } finally {
      interrupt = null
    }
  }

  try {
    for (;;) {
      if (session.done.cancelled) break
      ctx.stdout.write(buffer ? CONTINUATION_PROMPT : PROMPT)
      const line = await ctx.stdin.read(session.done)
      if (session.done.cancelled) break
      if (line === null) {
        ctx.stdout.write('\n') // Node ends the prompt line on Ctrl+D
        return 0
      }
      if (line === '') {
        // Ctrl+C: a second one on an empty prompt exits; with a pending input it only clears it
        if (buffer) {
          buffer = ''
          sawSigint = false
          continue
        }
        if (sawSigint) return 0
        ctx.stdout.write(CTRL_C_HINT)
        sawSigint = true
        continue
      }
      sawSigint = false
      const text = line.replace(/\n$/, '')
      let code: string
      if (isDotCommand(text)) {
        const r = await runDotCommand(ctx, text, history, buffer !== '')
        if (r.kind === 'exit') return 0
        if (r.kind === 'break') buffer = ''
        if (r.kind !== 'eval' && r.kind !== 'not-a-command') continue
        code = r.kind === 'eval' ? r.code : `${buffer}\n${text}`
      } else {
        if (!buffer && text.trim() === '') continue
        code = buffer ? `${buffer}\n${text}` : text
      }
      const outcome = await evaluate(code)
      if (outcome === 'exited') break
      if (outcome === 'interrupted') {
        buffer = ''
        ctx.stdout.write(INTERRUPTED)
        sandbox = await session.start()
        continue
      }
      if (outcome.kind === 'incomplete') {
        buffer = code
        continue
      }
      buffer = ''
      history.push(code)
      ctx.stdout.write(outcome.text + '\n')
    }
    return session.exitCode ?? 143
  } finally {
    offSigint()
    session.terminate()
  }
}
