import type { ProgramContext } from '../../process/types'
import { isLegacy, npmError } from './messages'
import { pkgId, readPackageJson } from './package-json'

/** PATH as npm gives a script: every node_modules/.bin from the package up to /, then the rest. */
function scriptPath(dir: string, path: string): string {
  const bins: string[] = []
  for (let d = dir; ; d = d.slice(0, d.lastIndexOf('/')) || '/') {
    bins.push(`${d === '/' ? '' : d}/node_modules/.bin`)
    if (d === '/') break
  }
  return [...bins, path].join(':')
}

/** Quote an extra argument the way npm appends `npm run x -- args` to the script. */
const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)

/**
 * `npm start`, `npm test`, `npm run <name>`: the script runs through `sh -c` in the package's
 * directory, after npm's `> name@version event` / `> command` header (npm 6 adds the path).
 */
export async function runScript(ctx: ProgramContext, version: string, event: string, extra: string[]): Promise<number> {
  const dir = ctx.cwd
  const read = readPackageJson(ctx.fs, dir)
  if (!read.ok) {
    const path = `${dir === '/' ? '' : dir}/package.json`
    npmError(ctx, version, ['code ENOENT', 'syscall open', `path ${path}`, 'errno -2', `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'`, 'enoent This is related to npm not being able to find a file.', 'enoent'])
    return 254
  }
  const pkg = read.pkg
  let script = pkg.scripts?.[event]
  // npm start without a start script runs server.js when there is one (npm-run-script docs)
  if (script === undefined && event === 'start' && ctx.fs.stat(`${dir}/server.js`)?.type === 'file') script = 'node server.js'
  if (script === undefined) {
    if (isLegacy(version)) npmError(ctx, version, [`missing script: ${event}`])
    else npmError(ctx, version, [`Missing script: "${event}"`, '', 'To see a list of scripts, run:', '  npm run'])
    return 1
  }
  const command = extra.length ? `${script} ${extra.map(quote).join(' ')}` : script
  const id = pkgId(pkg)
  ctx.stdout.write(isLegacy(version) ? `\n> ${id} ${event} ${dir}\n> ${command}\n\n` : `\n> ${id ? `${id} ` : ''}${event}\n> ${command}\n\n`)
  const env = new Map(ctx.env)
  env.set('PATH', scriptPath(dir, ctx.env.get('PATH') ?? '/usr/local/bin:/usr/bin:/bin'))
  env.set('npm_lifecycle_event', event)
  env.set('npm_lifecycle_script', script)
  if (pkg.name) env.set('npm_package_name', pkg.name)
  if (pkg.version) env.set('npm_package_version', pkg.version)
  env.set('npm_node_execpath', '/usr/local/bin/node')
  env.set('INIT_CWD', dir)
  env.set('npm_config_user_agent', `npm/${version} node/v${ctx.env.get('NODE_VERSION') ?? ''} linux x64`)
  const status = await ctx.host.spawn({ argv: ['sh', '-c', command], env, cwd: dir })
  if (status !== 0 && !ctx.signals.terminated.cancelled) {
    if (isLegacy(version)) {
      npmError(ctx, version, ['code ELIFECYCLE', `errno ${status}`, `${id} ${event}: \`${command}\``, `Exit status ${status}`, '', `Failed at the ${id} ${event} script.`, 'This is probably not a problem with npm. There is likely additional logging output above.'])
    } else {
      npmError(ctx, version, [`code ${status}`, `path ${dir}`, 'command failed', `command sh -c ${command}`])
    }
  }
  return status
}

/** `npm run` alone: the package's scripts, lifecycle ones first (npm 7+ layout). */
export function listScripts(ctx: ProgramContext): number {
  const read = readPackageJson(ctx.fs, ctx.cwd)
  if (!read.ok) return 1
  const scripts = read.pkg.scripts ?? {}
  const lifecycle = ['prestart', 'start', 'poststart', 'test', 'pretest', 'posttest', 'restart', 'stop', 'install', 'prepare']
  const life = Object.keys(scripts).filter((s) => lifecycle.includes(s))
  const other = Object.keys(scripts).filter((s) => !lifecycle.includes(s))
  const id = pkgId(read.pkg)
  let out = ''
  if (life.length) out += `Lifecycle scripts included in ${id}:\n` + life.map((s) => `  ${s}\n    ${scripts[s]}\n`).join('')
  if (other.length) out += `available via \`npm run-script\`:\n` + other.map((s) => `  ${s}\n    ${scripts[s]}\n`).join('')
  ctx.stdout.write(out)
  return 0
}
