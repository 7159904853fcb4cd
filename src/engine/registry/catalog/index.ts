import { ALPINE_IMAGES } from './alpine'
import { BUSYBOX_IMAGES } from './busybox'
import { DEBIAN_IMAGES } from './debian'
import { ENV_NODE_COLOR_APP_IMAGES } from './envnodecolorapp'
import { HELLO_WORLD_IMAGES } from './hello-world'
import { HTTPD_IMAGES } from './httpd'
import { NGINX_IMAGES } from './nginx'
import { NODE_IMAGES } from './node'
import { PYTHON_IMAGES } from './python'
import type { CatalogImage } from './types'
import { UBUNTU_IMAGES } from './ubuntu'

/** The stand-in for Docker Hub (linux/amd64, as of December 2025). */
export const CATALOG: CatalogImage[] = [
  ...HELLO_WORLD_IMAGES,
  ...ALPINE_IMAGES,
  ...BUSYBOX_IMAGES,
  ...DEBIAN_IMAGES,
  ...UBUNTU_IMAGES,
  ...NODE_IMAGES,
  ...PYTHON_IMAGES,
  ...NGINX_IMAGES,
  ...HTTPD_IMAGES,
  ...ENV_NODE_COLOR_APP_IMAGES,
]

export type { CatalogImage, CatalogLayer, HistoryEntry, OciImageConfig } from './types'
