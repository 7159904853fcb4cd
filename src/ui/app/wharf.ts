/**
 * The one place the app gets its engine and terminal session from.
 *
 *   createWharf(opts): Wharf
 *     facade     the engine's panel view: panelSnapshot() + subscribe() (src/engine/facade.ts)
 *     connect()  a new terminal session for the terminal view (src/ui/terminal/connection.ts)
 *
 * URL parameters: `?pullSpeed=instant|<MB/s>` (registry bandwidth, default 40 MB/s),
 * `?seed=N` (reproducible IDs and names), `?fresh` (ignore the saved session).
 */
import { createEngine, type Engine } from '../../engine'
import type { EngineFacade } from '../../engine/facade'
import { seededRandom } from '../../engine/kernel/ports'
import { timerClock } from '../../runtimes/timer-clock'
import { restartRestoredContainers } from '../../engine/daemon/restore'
import { TerminalSession } from '../../session/terminal-session'
import { lazyBrowserJsSandbox } from '../../runtimes/js'
import type { TerminalConnection } from '../terminal/connection'
import type { StorageLike } from '../../store'
import { loadSnapshot, saveSnapshotSoon } from './persistence'
import { browserPythonFactory } from '../../runtimes/python/browser'
import { createWorkspace, type Workspace } from '../editor/workspace'

export interface Wharf {
  facade: EngineFacade
  engine: Engine
  /** The host files under the home directory, with change notification (the editor's view). */
  workspace: Workspace
  connect(): TerminalConnection
}

export interface WharfOptions {
  search: string
  storage: StorageLike | null
  /** The host `help` text and the first line the terminal shows, from the message catalog. */
  helpText: string
  welcome: string
  restoredNotice: string
}

const browserClock = timerClock(() => Date.now())

function pullSpeed(param: string | null): number {
  if (param === 'instant') return Infinity
  const mb = Number(param)
  return param && Number.isFinite(mb) && mb > 0 ? mb * 1_000_000 : 40_000_000
}

function randomSeed(): number {
  const a = new Uint32Array(1)
  crypto.getRandomValues(a)
  return a[0]!
}

export function createWharf(o: WharfOptions): Wharf {
  const params = new URLSearchParams(o.search)
  const saved = params.has('fresh') ? null : loadSnapshot(o.storage)
  const seed = params.has('seed') ? Number(params.get('seed')) : randomSeed()
  const engine = createEngine({
    clock: browserClock,
    random: seededRandom(saved?.seed ?? seed),
    pullBytesPerSecond: pullSpeed(params.get('pullSpeed')),
    runtimes: { js: lazyBrowserJsSandbox(), python: browserPythonFactory() },
    state: saved ? { daemon: saved.daemon, workspace: saved.workspace } : undefined,
  })
  if (saved) restartRestoredContainers(engine.daemon)
  const persist = () => saveSnapshotSoon(o.storage, () => ({ seed: saved?.seed ?? seed, ...engine.snapshot() }))
  engine.daemon.subscribe(persist)
  const workspace = createWorkspace(engine.host.fs, engine.homeDir, persist)
  let sessions = 0

  return {
    engine,
    workspace,
    facade: {
      panelSnapshot: () => engine.daemon.panelSnapshot(),
      subscribe: (l) => {
        const off = engine.daemon.subscribe(l)
        // "Up 3 seconds" and "Exited (0) 2 minutes ago" age: refresh the panels once a second.
        const tick = setInterval(l, 1000)
        return () => {
          off()
          clearInterval(tick)
        }
      },
    },
    connect(): TerminalConnection {
      const listeners = new Set<(data: string) => void>()
      let backlog = sessions++ ? '' : `${o.welcome}\r\n${saved ? `${o.restoredNotice}\r\n` : ''}`
      const write = (data: string) => {
        if (listeners.size === 0) backlog += data
        else for (const l of listeners) l(data)
      }
      let session: TerminalSession | null = null
      return {
        close() {
          session?.dispose()
          listeners.clear()
        },
        input(data) {
          session?.input(data)
          if (data.includes('\r')) persist()
        },
        resize(cols, rows) {
          if (!session) session = new TerminalSession({ engine, write, cols, rows, helpText: o.helpText })
          else session.resize(cols, rows)
        },
        onOutput(cb) {
          listeners.add(cb)
          if (backlog) {
            cb(backlog)
            backlog = ''
          }
          return () => listeners.delete(cb)
        },
      }
    },
  }
}
