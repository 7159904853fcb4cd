import { layer, meta, step, DEFAULT_PATH } from './files'
import { fillAlpine } from './rootfs-alpine'
import type { CatalogImage, CatalogLayer, HistoryEntry } from './types'

/** alpine:3.2x as of alpine `3159434b3c` (2025-12-17): one ADD of the minirootfs, CMD /bin/sh. */
interface AlpineRelease {
  version: string
  created: string
  compressed: number
  size: number
  busybox: number
  tags: string[]
}

const RELEASES: Record<string, AlpineRelease> = {
  '3.23': { version: '3.23.2', created: '2025-12-17T19:25:34Z', compressed: 3_861_744, size: 8_442_903, busybox: 808_712, tags: ['latest', '3', '3.23', '3.23.2'] },
  '3.22': { version: '3.22.2', created: '2025-10-08T19:03:41Z', compressed: 3_802_359, size: 8_313_722, busybox: 808_712, tags: ['3.22', '3.22.2'] },
  '3.21': { version: '3.21.5', created: '2025-10-08T19:03:22Z', compressed: 3_644_191, size: 7_833_052, busybox: 808_712, tags: ['3.21', '3.21.5'] },
  '3.20': { version: '3.20.8', created: '2025-10-08T19:03:05Z', compressed: 3_626_410, size: 7_803_213, busybox: 804_616, tags: ['3.20', '3.20.8'] },
}

export type AlpineMinor = '3.23' | '3.22' | '3.21' | '3.20'

function alpineLayer(r: AlpineRelease): CatalogLayer {
  return layer(`alpine-minirootfs-${r.version}`, r.created, r, (b) => fillAlpine(b, { version: r.version, busyboxSize: r.busybox }))
}

/** The minirootfs layers, shared with every *-alpine image built on that release. */
export const ALPINE: Record<AlpineMinor, CatalogLayer> = {
  '3.23': alpineLayer(RELEASES['3.23']!),
  '3.22': alpineLayer(RELEASES['3.22']!),
  '3.21': alpineLayer(RELEASES['3.21']!),
  '3.20': alpineLayer(RELEASES['3.20']!),
}

export function alpineVersion(minor: AlpineMinor): string {
  return RELEASES[minor]!.version
}

/** History rows of alpine:<minor>, which every alpine-based image inherits. */
export function alpineHistory(minor: AlpineMinor): HistoryEntry[] {
  const r = RELEASES[minor]!
  return [step(r.created, `ADD alpine-minirootfs-${r.version}-x86_64.tar.gz / # buildkit`), meta(r.created, 'CMD ["/bin/sh"]')]
}

function alpineImage(minor: AlpineMinor): CatalogImage {
  const r = RELEASES[minor]!
  return {
    repository: 'library/alpine',
    tags: r.tags,
    created: r.created,
    architecture: 'amd64',
    os: 'linux',
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/sh'], WorkingDir: '/' },
    layers: [ALPINE[minor]],
    history: alpineHistory(minor),
    size: r.size,
  }
}

export const ALPINE_IMAGES: CatalogImage[] = (['3.23', '3.22', '3.21', '3.20'] as const).map(alpineImage)
