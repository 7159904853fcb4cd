import { ALPINE, alpineHistory, type AlpineMinor } from './alpine'
import { BUILDPACK_DEPS, buildpackDepsHistory, DEBIAN_SLIM, debianHistory } from './bases'
import { layer, meta, step, DEFAULT_PATH } from './files'
import * as H from './node-history'
import { fillNode, fillNodeUser, fillYarn, NODE_ENTRYPOINT, type NodeRelease } from './node-files'
import { ALPINE_GROUP, ALPINE_PASSWD } from './rootfs-alpine'
import { DEBIAN_GROUP, DEBIAN_PASSWD } from './rootfs-debian'
import type { CatalogImage, CatalogLayer, HistoryEntry } from './types'

/**
 * node as of library commit `41af9ca1b4` (2025-12-11): latest/current = 25, lts = 24 "krypton",
 * all on bookworm (full = buildpack-deps, slim = bookworm-slim) or alpine. 18 and 20 had reached
 * end of life; they are kept because tutorials still pull them.
 */
type Variant = 'full' | 'slim' | 'alpine'
type Sizes = [compressed: number, size: number]

interface NodeBuild extends NodeRelease {
  created: Record<Variant, string>
  alpine: AlpineMinor
  /** The node install layer per variant. */
  layer: Record<Variant, Sizes>
  /** Expected `docker images` SIZE per variant (sum of the layers). */
  total: Record<Variant, number>
  tags: Record<Variant, string[]>
}

const USER_LAYER: Sizes = [3_312, 4_512]
const YARN_LAYER: Sizes = [1_257_906, 5_342_118]
const ENTRYPOINT_LAYER: Sizes = [448, NODE_ENTRYPOINT.length]

const BUILDS: NodeBuild[] = [
  {
    version: '25.2.1', npm: '11.6.2', binary: 123_731_544, corepack: false, alpine: '3.23',
    created: { full: '2025-12-10T20:26:26Z', slim: '2025-12-10T20:19:41Z', alpine: '2025-12-10T20:12:08Z' },
    layer: { full: [61_203_772, 195_213_804], slim: [62_008_410, 199_903_115], alpine: [51_832_117, 152_611_203] },
    total: { full: 1_148_885_285, slim: 280_062_982, alpine: 166_396_644 },
    tags: {
      full: ['latest', 'current', '25', '25.2', '25.2.1', 'bookworm', 'current-bookworm', '25-bookworm', '25.2.1-bookworm'],
      slim: ['slim', 'current-slim', '25-slim', '25.2-slim', '25.2.1-slim', 'bookworm-slim', '25-bookworm-slim'],
      alpine: ['alpine', 'current-alpine', '25-alpine', '25.2-alpine', '25.2.1-alpine', 'alpine3.23', '25-alpine3.23'],
    },
  },
  {
    version: '24.12.0', npm: '11.6.2', binary: 121_370_136, corepack: true, alpine: '3.23',
    created: { full: '2025-12-10T20:31:52Z', slim: '2025-12-10T20:24:17Z', alpine: '2025-12-10T20:15:39Z' },
    layer: { full: [59_088_514, 187_642_951], slim: [59_893_152, 192_332_262], alpine: [49_613_020, 145_305_877] },
    total: { full: 1_141_314_432, slim: 272_492_129, alpine: 159_091_318 },
    tags: {
      full: ['lts', '24', '24.12', '24.12.0', 'krypton', 'lts-krypton', 'lts-bookworm', '24-bookworm', '24.12.0-bookworm'],
      slim: ['lts-slim', '24-slim', '24.12-slim', '24.12.0-slim', 'krypton-slim', '24-bookworm-slim'],
      alpine: ['lts-alpine', '24-alpine', '24.12-alpine', '24.12.0-alpine', 'krypton-alpine', '24-alpine3.23'],
    },
  },
  {
    version: '22.21.1', npm: '10.9.4', binary: 117_062_664, corepack: true, alpine: '3.23',
    created: { full: '2025-12-10T20:33:07Z', slim: '2025-12-10T20:27:55Z', alpine: '2025-12-10T20:17:21Z' },
    layer: { full: [57_342_108, 181_410_667], slim: [58_146_746, 186_099_978], alpine: [47_750_961, 139_004_512] },
    total: { full: 1_135_082_148, slim: 266_259_845, alpine: 152_789_953 },
    tags: {
      full: ['22', '22.21', '22.21.1', 'jod', 'lts-jod', '22-bookworm', '22.21.1-bookworm'],
      slim: ['22-slim', '22.21-slim', '22.21.1-slim', 'jod-slim', '22-bookworm-slim'],
      alpine: ['22-alpine', '22.21-alpine', '22.21.1-alpine', 'jod-alpine', '22-alpine3.23'],
    },
  },
  {
    version: '20.19.6', npm: '10.8.2', binary: 98_312_200, corepack: true, alpine: '3.23',
    created: { full: '2025-12-10T20:36:44Z', slim: '2025-12-10T20:30:02Z', alpine: '2025-12-10T20:18:49Z' },
    layer: { full: [50_210_446, 170_118_345], slim: [51_015_084, 174_807_656], alpine: [42_116_387, 113_912_640] },
    total: { full: 1_123_789_826, slim: 254_967_523, alpine: 127_698_081 },
    tags: {
      full: ['20', '20.19', '20.19.6', 'iron', 'lts-iron', '20-bookworm', '20.19.6-bookworm'],
      slim: ['20-slim', '20.19-slim', '20.19.6-slim', 'iron-slim', '20-bookworm-slim'],
      alpine: ['20-alpine', '20.19-alpine', '20.19.6-alpine', 'iron-alpine', '20-alpine3.23'],
    },
  },
  {
    version: '18.20.8', npm: '10.8.2', binary: 96_153_352, corepack: true, alpine: '3.21',
    created: { full: '2025-12-10T20:39:15Z', slim: '2025-12-10T20:33:30Z', alpine: '2025-12-10T20:20:12Z' },
    layer: { full: [47_931_220, 162_773_019], slim: [48_735_858, 167_462_330], alpine: [40_117_822, 110_254_771] },
    total: { full: 1_116_444_500, slim: 247_622_197, alpine: 123_430_361 },
    tags: {
      full: ['18', '18.20', '18.20.8', 'hydrogen', 'lts-hydrogen', '18-bookworm', '18.20.8-bookworm'],
      slim: ['18-slim', '18.20-slim', '18.20.8-slim', 'hydrogen-slim', '18-bookworm-slim'],
      alpine: ['18-alpine', '18.20-alpine', '18.20.8-alpine', 'hydrogen-alpine', '18-alpine3.21'],
    },
  },
]

const sz = ([compressed, size]: Sizes) => ({ compressed, size })

function nodeImage(n: NodeBuild, v: Variant): CatalogImage {
  const t = n.created[v]
  const key = `node-${n.version}-${v === 'full' ? 'bookworm' : v === 'slim' ? 'bookworm-slim' : `alpine${n.alpine}`}`
  const musl = v === 'alpine'
  let base: CatalogLayer[]
  let baseHistory: HistoryEntry[]
  const own: CatalogLayer[] = []
  const rows: HistoryEntry[] = []
  if (v === 'alpine') {
    base = [ALPINE[n.alpine]]
    baseHistory = alpineHistory(n.alpine)
    rows.push(meta(t, `ENV NODE_VERSION=${n.version}`), step(t, H.NODE_INSTALL_ALPINE))
    own.push(
      layer(`${key}-node`, t, sz(n.layer[v]), (b) => {
        fillNodeUser(b, ALPINE_PASSWD, ALPINE_GROUP, '/bin/sh')
        fillNode(b, n, musl)
      }),
    )
  } else {
    base = v === 'full' ? BUILDPACK_DEPS.bookworm : [DEBIAN_SLIM.bookworm]
    baseHistory = v === 'full' ? buildpackDepsHistory('bookworm') : debianHistory('bookworm')
    rows.push(step(t, H.NODE_USER_DEBIAN), meta(t, `ENV NODE_VERSION=${n.version}`))
    rows.push(step(t, v === 'full' ? H.NODE_INSTALL_FULL : H.NODE_INSTALL_SLIM))
    own.push(
      layer(`${key}-user`, t, sz(USER_LAYER), (b) => fillNodeUser(b, DEBIAN_PASSWD, DEBIAN_GROUP, '/bin/bash')),
      layer(`${key}-node`, t, sz(n.layer[v]), (b) => fillNode(b, n, musl)),
    )
  }
  rows.push(meta(t, 'ENV YARN_VERSION=1.22.22'), step(t, musl ? H.YARN_INSTALL_ALPINE : H.YARN_INSTALL_DEBIAN))
  rows.push(step(t, H.COPY_NODE_ENTRYPOINT), meta(t, 'ENTRYPOINT ["docker-entrypoint.sh"]'), meta(t, 'CMD ["node"]'))
  own.push(
    layer(`${key}-yarn`, t, sz(YARN_LAYER), fillYarn),
    layer(`${key}-entrypoint`, t, sz(ENTRYPOINT_LAYER), (b) => b.file('/usr/local/bin/docker-entrypoint.sh', NODE_ENTRYPOINT, 0o755)),
  )
  return {
    repository: 'library/node',
    tags: n.tags[v],
    created: t,
    architecture: 'amd64',
    os: 'linux',
    config: {
      Env: [DEFAULT_PATH, `NODE_VERSION=${n.version}`, 'YARN_VERSION=1.22.22'],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['node'],
      ...(musl ? { WorkingDir: '/' } : {}),
    },
    layers: [...base, ...own],
    history: [...baseHistory, ...rows],
    size: n.total[v],
  }
}

export const NODE_IMAGES: CatalogImage[] = BUILDS.flatMap((n) => (['full', 'slim', 'alpine'] as const).map((v) => nodeImage(n, v)))
