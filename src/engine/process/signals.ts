import { CancelSource } from '../kernel/ports'
import { SIGNAL_NUMBERS, type ProcessSignals, type SignalName } from './types'

/** What a signal does when the process has no handler for it (signal(7)). */
const IGNORED_BY_DEFAULT: ReadonlySet<SignalName> = new Set(['SIGWINCH', 'SIGCONT'])

/**
 * Per-process signal state. PID 1 in a PID namespace ignores every signal whose action is the
 * default, except SIGKILL: that is why `docker stop` on a plain `sleep` waits for the timeout
 * and ends with 137.
 */
export class SignalState implements ProcessSignals {
  private handlers = new Map<SignalName, Set<(s: SignalName) => void>>()
  readonly termination = new CancelSource()
  get terminated() {
    return this.termination
  }

  constructor(
    private readonly isInit: boolean,
    private readonly terminate: (status: number) => void,
  ) {}

  on(signal: SignalName, handler: (s: SignalName) => void): () => void {
    let set = this.handlers.get(signal)
    if (!set) this.handlers.set(signal, (set = new Set()))
    set.add(handler)
    return () => set.delete(handler)
  }

  /** execve(2): caught signals return to their default action. */
  resetHandlers(): void {
    this.handlers.clear()
  }

  hasHandler(signal: SignalName): boolean {
    return (this.handlers.get(signal)?.size ?? 0) > 0
  }

  deliver(signal: SignalName): void {
    if (signal === 'SIGKILL') return this.terminate(128 + SIGNAL_NUMBERS.SIGKILL)
    const set = this.handlers.get(signal)
    if (set && set.size) {
      for (const h of [...set]) h(signal)
      return
    }
    if (IGNORED_BY_DEFAULT.has(signal) || this.isInit) return
    this.terminate(128 + SIGNAL_NUMBERS[signal])
  }
}

export function parseSignal(input: string): SignalName | null {
  const s = input.toUpperCase()
  if (/^\d+$/.test(s)) {
    const n = Number(s)
    const found = (Object.keys(SIGNAL_NUMBERS) as SignalName[]).find((k) => SIGNAL_NUMBERS[k] === n)
    return found ?? null
  }
  const name = (s.startsWith('SIG') ? s : `SIG${s}`) as SignalName
  return name in SIGNAL_NUMBERS ? name : null
}
