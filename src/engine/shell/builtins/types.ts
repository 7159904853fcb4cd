import type { ShellIO } from '../io'
import type { Shell } from '../interpreter'

/** A shell builtin: runs inside the shell process and may change its state. argv[0] is the name. */
export type Builtin = (sh: Shell, argv: string[], io: ShellIO) => Promise<number>
