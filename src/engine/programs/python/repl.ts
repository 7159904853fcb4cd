import type { ProgramContext } from '../../process/types'
import { pythonBanner, RESET_NOTE } from './banner'
import type { ContainerFiles } from './fs-sync'
import type { PythonSession } from './port'

/**
 * The interactive loop of CPython's basic REPL (`Modules/main.c` → `code`-like behaviour):
 * banner and prompts on stderr, `>>> ` and `... `, the statement buffer of
 * `code.InteractiveConsole.push` (kept here so Ctrl+C at a prompt can drop it without a round
 * trip), Ctrl+C at a prompt prints `KeyboardInterrupt`, Ctrl+D exits 0.
 */
export async function pythonRepl(
  ctx: ProgramContext,
  files: ContainerFiles,
  open: () => Promise<PythonSession>,
): Promise<number> {
  let session = await open()
  ctx.stderr.write(pythonBanner(session.version))
  ctx.stdin.setHistoryKey?.('python')
  let running = false
  const offInt = ctx.signals.on('SIGINT', () => {
    // At a prompt the terminal already cut the read short (it returns ""); only running code
    // needs the interrupt.
    if (running) session.interrupt()
  })
  const offTerm = ctx.signals.terminated.onCancel(() => session.close())
  let buffer: string[] = []
  try {
    for (;;) {
      ctx.stderr.write(buffer.length ? '... ' : '>>> ')
      const line = await ctx.stdin.read(ctx.signals.terminated)
      if (line === null) {
        if (ctx.signals.terminated.cancelled) return 143
        ctx.stderr.write('\n')
        return 0
      }
      if (line === '') {
        buffer = []
        ctx.stderr.write('KeyboardInterrupt\n')
        continue
      }
      buffer.push(line.replace(/\n$/, ''))
      running = true
      const step = await session.push(buffer.join('\n'), files.incoming()).finally(() => (running = false))
      files.apply(step.changes)
      if (step.reset) {
        ctx.stderr.write(RESET_NOTE)
        buffer = []
        session = await open()
        continue
      }
      if (step.exit !== null) return step.exit
      if (!step.more) buffer = []
    }
  } finally {
    offInt()
    offTerm?.()
    session.close()
  }
}
