/**
 * The guest's entry inside a Node `vm` context (the headless host): the host puts
 * `__wharfHost` on the context's global before running this bundle.
 */
import { startGuest, type GuestHost } from './runtime'

const g = globalThis as unknown as { __wharfHost?: GuestHost }
const host = g.__wharfHost!
delete g.__wharfHost
startGuest(host)
