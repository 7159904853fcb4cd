/**
 * Modules Node has but this sandbox cannot offer (no processes to spawn, no sockets). Requiring
 * them works as in Node; calling them throws an ENOSYS error that says why.
 */
export function unsupportedModule(name: string, functions: string[]) {
  const mod: Record<string, unknown> = {}
  for (const fn of functions) {
    mod[fn] = () => {
      const e = new Error(`ENOSYS: function not implemented, ${name}.${fn} (the Wharf JavaScript sandbox cannot start processes or open sockets)`)
      throw Object.assign(e, { errno: -38, code: 'ENOSYS', syscall: `${name}.${fn}` })
    }
  }
  return mod
}

export const CHILD_PROCESS_FUNCTIONS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']
export const NET_MODULES: Record<string, string[]> = {
  https: ['createServer', 'request', 'get'],
  net: ['createServer', 'connect', 'createConnection'],
  dgram: ['createSocket'],
  worker_threads: ['Worker'],
  cluster: ['fork'],
}
