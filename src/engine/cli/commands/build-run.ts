/**
 * `docker build` as buildx runs it against the default (docker driver) builder: the context and
 * Dockerfile from the client's filesystem, progress as tty/plain/quiet, the image ID with -q,
 * and buildx's error output (log box, snippet, `ERROR: failed to build: failed to solve: …`).
 */
import { BuildContext } from '../../builder/context'
import { Progress, type ProgressView } from '../../builder/progress/model'
import { PlainPrinter } from '../../builder/progress/plain'
import { TtyDisplay } from '../../builder/progress/tty'
import { runBuild } from '../../builder/solver'
import { toImageRef } from '../../daemon/image-ref'
import { basename, resolvePath } from '../../fs/path'
import type { CliContext, ParsedFlags } from '../types'
import { logBox, snippet } from '../views/build-errors'

const DESC = 'docker:default'

function fail(cli: CliContext, msg: string): number {
  cli.stderr.write(`ERROR: failed to build: ${msg}\n`)
  return 1
}

export async function runBuildCommand(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const v = flags.values
  const ctxArg = args[0]!
  const ctxDir = resolvePath(cli.cwd, ctxArg)
  if (ctxArg === '-' || !cli.fs.isDir(ctxDir)) return fail(cli, `unable to prepare context: path "${ctxArg}" not found`)
  const tags = (v.tag as string[]) ?? []
  for (const t of tags) {
    const r = toImageRef(t)
    if (!r.ok) return fail(cli, `invalid tag "${t}": ${r.error.message}`)
  }
  const buildArgs = new Map<string, string>()
  for (const kv of (v['build-arg'] as string[]) ?? []) {
    const i = kv.indexOf('=')
    if (i > 0) buildArgs.set(kv.slice(0, i), kv.slice(i + 1))
    else if (cli.env.has(kv)) buildArgs.set(kv, cli.env.get(kv)!)
  }
  const quiet = v.quiet === true
  let mode = quiet ? 'quiet' : String(v.progress ?? 'auto')
  if (mode === 'auto') mode = cli.tty ? 'tty' : 'plain'
  if (!['quiet', 'plain', 'tty', 'rawjson'].includes(mode)) return fail(cli, `invalid progress mode "${mode}"`)
  const clock = cli.clock
  const start = clock.now()
  const color = !cli.env.has('NO_COLOR')
  const view: ProgressView | null =
    mode === 'tty'
      ? new TtyDisplay(cli.stderr, { width: cli.columns || 80, desc: DESC, color, now: () => clock.now(), start })
      : mode === 'plain'
        ? new PlainPrinter(cli.stderr, `building with "default" instance using docker driver`)
        : null
  const progress = new Progress(() => clock.now(), view)
  const fileFlag = String(v.file ?? '')
  const dfPath = fileFlag ? resolvePath(cli.cwd, fileFlag) : resolvePath(ctxDir, 'Dockerfile')
  const dfName = fileFlag ? basename(fileFlag) : 'Dockerfile'
  if (!cli.fs.exists(dfPath) || cli.fs.isDir(dfPath)) {
    const d = progress.start(`[internal] load build definition from ${dfName}`)
    const message = `failed to read dockerfile: open ${dfName}: no such file or directory`
    d.done({ error: message })
    progress.finish()
    return fail(cli, `failed to solve: ${message}`)
  }
  const dockerfile = cli.fs.readFile(dfPath)
  const context = new BuildContext(cli.fs, ctxDir)
  const out = await runBuild(
    cli.daemon,
    { dockerfile, dockerfileName: dfName, context, tags, buildArgs, target: String(v.target ?? ''), noCache: v['no-cache'] === true, cancel: cli.cancel },
    progress,
  )
  progress.finish()
  if (!out.ok) {
    const f = out.failure
    if (f.box && mode !== 'quiet') {
      const vx = progress.vertices.find((x) => x.name === f.box!.name)
      cli.stderr.write(logBox({ name: f.box.name, logs: vx?.logs ?? [], started: vx?.started ?? 0 }))
    } else if (f.box) {
      const vx = progress.vertices.find((x) => x.name === f.box!.name)
      cli.stderr.write(logBox({ name: f.box.name, logs: vx?.logs ?? [], started: vx?.started ?? 0 }))
    }
    cli.stderr.write(snippet(dfName, dockerfile, f))
    return fail(cli, `failed to solve: ${f.message}`)
  }
  if (quiet) cli.stdout.write(`${out.imageId}\n`)
  const iid = String(v.iidfile ?? '')
  if (iid) cli.fs.writeFile(resolvePath(cli.cwd, iid), out.imageId)
  return 0
}
