import { errorText, type DockerError } from '../kernel/errors'
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
