/**
 * The learner's global object should look like Node's, not like the host's: a Worker's global
 * scope has some two hundred enumerable members (postMessage, onmessage, location, …) and the
 * shims this guest installs are plain assignments. Node's own `Object.keys(globalThis)` lists only
 * the globals below, in this order (Node 22 and later: lib/internal/bootstrap/node.js and
 * web/exposed-window-or-worker.js define the rest as non-enumerable).
 */
export const NODE_ENUMERABLE_GLOBALS = [
  'global',
  'clearImmediate',
  'setImmediate',
  'clearInterval',
  'clearTimeout',
  'setInterval',
  'setTimeout',
  'queueMicrotask',
  'structuredClone',
  'atob',
  'btoa',
  'performance',
  'fetch',
  'crypto',
  'navigator',
] as const

/** Hide every other enumerable global and list Node's ones in Node's order. */
export function settleGlobals(g: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  for (const key of Object.keys(g)) {
    const d = Object.getOwnPropertyDescriptor(g, key)
    if (!d?.configurable) continue
    Object.defineProperty(g, key, { ...d, enumerable: false })
  }
  for (const key of NODE_ENUMERABLE_GLOBALS) {
    const d = Object.getOwnPropertyDescriptor(g, key) ?? (key in g ? { value: g[key], writable: true, configurable: true } : undefined)
    if (!d || (Object.prototype.hasOwnProperty.call(g, key) && !d.configurable)) continue
    // re-adding puts the key last, so the loop leaves Node's order
    delete g[key]
    Object.defineProperty(g, key, { ...d, enumerable: true, configurable: true })
  }
}
