import { ALPINE, alpineHistory } from './alpine'
import { BUILDPACK_DEPS, buildpackDepsHistory, DEBIAN_SLIM, debianHistory } from './bases'
import { layer, meta, step, type LayerBuilder } from './files'
import type { CatalogImage, CatalogLayer, HistoryEntry } from './types'

/**
 * python as of library commit `3088387141` (2025-12-16): latest = 3 = 3.14 on trixie. Layers above
 * the base: runtime deps, the CPython build, the `python`/`pip` symlinks.
 */
type Variant = 'full' | 'slim' | 'alpine'
const PY_PATH = 'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

interface PythonBuild {
  version: string
  sha256: string
  gpgKey?: string
  lang: boolean
  created: string
  variants: Partial<Record<Variant, { tags: string[]; deps: [number, number]; build: [number, number]; total: number }>>
}

const BUILDS: PythonBuild[] = [
  {
    version: '3.14.2', sha256: 'ce543ab854bc256b61b71e9b27f831ffd1bfd60a479d639f8be7f9757cf573e9', lang: false, created: '2025-12-09T03:39:18Z',
    variants: {
      full: { tags: ['latest', '3', '3.14', '3.14.2', 'trixie', '3-trixie', '3.14-trixie', '3.14.2-trixie'], deps: [6_089_514, 19_634_205], build: [29_741_003, 83_155_912], total: 1_115_541_882 },
      slim: { tags: ['slim', '3-slim', '3.14-slim', '3.14.2-slim', 'slim-trixie', '3.14-slim-trixie'], deps: [1_292_341, 3_932_480], build: [12_601_845, 36_912_338], total: 119_463_749 },
      alpine: { tags: ['alpine', '3-alpine', '3.14-alpine', '3.14.2-alpine', 'alpine3.23', '3.14-alpine3.23'], deps: [459_321, 1_512_960], build: [12_983_602, 37_843_207], total: 47_799_070 },
    },
  },
  {
    version: '3.13.11', sha256: '16ede7bb7cdbfa895d11b0642fa0e523f291e6487194d53cf6d3b338c3a17ea2', gpgKey: '7169605F62C751356D054A26A821E680E5FA6305', lang: false, created: '2025-12-09T03:47:02Z',
    variants: { full: { tags: ['3.13', '3.13.11', '3.13-trixie', '3.13.11-trixie'], deps: [6_089_514, 19_634_205], build: [26_910_774, 77_302_655], total: 1_109_688_625 } },
  },
  {
    version: '3.12.12', sha256: 'fb85a13414b028c49ba18bbd523c2d055a30b56b18b92ce454ea2c51edc656c4', gpgKey: '7169605F62C751356D054A26A821E680E5FA6305', lang: true, created: '2025-12-09T03:52:40Z',
    variants: { full: { tags: ['3.12', '3.12.12', '3.12-trixie', '3.12.12-trixie'], deps: [6_089_514, 19_634_205], build: [25_816_402, 75_016_977], total: 1_107_402_947 } },
  },
  {
    version: '3.11.14', sha256: '8d3ed8ec5c88c1c95f5e558612a725450d2452813ddad5e58fdb1a53b1209b78', gpgKey: 'A035C8C19219BA821ECEA86B64E628F8D684696D', lang: true, created: '2025-12-09T03:58:11Z',
    variants: { full: { tags: ['3.11', '3.11.14', '3.11-trixie', '3.11.14-trixie'], deps: [6_089_514, 19_634_205], build: [24_310_558, 71_893_116], total: 1_104_279_086 } },
  },
]

const DEPS_RUN: Record<Variant, string> = {
  full: 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \tapt-get dist-clean # buildkit',
  slim: 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tnetbase \t\ttzdata \t; \tapt-get dist-clean # buildkit',
  alpine: 'RUN /bin/sh -c set -eux; \tapk add --no-cache \t\tca-certificates \t\ttzdata \t; # buildkit',
}
const BUILD_RUN: Record<Variant, string> = {
  full: 'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibzstd-dev \t; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \techo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; \tmkdir -p /usr/src/python; \ttar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \trm python.tar.xz; \t\tcd /usr/src/python; \tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \t./configure \t\t--build="$gnuArch" \t\t--enable-loadable-sqlite-extensions \t\t--enable-optimizations \t\t--enable-option-checking=fatal \t\t--enable-shared \t\t--with-lto \t\t--with-ensurepip \t; \tmake -j "$(nproc)"; \tmake install; \t\tcd /; \trm -rf /usr/src/python; \t\tldconfig; \t\tapt-get dist-clean; \t\texport PYTHONDONTWRITEBYTECODE=1; \tpython3 --version; \tpip3 --version # buildkit',
  slim: 'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tdpkg-dev \t\tgcc \t\tgnupg \t\tlibbluetooth-dev \t\tlibbz2-dev \t\tlibc6-dev \t\tlibdb-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tliblzma-dev \t\tlibncursesw5-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibzstd-dev \t\tmake \t\ttk-dev \t\tuuid-dev \t\twget \t\txz-utils \t\tzlib1g-dev \t; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \techo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; \t./configure --enable-optimizations --enable-shared --with-lto --with-ensurepip; \tmake install; \tapt-mark auto \'.*\' > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \tapt-get dist-clean; \t\texport PYTHONDONTWRITEBYTECODE=1; \tpython3 --version; \tpip3 --version # buildkit',
  alpine: 'RUN /bin/sh -c set -eux; \t\tapk add --no-cache --virtual .build-deps \t\tbluez-dev \t\tbzip2-dev \t\tdpkg-dev dpkg \t\tgcc \t\tgdbm-dev \t\tlibc-dev \t\tlibffi-dev \t\tlibnsl-dev \t\tlibtirpc-dev \t\tlinux-headers \t\tmake \t\tncurses-dev \t\topenssl-dev \t\tpax-utils \t\treadline-dev \t\tsqlite-dev \t\ttcl-dev \t\ttk \t\ttk-dev \t\tutil-linux-dev \t\txz-dev \t\tzlib-dev \t\tzstd-dev \t; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \techo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; \t./configure --enable-optimizations --enable-shared --with-lto --with-ensurepip; \tmake install; \tapk del --no-network .build-deps; \t\texport PYTHONDONTWRITEBYTECODE=1; \tpython3 --version; \tpip3 --version # buildkit',
}
const LINKS_RUN =
  'RUN /bin/sh -c set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone # buildkit'

function fillPython(b: LayerBuilder, version: string): void {
  const minor = version.split('.').slice(0, 2).join('.')
  b.exe(`/usr/local/bin/python${minor}`, 'python3', 17_432)
  b.link('/usr/local/bin/python3', `python${minor}`)
  b.exe(`/usr/local/bin/pip${minor}`, 'pip', 237).exe('/usr/local/bin/pip3', 'pip', 237)
  b.file('/usr/local/bin/pydoc3', `#!/usr/local/bin/python${minor}\nimport pydoc\nif __name__ == '__main__':\n    pydoc.cli()\n`, 0o755)
  b.link('/usr/local/bin/idle3', `idle${minor}`)
  b.blob(`/usr/local/lib/libpython${minor}.so.1.0`, 31_622_968)
  b.dirs(`/usr/local/lib/python${minor}/site-packages`, `/usr/local/include/python${minor}`)
  b.file(`/usr/local/lib/python${minor}/os.py`, '# (the standard library is elided here)\n')
}

function pythonImage(p: PythonBuild, v: Variant): CatalogImage {
  const d = p.variants[v]!
  const t = p.created
  const key = `python-${p.version}-${v === 'full' ? 'trixie' : v === 'slim' ? 'slim-trixie' : 'alpine3.23'}`
  const base: CatalogLayer[] = v === 'full' ? BUILDPACK_DEPS.trixie : v === 'slim' ? [DEBIAN_SLIM.trixie] : [ALPINE['3.23']]
  const baseHistory: HistoryEntry[] = v === 'full' ? buildpackDepsHistory('trixie') : v === 'slim' ? debianHistory('trixie') : alpineHistory('3.23')
  const env = [PY_PATH, ...(p.lang ? ['LANG=C.UTF-8'] : []), ...(p.gpgKey ? [`GPG_KEY=${p.gpgKey}`] : []), `PYTHON_VERSION=${p.version}`, `PYTHON_SHA256=${p.sha256}`]
  const [head, ...rest] = env
  const own = [
    layer(`${key}-deps`, t, { compressed: d.deps[0], size: d.deps[1] }, (b) => b.dirs('/usr/share/zoneinfo', '/etc/ssl/certs')),
    layer(`${key}-build`, t, { compressed: d.build[0], size: d.build[1] }, (b) => fillPython(b, p.version)),
    layer(`${key}-links`, t, { compressed: 250, size: 0 }, (b) => {
      for (const n of ['idle', 'pip', 'pydoc', 'python']) b.link(`/usr/local/bin/${n}`, `${n}3`)
      b.link('/usr/local/bin/python-config', 'python3-config')
    }),
  ]
  return {
    repository: 'library/python',
    tags: d.tags,
    created: t,
    architecture: 'amd64',
    os: 'linux',
    config: { Env: env, Cmd: ['python3'], ...(v === 'alpine' ? { WorkingDir: '/' } : {}) },
    layers: [...base, ...own],
    history: [
      ...baseHistory,
      meta(t, `ENV ${head}`),
      ...(p.lang ? [meta(t, 'ENV LANG=C.UTF-8')] : []),
      step(t, DEPS_RUN[v]),
      ...rest.filter((e) => !e.startsWith('LANG=')).map((e) => meta(t, `ENV ${e}`)),
      step(t, BUILD_RUN[v]),
      step(t, LINKS_RUN),
      meta(t, 'CMD ["python3"]'),
    ],
    size: d.total,
  }
}

export const PYTHON_IMAGES: CatalogImage[] = BUILDS.flatMap((p) => (Object.keys(p.variants) as Variant[]).map((v) => pythonImage(p, v)))
