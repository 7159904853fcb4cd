/**
 * The engine's one public entry. Faces (the browser app, the headless runner, tests) create an
 * engine with a clock and a seed and talk to it through the daemon, the host machine and the
 * panel facade.
 */
import { Daemon } from './daemon/daemon'
import type { DaemonState } from './daemon/state'
import { RootFs } from './fs/rootfs'
import type { LayerFiles } from './fs/types'
import { hostBaseLayer, HOST_HOME, HOST_PATH } from './host/host-files'
import type { Clock, Random } from './kernel/ports'
import { seededRandom } from './kernel/ports'
import { Machine } from './process/machine'
import { programRegistry, type EngineRuntimes } from './programs'
import { catalogRegistry } from './registry/registry-adapter'
import { warmPythonOnDemand } from './programs/python'

export interface EngineOptions {
  clock: Clock
  seed?: number
  random?: Random
  /** Simulated registry bandwidth in bytes/s; Infinity pulls instantly. */
  pullBytesPerSecond?: number
  /** Language sandboxes (the JavaScript one behind `node`); without them the fallbacks stand in. */
  runtimes?: EngineRuntimes
  state?: { daemon?: DaemonState; workspace?: LayerFiles }
}

export interface Engine {
  readonly daemon: Daemon
  /** The learner's computer: the docker client, a shell and a workspace directory. */
  readonly host: Machine
  readonly homeDir: string
  hostEnv(): Map<string, string>
  /** Plain data: enough to rebuild this engine exactly. */
  snapshot(): { daemon: DaemonState; workspace: LayerFiles }
}

export function createEngine(o: EngineOptions): Engine {
  const random = o.random ?? seededRandom(o.seed ?? 1)
  const ref: { daemon?: Daemon } = {}
  const programs = programRegistry(() => ref.daemon!, o.runtimes)
  const daemon = new Daemon({
    clock: o.clock,
    random,
    registry: catalogRegistry(),
    programs,
    pullBytesPerSecond: o.pullBytesPerSecond,
    state: o.state?.daemon,
  })
  ref.daemon = daemon
  if (o.runtimes?.python) warmPythonOnDemand(daemon, o.runtimes.python)
  const workspace: LayerFiles = o.state?.workspace ?? {}
  const fs = new RootFs([hostBaseLayer(0)], workspace, () => o.clock.now())
  if (!fs.exists(HOST_HOME)) fs.mkdir(HOST_HOME, { recursive: true })
  daemon.hostFs = fs // bind mounts (`-v ./site:/x`) see and change the learner's files
  const host = new Machine('', 'wharf', fs, daemon.network.portFor(''), programs, o.clock, random, (uid) =>
    uid === 0 ? 'root' : 'learner',
  )
  return {
    daemon,
    host,
    homeDir: HOST_HOME,
    hostEnv: () =>
      new Map([
        ['PATH', HOST_PATH],
        ['HOME', HOST_HOME],
        ['USER', 'learner'],
        ['HOSTNAME', 'wharf'],
        ['TERM', 'xterm-256color'],
        ['SHELL', '/bin/bash'],
        ['PWD', HOST_HOME],
      ]),
    snapshot: () => ({ daemon: daemon.state, workspace }),
  }
}

export type { Daemon } from './daemon/daemon'
export type { PanelSnapshot, EngineFacade } from './facade'
export type { Clock, Random } from './kernel/ports'
