import type { Daemon } from '../daemon/daemon'
import type { Program } from '../process/types'
import type { ProgramRegistry } from '../process/machine'
import { COREUTILS } from './coreutils'
import { SHELL_PROGRAMS } from '../shell'
import { dockerClient } from './docker-client'
import { hello } from './hello'
import { nginx } from './servers/nginx'
import { httpd } from './servers/httpd'
import { runtimeFallback } from './runtimes-fallback'
import { nodeProgram, type JsSandboxFactory } from './node'
import { pythonProgram, type PythonSandboxFactory } from './python'
import { NET_PROGRAMS } from './net'
import { nodemonProgram, npmProgram } from './npm'
import { packagePrograms } from './packages'

/** Language sandboxes a face may supply; the engine builds the programs around them. */
export interface EngineRuntimes {
  /** Runs JavaScript for `node` (src/engine/programs/node/sandbox-port.ts). */
  js?: JsSandboxFactory
  /** Runs CPython for `python3`/`python` (src/engine/programs/python/port.ts). */
  python?: PythonSandboxFactory
}

/**
 * Program name (the `program` of an executable file) → implementation. This is where a new
 * program goes: write it under src/engine/programs and add it here.
 */
export function programRegistry(daemonRef: () => Daemon, runtimes: EngineRuntimes = {}): ProgramRegistry {
  let docker: Program | undefined
  const builtin: Record<string, Program> = {
    ...COREUTILS,
    ...SHELL_PROGRAMS,
    ...NET_PROGRAMS,
    ...packagePrograms(daemonRef),
    hello,
    nginx,
    httpd,
    node: runtimes.js ? nodeProgram(runtimes.js) : runtimeFallback('node'),
    python3: runtimes.python ? pythonProgram(runtimes.python) : runtimeFallback('python3'),
    npm: npmProgram,
    nodemon: nodemonProgram,
  }
  return (name) => {
    if (name === 'docker') return (docker ??= dockerClient(daemonRef()))
    return builtin[name]
  }
}
