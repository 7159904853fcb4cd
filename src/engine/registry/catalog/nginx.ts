import { ALPINE, alpineHistory } from './alpine'
import { DEBIAN_SLIM, debianHistory } from './bases'
import { layer, meta, step, DEFAULT_PATH } from './files'
import { fillNginx, NGINX_COPIES } from './nginx-files'
import { ALPINE_GROUP, ALPINE_PASSWD } from './rootfs-alpine'
import { DEBIAN_GROUP, DEBIAN_PASSWD } from './rootfs-debian'
import type { CatalogImage, CatalogLayer, HistoryEntry } from './types'

/**
 * nginx as of library commit `f1fff5f610` (2025-12-09): mainline 1.29.4 and stable 1.28.0 on
 * trixie-slim (RUN + five COPY layers), and mainline on alpine 3.23 (alpine-slim + modules RUN).
 */
const MAINTAINER = 'NGINX Docker Maintainers <docker-maint@nginx.com>'
const DEB_PASSWD = DEBIAN_PASSWD + 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n'
const DEB_GROUP = DEBIAN_GROUP + 'nginx:x:101:\n'
const APK_PASSWD = ALPINE_PASSWD + 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n'
const APK_GROUP = ALPINE_GROUP + 'nginx:x:101:nginx\n'

const debianRun = (channel: string) =>
  'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     &&     NGINX_GPGKEYS="573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21310B49F6B46 9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3";     NGINX_GPGKEY_PATH=/etc/apt/keyrings/nginx-archive-keyring.gpg;     export GNUPGHOME="$(mktemp -d)";     for NGINX_GPGKEY in $NGINX_GPGKEYS; do         gpg1 --batch --keyserver hkp://keyserver.ubuntu.com:80 --keyserver-options timeout=10 --recv-keys "$NGINX_GPGKEY";     done;     gpg1 --batch --export $NGINX_GPGKEYS > "$NGINX_GPGKEY_PATH" ;     rm -rf "$GNUPGHOME";     apt-get remove --purge --auto-remove -y gnupg1 && rm -rf /var/lib/apt/lists/*     && dpkgArch="$(dpkg --print-architecture)"     && nginxPackages="         nginx=${NGINX_VERSION}-${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-geoip=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE}     "     && echo "deb [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/' +
  channel +
  'debian/ trixie nginx" >> /etc/apt/sources.list.d/nginx.list     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y                         $nginxPackages                         gettext-base                         curl     && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit'

const ALPINE_SLIM_RUN =
  'RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps         openssl     && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages     && apk del --no-network .checksum-deps     && apk add --no-cache tzdata     && apk add --no-cache curl ca-certificates     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit'
const ALPINE_MODULES_RUN =
  'RUN /bin/sh -c set -x     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-geoip=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}.${NJS_VERSION}-r${NJS_RELEASE}     "     && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages     && apk add --no-cache gettext-envsubst # buildkit'

const TAIL = (t: string): HistoryEntry[] => [
  meta(t, 'ENTRYPOINT ["/docker-entrypoint.sh"]'),
  meta(t, 'EXPOSE map[80/tcp:{}]'),
  meta(t, 'STOPSIGNAL SIGQUIT'),
  meta(t, 'CMD ["nginx" "-g" "daemon off;"]'),
]
const CONFIG_TAIL = {
  Entrypoint: ['/docker-entrypoint.sh'],
  Cmd: ['nginx', '-g', 'daemon off;'],
  ExposedPorts: { '80/tcp': {} },
  StopSignal: 'SIGQUIT',
  Labels: { maintainer: MAINTAINER },
}

function copyLayers(key: string, t: string): CatalogLayer[] {
  return NGINX_COPIES.map((c, i) =>
    layer(`${key}-copy${i}`, t, { compressed: c.compressed, size: c.size }, (b) => {
      b.dir('/docker-entrypoint.d')
      b.file(c.path, c.text, 0o755)
    }),
  )
}

function debianNginx(version: string, channel: string, t: string, run: [number, number], total: number, tags: string[]): CatalogImage {
  const key = `nginx-${version}-trixie`
  const env = [DEFAULT_PATH, `NGINX_VERSION=${version}`, 'NJS_VERSION=0.9.4', 'NJS_RELEASE=1~trixie', 'PKG_RELEASE=1~trixie', 'DYNPKG_RELEASE=1~trixie']
  return {
    repository: 'library/nginx',
    tags,
    created: t,
    architecture: 'amd64',
    os: 'linux',
    config: { Env: env, ...CONFIG_TAIL },
    layers: [
      DEBIAN_SLIM.trixie,
      layer(`${key}-run`, t, { compressed: run[0], size: run[1] }, (b) => fillNginx(b, DEB_PASSWD, DEB_GROUP)),
      ...copyLayers(key, t),
    ],
    history: [
      ...debianHistory('trixie'),
      meta(t, `LABEL maintainer=${MAINTAINER}`),
      ...env.slice(1).map((e) => meta(t, `ENV ${e}`)),
      step(t, debianRun(channel)),
      ...NGINX_COPIES.map((c) => step(t, c.cmd)),
      ...TAIL(t),
    ],
    size: total,
  }
}

function alpineNginx(): CatalogImage {
  const t = '2025-12-17T23:40:56Z'
  const key = 'nginx-1.29.4-alpine3.23'
  return {
    repository: 'library/nginx',
    tags: ['alpine', 'mainline-alpine', '1-alpine', '1.29-alpine', '1.29.4-alpine', 'alpine3.23', '1.29.4-alpine3.23'],
    created: t,
    architecture: 'amd64',
    os: 'linux',
    config: {
      Env: [DEFAULT_PATH, 'NGINX_VERSION=1.29.4', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.9.4', 'NJS_RELEASE=1'],
      WorkingDir: '/',
      ...CONFIG_TAIL,
    },
    layers: [
      ALPINE['3.23'],
      layer(`${key}-slim-run`, t, { compressed: 1_927_418, size: 5_182_713 }, (b) => fillNginx(b, APK_PASSWD, APK_GROUP)),
      ...copyLayers(key, t),
      layer(`${key}-modules`, t, { compressed: 15_402_882, size: 48_933_507 }, (b) => b.dirs('/usr/lib/nginx/modules', '/etc/nginx/modules')),
    ],
    history: [
      ...alpineHistory('3.23'),
      meta(t, `LABEL maintainer=${MAINTAINER}`),
      meta(t, 'ENV NGINX_VERSION=1.29.4'),
      meta(t, 'ENV PKG_RELEASE=1'),
      meta(t, 'ENV DYNPKG_RELEASE=1'),
      step(t, ALPINE_SLIM_RUN),
      ...NGINX_COPIES.map((c) => step(t, c.cmd)),
      ...TAIL(t),
      meta(t, 'ENV NJS_VERSION=0.9.4'),
      meta(t, 'ENV NJS_RELEASE=1'),
      step(t, ALPINE_MODULES_RUN),
    ],
    size: 62_570_895,
  }
}

export const NGINX_IMAGES: CatalogImage[] = [
  debianNginx('1.29.4', 'mainline/', '2025-12-09T23:30:55Z', [31_612_408, 93_318_554], 171_949_257, ['latest', 'mainline', '1', '1.29', '1.29.4', 'trixie', 'mainline-trixie', '1-trixie', '1.29.4-trixie']),
  debianNginx('1.28.0', '', '2025-12-09T23:36:12Z', [31_104_227, 91_875_106], 170_505_809, ['stable', 'stable-trixie', '1.28', '1.28.0', '1.28-trixie', '1.28.0-trixie']),
  alpineNginx(),
]
