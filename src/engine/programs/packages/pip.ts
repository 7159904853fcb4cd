import type { Program, ProgramContext } from '../../process/types'
import { pipSize } from './format'
import { readText, unpack, type PkgFile } from './fs-writer'
import { normalise, PIP_INDEX, type Wheel } from './pip-catalog'

const PIP_VERSION = '25.3'
const ROOT_WARNING =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n"

/** pip's resolver installs leaves first; this is the order it reports for requests' dependencies. */
const INSTALL_RANK: Record<string, number> = { urllib3: 0, idna: 1, 'charset-normalizer': 2, certifi: 3 }

function pythonMinor(ctx: ProgramContext): string {
  const v = ctx.env.get('PYTHON_VERSION')
  if (v) return v.split('.').slice(0, 2).join('.')
  const dir = '/usr/local/lib'
  const found = ctx.fs.isDir(dir) ? ctx.fs.readdir(dir).find((n) => /^python3\.\d+$/.test(n)) : undefined
  return found ? found.slice(6) : '3.14'
}

const sitePackages = (ctx: ProgramContext) => `/usr/local/lib/python${pythonMinor(ctx)}/site-packages`

/** Installed distributions, from the *.dist-info directories (pip itself is always there). */
function installed(ctx: ProgramContext): Map<string, { dist: string; version: string }> {
  const out = new Map<string, { dist: string; version: string }>([['pip', { dist: 'pip', version: PIP_VERSION }]])
  const site = sitePackages(ctx)
  if (!ctx.fs.isDir(site)) return out
  for (const n of ctx.fs.readdir(site)) {
    if (!n.endsWith('.dist-info')) continue
    const meta = readText(ctx.fs, `${site}/${n}/METADATA`) ?? ''
    const name = /^Name: (.+)$/m.exec(meta)?.[1]
    const version = /^Version: (.+)$/m.exec(meta)?.[1]
    if (name && version) out.set(normalise(name), { dist: name, version })
  }
  return out
}

function wheelFiles(site: string, w: Wheel): PkgFile[] {
  const info = `${site}/${w.dist}-${w.version}.dist-info`
  const files: PkgFile[] = Object.entries(w.modules).map(([rel, data]) => ({ path: `${site}/${rel}`, kind: 'file', data }))
  const requires = w.requires.map(([n, spec]) => `Requires-Dist: ${n}${spec}`)
  const metadata = ['Metadata-Version: 2.4', `Name: ${w.dist}`, `Version: ${w.version}`, `Summary: ${w.summary}`, ...requires].join('\n') + '\n'
  const record = [...Object.keys(w.modules), `${w.dist}-${w.version}.dist-info/METADATA`].map((r) => `${r},,`).join('\n') + '\n'
  files.push({ path: `${info}/METADATA`, kind: 'file', data: metadata }, { path: `${info}/INSTALLER`, kind: 'file', data: 'pip\n' })
  files.push({ path: `${info}/WHEEL`, kind: 'file', data: 'Wheel-Version: 1.0\nGenerator: setuptools\nRoot-Is-Purelib: true\nTag: py3-none-any\n' }, { path: `${info}/RECORD`, kind: 'file', data: record })
  return files
}

function parseRequirement(spec: string): { name: string; version?: string; raw: string } {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(?:==\s*([^,;\s]+))?/.exec(spec.trim())
  return { name: normalise(m?.[1] ?? spec), version: m?.[2], raw: spec.trim() }
}

async function install(ctx: ProgramContext, specs: string[], quiet: boolean, warnRoot: boolean): Promise<number> {
  const out = (t: string) => void (!quiet && ctx.stdout.write(t))
  const have = installed(ctx)
  const site = sitePackages(ctx)
  const reqs = specs.map(parseRequirement)
  for (const r of reqs) {
    const w = PIP_INDEX.get(r.name)
    if (!w || (r.version && r.version !== w.version)) {
      ctx.stderr.write(`ERROR: Could not find a version that satisfies the requirement ${r.raw} (from versions: ${w ? w.version : 'none'})\n`)
      ctx.stderr.write(`ERROR: No matching distribution found for ${r.raw}\n`)
      return 1
    }
  }
  const collected: Wheel[] = []
  const seen = new Set<string>()
  const collect = (name: string, label: string, from?: string) => {
    if (seen.has(name)) return
    seen.add(name)
    const w = PIP_INDEX.get(name)!
    const present = have.get(name)
    if (present) {
      out(`Requirement already satisfied: ${label} in ${site} ${from ? `(from ${from}) ` : ''}(${present.version})\n`)
      return
    }
    out(`Collecting ${label}${from ? ` (from ${from})` : ''}\n  Downloading ${w.wheel}.metadata (${pipSize(w.metadata)})\n`)
    collected.push(w)
  }
  for (const r of reqs) collect(r.name, r.raw)
  for (let i = 0; i < collected.length; i++) for (const [n, spec] of collected[i]!.requires) collect(normalise(n), `${n}${spec}`, collected[i]!.dist)
  for (const w of reqs.map((r) => PIP_INDEX.get(r.name)!)) for (const [n, spec] of w.requires) if (!seen.has(normalise(n))) collect(normalise(n), `${n}${spec}`, w.dist)
  if (!collected.length) return 0
  for (const w of collected) out(`Downloading ${w.wheel} (${pipSize(w.size)})\n`)
  const ok = await ctx.host.clock.sleep(200 + collected.reduce((a, w) => a + w.size, 0) / 5_000, ctx.signals.terminated)
  if (!ok) return 130
  const order = [...collected].sort((a, b) => (INSTALL_RANK[a.name] ?? 10 + collected.indexOf(a)) - (INSTALL_RANK[b.name] ?? 10 + collected.indexOf(b)))
  out(`Installing collected packages: ${order.map((w) => w.dist).join(', ')}\n`)
  for (const w of order) unpack(ctx.fs, wheelFiles(site, w))
  const names = order.map((w) => `${w.dist}-${w.version}`).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
  out(`Successfully installed ${names.join(' ')}\n`)
  if (warnRoot && ctx.uid === 0) ctx.stderr.write(ROOT_WARNING)
  return 0
}

function list(ctx: ProgramContext, freeze: boolean): number {
  const rows = [...installed(ctx).values()].sort((a, b) => (a.dist.toLowerCase() < b.dist.toLowerCase() ? -1 : 1))
  if (freeze) {
    for (const r of rows) if (r.dist !== 'pip') ctx.stdout.write(`${r.dist}==${r.version}\n`)
    return 0
  }
  const nw = Math.max(7, ...rows.map((r) => r.dist.length))
  const vw = Math.max(7, ...rows.map((r) => r.version.length))
  ctx.stdout.write(`${'Package'.padEnd(nw)} Version\n${'-'.repeat(nw)} ${'-'.repeat(vw)}\n`)
  for (const r of rows) ctx.stdout.write(`${r.dist.padEnd(nw)} ${r.version}\n`)
  return 0
}

/** pip / pip3 in the python images: install, list, freeze, show, --version. */
export const pip: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const [cmd, ...rest] = args
  if (cmd === '--version' || cmd === '-V') {
    const minor = pythonMinor(ctx)
    ctx.stdout.write(`pip ${PIP_VERSION} from /usr/local/lib/python${minor}/site-packages/pip (python ${minor})\n`)
    return 0
  }
  if (cmd === 'install') {
    const specs: string[] = []
    let quiet = false
    let warnRoot = true
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i]!
      if (a === '-r' || a === '--requirement') {
        const file = rest[++i] ?? ''
        const text = readText(ctx.fs, file.startsWith('/') ? file : `${ctx.cwd}/${file}`)
        if (text === null) {
          ctx.stderr.write(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`)
          return 1
        }
        specs.push(...text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean))
      } else if (a === '-q' || a === '--quiet') quiet = true
      else if (a.startsWith('--root-user-action')) warnRoot = !/ignore/.test(a + (a.includes('=') ? '' : (rest[++i] ?? '')))
      else if (!a.startsWith('-')) specs.push(a)
    }
    if (!specs.length) {
      ctx.stderr.write('ERROR: You must give at least one requirement to install (see "pip help install")\n')
      return 1
    }
    return install(ctx, specs, quiet, warnRoot)
  }
  if (cmd === 'list') return list(ctx, false)
  if (cmd === 'freeze') return list(ctx, true)
  if (cmd === 'show') {
    const have = installed(ctx)
    const found = rest.map((n) => ({ n, r: have.get(normalise(n)) })).filter((x) => x.r)
    if (!found.length) {
      ctx.stderr.write(`WARNING: Package(s) not found: ${rest.join(', ')}\n`)
      return 1
    }
    for (const { r } of found) ctx.stdout.write(`Name: ${r!.dist}\nVersion: ${r!.version}\nLocation: ${sitePackages(ctx)}\n`)
    return 0
  }
  ctx.stdout.write('\nUsage:   \n  pip <command> [options]\n\nCommands:\n  install                     Install packages.\n  list                        List installed packages.\n  show                        Show information about installed packages.\n  freeze                      Output installed packages in requirements format.\n')
  return cmd === undefined ? 0 : 1
}
