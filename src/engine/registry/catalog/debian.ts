import { DEBIAN, DEBIAN_CONFIG, DEBIAN_SLIM, DEBIAN_SNAPSHOT, debianHistory, type Suite } from './bases'
import type { CatalogImage } from './types'

/** debian as of library commit `11670f6c41` (2025-12-08). There is no plain `slim` tag. */
function debianImage(suite: Suite, slim: boolean, tags: string[]): CatalogImage {
  const l = slim ? DEBIAN_SLIM[suite] : DEBIAN[suite]
  return {
    repository: 'library/debian',
    tags,
    created: DEBIAN_SNAPSHOT,
    architecture: 'amd64',
    os: 'linux',
    config: DEBIAN_CONFIG,
    layers: [l],
    history: debianHistory(suite),
    size: l.size,
  }
}

export const DEBIAN_IMAGES: CatalogImage[] = [
  debianImage('trixie', false, ['latest', 'trixie', 'trixie-20251208', '13', '13.2']),
  debianImage('trixie', true, ['trixie-slim', 'trixie-20251208-slim', '13-slim', '13.2-slim']),
  debianImage('bookworm', false, ['bookworm', 'bookworm-20251208', '12', '12.12']),
  debianImage('bookworm', true, ['bookworm-slim', 'bookworm-20251208-slim', '12-slim', '12.12-slim']),
]
