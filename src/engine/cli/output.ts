import { errorText, type DockerError, type Result } from '../kernel/errors'
import type { ContainerRecord } from '../daemon/state'
import type { CliContext, ParsedFlags } from './types'
import { renderFormat } from './format/render'

export const flagStr = (f: ParsedFlags, name: string): string => (f.values[name] as string | undefined) ?? ''
export const flagBool = (f: ParsedFlags, name: string): boolean => f.values[name] === true
export const flagList = (f: ParsedFlags, name: string): string[] => (f.values[name] as string[] | undefined) ?? []
export const flagInt = (f: ParsedFlags, name: string, dflt = 0): number => {
  const v = f.values[name]
  return typeof v === 'number' ? v : dflt
}

/** Prints an error as the docker CLI does (daemon errors behind "Error response from daemon: "). */
export function printError(cli: CliContext, e: DockerError): number {
  cli.stderr.write(errorText(e) + '\n')
  return e.exitCode
}

/**
 * A formatted listing (`ps`, `images`, …): `json` prints one JSON object per line, anything
 * else goes through docker/cli's formatter (table headers, tabwriter, templates).
 */
export function printListing<T>(
  cli: CliContext,
  format: string,
  items: T[],
  headers: Record<string, string>,
  toJson: (item: T) => Record<string, unknown>,
): number {
  if (format.trim() === 'json') {
    for (const it of items) cli.stdout.write(JSON.stringify(toJson(it)) + '\n')
    return 0
  }
  const r = renderFormat(format, items as object[], { headers })
  if (!r.ok) {
    cli.stderr.write(r.error.message + '\n')
    return 1
  }
  cli.stdout.write(r.value)
  return 0
}

/** `--filter key=value` pairs; docker accepts `key=value` only. */
export function parseFilters(raw: string[]): { ok: true; filters: Map<string, string[]> } | { ok: false; message: string } {
  const filters = new Map<string, string[]>()
  for (const f of raw) {
    const i = f.indexOf('=')
    if (i <= 0) return { ok: false, message: `invalid argument "${f}" for "-f, --filter" flag: bad format of filter (expected name=value)` }
    const k = f.slice(0, i).trim().toLowerCase()
    const list = filters.get(k) ?? []
    list.push(f.slice(i + 1))
    filters.set(k, list)
  }
  return { ok: true, filters }
}

/**
 * The shape of docker/cli's multi-container commands (stop, kill, pause, …): each argument is
 * looked up and acted on in turn, printed as given on success; errors are printed as they come
 * and the command exits 1 if any failed.
 */
export async function forEachContainer(
  cli: CliContext,
  names: string[],
  act: (c: ContainerRecord, asGiven: string) => Result<void> | Promise<Result<void>>,
): Promise<number> {
  let status = 0
  for (const name of names) {
    const found = cli.daemon.findContainer(name)
    const r = found.ok ? await act(found.value, name) : found
    if (r.ok) cli.stdout.write(`${name}\n`)
    else {
      cli.stderr.write(errorText(r.error) + '\n')
      status = 1
    }
  }
  return status
}

/** `-t/--timeout`, or the deprecated `--time`, for stop and restart. */
export function stopTimeout(f: ParsedFlags): number | undefined {
  if (f.changed.has('timeout')) return f.values['timeout'] as number
  if (f.changed.has('time')) return f.values['time'] as number
  return undefined
}
