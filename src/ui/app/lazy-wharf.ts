/**
 * The page paints and the terminal opens before the engine's code has arrived: the engine is
 * a separate chunk fetched at once in parallel. Until it is ready the panels show an empty
 * snapshot and keystrokes wait in a queue; then everything is handed over.
 */
import type { EngineFacade, PanelSnapshot } from '../../engine/facade'
import type { TerminalConnection } from '../terminal/connection'
import type { Wharf, WharfOptions } from './wharf'

const EMPTY: PanelSnapshot = { images: [], containers: [], ports: [], pulls: [] }

export interface LazyWharf {
  facade: EngineFacade
  /** A new terminal session (a new tab); usable at once, live when the engine is. */
  connect(): TerminalConnection
  ready: Promise<Wharf>
}

let current: Promise<Wharf> | null = null

/** The page's engine once loaded (for panels that talk to it directly, like the browser). */
export function wharfReady(): Promise<Wharf> | null {
  return current
}

export function lazyWharf(o: WharfOptions): LazyWharf {
  const listeners = new Set<() => void>()
  let wharf: Wharf | null = null
  const ready = import('./wharf').then(({ createWharf }) => {
    wharf = createWharf(o)
    wharf.facade.subscribe(() => listeners.forEach((l) => l()))
    listeners.forEach((l) => l())
    return wharf
  })
  current = ready
  const facade: EngineFacade = {
    panelSnapshot: () => wharf?.facade.panelSnapshot() ?? EMPTY,
    subscribe: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
  return { facade, connect: () => lazyConnection(ready), ready }
}

function lazyConnection(ready: Promise<Wharf>): TerminalConnection {
  const queued: ((c: TerminalConnection) => void)[] = []
  let real: TerminalConnection | null = null
  void ready.then((w) => {
    real = w.connect()
    for (const q of queued.splice(0)) q(real)
  })
  const later = (fn: (c: TerminalConnection) => void) => (real ? fn(real) : queued.push(fn))
  return {
    input: (data) => later((c) => c.input(data)),
    resize: (cols, rows) => later((c) => c.resize(cols, rows)),
    close: () => later((c) => c.close?.()),
    onOutput: (cb) => {
      let off: (() => void) | null = null
      let cancelled = false
      later((c) => {
        if (!cancelled) off = c.onOutput(cb)
      })
      return () => {
        cancelled = true
        off?.()
      }
    },
  }
}
