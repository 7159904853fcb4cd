import type { ProgramContext } from '../../process/types'
import { pkgId, readPackageJson, writePackageJson, type PackageJson } from './package-json'

/** `npm init -y`: package.json with npm 10's defaults, printed after "Wrote to …:". */
export function init(ctx: ProgramContext, version: string): number {
  const dir = ctx.cwd
  const base = dir.slice(dir.lastIndexOf('/') + 1) || 'root'
  const name = base.toLowerCase().replace(/[^a-z0-9._~-]+/g, '-').replace(/^[._]+/, '')
  const legacy = Number(version.split('.')[0]) < 10
  const pkg: PackageJson = legacy
    ? { name, version: '1.0.0', description: '', main: 'index.js', scripts: { test: 'echo "Error: no test specified" && exit 1' }, keywords: [], author: '', license: 'ISC' }
    : { name, version: '1.0.0', main: 'index.js', scripts: { test: 'echo "Error: no test specified" && exit 1' }, keywords: [], author: '', license: 'ISC', description: '' }
  writePackageJson(ctx.fs, dir, pkg, ctx.uid)
  ctx.stdout.write(`Wrote to ${dir === '/' ? '' : dir}/package.json:\n\n${JSON.stringify(pkg, null, 2)}\n\n\n`)
  return 0
}

/** `npm ls`: the top-level dependencies that are installed, in npm's tree drawing. */
export function ls(ctx: ProgramContext): number {
  const dir = ctx.cwd
  const read = readPackageJson(ctx.fs, dir)
  const pkg = read.ok ? read.pkg : {}
  const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].sort()
  const head = `${pkgId(pkg) || ''}${pkgId(pkg) ? ' ' : ''}${dir}\n`
  if (!names.length) {
    ctx.stdout.write(`${head}└── (empty)\n\n`)
    return 0
  }
  let missing = false
  const rows = names.map((n, i) => {
    const branch = i === names.length - 1 ? '└──' : '├──'
    try {
      const v = (JSON.parse(ctx.fs.readFile(`${dir}/node_modules/${n}/package.json`)) as { version?: string }).version
      return `${branch} ${n}@${v}\n`
    } catch {
      missing = true
      return `${branch} UNMET DEPENDENCY ${n}@${(pkg.dependencies ?? pkg.devDependencies ?? {})[n] ?? ''}\n`
    }
  })
  ctx.stdout.write(head + rows.join('') + '\n')
  return missing ? 1 : 0
}
