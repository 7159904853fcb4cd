import type { Program } from '../../process/types'
import { detectDistro } from './apt-sources'
import { installedPackages, type StatusEntry } from './dpkg-db'
import { readText } from './fs-writer'

const HEADER =
  'Desired=Unknown/Install/Remove/Purge/Hold\n' +
  '| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n' +
  '|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n'

/** `dpkg -l`: dpkg sizes the columns to their contents when stdout is not a terminal. */
function list(entries: StatusEntry[], columns: number): string {
  const name = (e: StatusEntry) => (e.qualified ? `${e.name}:amd64` : e.name)
  const nw = Math.max(14, ...entries.map((e) => name(e).length))
  const vw = Math.max(12, ...entries.map((e) => e.version.length))
  const aw = 12
  const dw = Math.max(20, columns - (4 + nw + 1 + vw + 1 + aw + 1))
  let out = HEADER
  out += `||/ ${'Name'.padEnd(nw)} ${'Version'.padEnd(vw)} ${'Architecture'.padEnd(aw)} Description\n`
  out += `+++-${'='.repeat(nw)}-${'='.repeat(vw)}-${'='.repeat(aw)}-${'='.repeat(dw)}\n`
  for (const e of entries) out += `ii  ${name(e).padEnd(nw)} ${e.version.padEnd(vw)} ${e.arch.padEnd(aw)} ${e.description.slice(0, dw)}\n`
  return out
}

/** Shell-style pattern of `dpkg -l 'lib*'`. */
function matches(pattern: string, name: string): boolean {
  const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$')
  return re.test(name)
}

/** dpkg: -l, -L, -s, --print-architecture and --version over /var/lib/dpkg. */
export const dpkg: Program = async (ctx) => {
  const d = detectDistro(ctx.fs)
  const fam = d?.fam ?? 'trixie'
  const [op, ...args] = ctx.argv.slice(1)
  const all = installedPackages(ctx.fs, fam)
  switch (op) {
    case '-l':
    case '--list': {
      const shown = args.length ? all.filter((e) => args.some((a) => matches(a, e.name))) : all
      if (!shown.length) {
        ctx.stderr.write(`dpkg-query: no packages found matching ${args.join(' ')}\n`)
        return 1
      }
      ctx.stdout.write(list(shown, ctx.tty ? ctx.host.columns : 80))
      return 0
    }
    case '-L':
    case '--listfiles':
    case '-s':
    case '--status': {
      let status = 0
      for (const a of args) {
        const e = all.find((x) => x.name === a)
        if (!e) {
          ctx.stderr.write(`dpkg-query: package '${a}' is not installed${op === '-L' || op === '--listfiles' ? '' : ' and no information is available'}\n`)
          if (op === '-s' || op === '--status') ctx.stderr.write('Use dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n')
          status = 1
          continue
        }
        if (op === '-L' || op === '--listfiles') {
          const text = readText(ctx.fs, `/var/lib/dpkg/info/${a}${e.qualified ? ':amd64' : ''}.list`)
          ctx.stdout.write(text ?? '/.\n')
        } else {
          ctx.stdout.write(`Package: ${e.name}\nStatus: install ok installed\nArchitecture: ${e.arch}\nVersion: ${e.version}\nDescription: ${e.description}\n`)
        }
      }
      return status
    }
    case '--print-architecture':
      ctx.stdout.write('amd64\n')
      return 0
    case '--version':
      ctx.stdout.write(`Debian 'dpkg' package management program version ${all.find((e) => e.name === 'dpkg')?.version ?? '1.22.21'} (amd64).\nThis is free software; see the GNU General Public License version 2 or\nlater for copying conditions. There is NO warranty.\n`)
      return 0
    case undefined:
      ctx.stderr.write("dpkg: error: need an action option\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n")
      return 2
    default:
      ctx.stderr.write(`dpkg: error: unknown option ${op}\n\nType dpkg --help for help about installing and deinstalling packages [*];\n`)
      return 2
  }
}
