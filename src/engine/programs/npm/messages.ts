import { utcFields } from '../../kernel/time'
import type { ProgramContext } from '../../process/types'

/** The npm line an image ships (from /usr/local/lib/node_modules/npm/package.json). */
export function npmVersion(ctx: ProgramContext): string {
  try {
    const pkg = JSON.parse(ctx.fs.readFile('/usr/local/lib/node_modules/npm/package.json')) as { version?: string }
    return pkg.version ?? '10.9.4'
  } catch {
    return '10.9.4'
  }
}

/** npm 6 (Node 14 images) prints `npm ERR!`, npm 7 and later `npm error` (npm 9+) — the two looks. */
export const isLegacy = (version: string) => Number(version.split('.')[0]) < 7

/** The debug-log path npm names at the end of an error, stamped with the engine's clock. */
function logPath(ctx: ProgramContext): string {
  const home = ctx.env.get('HOME') ?? '/root'
  const t = utcFields(ctx.host.clock.now())
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  const stamp = `${t.year}-${p(t.month)}-${p(t.day)}T${p(t.hour)}_${p(t.minute)}_${p(t.second)}_${p(t.ms, 3)}Z`
  return `${home}/.npm/_logs/${stamp}-debug-0.log`
}

/** Write an error block, each line prefixed as this npm does, and the log-file line. */
export function npmError(ctx: ProgramContext, version: string, lines: string[]): void {
  if (isLegacy(version)) {
    const text = lines.map((l) => `npm ERR! ${l}`.trimEnd() + (l === '404' ? ' ' : '')).join('\n')
    ctx.stderr.write(`${text}\n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     ${logPath(ctx).replace('-debug-0', '-debug')}\n`)
    return
  }
  ctx.stderr.write(lines.map((l) => `npm error ${l}`.trimEnd() + '\n').join('') + `npm error A complete log of this run can be found in: ${logPath(ctx)}\n`)
}

/** `npm install nosuchpackage` (npm 10/11: lib/utils/error-message.js, E404). */
export function notFound(ctx: ProgramContext, version: string, name: string, spec: string): void {
  const lines = isLegacy(version)
    ? ['code E404', `404 Not Found - GET https://registry.npmjs.org/${name} - Not found`, '404', `404  '${name}@${spec}' is not in the npm registry.`, '404 You should bug the author to publish it (or use the name yourself!)', '404', '404 Note that you can also install from a', '404 tarball, folder, http url, or git url.']
    : ['code E404', `404 Not Found - GET https://registry.npmjs.org/${name} - Not found`, '404', `404  '${name}@${spec}' is not in this registry.`, '404', '404 Note that you can also install from a', '404 tarball, folder, http url, or git url.']
  npmError(ctx, version, lines)
}

/** "in 2s" / "in 512ms" as npm's timing summary reads. */
export function took(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${Math.round(ms / 1000)}s`
}

/** The funding and audit tail of npm 7+'s install summary. */
export function auditTail(funding: number): string {
  const fund = funding ? `\n${funding} package${funding === 1 ? ' is' : 's are'} looking for funding\n  run \`npm fund\` for details\n` : ''
  return `${fund}\nfound 0 vulnerabilities\n`
}
