import type { MessageKey, MessageParams } from '../../i18n'

/** What the browser needs to know about a container to explain a refused connection. */
export interface ContainerPorts {
  name: string
  running: boolean
  /** Exposed ports ("80/tcp") with no host binding. */
  unpublished: string[]
  /** Host ports asked for with -p (HostConfig.PortBindings), even while stopped. */
  wanted: number[]
}

export interface Explanation {
  key: MessageKey
  params: MessageParams
}

/**
 * Why nothing answered on localhost:PORT, in the learner's terms: the container that publishes
 * it is stopped; a running container only EXPOSEs a port (no -p); or nothing at all is there.
 */
export function explainRefused(port: number, containers: ContainerPorts[]): Explanation {
  const stopped = containers.find((c) => !c.running && c.wanted.includes(port))
  if (stopped) return { key: 'browser.why.stopped', params: { name: stopped.name, port } }
  const running = containers.filter((c) => c.running)
  const unpublished = (c: ContainerPorts) => c.unpublished.filter((p) => p.endsWith('/tcp'))
  const exact = running.find((c) => unpublished(c).includes(`${port}/tcp`))
  const any = exact ?? running.find((c) => unpublished(c).length > 0)
  if (any) {
    const exposed = exact ? `${port}/tcp` : unpublished(any)[0]!
    return { key: 'browser.why.exposed', params: { name: any.name, exposed, port, containerPort: exposed.split('/')[0]! } }
  }
  return { key: 'browser.why.nothing', params: { port } }
}
