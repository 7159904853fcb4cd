import { fillAlpine } from './rootfs-alpine'
import { layer, lines, meta, step, DEFAULT_PATH } from './files'
import * as H from './node-history'
import { fillNode, fillNodeUser, fillYarn, NODE_ENTRYPOINT } from './node-files'
import { ALPINE_GROUP, ALPINE_PASSWD } from './rootfs-alpine'
import type { CatalogImage } from './types'

/**
 * devwikirepo/envnodecolorapp, the community image of the Korean Docker tutorials: a tiny Node.js
 * server on port 3000 whose page is painted in `$COLOR` (red unless overridden). Its source was never
 * published, so the app below is our own; the config matches the image's public `docker inspect`.
 */
const BASE_CREATED = '2023-04-12T18:15:41Z'
const CREATED = '2024-01-01T06:21:55.733841921Z'

export const COLOR_APP_JS = lines(
  "const http = require('http')",
  '',
  "const color = process.env.COLOR || 'red'",
  'const port = 3000',
  '',
  'const page = `<!DOCTYPE html>',
  '<html>',
  '<head><meta charset="utf-8"><title>Env Node Color App</title></head>',
  '<body style="background-color: ${color}; color: white; font-family: sans-serif; text-align: center;">',
  '<h1>Hello from the ${color} app!</h1>',
  '<p>This page takes its colour from the COLOR environment variable.</p>',
  '</body>',
  '</html>',
  '`',
  '',
  'http',
  '  .createServer((req, res) => {',
  "    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })",
  '    res.end(page)',
  '  })',
  '  .listen(port, () => {',
  '    console.log(`Server is running on port ${port} with color ${color}`)',
  '  })',
)

export const COLOR_APP_PACKAGE = `{
  "name": "envnodecolorapp",
  "version": "1.0.0",
  "description": "Serves a page in the colour named by $COLOR",
  "main": "app.js",
  "scripts": {
    "start": "node app.js"
  },
  "license": "ISC"
}
`

const alpine317 = layer('alpine-minirootfs-3.17.3', BASE_CREATED, { compressed: 3_374_446, size: 7_049_688 }, (b) =>
  fillAlpine(b, { version: '3.17.3', busyboxSize: 824_376 }),
)
const node14 = { version: '14.21.3', npm: '6.14.18', binary: 77_926_504, corepack: true }
const key = 'node-14.21.3-alpine3.17'

export const ENV_NODE_COLOR_APP_IMAGES: CatalogImage[] = [
  {
    repository: 'devwikirepo/envnodecolorapp',
    tags: ['latest'],
    created: CREATED,
    architecture: 'amd64',
    os: 'linux',
    config: {
      User: 'node',
      ExposedPorts: { '3000/tcp': {} },
      Env: [DEFAULT_PATH, 'NODE_VERSION=14.21.3', 'YARN_VERSION=1.22.19', 'COLOR=red'],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['npm', 'start'],
      ArgsEscaped: true,
      WorkingDir: '/app',
      Labels: null,
    },
    layers: [
      alpine317,
      layer(`${key}-node`, BASE_CREATED, { compressed: 36_180_553, size: 104_993_208 }, (b) => {
        fillNodeUser(b, ALPINE_PASSWD, ALPINE_GROUP, '/bin/sh')
        fillNode(b, node14, true)
      }),
      layer(`${key}-yarn`, BASE_CREATED, { compressed: 2_347_741, size: 7_732_201 }, fillYarn),
      layer(`${key}-entrypoint`, BASE_CREATED, { compressed: 450, size: NODE_ENTRYPOINT.length }, (b) =>
        b.file('/usr/local/bin/docker-entrypoint.sh', NODE_ENTRYPOINT, 0o755),
      ),
      layer('envnodecolorapp-workdir', CREATED, { compressed: 93, size: 0 }, (b) => b.dir('/app')),
      layer('envnodecolorapp-package', CREATED, { compressed: 312, size: COLOR_APP_PACKAGE.length }, (b) => b.file('/app/package.json', COLOR_APP_PACKAGE)),
      layer('envnodecolorapp-npm-install', CREATED, { compressed: 418, size: 1_462 }, (b) => {
        b.file('/app/package-lock.json', '{\n  "name": "envnodecolorapp",\n  "version": "1.0.0",\n  "lockfileVersion": 1\n}\n')
        b.dir('/app/node_modules')
        b.dir('/root/.npm/_cacache', 0o755)
      }),
      layer('envnodecolorapp-source', CREATED, { compressed: 620, size: COLOR_APP_JS.length + COLOR_APP_PACKAGE.length }, (b) => {
        b.file('/app/app.js', COLOR_APP_JS).file('/app/package.json', COLOR_APP_PACKAGE)
      }),
    ],
    history: [
      step(BASE_CREATED, 'ADD alpine-minirootfs-3.17.3-x86_64.tar.gz / # buildkit'),
      meta(BASE_CREATED, 'CMD ["/bin/sh"]'),
      meta(BASE_CREATED, 'ENV NODE_VERSION=14.21.3'),
      step(BASE_CREATED, H.NODE_INSTALL_ALPINE),
      meta(BASE_CREATED, 'ENV YARN_VERSION=1.22.19'),
      step(BASE_CREATED, H.YARN_INSTALL_ALPINE),
      step(BASE_CREATED, H.COPY_NODE_ENTRYPOINT),
      meta(BASE_CREATED, 'ENTRYPOINT ["docker-entrypoint.sh"]'),
      meta(BASE_CREATED, 'CMD ["node"]'),
      step(CREATED, 'WORKDIR /app'),
      step(CREATED, 'COPY package*.json ./ # buildkit'),
      step(CREATED, 'RUN /bin/sh -c npm install # buildkit'),
      step(CREATED, 'COPY . . # buildkit'),
      meta(CREATED, 'ENV COLOR=red'),
      meta(CREATED, 'EXPOSE map[3000/tcp:{}]'),
      meta(CREATED, 'USER node'),
      meta(CREATED, 'CMD ["npm" "start"]'),
    ],
    size: 119_778_048,
  },
]

