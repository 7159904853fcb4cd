/**
 * What `node /app/missing.js` prints, as Node 22 does (lib/internal/modules/cjs/loader.js
 * rethrows from Module._load). The internal line numbers are those of the Node 22 line.
 */
export function missingMainModule(path: string, version: string): string {
  return `node:internal/modules/cjs/loader:1228
  throw err;
  ^

Error: Cannot find module '${path}'
    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)
    at Module._load (node:internal/modules/cjs/loader:1051:27)
    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12)
    at node:internal/main/run_main_module:28:49 {
  code: 'MODULE_NOT_FOUND',
  requireStack: []
}

Node.js ${version}
`
}
