import type { LayerBuilder } from './files'
import { lines } from './files'

/** nginx's welcome page: 615 bytes, like the one in nginx ≤ 1.29.5 (own wording, same structure). */
export const NGINX_INDEX = lines(
  '<!DOCTYPE html>',
  '<html>',
  '<head>',
  '<title>Welcome to nginx!</title>',
  '<style>',
  'html { color-scheme: light dark; }',
  'body { width: 35em; margin: 0 auto;',
  'font-family: Tahoma, Verdana, Arial, sans-serif; }',
  '</style>',
  '</head>',
  '<body>',
  '<h1>Welcome to nginx!</h1>',
  '<p>You are looking at nginx\'s default page: the web server is installed',
  'and answering requests. There is nothing else here, yet.</p>',
  '',
  '<p>The documentation lives at <a href="http://nginx.org/">nginx.org</a>.<br/>',
  'Commercial support is offered at <a href="http://nginx.com/">nginx.com</a>.</p>',
  '',
  '<p><em>Thanks for choosing nginx, and happy serving.</em></p>',
  '</body>',
  '</html>',
)

/** nginx's error page: 497 bytes (own wording, same structure). */
export const NGINX_50X = lines(
  '<!DOCTYPE html>',
  '<html>',
  '<head>',
  '<title>Error</title>',
  '<style>',
  'html { color-scheme: light dark; }',
  'body { width: 35em; margin: 0 auto;',
  'font-family: Tahoma, Verdana, Arial, sans-serif; }',
  '</style>',
  '</head>',
  '<body>',
  '<h1>An error occurred.</h1>',
  '<p>Sorry, the page you asked for cannot be shown right now.<br/>',
  'Please try again in a few minutes, or later today.</p>',
  '<p>If you run this server, the error log holds the details of what went wrong.</p>',
  '<p><em>Faithfully yours, the nginx.</em></p>',
  '</body>',
  '</html>',
)

export const NGINX_CONF = lines(
  '',
  'user  nginx;',
  'worker_processes  auto;',
  '',
  'error_log  /var/log/nginx/error.log notice;',
  'pid        /run/nginx.pid;',
  '',
  '',
  'events {',
  '    worker_connections  1024;',
  '}',
  '',
  '',
  'http {',
  '    include       /etc/nginx/mime.types;',
  '    default_type  application/octet-stream;',
  '',
  '    log_format  main  \'$remote_addr - $remote_user [$time_local] "$request" \'',
  '                      \'$status $body_bytes_sent "$http_referer" \'',
  '                      \'"$http_user_agent" "$http_x_forwarded_for"\';',
  '',
  '    access_log  /var/log/nginx/access.log  main;',
  '',
  '    sendfile        on;',
  '    #tcp_nopush     on;',
  '',
  '    keepalive_timeout  65;',
  '',
  '    #gzip  on;',
  '',
  '    include /etc/nginx/conf.d/*.conf;',
  '}',
)

export const NGINX_DEFAULT_CONF = lines(
  'server {',
  '    listen       80;',
  '    server_name  localhost;',
  '',
  '    location / {',
  '        root   /usr/share/nginx/html;',
  '        index  index.html index.htm;',
  '    }',
  '',
  '    # redirect server error pages to the static page /50x.html',
  '    error_page   500 502 503 504  /50x.html;',
  '    location = /50x.html {',
  '        root   /usr/share/nginx/html;',
  '    }',
  '}',
)

const MIME_TYPES = lines('types {', '    text/html                                        html htm shtml;', '    text/css                                         css;', '    application/javascript                           js;', '    application/json                                 json;', '    image/png                                        png;', '}')

/** What the nginx package install leaves behind (Debian and Alpine differ only in paths of helpers). */
export function fillNginx(b: LayerBuilder, passwd: string, group: string): void {
  b.exe('/usr/sbin/nginx', 'nginx', 1_483_464).exe('/usr/sbin/nginx-debug', 'nginx', 1_530_184)
  b.file('/etc/nginx/nginx.conf', NGINX_CONF).file('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF).file('/etc/nginx/mime.types', MIME_TYPES)
  b.dirs('/etc/nginx/modules', '/var/cache/nginx', '/docker-entrypoint.d')
  b.file('/usr/share/nginx/html/index.html', NGINX_INDEX).file('/usr/share/nginx/html/50x.html', NGINX_50X)
  b.link('/var/log/nginx/access.log', '/dev/stdout').link('/var/log/nginx/error.log', '/dev/stderr')
  b.file('/etc/passwd', passwd).file('/etc/group', group)
  b.exe('/usr/bin/curl', 'curl', 309_112).exe('/usr/bin/envsubst', 'envsubst', 35_640)
}

/**
 * The docker-nginx entrypoint, restated: with `nginx`/`nginx-debug` as the command it runs (or
 * sources, for *.envsh) every executable script in /docker-entrypoint.d in order, logging each step
 * unless NGINX_ENTRYPOINT_QUIET_LOGS is set; any other command is executed untouched.
 */
export const NGINX_ENTRYPOINT = lines(
  '#!/bin/sh',
  'set -e',
  '',
  'say() {',
  '    [ -n "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ] || echo "$@"',
  '}',
  '',
  'if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then',
  '    scripts=$(find /docker-entrypoint.d/ -follow -type f -print | sort -V)',
  '    if [ -n "$scripts" ]; then',
  '        say "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"',
  '        say "$0: Looking for shell scripts in /docker-entrypoint.d/"',
  '        for f in $scripts; do',
  '            case "$f" in',
  '                *.envsh)',
  '                    if [ -x "$f" ]; then say "$0: Sourcing $f"; . "$f"; else say "$0: Ignoring $f, not executable"; fi ;;',
  '                *.sh)',
  '                    if [ -x "$f" ]; then say "$0: Launching $f"; "$f"; else say "$0: Ignoring $f, not executable"; fi ;;',
  '                *) say "$0: Ignoring $f" ;;',
  '            esac',
  '        done',
  '        say "$0: Configuration complete; ready for start up"',
  '    else',
  '        say "$0: No files found in /docker-entrypoint.d/, skipping configuration"',
  '    fi',
  'fi',
  '',
  'exec "$@"',
)

const IPV6 = lines(
  '#!/bin/sh',
  '# Adds "listen [::]:80" to the packaged default.conf when the kernel has IPv6.',
  'set -e',
  'say() { [ -n "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ] || echo "$@"; }',
  'me=$(basename "$0")',
  'conf=/etc/nginx/conf.d/default.conf',
  '[ -f /proc/net/if_inet6 ] || { say "$me: info: ipv6 not available"; exit 0; }',
  '[ -f "$conf" ] || { say "$me: info: $conf is not a file or does not exist"; exit 0; }',
  'touch "$conf" 2>/dev/null || { say "$me: info: can not modify $conf (read-only file system?)"; exit 0; }',
  'if grep -q "listen  *\\[::]:80;" "$conf"; then say "$me: info: IPv6 listen already enabled"; exit 0; fi',
  'say "$me: info: Getting the checksum of $conf"',
  'sed -i -E \'s,listen       80;,listen       80;\\n    listen  [::]:80;,\' "$conf"',
  'say "$me: info: Enabled listen on IPv6 in $conf"',
  'exit 0',
)

const RESOLVERS = lines(
  '#!/bin/sh',
  '# Exports NGINX_LOCAL_RESOLVERS from /etc/resolv.conf when asked to.',
  '[ -z "${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] && return 0',
  'NGINX_LOCAL_RESOLVERS=$(awk \'/^nameserver/ { printf "%s ", $2 }\' /etc/resolv.conf)',
  'export NGINX_LOCAL_RESOLVERS',
)

const ENVSUBST = lines(
  '#!/bin/sh',
  '# Renders /etc/nginx/templates/*.template into /etc/nginx/conf.d with envsubst.',
  'set -e',
  'dir="${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"',
  'out="${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}"',
  '[ -d "$dir" ] || exit 0',
  'for t in "$dir"/*.template; do',
  '    [ -f "$t" ] || continue',
  '    name=$(basename "$t" .template)',
  '    envsubst < "$t" > "$out/$name"',
  'done',
)

const TUNE = lines(
  '#!/bin/sh',
  '# Sets worker_processes from the CPU quota when NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE is set.',
  '[ -z "${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] && exit 0',
  'n=$(nproc)',
  'sed -i "s/^worker_processes.*/worker_processes  $n;/" /etc/nginx/nginx.conf',
)

/** The five COPY layers of docker-nginx, oldest first, with the byte sizes `docker history` shows. */
export const NGINX_COPIES: { cmd: string; path: string; text: string; size: number; compressed: number }[] = [
  { cmd: 'COPY docker-entrypoint.sh / # buildkit', path: '/docker-entrypoint.sh', text: NGINX_ENTRYPOINT, size: 1_620, compressed: 626 },
  { cmd: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', path: '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', text: IPV6, size: 2_125, compressed: 955 },
  { cmd: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', path: '/docker-entrypoint.d/15-local-resolvers.envsh', text: RESOLVERS, size: 389, compressed: 403 },
  { cmd: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', path: '/docker-entrypoint.d/20-envsubst-on-templates.sh', text: ENVSUBST, size: 3_018, compressed: 1_210 },
  { cmd: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', path: '/docker-entrypoint.d/30-tune-worker-processes.sh', text: TUNE, size: 4_620, compressed: 1_397 },
]
