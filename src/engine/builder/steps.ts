/**
 * The steps that make layers (RUN, COPY/ADD, WORKDIR): step names (`prefixCommand`), the
 * cache key (parent key + instruction + its environment + for COPY/ADD the sources' content
 * checksum), a cache hit (`CACHED`, the same layer and time) or a run, and the new layer.
 */
import { RootFs } from '../fs/rootfs'
import type { LayerFiles } from '../fs/types'
import { sha256Hex } from '../kernel/hash'
import type { Daemon } from '../daemon/daemon'
import { layerSize } from '../daemon/commit'
import { diffIdOf } from '../registry/registry'
import { copyFiles, fsSource, mapSource, type CopySource } from './copy'
import type { Command } from './instructions/types'
import type { Progress, VertexHandle } from './progress/model'
import { runInSandbox, uidOf } from './run'
import type { BuildRequest } from './solver'
import { commitToHistory, lookupIn, normalizeWorkdir, withShell, type StageState } from './stage'
import { processWord } from './shell-lex'
import { buildCache } from './cache'

export class StageRun {
  st!: StageState
  index = 0
  constructor(
    readonly d: Daemon,
    readonly req: BuildRequest,
    readonly progress: Progress,
    readonly prefixName: string,
    readonly total: number,
    readonly stages: ReadonlyMap<number, StageRun>,
    readonly stageIndex: (ref: string) => number,
  ) {}

  /** prefixCommand: `[name i/n] ` with the index padded to the digits of n. */
  stepName(str: string): string {
    if (this.total === 0) return str
    this.index++
    const w = String(this.total).length
    return `[${this.prefixName ? this.prefixName + ' ' : ''}${String(this.index).padStart(w)}/${this.total}] ${str}`
  }

  lowers(): LayerFiles[] {
    return this.st.blob.rootfs.diff_ids.map((id) => this.d.layerFiles(id))
  }
}

type StepFailure = { message: string; box?: { name: string; logs: string[] } }

/** uppercaseCmd(processCmdEnv(code)): the keyword uppercased, variables expanded. */
function vertexName(run: StageRun, c: Command): string {
  let code = c.code
  try {
    code = processWord(code, lookupIn(run.st), { rawQuotes: true, skipUnset: true })
  } catch {
    /* as written */
  }
  const sp = code.search(/ /)
  return sp < 0 ? code.toUpperCase() : code.slice(0, sp).toUpperCase() + code.slice(sp)
}

function addLayer(run: StageRun, diffId: string, created: number, msg: string, buildkitOp: boolean): void {
  run.st.blob.rootfs.diff_ids.push(diffId)
  commitToHistory(run.st, msg, true, buildkitOp)
  run.st.times.set(run.st.blob.history.length - 1, created)
}

function storeLayer(d: Daemon, files: LayerFiles): string {
  const diffId = diffIdOf(files)
  if (!d.state.layers[diffId]) d.state.layers[diffId] = { diffId, size: layerSize(files), source: { files } }
  return diffId
}

export async function layerStep(run: StageRun, c: Command): Promise<StepFailure | null> {
  const { d, st } = run
  const cfg = st.blob.config
  const env = lookupIn(st)
  if (c.kind === 'workdir') {
    const wd = normalizeWorkdir(cfg.WorkingDir ?? '/', processWord(c.path, env))
    cfg.WorkingDir = wd
    if (wd === '/') {
      run.index++ // the step is numbered even without a layer
      commitToHistory(st, `WORKDIR ${wd}`, false, false)
      return null
    }
    return cached(run, c, `workdir\0${wd}\0${cfg.User ?? ''}`, `WORKDIR ${wd}`, false, async () => {
      const fs = new RootFs(run.lowers(), {}, () => d.clock.now())
      if (!fs.isDir(wd)) fs.mkdir(wd, { recursive: true })
      return { files: fs.upper }
    })
  }
  if (c.kind === 'run') {
    const argv = c.prependShell ? withShell(st, c.cmdLine ?? []) : (c.cmdLine ?? [])
    const argEnv = st.args.filter((a) => a.value !== null).map((a) => `${a.key}=${a.value}`)
    const runEnv = [...argEnv.filter((kv) => !(cfg.Env ?? []).some((e) => e.split('=')[0] === kv.split('=')[0])), ...(cfg.Env ?? [])]
    let histArgs = argv.join(' ')
    if (argEnv.length) histArgs = `|${argEnv.length} ${argEnv.join(' ')} ${histArgs}`
    const key = `run\0${JSON.stringify(argv)}\0${JSON.stringify(runEnv)}\0${cfg.WorkingDir}\0${cfg.User ?? ''}`
    return cached(run, c, key, `RUN ${histArgs}`, true, async (v) => {
      const r = await runInSandbox(d, { lowers: run.lowers(), argv, env: runEnv, cwd: cfg.WorkingDir || '/', user: cfg.User ?? '', cancel: run.req.cancel }, v)
      if ('error' in r) return { error: r.error }
      if (r.code !== 0) return { error: `process "${argv.join(' ')}" did not complete successfully: exit code: ${r.code}` }
      return { files: r.upper }
    })
  }
  if (c.kind === 'copy' || c.kind === 'add') {
    let src: CopySource
    let srcKey = 'context'
    if (c.from) {
      const j = run.stageIndex(c.from)
      const other = j >= 0 ? run.stages.get(j) : undefined
      if (!other) return { message: `failed to resolve source metadata for ${c.from}: not found` }
      src = fsSource(new RootFs(other.lowers(), {}, () => 0))
      srcKey = other.st.blob.rootfs.diff_ids.join(',')
    } else src = mapSource(run.req.context.files)
    const words = [...c.srcs, c.dest].map((w) => processWord(w, env))
    const destRaw = words.pop()!
    const destAbs = normalizeWorkdir(cfg.WorkingDir ?? '/', destRaw)
    const target = new RootFs(run.lowers(), {}, () => 0)
    const chown = c.chown ? processWord(c.chown, env) : ''
    const [u, g] = chown.split(':')
    const uid = chown ? uidOf(target, u!) : null
    const gid = chown ? (g !== undefined ? uidOf(target, g) : uid) : null
    const now = d.clock.now()
    const result = copyFiles(src, words, destAbs, /\/$/.test(destRaw) || destRaw === '.', target, { uid, gid, chmod: c.chmod ? parseInt(c.chmod, 8) : null, now })
    if (!result.ok) {
      const ref = refId(run)
      const v = run.progress.start(run.stepName(vertexName(run, c)))
      const message = `failed to compute cache key: failed to calculate checksum of ref ${ref}::${refId(run)}: "${result.missing}": not found`
      v.done({ error: message })
      return { message }
    }
    const kw = c.kind.toUpperCase()
    let msg = kw
    if (c.chown) msg += ` --chown=${chown}`
    if (c.chmod) msg += ` --chmod=${c.chmod}`
    msg += ` ${[...words, destRaw].join(' ')}`
    return cached(run, c, `${c.kind}\0${srcKey}\0${result.checksum}\0${destAbs}\0${chown}\0${c.chmod}`, msg, true, async () => ({ files: result.files }))
  }
  return null
}

/** buildkit identity.NewID: 25 characters of [0-9a-z]. */
function refId(run: StageRun): string {
  let s = ''
  for (let i = 0; i < 25; i++) s += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(run.d.random.next() * 36)]
  return s
}

async function cached(
  run: StageRun,
  c: Command,
  keyText: string,
  historyMsg: string,
  buildkitOp: boolean,
  exec: (v: VertexHandle) => Promise<{ files: LayerFiles } | { error: string }>,
): Promise<StepFailure | null> {
  const { d } = run
  const key = sha256Hex(`${run.st.cacheKey}\0${keyText}`)
  const name = run.stepName(vertexName(run, c))
  const v = run.progress.start(name)
  const cache = buildCache(d)
  const hit = run.req.noCache ? undefined : cache[key]
  if (hit && d.state.layers[hit.diffId]) {
    v.done({ cached: true })
    addLayer(run, hit.diffId, hit.created, historyMsg, buildkitOp)
    run.st.cacheKey = key
    return null
  }
  const r = await exec(v)
  if ('error' in r) {
    v.done({ error: r.error })
    return { message: r.error, box: { name, logs: v.v.logs.map((l) => l.text) } }
  }
  const diffId = storeLayer(d, r.files)
  const created = d.clock.now()
  cache[key] = { diffId, created }
  v.done()
  addLayer(run, diffId, created, historyMsg, buildkitOp)
  run.st.cacheKey = key
  return null
}
