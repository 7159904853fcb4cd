/**
 * One stage's image as it is being built: buildkit dockerfile2llb dispatchState (image config,
 * history through commitToHistory, env and build args) and the metadata dispatchers.
 */
import { goQuote } from '../cli/template/gofmt'
import type { ImageConfigBlob } from '../daemon/state'
import { goQuoteSlice } from './parser/node'
import type { Command } from './instructions/types'
import { DEFAULT_PATH } from './run'
import { processWord, processWords, type EnvLookup } from './shell-lex'

export const HISTORY_COMMENT = 'buildkit.dockerfile.v0'

export interface StageState {
  blob: ImageConfigBlob
  /** Created time (ms) of each history entry that adds a layer, by history index; 0 = keep. */
  times: Map<number, number>
  cacheKey: string
  /** Declared ARGs with their values (in RUN's environment, not the image's). */
  args: { key: string; value: string | null }[]
  cmdSet: boolean
}

export function emptyBlob(): ImageConfigBlob {
  return { architecture: 'amd64', config: { Env: [`PATH=${DEFAULT_PATH}`], WorkingDir: '/' }, created: '', history: [], os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }
}

export function lookupIn(st: StageState): EnvLookup {
  return (name) => {
    for (const kv of st.blob.config.Env ?? []) if (kv.startsWith(name + '=')) return kv.slice(name.length + 1)
    for (let i = st.args.length - 1; i >= 0; i--) if (st.args[i]!.key === name) return st.args[i]!.value ?? undefined
    return undefined
  }
}

export function commitToHistory(st: StageState, msg: string, withLayer: boolean, buildkitOp: boolean): void {
  st.blob.history.push({
    created: '',
    created_by: buildkitOp ? `${msg} # buildkit` : msg,
    comment: HISTORY_COMMENT,
    ...(withLayer ? {} : { empty_layer: true }),
  })
}

function addEnv(env: string[], k: string, v: string): string[] {
  const i = env.findIndex((kv) => kv.slice(0, kv.indexOf('=')) === k)
  if (i >= 0) env[i] = `${k}=${v}`
  else env.push(`${k}=${v}`)
  return env
}

export function withShell(st: StageState, args: string[]): string[] {
  const shell = st.blob.config.Shell?.length ? [...st.blob.config.Shell] : ['/bin/sh', '-c']
  return [...shell, args.join(' ')]
}

/** NormalizeWorkdir: relative paths join the current one; the result is cleaned. */
export function normalizeWorkdir(current: string, p: string): string {
  const joined = p.startsWith('/') ? p : `${current || '/'}/${p}`
  const parts: string[] = []
  for (const s of joined.split('/')) {
    if (!s || s === '.') continue
    if (s === '..') parts.pop()
    else parts.push(s)
  }
  return '/' + parts.join('/')
}

/** nat.ParsePortSpecs as EXPOSE uses it: "80" → "80/tcp", ranges expanded. */
function portSpecs(ports: string[]): string[] {
  const out: string[] = []
  for (const p of ports) {
    const [range, proto = 'tcp'] = p.split('/')
    const [a, b] = range!.split('-')
    const lo = Number(a)
    const hi = b === undefined ? lo : Number(b)
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo) throw new Error(`invalid containerPort: ${range}`)
    for (let n = lo; n <= hi; n++) out.push(`${n}/${proto.toLowerCase()}`)
  }
  return out
}

/** The metadata instructions (no layer): they change the config and add an empty history entry. */
export function dispatchMeta(st: StageState, c: Command, buildArgs: ReadonlyMap<string, string>, globalArgs: EnvLookup): void {
  const cfg = st.blob.config
  const word = (s: string) => processWord(s, lookupIn(st))
  switch (c.kind) {
    case 'env': {
      let msg = 'ENV'
      for (const e of c.env) {
        const k = word(e.key)
        const v = word(e.value)
        cfg.Env = addEnv(cfg.Env ?? [], k, v)
        msg += ` ${k}=${v}`
      }
      return commitToHistory(st, msg, false, false)
    }
    case 'label': {
      let msg = 'LABEL'
      cfg.Labels = { ...(cfg.Labels ?? {}) }
      for (const l of c.labels) {
        const k = word(l.key)
        const v = word(l.value)
        cfg.Labels[k] = v
        msg += ` ${k}=${v}`
      }
      return commitToHistory(st, msg, false, false)
    }
    case 'maintainer':
      ;(st.blob as ImageConfigBlob & { author?: string }).author = c.maintainer
      return commitToHistory(st, `MAINTAINER ${c.maintainer}`, false, false)
    case 'cmd': {
      const args = c.prependShell ? withShell(st, c.cmdLine ?? []) : (c.cmdLine ?? [])
      cfg.Cmd = args
      st.cmdSet = true
      return commitToHistory(st, `CMD ${goQuoteSlice(args)}`, false, false)
    }
    case 'entrypoint': {
      const args = c.cmdLine === null ? [] : c.prependShell ? withShell(st, c.cmdLine) : c.cmdLine
      cfg.Entrypoint = c.cmdLine === null ? null : args
      if (!st.cmdSet) cfg.Cmd = null
      return commitToHistory(st, `ENTRYPOINT ${goQuoteSlice(args)}`, false, false)
    }
    case 'expose': {
      const ports = portSpecs(c.ports.flatMap((p) => processWords(p, lookupIn(st))))
      cfg.ExposedPorts = { ...(cfg.ExposedPorts ?? {}) }
      for (const p of ports) cfg.ExposedPorts[p] = {}
      // buildkit 0.25 (Engine 28.5) writes the parsed port list with %v
      return commitToHistory(st, `EXPOSE [${ports.join(' ')}]`, false, false)
    }
    case 'user':
      cfg.User = word(c.user)
      return commitToHistory(st, `USER ${cfg.User}`, false, false)
    case 'volume': {
      const vols = c.volumes.map(word)
      cfg.Volumes = { ...(cfg.Volumes ?? {}) }
      for (const v of vols) cfg.Volumes[v] = {}
      return commitToHistory(st, `VOLUME [${vols.join(' ')}]`, false, false)
    }
    case 'stopsignal':
      cfg.StopSignal = word(c.signal)
      return commitToHistory(st, `STOPSIGNAL ${cfg.StopSignal}`, false, false)
    case 'shell':
      cfg.Shell = c.shell
      return commitToHistory(st, `SHELL [${c.shell.join(' ')}]`, false, false)
    case 'onbuild':
      cfg.OnBuild = [...(cfg.OnBuild ?? []), c.expression]
      return
    case 'healthcheck': {
      const h = c.health
      cfg.Healthcheck = { Test: h.test, ...(h.interval ? { Interval: h.interval } : {}), ...(h.timeout ? { Timeout: h.timeout } : {}), ...(h.startPeriod ? { StartPeriod: h.startPeriod } : {}), ...(h.retries ? { Retries: h.retries } : {}) }
      const dur = (ns: number) => (ns === 0 ? '0s' : `${ns / 1e9}s`)
      return commitToHistory(st, `HEALTHCHECK &{Test:[${h.test.join(' ')}] Interval:${dur(h.interval)} Timeout:${dur(h.timeout)} StartPeriod:${dur(h.startPeriod)} StartInterval:${dur(h.startInterval)} Retries:${h.retries}}`, false, false)
    }
    case 'arg': {
      const strs: string[] = []
      for (const a of c.args) {
        let value: string | null = a.value === null ? null : word(a.value)
        if (buildArgs.has(a.key)) value = buildArgs.get(a.key)!
        else if (a.value === null) value = globalArgs(a.key) ?? null
        st.args.push({ key: a.key, value })
        strs.push(value === null ? a.key : `${a.key}=${value}`)
      }
      return commitToHistory(st, `ARG ${strs.join(' ')}`, false, false)
    }
  }
}

export { goQuote }
