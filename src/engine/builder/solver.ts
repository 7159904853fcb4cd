/**
 * The build: buildkit dockerfile2llb (stages, step names `[i/n]`, target and reachable stages)
 * and the solver (cache keys, CACHED steps, layers), exporting through moby's graphdriver
 * exporter (layers, the image config, tags).
 */
import { sha256Hex } from '../kernel/hash'
import type { CancelToken } from '../kernel/ports'
import type { Daemon } from '../daemon/daemon'
import { toImageRef } from '../daemon/image-ref'
import type { BuildContext } from './context'
import { DockerfileError } from './parser/errors'
import { parseDockerfile } from './parser/parser'
import { parseStages } from './instructions/parse'
import type { Command, Stage } from './instructions/types'
import { suggest } from './instructions/suggest'
import type { Progress } from './progress/model'
import { dispatchMeta, emptyBlob, type StageState } from './stage'
import { layerStep, StageRun } from './steps'
import { exportImage } from './export'
import { resolveBase } from './base'
import { utf8Length as utf8Len } from '../kernel/utf8'

export interface BuildRequest {
  dockerfile: string
  dockerfileName: string
  context: BuildContext
  tags: string[]
  buildArgs: ReadonlyMap<string, string>
  target: string
  noCache: boolean
  cancel: CancelToken
}

/** A failed build: the message after `failed to solve: `, and what to show around it. */
export interface BuildFailure {
  message: string
  /** Dockerfile lines for the snippet. */
  lines: { start: number; end: number }[]
  /** The failing step's name and output (the `------` box). */
  box?: { name: string; logs: string[] }
}

export type BuildOutcome = { ok: true; imageId: string } | { ok: false; failure: BuildFailure }

const LAYER_KINDS = new Set(['run', 'copy', 'add', 'workdir'])

export async function runBuild(d: Daemon, req: BuildRequest, progress: Progress): Promise<BuildOutcome> {
  const def = progress.start(`[internal] load build definition from ${req.dockerfileName}`)
  def.status(`transferring dockerfile: ${utf8Len(req.dockerfile)}B`, { done: true })
  def.done()
  let stages: Stage[]
  let globalArgs: Map<string, string>
  try {
    const parsed = parseStages(parseDockerfile(req.dockerfile).ast)
    stages = parsed.stages
    globalArgs = new Map()
    for (const a of parsed.metaArgs)
      for (const kv of a.args) {
        const v = req.buildArgs.get(kv.key) ?? kv.value
        if (v !== null && v !== undefined) globalArgs.set(kv.key, v)
      }
  } catch (e) {
    if (e instanceof DockerfileError) return { ok: false, failure: { message: e.message, lines: e.lines } }
    throw e
  }
  if (stages.length === 0) return { ok: false, failure: { message: 'dockerfile contains no stages to build', lines: [] } }
  let targetIdx = stages.length - 1
  if (req.target) {
    targetIdx = stages.findIndex((s) => s.name === req.target.toLowerCase())
    if (targetIdx < 0) {
      const s = suggest(req.target, stages.map((x) => x.name).filter(Boolean))
      return { ok: false, failure: { message: `target stage "${req.target}" could not be found${s ? ` (did you mean ${s}?)` : ''}`, lines: [] } }
    }
  }
  const stageIndex = (ref: string, before: number): number => {
    const byName = stages.findIndex((s, i) => i < before && s.name === ref.toLowerCase())
    if (byName >= 0) return byName
    return /^\d+$/.test(ref) && Number(ref) < before ? Number(ref) : -1
  }
  const expandFrom = (s: Stage) => s.baseName.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, k: string) => globalArgs.get(k) ?? '')
  // reachable stages from the target (buildkit resolveStages)
  const needed = new Set<number>()
  const visit = (i: number) => {
    if (needed.has(i)) return
    needed.add(i)
    const base = stageIndex(expandFrom(stages[i]!), i)
    if (base >= 0) visit(base)
    for (const c of stages[i]!.commands) {
      if (c.kind === 'copy' && c.from) {
        const j = stageIndex(c.from, i)
        if (j >= 0) visit(j)
      }
    }
  }
  visit(targetIdx)
  const order = [...needed].sort((a, b) => a - b)
  const multi = stages.length > 1
  // load metadata for every external base, then .dockerignore
  const bases = new Map<string, Awaited<ReturnType<typeof resolveBase>>>()
  for (const i of order) {
    const ref = expandFrom(stages[i]!)
    if (ref === 'scratch' || stageIndex(ref, i) >= 0 || bases.has(ref)) continue
    const r = toImageRef(ref)
    const canonical = r.ok ? r.value.canonical : ref
    const v = progress.start(`[internal] load metadata for ${canonical}`)
    const b = resolveBase(d, ref)
    bases.set(ref, b)
    if (!b.ok) {
      v.done({ error: b.error })
      return { ok: false, failure: { message: b.error, lines: [{ start: stages[i]!.node.startLine, end: stages[i]!.node.endLine }] } }
    }
    v.done()
  }
  const ign = progress.start('[internal] load .dockerignore')
  ign.status(`transferring context: ${utf8Len(req.context.ignoreText) || 2}B`, { done: true })
  ign.done()
  const built = new Map<number, StageRun>()
  let contextLoaded = false
  for (const i of order) {
    const stage = stages[i]!
    const ref = expandFrom(stage)
    const baseStage = stageIndex(ref, i)
    const layerCount = stage.commands.filter((c) => LAYER_KINDS.has(c.kind)).length
    const total = (ref !== 'scratch' && baseStage < 0 ? 1 : 0) + layerCount
    const run = new StageRun(d, req, progress, multi ? stage.name || `stage-${i}` : '', total, built, (r) => stageIndex(r, i))
    if (baseStage >= 0) {
      run.st = cloneState(built.get(baseStage)!.st)
    } else if (ref === 'scratch') {
      run.st = { blob: emptyBlob(), times: new Map(), cacheKey: sha256Hex('scratch'), args: [], cmdSet: false }
    } else {
      const b = bases.get(ref)!
      if (!b.ok) throw new Error('unreachable')
      const v = progress.start(run.stepName(`FROM ${b.value.canonical}@${b.value.digest}`))
      v.status(`resolve ${b.value.canonical}@${b.value.digest}`, { done: true })
      const present = b.value.install(v)
      v.done({ cached: present })
      run.st = { blob: JSON.parse(JSON.stringify(b.value.blob)), times: new Map(), cacheKey: sha256Hex(`from\0${b.value.imageId}`), args: [], cmdSet: false }
    }
    run.st.cmdSet = false
    for (const c of stage.commands) {
      if (!contextLoaded && (c.kind === 'copy' || c.kind === 'add') && !c.from) {
        contextLoaded = true
        const cv = progress.start('[internal] load build context')
        cv.status(`transferring context: ${unitsOf(req.context.size())}`, { done: true })
        cv.done()
      }
      if (LAYER_KINDS.has(c.kind)) {
        const r = await layerStep(run, c)
        if (r) return { ok: false, failure: { ...r, lines: lines(c) } }
      } else {
        try {
          dispatchMeta(run.st, c, req.buildArgs, (k) => globalArgs.get(k))
        } catch (e) {
          return { ok: false, failure: { message: (e as Error).message, lines: lines(c) } }
        }
        run.st.cacheKey = sha256Hex(`${run.st.cacheKey}\0meta\0${JSON.stringify(run.st.blob.config)}\0${JSON.stringify(run.st.args)}`)
      }
    }
    built.set(i, run)
  }
  return { ok: true, imageId: exportImage(d, built.get(targetIdx)!.st, req.tags, progress) }
}

function lines(c: Command) {
  return [{ start: c.node.startLine, end: c.node.endLine }]
}

function cloneState(s: StageState): StageState {
  return { blob: JSON.parse(JSON.stringify(s.blob)), times: new Map(s.times), cacheKey: s.cacheKey, args: [], cmdSet: false }
}

function unitsOf(n: number): string {
  if (n < 1000) return `${n}B`
  const u = ['kB', 'MB', 'GB']
  let v = n / 1000
  let k = 0
  while (v >= 1000 && k < u.length - 1) {
    v /= 1000
    k++
  }
  return `${v.toFixed(2)}${u[k]}`
}
