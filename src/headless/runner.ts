import xtermHeadless from '@xterm/headless'
import { createEngine, type Engine } from '../engine'
import type { EngineRuntimes } from '../engine/programs'
import { headlessRuntimes } from './runtimes'
import { TerminalSession } from '../session/terminal-session'
import { frozenClock } from './clock'

const { Terminal } = xtermHeadless

export interface HeadlessOptions {
  seed?: number
  /** ISO-8601 instant the clock is frozen at. */
  now?: string
  cols?: number
  /** Registry bandwidth in bytes/s (default: instant). */
  pullBytesPerSecond?: number
  /** Language sandboxes; by default the real ones (JavaScript in a worker thread). */
  runtimes?: EngineRuntimes
}

export interface HeadlessResult {
  /** The terminal's final text, one string per line, trailing spaces removed. */
  lines: string[]
  status: number
  engine: Engine
}

const CONTROL: Record<string, string> = { '^C': '\x03', '^D': '\x04', '^P^Q': '\x10\x11' }
/** A program that never reads (a foreground `sleep`) gets a control key after this much quiet. */
const QUIET_MS = 300

/**
 * Types each input line into a terminal session as a learner would, each when the foreground
 * program asks for input, and returns the screen's final text: the contract in
 * ../shared/conformance/README.md.
 */
export async function runHeadless(inputs: string[], o: HeadlessOptions = {}): Promise<HeadlessResult> {
  const now = o.now ? Date.parse(o.now) : Date.now()
  if (Number.isNaN(now)) throw new Error(`--now: not an ISO-8601 time: ${o.now}`)
  const engine = createEngine({
    clock: frozenClock(now),
    seed: o.seed ?? 1,
    pullBytesPerSecond: o.pullBytesPerSecond ?? Infinity,
    runtimes: o.runtimes ?? headlessRuntimes(),
  })
  const cols = o.cols ?? 200
  const term = new Terminal({ cols, rows: 50, scrollback: 1_000_000, allowProposedApi: true })
  let lastOutput = Date.now()
  let lastInput = Date.now()
  let readsSeen = 0
  let pending = Promise.resolve()
  const session = new TerminalSession({
    engine,
    cols,
    rows: 50,
    write: (data) => {
      lastOutput = Date.now()
      pending = pending.then(() => new Promise<void>((r) => term.write(data, r)))
    },
  })
  const shellExit = session.shell.exit
  let exited = false
  void shellExit.then(() => (exited = true))

  const waitForReader = async (control: boolean) => {
    if (!control) {
      // a read that began after the previous line: not one still being cut short (a detach)
      await Promise.race([session.tty.readAfter(readsSeen), shellExit])
      return
    }
    // a control key goes to a program that is not reading once its output pauses, or at the
    // latest a second after the previous line (a pull redraws without pause)
    while (!exited && !session.tty.waitingForInput && Date.now() - lastOutput < QUIET_MS && Date.now() - lastInput < 1000) {
      await Promise.race([session.tty.nextRead(), shellExit, new Promise((r) => setTimeout(r, 50))])
    }
  }

  for (const line of inputs) {
    const control = CONTROL[line]
    await waitForReader(control !== undefined)
    if (exited) break
    lastInput = Date.now()
    readsSeen = session.tty.readsStarted
    session.input(control ?? line + '\r')
  }
  await Promise.race([session.tty.readAfter(readsSeen), shellExit])
  await pending
  const lines = screenLines(term)
  if (!exited) {
    // the idle prompt after the last command is not part of the transcript
    if (lines.length && lines[lines.length - 1] === '$') lines.pop()
    session.input('\x04')
  }
  const status = await shellExit
  return { lines, status, engine }
}

function screenLines(term: InstanceType<typeof Terminal>): string[] {
  const buf = term.buffer.active
  const out: string[] = []
  for (let i = 0; i < buf.length; i++) {
    const line = buf.getLine(i)
    if (!line) continue
    const text = line.translateToString(true)
    if (line.isWrapped && out.length) out[out.length - 1] += text
    else out.push(text)
  }
  const trimmed = out.map((l) => l.replace(/\s+$/, ''))
  while (trimmed.length && trimmed[trimmed.length - 1] === '') trimmed.pop()
  return trimmed
}
