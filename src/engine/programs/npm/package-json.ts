import type { RootFs } from '../../fs/rootfs'

export interface PackageJson {
  name?: string
  version?: string
  main?: string
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  [key: string]: unknown
}

export type Read = { ok: true; pkg: PackageJson } | { ok: false; reason: 'missing' | 'invalid'; message?: string }

export function readPackageJson(fs: RootFs, dir: string): Read {
  const path = `${dir === '/' ? '' : dir}/package.json`
  if (fs.stat(path)?.type !== 'file') return { ok: false, reason: 'missing' }
  try {
    const pkg = JSON.parse(fs.readFile(path)) as unknown
    if (!pkg || typeof pkg !== 'object' || Array.isArray(pkg)) return { ok: false, reason: 'invalid', message: 'not an object' }
    return { ok: true, pkg: pkg as PackageJson }
  } catch (e) {
    return { ok: false, reason: 'invalid', message: e instanceof Error ? e.message : String(e) }
  }
}

/** npm writes package.json with two-space indentation and a final newline. */
export function writePackageJson(fs: RootFs, dir: string, pkg: PackageJson, uid: number): void {
  fs.writeFile(`${dir === '/' ? '' : dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n', { uid, gid: uid })
}

/** `name@version` as npm shows a package ("" parts left out). */
export function pkgId(pkg: PackageJson): string {
  return pkg.name ? `${pkg.name}${pkg.version ? `@${pkg.version}` : ''}` : ''
}

/** Dependencies sorted by name, as npm keeps them. */
export function sortedDeps(deps: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
