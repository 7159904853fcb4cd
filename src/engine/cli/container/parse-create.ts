import { cliError, fail, ok, type Result } from '../../kernel/errors'
import type { CreateSpec } from '../../daemon/create'
import type { PortBinding } from '../../daemon/state'
import type { CliContext, ParsedFlags } from '../types'
import { normalizeEnv, readEnvFile } from '../opts/env-opts'
import { parseExpose, parsePortSpec } from '../opts/port-spec'
import { parseMountFlag, parseVolumeFlags } from '../opts/volume-opts'
import type { MountSpec } from '../../daemon/state'

/** What the client parsed from `run`/`create` flags, before the image is known. */
export type CreateOptions = Omit<CreateSpec, 'image'> & { pull: 'always' | 'missing' | 'never'; quiet: boolean }

const list = (f: ParsedFlags, name: string): string[] => (f.values[name] as string[] | undefined) ?? []
const str = (f: ParsedFlags, name: string): string => (f.values[name] as string | undefined) ?? ''
const bool = (f: ParsedFlags, name: string): boolean => f.values[name] === true

/** docker/cli container/opts.go parse(): flags → container config, host config. */
export function parseCreateOptions(cli: CliContext, f: ParsedFlags, args: string[]): Result<CreateOptions> {
  const pull = str(f, 'pull') || 'missing'
  if (pull !== 'always' && pull !== 'missing' && pull !== 'never') {
    return fail(cliError('invalid-argument', `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`, 125))
  }
  const restart = str(f, 'restart') || 'no'
  if (bool(f, 'rm') && restart !== 'no') {
    return fail(cliError('invalid-argument', 'conflicting options: cannot specify both --restart and --rm', 125))
  }
  const env: string[] = []
  for (const file of list(f, 'env-file')) {
    const r = readEnvFile(cli.fs, cli.cwd, file, cli.env)
    if (!r.ok) return r
    env.push(...r.value)
  }
  for (const raw of list(f, 'env')) {
    const r = normalizeEnv(raw, cli.env)
    if (!r.ok) return r
    if (r.value !== null && r.value.includes('=')) env.push(r.value)
  }
  const exposedPorts: Record<string, Record<string, never>> = {}
  const portBindings: Record<string, PortBinding[]> = {}
  for (const raw of list(f, 'publish')) {
    const r = parsePortSpec(raw)
    if (!r.ok) return r
    for (const m of r.value) {
      exposedPorts[m.port] = {}
      ;(portBindings[m.port] ??= []).push(m.binding)
    }
  }
  for (const raw of list(f, 'expose')) {
    const r = parseExpose(raw)
    if (!r.ok) return r
    for (const p of r.value) exposedPorts[p] = {}
  }
  const vols = parseVolumeFlags(list(f, 'volume'), cli.cwd)
  if (!vols.ok) return vols
  const mounts: MountSpec[] = []
  for (const raw of list(f, 'mount')) {
    const r = parseMountFlag(raw, cli.cwd)
    if (!r.ok) return r
    mounts.push(r.value)
  }
  const labels: Record<string, string> = {}
  for (const l of list(f, 'label')) {
    const i = l.indexOf('=')
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1)
  }
  const [imageInput, ...cmd] = args
  const attach = list(f, 'attach')
  const interactive = bool(f, 'interactive')
  const detach = bool(f, 'detach')
  const attachAll = attach.length === 0 && !detach
  const name = f.changed.has('name') ? str(f, 'name') : undefined
  if (name === '') return fail(cliError('invalid-argument', 'Invalid container name (), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed', 125))
  const networks = [...list(f, 'network'), ...list(f, 'net')]
  return ok({
    network: networks[0],
    networkAliases: [...list(f, 'network-alias'), ...list(f, 'net-alias')],
    name,
    imageInput: imageInput!,
    cmd,
    entrypoint: f.changed.has('entrypoint') ? (str(f, 'entrypoint') === '' ? [] : [str(f, 'entrypoint')]) : undefined,
    env,
    workingDir: str(f, 'workdir') || undefined,
    hostname: str(f, 'hostname') || undefined,
    user: f.changed.has('user') ? str(f, 'user') : undefined,
    tty: bool(f, 'tty'),
    openStdin: interactive,
    attachStdin: interactive && (attachAll || attach.includes('stdin')),
    attachStdout: attachAll || attach.includes('stdout'),
    attachStderr: attachAll || attach.includes('stderr'),
    exposedPorts,
    portBindings,
    publishAll: bool(f, 'publish-all'),
    autoRemove: bool(f, 'rm'),
    labels,
    binds: vols.value.binds,
    volumes: vols.value.volumes,
    mounts,
    restartPolicy: restart,
    pull,
    quiet: bool(f, 'quiet'),
  })
}
