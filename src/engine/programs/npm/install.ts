import { resolvePath } from '../../fs/path'
import type { ProgramContext } from '../../process/types'
import { auditTail, isLegacy, notFound, npmError, took } from './messages'
import { readPackageJson, sortedDeps, writePackageJson, type PackageJson } from './package-json'
import { lookupPackage, type CatalogPackage } from './registry'

interface Spec {
  name: string
  range: string
}

/** `express`, `express@5`, `@scope/x@^1.2.0` → name and the range asked for ("" when none). */
function parseSpec(arg: string): Spec {
  const at = arg.indexOf('@', arg.startsWith('@') ? 1 : 0)
  return at < 0 ? { name: arg, range: '' } : { name: arg.slice(0, at), range: arg.slice(at + 1) }
}

/** One installed package: the catalog's code, or a package.json standing in for a dependency. */
function installOne(ctx: ProgramContext, dir: string, id: string, pkg: CatalogPackage | null): void {
  const at = id.lastIndexOf('@')
  const name = id.slice(0, at)
  const version = id.slice(at + 1)
  const root = `${dir}/node_modules/${name}`
  const uid = ctx.uid
  ctx.fs.mkdir(root, { recursive: true })
  const manifest: Record<string, unknown> = { name, version, description: pkg?.description ?? '', license: pkg?.license ?? 'MIT' }
  if (pkg?.main) manifest.main = pkg.main
  if (pkg?.programs) manifest.bin = Object.fromEntries(Object.keys(pkg.programs).map((b) => [b, `bin/${b}.js`]))
  ctx.fs.writeFile(`${root}/package.json`, JSON.stringify(manifest, null, 2) + '\n', { uid, gid: uid })
  for (const [rel, text] of Object.entries(pkg?.files ?? {})) {
    const path = `${root}/${rel}`
    ctx.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true })
    ctx.fs.writeFile(path, text, { uid, gid: uid })
  }
  for (const [bin, program] of Object.entries(pkg?.programs ?? {})) {
    ctx.fs.mkdir(`${root}/bin`, { recursive: true })
    ctx.fs.writeFile(`${root}/bin/${bin}.js`, '', { program, mode: 0o755, uid, gid: uid })
    ctx.fs.mkdir(`${dir}/node_modules/.bin`, { recursive: true })
    if (!ctx.fs.lstat(`${dir}/node_modules/.bin/${bin}`)) ctx.fs.symlink(`../${name}/bin/${bin}.js`, `${dir}/node_modules/.bin/${bin}`)
  }
}

/** Every package a set of top-level packages brings, by name (the first version named wins). */
function tree(tops: CatalogPackage[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const p of tops) {
    out.set(p.name, `${p.name}@${p.version}`)
    for (const d of p.deps ?? []) {
      const name = d.slice(0, d.lastIndexOf('@'))
      if (!out.has(name)) out.set(name, d)
    }
  }
  return out
}

/** The lockfile npm 7+ writes (lockfileVersion 3), with what was installed. */
function lockfile(pkg: PackageJson, installed: Map<string, string>): string {
  const packages: Record<string, unknown> = {
    '': { name: pkg.name, version: pkg.version, license: pkg.license, dependencies: pkg.dependencies, devDependencies: pkg.devDependencies },
  }
  for (const [name, id] of [...installed].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const version = id.slice(id.lastIndexOf('@') + 1)
    packages[`node_modules/${name}`] = { version, resolved: `https://registry.npmjs.org/${name}/-/${name.replace(/^@[^/]+\//, '')}-${version}.tgz`, license: lookupPackage(name)?.license ?? 'MIT' }
  }
  return JSON.stringify({ name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages }, null, 2) + '\n'
}

/**
 * `npm install [pkg…]` from the offline catalog: dependencies of package.json, plus the
 * packages named (saved to dependencies, or devDependencies with -D). Prints npm's summary.
 */
export async function install(ctx: ProgramContext, version: string, args: string[]): Promise<number> {
  const dev = args.some((a) => a === '-D' || a === '--save-dev')
  const omitDev = args.some((a) => a === '--production' || a === '--omit=dev')
  const noSave = args.includes('--no-save')
  const specs = args.filter((a) => !a.startsWith('-')).map(parseSpec)
  const dir = ctx.cwd
  if (args.includes('-g') || args.includes('--global')) {
    npmError(ctx, version, ['code EACCES', 'Wharf: global installs are not available (install into a project with `npm install <name>`)'])
    return 1
  }
  const read = readPackageJson(ctx.fs, dir)
  if (!read.ok && (read.reason === 'invalid' || specs.length === 0)) {
    const path = resolvePath(dir, 'package.json')
    if (read.reason === 'invalid') npmError(ctx, version, ['code EJSONPARSE', `path ${path}`, `JSON.parse Invalid package.json: JSONParseError: ${read.message ?? ''}`])
    else npmError(ctx, version, ['code ENOENT', 'syscall open', `path ${path}`, 'errno -2', `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'`, 'enoent This is related to npm not being able to find a file.', 'enoent'])
    return 254
  }
  const pkg: PackageJson = read.ok ? read.pkg : {}
  const wanted = new Map<string, string>() // name → range
  for (const [n, r] of Object.entries(pkg.dependencies ?? {})) wanted.set(n, r)
  if (!omitDev) for (const [n, r] of Object.entries(pkg.devDependencies ?? {})) wanted.set(n, r)
  for (const s of specs) wanted.set(s.name, s.range)
  const tops: CatalogPackage[] = []
  for (const [name, range] of wanted) {
    const found = lookupPackage(name)
    if (!found) {
      notFound(ctx, version, name, range && !/^[\^~]?\d/.test(range) ? range : isLegacy(version) ? 'latest' : '*')
      return 1
    }
    tops.push(found)
  }
  const all = tree(tops)
  let added = 0
  for (const [name, id] of all) {
    const existing = ctx.fs.stat(`${dir}/node_modules/${name}/package.json`)
    if (!existing) added++
    const own = lookupPackage(name)
    installOne(ctx, dir, id, own && `${own.name}@${own.version}` === id ? own : null)
  }
  if (specs.length && !noSave) {
    const key = dev ? 'devDependencies' : 'dependencies'
    const deps = { ...(pkg[key] ?? {}) }
    for (const s of specs) deps[s.name] = `^${lookupPackage(s.name)!.version}`
    pkg[key] = sortedDeps(deps)
    writePackageJson(ctx.fs, dir, pkg, ctx.uid)
  }
  ctx.fs.writeFile(`${dir}/package-lock.json`, lockfile(pkg, all), { uid: ctx.uid, gid: ctx.uid })
  const ms = all.size ? 400 + all.size * 25 : 180
  await ctx.host.clock.sleep(Math.min(ms, 1500), ctx.signals.terminated)
  const funding = tops.reduce((n, p) => n + (p.funding ?? 0), 0)
  if (isLegacy(version)) {
    let out = ''
    const name = pkg.name ?? 'app'
    if (read.ok) {
      if (!pkg.description) ctx.stderr.write(`npm WARN ${name}@${pkg.version ?? '1.0.0'} No description\n`)
      if (!pkg.repository) ctx.stderr.write(`npm WARN ${name}@${pkg.version ?? '1.0.0'} No repository field.\n`)
      ctx.stderr.write('\n')
    }
    for (const s of specs) out += `+ ${s.name}@${lookupPackage(s.name)!.version}\n`
    out += added ? `added ${added} packages from ${Math.ceil(added * 0.7)} contributors and audited ${all.size} packages in ${(ms / 1000).toFixed(3).replace(/0+$/, '')}s\n` : `up to date in ${(ms / 1000).toFixed(3).replace(/0+$/, '')}s\n`
    if (funding) out += `\n${funding} package${funding === 1 ? ' is' : 's are'} looking for funding\n  run \`npm fund\` for details\n\n`
    ctx.stdout.write(`${out}found 0 vulnerabilities\n\n`)
    return 0
  }
  const audited = `${all.size + 1} package${all.size ? 's' : ''}`
  const head = added ? `added ${added} package${added === 1 ? '' : 's'}, and audited ${audited} in ${took(ms)}` : `up to date, audited ${audited} in ${took(ms)}`
  ctx.stdout.write(`\n${head}\n${auditTail(funding)}`)
  return 0
}

/** `npm uninstall <pkg…>`: out of package.json and node_modules, with the packages they brought. */
export function uninstall(ctx: ProgramContext, version: string, args: string[]): number {
  const names = args.filter((a) => !a.startsWith('-')).map((a) => parseSpec(a).name)
  const read = readPackageJson(ctx.fs, ctx.cwd)
  const pkg: PackageJson = read.ok ? read.pkg : {}
  let removed = 0
  const keep = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].filter((n) => !names.includes(n))
  const kept = tree(keep.map(lookupPackage).filter((p): p is CatalogPackage => !!p))
  for (const name of names) {
    delete pkg.dependencies?.[name]
    delete pkg.devDependencies?.[name]
    const gone = tree([lookupPackage(name)].filter((p): p is CatalogPackage => !!p))
    for (const dep of gone.keys()) {
      if (kept.has(dep) || !ctx.fs.stat(`${ctx.cwd}/node_modules/${dep}`)) continue
      ctx.fs.remove(`${ctx.cwd}/node_modules/${dep}`, { recursive: true })
      removed++
    }
  }
  if (read.ok) writePackageJson(ctx.fs, ctx.cwd, pkg, ctx.uid)
  if (isLegacy(version)) ctx.stdout.write(`removed ${removed} package${removed === 1 ? '' : 's'} in 0.5s\nfound 0 vulnerabilities\n\n`)
  else ctx.stdout.write(`\nremoved ${removed} package${removed === 1 ? '' : 's'}, and audited ${kept.size + 1} package${kept.size ? 's' : ''} in 300ms\n${auditTail(0)}`)
  return 0
}
