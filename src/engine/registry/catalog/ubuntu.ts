import { layer, lines, meta, step, DEFAULT_PATH } from './files'
import { DEBIAN_GROUP, DEBIAN_PASSWD, fillDebianLike } from './rootfs-debian'
import type { CatalogImage } from './types'

/**
 * ubuntu as of library commit `003346e251` (2025-12-15): single-layer launchpad builds
 * (oci-import, so history rows carry the legacy `#(nop)` text and no comment). 20.04 had left
 * the library by then; it is kept for the tutorials that still use it.
 */
interface UbuntuRelease {
  version: string
  codename: string
  serial: string
  created: string
  addFile: string
  compressed: number
  size: number
  osRelease: string
  debianVersion: string
  bash: number
  dash: number
  mergedUsr: boolean
  ubuntuUser: boolean
  tags: string[]
}

const COMMON_URLS = [
  'HOME_URL="https://www.ubuntu.com/"',
  'SUPPORT_URL="https://help.ubuntu.com/"',
  'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
  'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"',
]

const RELEASES: UbuntuRelease[] = [
  {
    version: '24.04', codename: 'noble', serial: '20251013', created: '2025-10-13T09:31:12.512343611Z',
    addFile: '0532855047099e1153d339f33431cb2bb104fc14ce3cff3be1813a38b0cc75e1',
    compressed: 29_723_147, size: 78_127_642, debianVersion: 'trixie/sid\n', bash: 1_446_024, dash: 129_784,
    mergedUsr: true, ubuntuUser: true, tags: ['latest', '24.04', 'noble', 'noble-20251013'],
    osRelease: lines('PRETTY_NAME="Ubuntu 24.04.3 LTS"', 'NAME="Ubuntu"', 'VERSION_ID="24.04"', 'VERSION="24.04.3 LTS (Noble Numbat)"', 'VERSION_CODENAME=noble', 'ID=ubuntu', 'ID_LIKE=debian', ...COMMON_URLS, 'UBUNTU_CODENAME=noble', 'LOGO=ubuntu-logo'),
  },
  {
    version: '22.04', codename: 'jammy', serial: '20251013', created: '2025-10-13T09:29:24.108517622Z',
    addFile: '8683486ea16461b923fb02aea16462ab42810b0a15621a7d198a896ba383e4ad',
    compressed: 29_536_918, size: 77_865_219, debianVersion: 'bookworm/sid\n', bash: 1_396_520, dash: 125_688,
    mergedUsr: true, ubuntuUser: false, tags: ['22.04', 'jammy', 'jammy-20251013'],
    osRelease: lines('PRETTY_NAME="Ubuntu 22.04.5 LTS"', 'NAME="Ubuntu"', 'VERSION_ID="22.04"', 'VERSION="22.04.5 LTS (Jammy Jellyfish)"', 'VERSION_CODENAME=jammy', 'ID=ubuntu', 'ID_LIKE=debian', ...COMMON_URLS, 'UBUNTU_CODENAME=jammy'),
  },
  {
    version: '20.04', codename: 'focal', serial: '20250404', created: '2025-04-08T10:51:03.487329843Z',
    addFile: 'd1003d83d98d7903133eeaef8067e14a25536bd67b6f233900ebeea91c944aca',
    compressed: 27_514_370, size: 72_812_760, debianVersion: 'bullseye/sid\n', bash: 1_183_448, dash: 129_816,
    mergedUsr: false, ubuntuUser: false, tags: ['20.04', 'focal', 'focal-20250404'],
    osRelease: lines('NAME="Ubuntu"', 'VERSION="20.04.6 LTS (Focal Fossa)"', 'ID=ubuntu', 'ID_LIKE=debian', 'PRETTY_NAME="Ubuntu 20.04.6 LTS"', 'VERSION_ID="20.04"', ...COMMON_URLS, 'VERSION_CODENAME=focal', 'UBUNTU_CODENAME=focal'),
  },
]

const GNATS = 'gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin\n'

function ubuntuImage(r: UbuntuRelease): CatalogImage {
  const passwd = r.ubuntuUser
    ? DEBIAN_PASSWD + 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n'
    : DEBIAN_PASSWD.replace('_apt:', GNATS + '_apt:')
  const group = r.ubuntuUser ? DEBIAN_GROUP + 'ubuntu:x:1000:\n' : DEBIAN_GROUP
  const rootfs = layer(`ubuntu-${r.codename}-${r.serial}`, r.created, r, (b) => {
    fillDebianLike(b, {
      osRelease: r.osRelease, debianVersion: r.debianVersion, passwd, group,
      bashSize: r.bash, dashSize: r.dash, mergedUsr: r.mergedUsr, issue: `Ubuntu ${r.version} LTS \\n \\l\n\n`,
    })
    if (r.ubuntuUser) b.dir('/home/ubuntu', 0o750, 1000, 1000)
  })
  const nop = (t: string) => meta(r.created, `/bin/sh -c #(nop)  ${t}`, '')
  return {
    repository: 'library/ubuntu',
    tags: r.tags,
    created: r.created,
    architecture: 'amd64',
    os: 'linux',
    config: {
      Env: [DEFAULT_PATH],
      Cmd: ['/bin/bash'],
      Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': r.version },
    },
    layers: [rootfs],
    history: [
      nop('ARG RELEASE'),
      nop('ARG LAUNCHPAD_BUILD_ARCH'),
      nop('LABEL org.opencontainers.image.ref.name=ubuntu'),
      nop(`LABEL org.opencontainers.image.version=${r.version}`),
      step(r.created, `/bin/sh -c #(nop) ADD file:${r.addFile} in / `, ''),
      nop('CMD ["/bin/bash"]'),
    ],
    size: r.size,
  }
}

export const UBUNTU_IMAGES: CatalogImage[] = RELEASES.map(ubuntuImage)
