import { layer, lines, meta, step, DEFAULT_PATH } from './files'
import type { CatalogLayer, HistoryEntry, OciImageConfig } from './types'
import { DEBIAN_GROUP, DEBIAN_PASSWD, fillBuildTools, fillCurlTools, fillDebianLike, fillScmTools } from './rootfs-debian'

/**
 * Layers shared by many images: the debuerreotype Debian root filesystems (debian, and the
 * bases of node, python, nginx and httpd) and the three buildpack-deps steps under the full
 * node and python variants. Every image refers to these very objects, so their keys match.
 */

export type Suite = 'bookworm' | 'trixie'

/** debian:<suite> snapshot of 2025-12-08 (debian `11670f6c41`). */
export const DEBIAN_SNAPSHOT = '2025-12-08T00:00:00Z'
const SNAPSHOT_EPOCH = 1765152000

const OS_RELEASE: Record<Suite, string> = {
  bookworm: lines(
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
    'NAME="Debian GNU/Linux"',
    'VERSION_ID="12"',
    'VERSION="12 (bookworm)"',
    'VERSION_CODENAME=bookworm',
    'ID=debian',
    'HOME_URL="https://www.debian.org/"',
    'SUPPORT_URL="https://www.debian.org/support"',
    'BUG_REPORT_URL="https://bugs.debian.org/"',
  ),
  trixie: lines(
    'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"',
    'NAME="Debian GNU/Linux"',
    'VERSION_ID="13"',
    'VERSION="13 (trixie)"',
    'VERSION_CODENAME=trixie',
    'DEBIAN_VERSION_FULL=13.2',
    'ID=debian',
    'HOME_URL="https://www.debian.org/"',
    'SUPPORT_URL="https://www.debian.org/support"',
    'BUG_REPORT_URL="https://bugs.debian.org/"',
  ),
}
const POINT_RELEASE: Record<Suite, string> = { bookworm: '12.12', trixie: '13.2' }
const SHELL_SIZES: Record<Suite, { bash: number; dash: number }> = {
  bookworm: { bash: 1_265_648, dash: 125_640 },
  trixie: { bash: 1_298_416, dash: 129_736 },
}

function debianLayer(suite: Suite, slim: boolean, compressed: number, size: number): CatalogLayer {
  const key = `debian-${suite}${slim ? '-slim' : ''}-20251208`
  return layer(key, DEBIAN_SNAPSHOT, { compressed, size }, (b) =>
    fillDebianLike(b, {
      osRelease: OS_RELEASE[suite],
      debianVersion: `${POINT_RELEASE[suite]}\n`,
      passwd: DEBIAN_PASSWD,
      group: DEBIAN_GROUP,
      bashSize: SHELL_SIZES[suite].bash,
      dashSize: SHELL_SIZES[suite].dash,
      mergedUsr: true,
      slim,
    }),
  )
}

export const DEBIAN: Record<Suite, CatalogLayer> = {
  bookworm: debianLayer('bookworm', false, 48_497_403, 116_957_433),
  trixie: debianLayer('trixie', false, 49_284_407, 120_283_561),
}
export const DEBIAN_SLIM: Record<Suite, CatalogLayer> = {
  bookworm: debianLayer('bookworm', true, 28_231_580, 74_812_817),
  trixie: debianLayer('trixie', true, 29_771_882, 78_618_931),
}

/** The one history row of an oci-imported debuerreotype image (slim uses the same text). */
export function debianHistory(suite: Suite): HistoryEntry[] {
  return [step(DEBIAN_SNAPSHOT, `# debian.sh --arch 'amd64' out/ '${suite}' '@${SNAPSHOT_EPOCH}'`, 'debuerreotype 0.16')]
}

export const DEBIAN_CONFIG: OciImageConfig = { Env: [DEFAULT_PATH], Entrypoint: [], Cmd: ['bash'] }

// buildpack-deps: bookworm steps end in `rm -rf /var/lib/apt/lists/*`, trixie ones in `apt-get dist-clean`.
const CLEAN: Record<Suite, string> = { bookworm: 'rm -rf /var/lib/apt/lists/*', trixie: 'apt-get dist-clean' }
const BPD_TIMES: Record<Suite, [string, string, string]> = {
  bookworm: ['2025-12-09T01:43:17Z', '2025-12-09T02:29:39Z', '2025-12-09T03:17:57Z'],
  trixie: ['2025-12-09T00:50:59Z', '2025-12-09T01:38:30Z', '2025-12-09T02:19:04Z'],
}
const BPD_PACKAGES =
  'autoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibdb-dev \t\tlibevent-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tlibglib2.0-dev \t\tlibgmp-dev \t\tlibjpeg-dev \t\tlibkrb5-dev \t\tliblzma-dev \t\tlibmagickcore-dev \t\tlibmagickwand-dev \t\tlibmaxminddb-dev \t\tlibncurses5-dev \t\tlibncursesw5-dev \t\tlibpng-dev \t\tlibpq-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibtool \t\tlibwebp-dev \t\tlibxml2-dev \t\tlibxslt-dev \t\tlibyaml-dev \t\tmake \t\tpatch \t\tunzip \t\txz-utils \t\tzlib1g-dev'

function bpdCommands(suite: Suite): [string, string, string] {
  const c = CLEAN[suite]
  return [
    `RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \t${c} # buildkit`,
    `RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \t${c} # buildkit`,
    `RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\t${BPD_PACKAGES} \t; \t${c} # buildkit`,
  ]
}

const BPD_SIZES: Record<Suite, [number, number][]> = {
  bookworm: [[24_012_847, 63_214_580], [64_392_553, 199_417_326], [211_580_164, 568_735_092]],
  trixie: [[25_588_236, 67_900_419], [67_803_102, 206_115_748], [236_291_874, 618_452_037]],
}
const GCC: Record<Suite, string> = { bookworm: '12', trixie: '14' }

function bpdLayers(suite: Suite): CatalogLayer[] {
  const [t, s] = [BPD_TIMES[suite], BPD_SIZES[suite]]
  const sz = (i: number) => ({ compressed: s[i]![0], size: s[i]![1] })
  return [
    layer(`buildpack-deps-${suite}-curl-20251209`, t[0], sz(0), fillCurlTools),
    layer(`buildpack-deps-${suite}-scm-20251209`, t[1], sz(1), fillScmTools),
    layer(`buildpack-deps-${suite}-20251209`, t[2], sz(2), (b) => fillBuildTools(b, GCC[suite])),
  ]
}

/** debian:<suite> + buildpack-deps curl, scm and full: the four layers under node:<v> and python:<v>. */
export const BUILDPACK_DEPS: Record<Suite, CatalogLayer[]> = {
  bookworm: [DEBIAN.bookworm, ...bpdLayers('bookworm')],
  trixie: [DEBIAN.trixie, ...bpdLayers('trixie')],
}

export function buildpackDepsHistory(suite: Suite): HistoryEntry[] {
  const t = BPD_TIMES[suite]
  const c = bpdCommands(suite)
  return [...debianHistory(suite), step(t[0], c[0]), step(t[1], c[1]), step(t[2], c[2])]
}

/** BuildKit's history row for an inherited `CMD`-less base is not repeated; this is the ENV row helper. */
export const envRow = (created: string, kv: string): HistoryEntry => meta(created, `ENV ${kv}`)

/** BuildKit's empty layer (a WORKDIR whose directory already exists): one blob shared everywhere. */
export const EMPTY_LAYER: CatalogLayer = layer('empty-layer', '2017-03-07T15:01:14Z', { compressed: 32, size: 0 }, () => {})
