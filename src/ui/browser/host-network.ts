import type { Engine } from '../../engine'
import { wharfReady } from '../app/lazy-wharf'
import type { ContainerPorts } from './explain'
import type { HostNetwork } from './loader'

/** What the browser uses of the engine: the host's network and the containers' ports. */
export interface BrowserHost {
  network: HostNetwork
  containers(): ContainerPorts[]
}

export function browserHost(engine: Engine): BrowserHost {
  const d = engine.daemon
  return {
    // as a browser on the host: only published ports (and container addresses) answer
    network: d.network.portFor(''),
    containers: () =>
      Object.values(d.state.containers).map((c) => ({
        name: c.name,
        running: c.state.Running,
        unpublished: Object.keys(c.config.ExposedPorts ?? {}).filter((k) => !c.ports[k]?.length),
        wanted: Object.values(c.hostConfig.PortBindings ?? {}).flatMap((bs) => bs.map((b) => Number(b.HostPort)).filter((n) => n > 0)),
      })),
  }
}

/** The browser host once the engine has loaded (null outside the app). */
export async function loadBrowserHost(): Promise<BrowserHost | null> {
  const w = await wharfReady()
  return w ? browserHost(w.engine) : null
}
