import type { Program } from '../../process/types'
import { curl } from './curl'
import { wget } from './wget'

/** HTTP clients over the virtual network, by the program name of their binaries. */
export const NET_PROGRAMS: Record<string, Program> = { curl, wget }
