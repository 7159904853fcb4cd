import type { Heredoc, Node } from '../parser/node'

export interface KeyValue {
  key: string
  value: string
  noDelim: boolean
}

interface Base {
  node: Node
  /** strings.TrimSpace(original): the text vertex names and snippets show. */
  code: string
}

export interface HealthConfig {
  test: string[]
  interval: number
  timeout: number
  startPeriod: number
  startInterval: number
  retries: number
}

/** buildkit frontend/dockerfile/instructions/commands.go, one variant per instruction. */
export type Command = Base &
  (
    | { kind: 'env'; env: KeyValue[] }
    | { kind: 'label'; labels: KeyValue[] }
    | { kind: 'maintainer'; maintainer: string }
    | { kind: 'arg'; args: { key: string; value: string | null }[] }
    | { kind: 'run' | 'cmd' | 'entrypoint'; cmdLine: string[] | null; prependShell: boolean; files: Heredoc[] }
    | {
        kind: 'copy' | 'add'
        srcs: string[]
        dest: string
        contents: { path: string; data: string; expand: boolean }[]
        from: string
        chown: string
        chmod: string
      }
    | { kind: 'workdir'; path: string }
    | { kind: 'expose'; ports: string[] }
    | { kind: 'user'; user: string }
    | { kind: 'volume'; volumes: string[] }
    | { kind: 'stopsignal'; signal: string }
    | { kind: 'healthcheck'; health: HealthConfig }
    | { kind: 'shell'; shell: string[] }
    | { kind: 'onbuild'; expression: string }
  )

export interface Stage {
  baseName: string
  name: string
  platform: string
  node: Node
  code: string
  commands: Command[]
}

export interface ArgCommand {
  node: Node
  args: { key: string; value: string | null }[]
}
