/** Every docker subcommand the playground knows, one file each. */
import type { CommandSpec } from '../types'
import { spec as run } from './run'
import { spec as create } from './create'
import { spec as start } from './start'
import { spec as stop } from './stop'
import { spec as restart } from './restart'
import { spec as kill } from './kill'
import { spec as rm } from './rm'
import { spec as ps } from './ps'
import { spec as logs } from './logs'
import { spec as inspect } from './inspect'
import { spec as containerInspect } from './container-inspect'
import { spec as imageInspect } from './image-inspect'
import { spec as pull } from './pull'
import { spec as push } from './push'
import { spec as images } from './images'
import { spec as rmi } from './rmi'
import { spec as tag } from './tag'
import { spec as port } from './port'
import { spec as rename } from './rename'
import { spec as pause } from './pause'
import { spec as unpause } from './unpause'
import { spec as containerPrune } from './container-prune'
import { spec as imagePrune } from './image-prune'
import { spec as version } from './version'
import { spec as info } from './info'
import { spec as exec } from './exec'
import { spec as attach } from './attach'
import { spec as top } from './top'
import { spec as cp } from './cp'
import { spec as diff } from './diff'
import { spec as commit } from './commit'
import { spec as build } from './build'
import { spec as history } from './history'
import { spec as stats } from './stats'
import { spec as wait } from './wait'
import { spec as networkCreate } from './network-create'
import { spec as networkLs } from './network-ls'
import { spec as networkInspect } from './network-inspect'
import { spec as networkRm } from './network-rm'
import { spec as networkConnect } from './network-connect'
import { spec as networkDisconnect } from './network-disconnect'
import { spec as login } from './login'
import { spec as logout } from './logout'
import { spec as search } from './search'
import { spec as systemPrune } from './system-prune'
import { spec as systemDf } from './system-df'
import { spec as volumeLs } from './volume-ls'
import { spec as volumeCreate } from './volume-create'
import { spec as volumeRm } from './volume-rm'
import { spec as volumeInspect } from './volume-inspect'
import { spec as volumePrune } from './volume-prune'

export const COMMANDS: CommandSpec[] = [
  run,
  create,
  start,
  stop,
  restart,
  kill,
  rm,
  ps,
  logs,
  inspect,
  containerInspect,
  imageInspect,
  pull,
  push,
  images,
  rmi,
  tag,
  port,
  rename,
  pause,
  unpause,
  containerPrune,
  imagePrune,
  version,
  info,
  exec,
  attach,
  top,
  cp,
  diff,
  commit,
  build,
  history,
  stats,
  wait,
  networkCreate,
  networkLs,
  networkInspect,
  networkRm,
  networkConnect,
  networkDisconnect,
  login,
  logout,
  search,
  systemPrune,
  systemDf,
  volumeLs,
  volumeCreate,
  volumeRm,
  volumeInspect,
  volumePrune,
]
