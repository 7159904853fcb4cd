import { format, formatWithOptions, inspect, stripVTControlCharacters } from 'node-inspect-extracted'

/** Node's `util`: inspect and format are Node's own code (node-inspect-extracted). */
export function makeUtil() {
  const types = {
    isPromise: (x: unknown) => x instanceof Promise,
    isRegExp: (x: unknown) => x instanceof RegExp,
    isDate: (x: unknown) => x instanceof Date,
    isMap: (x: unknown) => x instanceof Map,
    isSet: (x: unknown) => x instanceof Set,
    isNativeError: (x: unknown) => x instanceof Error,
  }
  return {
    inspect,
    format,
    formatWithOptions,
    stripVTControlCharacters,
    types,
    isDeepStrictEqual: (a: unknown, b: unknown) => inspect(a, { depth: Infinity, sorted: true }) === inspect(b, { depth: Infinity, sorted: true }),
    promisify:
      (fn: (...a: unknown[]) => void) =>
      (...args: unknown[]) =>
        new Promise((resolve, reject) => fn(...args, (err: unknown, value: unknown) => (err ? reject(err) : resolve(value)))),
    inherits(ctor: { prototype: object }, superCtor: { prototype: object }) {
      Object.setPrototypeOf(ctor.prototype, superCtor.prototype)
      Object.setPrototypeOf(ctor, superCtor)
    },
    deprecate: <T>(fn: T) => fn,
    isArray: Array.isArray,
    TextEncoder,
    TextDecoder,
  }
}
