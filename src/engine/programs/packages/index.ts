import type { Daemon } from '../../daemon/daemon'
import type { Program } from '../../process/types'
import { apk } from './apk'
import { aptProgram } from './apt'
import { dpkg } from './dpkg'
import { pip } from './pip'
import { nano, top, vim } from './tools/editors'
import { git } from './tools/git'
import { nginxPackaged } from './tools/nginx-pkg'
import { ping } from './tools/ping'
import { free, ifconfig, less, pgrep, unzip, uptime } from './tools/small'

export { busyboxPing } from './tools/ping'

/** The package managers and the programs their packages install, by program name. */
export function packagePrograms(daemonRef: () => Daemon): Record<string, Program> {
  return {
    'apt-get': aptProgram('apt-get'),
    apt: aptProgram('apt'),
    dpkg,
    apk,
    pip,
    'nginx-pkg': nginxPackaged(daemonRef),
    git,
    vim,
    nano,
    top,
    ping,
    less,
    unzip,
    free,
    uptime,
    pgrep,
    ifconfig,
  }
}
