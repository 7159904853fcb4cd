/**
 * The browser's JavaScript runtime for the engine, loaded on first use: the sandbox code
 * (and the worker bundle's URL) stay out of the page's first chunks until someone runs `node`.
 */
import type { JsSandboxFactory } from '../../engine/programs/node/sandbox-port'

export function lazyBrowserJsSandbox(): JsSandboxFactory {
  let real: Promise<JsSandboxFactory> | null = null
  return {
    async create(init, events) {
      real ??= import('./browser-sandbox').then((m) => m.browserJsSandboxFactory())
      return (await real).create(init, events)
    },
  }
}
