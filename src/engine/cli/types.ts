import type { RootFs } from '../fs/rootfs'
import type { CancelToken, Clock } from '../kernel/ports'
import type { InputStream, OutputStream } from '../process/types'
import type { Daemon } from '../daemon/daemon'

export type FlagType = 'bool' | 'string' | 'list' | 'int' | 'uint' | 'duration' | 'map' | 'filter' | 'bytes'

/** One flag as docker/cli declares it (pflag): long name, optional shorthand, type, usage text. */
export interface FlagSpec {
  name: string
  short?: string
  type: FlagType
  /** Shown in --help after the flag name ("string", "list", "int"); defaults from `type`. */
  valueName?: string
  usage: string
  /** Default value as pflag shows it in help ("(default ...)"); also the parsed default. */
  default?: string | number | boolean
  hidden?: boolean
  /** pflag MarkDeprecated: hidden from help; using it prints "Flag --<name> has been deprecated, <text>". */
  deprecated?: string
}

export type ArgsRule =
  | { kind: 'none' }
  | { kind: 'any' }
  | { kind: 'min'; n: number }
  | { kind: 'max'; n: number }
  | { kind: 'exact'; n: number }
  | { kind: 'range'; min: number; max: number }

/** Parsed flag values by long name. Lists are string[]; absent flags take their defaults. */
export interface ParsedFlags {
  values: Record<string, string | number | boolean | string[]>
  /** Long names of flags the user actually gave. */
  changed: Set<string>
}

export interface CommandSpec {
  /** Canonical path under `docker`, e.g. ["container", "ls"]. */
  path: string[]
  /** Other paths reaching the same command, e.g. [["ps"], ["container", "list"], ["container", "ps"]]. */
  aliases?: string[][]
  /** The usage line without "Usage:", e.g. "docker container ls [OPTIONS]". */
  use: string
  short: string
  /** Extra text printed in --help where docker/cli has a Long description. */
  long?: string
  /**
   * The "Aliases:" line of --help when docker/cli sets the "aliases" annotation, verbatim
   * (e.g. "docker container run, docker run"). Without it, help lists the aliases that share the
   * canonical parent, as cobra does ("docker network ls, docker network list").
   */
  aliasesLine?: string
  /** docker/cli's "category-top" annotation: listed under "Common Commands" of `docker --help`, in this order. */
  topRank?: number
  flags: FlagSpec[]
  args: ArgsRule
  /** pflag SetInterspersed(false): flags stop at the first positional argument (run, exec, create). */
  stopAtFirstArg?: boolean
  run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number>
}

/** Everything a docker subcommand may use: the daemon, the client's stdio and environment. */
export interface CliContext {
  readonly daemon: Daemon
  readonly stdout: OutputStream
  readonly stderr: OutputStream
  readonly stdin: InputStream
  /** stdout is a terminal (progress redraws, -t checks). */
  readonly tty: boolean
  readonly columns: number
  /** The client's environment (for `-e NAME` without a value, DOCKER_* settings). */
  readonly env: ReadonlyMap<string, string>
  /** The client's filesystem and working directory (for --env-file, build contexts, cp). */
  readonly fs: RootFs
  readonly cwd: string
  readonly clock: Clock
  /** Cancelled by Ctrl+C in the terminal that runs the command. */
  readonly cancel: CancelToken
}
