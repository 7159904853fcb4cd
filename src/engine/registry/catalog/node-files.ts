import type { LayerBuilder } from './files'
import { lines } from './files'

/**
 * nodejs/docker-node's entrypoint, restated: prepend `node` when the first argument is an
 * option, is not a command found on PATH, or is a file that exists but is not executable;
 * otherwise run the arguments as given.
 */
export const NODE_ENTRYPOINT = lines(
  '#!/bin/sh',
  'set -e',
  '',
  '# "docker run node -e ..." and "docker run node app.js" both mean: run it with node.',
  'run_with_node=no',
  'case "$1" in',
  '  -*) run_with_node=yes ;;',
  'esac',
  'if [ "$run_with_node" = no ] && ! command -v "$1" > /dev/null 2>&1; then',
  '  run_with_node=yes',
  'fi',
  'if [ "$run_with_node" = no ] && [ -f "$1" ] && [ ! -x "$1" ]; then',
  '  run_with_node=yes',
  'fi',
  'if [ "$run_with_node" = yes ]; then',
  '  set -- node "$@"',
  'fi',
  '',
  'exec "$@"',
)

export interface NodeRelease {
  version: string
  npm: string
  /** Bytes of the node binary (glibc build; the musl build is a little smaller). */
  binary: number
  corepack: boolean
}

/** What the node install step leaves in /usr/local. */
export function fillNode(b: LayerBuilder, r: NodeRelease, musl: boolean): void {
  const npmDir = '/usr/local/lib/node_modules/npm'
  b.exe('/usr/local/bin/node', 'node', musl ? r.binary - 3_145_728 : r.binary)
  b.link('/usr/local/bin/nodejs', '/usr/local/bin/node')
  b.exe(`${npmDir}/bin/npm-cli.js`, 'npm', 54).exe(`${npmDir}/bin/npx-cli.js`, 'npx', 2_922)
  b.link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js')
  b.link('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js')
  b.file(`${npmDir}/package.json`, `{\n  "version": "${r.npm}",\n  "name": "npm",\n  "description": "a package manager for JavaScript"\n}\n`)
  if (r.corepack) {
    b.file('/usr/local/lib/node_modules/corepack/dist/corepack.js', '#!/usr/bin/env node\nrequire(\'./lib/corepack.cjs\').runMain(process.argv.slice(2));\n', 0o755)
    b.link('/usr/local/bin/corepack', '../lib/node_modules/corepack/dist/corepack.js')
  }
  b.dirs('/usr/local/include/node', `/usr/local/share/doc/node`, '/usr/local/share/man/man1')
  b.file('/usr/local/share/doc/node/README.md', `Node.js v${r.version}\n`)
}

export function fillYarn(b: LayerBuilder): void {
  const dir = '/opt/yarn-v1.22.22'
  b.file(`${dir}/bin/yarn.js`, "#!/usr/bin/env node\nrequire('../lib/cli').default();\n", 0o755)
  b.file(`${dir}/bin/yarn`, '#!/bin/sh\nexec node "$(dirname "$0")/yarn.js" "$@"\n', 0o755)
  b.file(`${dir}/package.json`, '{\n  "name": "yarn",\n  "version": "1.22.22"\n}\n')
  b.link('/usr/local/bin/yarn', `${dir}/bin/yarn`).link('/usr/local/bin/yarnpkg', `${dir}/bin/yarnpkg`)
  b.file(`${dir}/bin/yarnpkg`, '#!/bin/sh\nexec "$(dirname "$0")/yarn" "$@"\n', 0o755)
}

/** `groupadd`/`useradd` (Debian) or `addgroup`/`adduser` (Alpine) of the node user, uid 1000. */
export function fillNodeUser(b: LayerBuilder, passwd: string, group: string, shell: '/bin/bash' | '/bin/sh'): void {
  const gecos = shell === '/bin/sh' ? 'Linux User,,,' : ''
  b.file('/etc/passwd', passwd + `node:x:1000:1000:${gecos}:/home/node:${shell}\n`)
  b.file('/etc/group', group + (shell === '/bin/sh' ? 'node:x:1000:node\n' : 'node:x:1000:\n'))
  b.file('/etc/shadow', '', 0o640, 0, 42)
  b.dir('/home/node', 0o755, 1000, 1000)
  if (shell === '/bin/bash') {
    b.file('/home/node/.bashrc', "# ~/.bashrc: executed by bash(1) for non-login shells.\n", 0o644, 1000, 1000)
    b.file('/home/node/.profile', '# ~/.profile: executed by the command interpreter for login shells.\n', 0o644, 1000, 1000)
    b.file('/home/node/.bash_logout', '# ~/.bash_logout: executed by bash(1) when login shell exits.\n', 0o644, 1000, 1000)
  }
}
