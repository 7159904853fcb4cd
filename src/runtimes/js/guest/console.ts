import { format, formatWithOptions, inspect } from 'node-inspect-extracted'
import { renderTable } from './console-table'

type Write = (text: string) => void

/** Node's console (lib/internal/console/constructor.js) over the sandbox's stdout and stderr. */
export function makeConsole(out: Write, err: Write, now: () => number) {
  let indent = ''
  const counts = new Map<string, number>()
  const timers = new Map<string, number>()
  const emit = (write: Write, text: string): void => {
    write(indent ? text.replace(/^/gm, indent) + '\n' : text + '\n')
  }
  const console = {
    log: (...args: unknown[]) => emit(out, format(...args)),
    info: (...args: unknown[]) => emit(out, format(...args)),
    debug: (...args: unknown[]) => emit(out, format(...args)),
    error: (...args: unknown[]) => emit(err, format(...args)),
    warn: (...args: unknown[]) => emit(err, format(...args)),
    dir: (obj: unknown, options?: object) => emit(out, inspect(obj, { customInspect: false, ...options })),
    dirxml: (...args: unknown[]) => emit(out, format(...args)),
    table: (data: unknown, properties?: string[]) => emit(out, renderTable(data, properties) ?? format(data)),
    trace: (...args: unknown[]) => {
      const e = { name: 'Trace', message: format(...args) } as Error
      ;(Error as unknown as { captureStackTrace?: (o: object) => void }).captureStackTrace?.(e)
      emit(err, e.stack ?? `Trace: ${e.message}`)
    },
    assert: (ok: unknown, ...args: unknown[]) => {
      if (!ok) emit(err, args.length ? `Assertion failed: ${format(...args)}` : 'Assertion failed')
    },
    count: (label = 'default') => {
      const n = (counts.get(label) ?? 0) + 1
      counts.set(label, n)
      emit(out, `${label}: ${n}`)
    },
    countReset: (label = 'default') => void counts.delete(label),
    group: (...args: unknown[]) => {
      if (args.length) emit(out, format(...args))
      indent += '  '
    },
    groupEnd: () => void (indent = indent.slice(2)),
    time: (label = 'default') => void timers.set(label, now()),
    timeLog: (label = 'default', ...args: unknown[]) => {
      const t = timers.get(label)
      if (t === undefined) return emit(err, `Warning: No such label '${label}' for console.timeLog()`)
      emit(out, `${label}: ${elapsed(now() - t)}${args.length ? ' ' + formatWithOptions({}, ...args) : ''}`)
    },
    timeEnd: (label = 'default') => {
      const t = timers.get(label)
      if (t === undefined) return emit(err, `Warning: No such label '${label}' for console.timeEnd()`)
      timers.delete(label)
      emit(out, `${label}: ${elapsed(now() - t)}`)
    },
    clear: () => {},
  }
  return Object.assign(console, { groupCollapsed: console.group })
}

/** Node prints durations as `1.234ms`, `1.234s` above a second. */
function elapsed(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(3)}ms`
}
