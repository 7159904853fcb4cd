import { ALPINE, alpineHistory } from './alpine'
import { DEBIAN_SLIM, debianHistory, EMPTY_LAYER } from './bases'
import { layer, lines, meta, step, type LayerBuilder } from './files'
import type { CatalogImage, CatalogLayer, HistoryEntry } from './types'

/** httpd 2.4.66 as of library commit `4bc080d046` (2025-12-04), on trixie-slim and alpine 3.23. */
const VERSION = '2.4.66'
const SHA = '94d7ff2b42acbb828e870ba29e4cbad48e558a79c623ad3596e4116efcfea25a'
const PREFIX = '/usr/local/apache2'
const HTTPD_PATH = 'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** The default page of 2.4.66 and later: 191 bytes, HTML 4.01 Strict. */
export const HTTPD_INDEX =
  '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n' +
  '<html>\n<head>\n<title>It works! Apache httpd</title>\n</head>\n<body>\n<p>It works!</p>\n</body>\n</html>\n'

/** `httpd-foreground`, restated: clear a stale pid file left by an unclean stop, then run httpd in the foreground. */
export const HTTPD_FOREGROUND = lines('#!/bin/sh', 'set -e', '', '# A pid file left by a killed container would stop httpd from starting.', 'rm -f /usr/local/apache2/logs/httpd.pid', '', 'exec httpd -DFOREGROUND "$@"')

function fillHttpd(b: LayerBuilder): void {
  b.exe(`${PREFIX}/bin/httpd`, 'httpd', 2_614_872)
  b.file(`${PREFIX}/bin/apachectl`, '#!/bin/sh\nexec /usr/local/apache2/bin/httpd -k "$@"\n', 0o755)
  b.file(`${PREFIX}/htdocs/index.html`, HTTPD_INDEX)
  b.file(`${PREFIX}/conf/httpd.conf`, lines('ServerRoot "/usr/local/apache2"', 'Listen 80', 'User www-data', 'Group www-data', 'DocumentRoot "/usr/local/apache2/htdocs"', 'ErrorLog /proc/self/fd/2', 'LogLevel warn', 'CustomLog /proc/self/fd/1 common', '<Directory "/usr/local/apache2/htdocs">', '    Require all granted', '</Directory>', 'DirectoryIndex index.html'))
  b.dirs(`${PREFIX}/logs`, `${PREFIX}/modules`, `${PREFIX}/cgi-bin`, `${PREFIX}/error`, `${PREFIX}/icons`)
}

const MKDIR = 'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit'
const DEPS: Record<'debian' | 'alpine', string> = {
  debian: 'RUN /bin/sh -c set -eux; \tapt-get install --update -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \tapt-get dist-clean # buildkit',
  alpine: 'RUN /bin/sh -c set -eux; \tapk add --no-cache \t\tapr \t\tapr-util \t\tapr-util-ldap \t\tca-certificates \t\tperl \t; # buildkit',
}
const BUILD: Record<'debian' | 'alpine', string> = {
  debian: 'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get install --update -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tgnupg \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tlibbrotli-dev \t\tlibcurl4-openssl-dev \t\tlibjansson-dev \t\tliblua5.2-dev \t\tlibnghttp2-dev \t\tlibpcre2-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tmake \t\tpatch \t\twget \t\tzlib1g-dev \t; \t\twget -O httpd.tar.bz2 "https://dlcdn.apache.org/httpd/httpd-$HTTPD_VERSION.tar.bz2"; \techo "$HTTPD_SHA256 *httpd.tar.bz2" | sha256sum -c -; \tmkdir -p src; \ttar -xf httpd.tar.bz2 -C src --strip-components=1; \trm httpd.tar.bz2; \tcd src; \t./configure --prefix="$HTTPD_PREFIX" --enable-mods-shared=reallyall --enable-mpms-shared=all --enable-pie; \tmake -j "$(nproc)"; \tmake install; \t\tcd ..; \trm -r src man manual; \t\tsed -ri \t\t-e \'s!^(\\s*CustomLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*ErrorLog)\\s+\\S+!\\1 /proc/self/fd/2!g\' \t\t-e \'s!^(\\s*TransferLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*User)\\s+daemon\\s*$!\\1 www-data!g\' \t\t-e \'s!^(\\s*Group)\\s+daemon\\s*$!\\1 www-data!g\' \t\t"$HTTPD_PREFIX/conf/httpd.conf" \t\t"$HTTPD_PREFIX/conf/extra/httpd-ssl.conf" \t; \tapt-mark auto \'.*\' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \tapt-get dist-clean; \t\thttpd -v # buildkit',
  alpine: 'RUN /bin/sh -c set -eux; \t\tapk add --no-cache --virtual .build-deps \t\tapr-dev \t\tapr-util-dev \t\tcoreutils \t\tdpkg-dev dpkg \t\tgcc \t\tgnupg \t\tlibc-dev \t\tcurl-dev \t\tjansson-dev \t\tlibxml2-dev \t\tlua-dev \t\tmake \t\tnghttp2-dev \t\topenssl \t\topenssl-dev \t\tpcre-dev \t\ttar \t\tzlib-dev \t\tbrotli-dev \t; \t\twget -O httpd.tar.bz2 "https://dlcdn.apache.org/httpd/httpd-$HTTPD_VERSION.tar.bz2"; \techo "$HTTPD_SHA256 *httpd.tar.bz2" | sha256sum -c -; \t./configure --prefix="$HTTPD_PREFIX" --enable-mods-shared=reallyall --enable-mpms-shared=all; \tmake -j "$(nproc)"; \tmake install; \tapk del --no-network .build-deps; \t\thttpd -v # buildkit',
}

function httpdImage(kind: 'debian' | 'alpine'): CatalogImage {
  const t = kind === 'debian' ? '2025-12-04T19:52:30Z' : '2025-12-04T19:44:12Z'
  const key = `httpd-${VERSION}-${kind === 'debian' ? 'trixie' : 'alpine3.23'}`
  const sizes = kind === 'debian' ? { deps: [2_008_639, 6_241_330], build: [13_453_247, 36_820_114] } : { deps: [4_112_904, 15_205_118], build: [7_402_815, 21_077_460] }
  const base: CatalogLayer[] = kind === 'debian' ? [DEBIAN_SLIM.trixie] : [ALPINE['3.23']]
  const baseHistory: HistoryEntry[] = kind === 'debian' ? debianHistory('trixie') : alpineHistory('3.23')
  const own: CatalogLayer[] = []
  const rows: HistoryEntry[] = []
  if (kind === 'alpine') {
    own.push(layer(`${key}-user`, t, { compressed: 1_275, size: 3_104 }, (b) => b.dir('/var/www', 0o755, 82, 82)))
    rows.push(step(t, 'RUN /bin/sh -c set -x \t&& adduser -u 82 -D -S -G www-data www-data # buildkit'))
  }
  rows.push(meta(t, `ENV HTTPD_PREFIX=${PREFIX}`), meta(t, `ENV ${HTTPD_PATH}`), step(t, MKDIR), step(t, `WORKDIR ${PREFIX}`), step(t, DEPS[kind]))
  rows.push(meta(t, `ENV HTTPD_VERSION=${VERSION}`), meta(t, `ENV HTTPD_SHA256=${SHA}`), meta(t, 'ENV HTTPD_PATCHES='), step(t, BUILD[kind]))
  rows.push(meta(t, 'STOPSIGNAL SIGWINCH'), step(t, 'COPY httpd-foreground /usr/local/bin/ # buildkit'), meta(t, 'EXPOSE map[80/tcp:{}]'), meta(t, 'CMD ["httpd-foreground"]'))
  own.push(
    layer(`${key}-mkdir`, t, { compressed: 145, size: 0 }, (b) => b.dir(PREFIX, 0o755, 33, 33)),
    EMPTY_LAYER,
    layer(`${key}-deps`, t, { compressed: sizes.deps[0]!, size: sizes.deps[1]! }, (b) => b.dirs('/etc/ssl/certs')),
    layer(`${key}-build`, t, { compressed: sizes.build[0]!, size: sizes.build[1]! }, fillHttpd),
    layer(`${key}-foreground`, t, { compressed: 292, size: HTTPD_FOREGROUND.length }, (b) => b.file('/usr/local/bin/httpd-foreground', HTTPD_FOREGROUND, 0o755)),
  )
  return {
    repository: 'library/httpd',
    tags: kind === 'debian' ? ['latest', '2', '2.4', '2.4.66', 'trixie', '2-trixie', '2.4-trixie', '2.4.66-trixie'] : ['alpine', '2-alpine', '2.4-alpine', '2.4.66-alpine', 'alpine3.23', '2.4.66-alpine3.23'],
    created: t,
    architecture: 'amd64',
    os: 'linux',
    config: {
      // ENV PATH replaces the inherited PATH in place, so it stays first.
      Env: [HTTPD_PATH, `HTTPD_PREFIX=${PREFIX}`, `HTTPD_VERSION=${VERSION}`, `HTTPD_SHA256=${SHA}`, 'HTTPD_PATCHES='],
      Cmd: ['httpd-foreground'],
      WorkingDir: PREFIX,
      ExposedPorts: { '80/tcp': {} },
      StopSignal: 'SIGWINCH',
    },
    layers: [...base, ...own],
    history: [...baseHistory, ...rows],
    size: kind === 'debian' ? 121_680_535 : 44_728_745,
  }
}

export const HTTPD_IMAGES: CatalogImage[] = [httpdImage('debian'), httpdImage('alpine')]
