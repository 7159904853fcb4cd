import { layer, meta, step, DEFAULT_PATH } from './files'
import type { CatalogImage } from './types'

/** hello-world (`FROM scratch`, `COPY hello /`, `CMD ["/hello"]`): one 10,072-byte static binary. */
const CREATED = '2025-08-08T19:05:17Z'

const hello = layer('hello-world-20250808', CREATED, { compressed: 3_208, size: 10_072 }, (b) => {
  b.exe('/hello', 'hello', 10_072)
})

export const HELLO_WORLD_IMAGES: CatalogImage[] = [
  {
    repository: 'library/hello-world',
    tags: ['latest', 'linux'],
    created: CREATED,
    architecture: 'amd64',
    os: 'linux',
    config: { Env: [DEFAULT_PATH], Cmd: ['/hello'], WorkingDir: '/' },
    layers: [hello],
    history: [step(CREATED, 'COPY hello / # buildkit'), meta(CREATED, 'CMD ["/hello"]')],
    size: 10_072,
  },
]
