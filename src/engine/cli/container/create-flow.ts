import { errorText, fail, ok, daemonError, type DockerError, type Result } from '../../kernel/errors'
import type { ContainerRecord, ImageRecord } from '../../daemon/state'
import { toImageRef } from '../../daemon/image-ref'
import type { CliContext } from '../types'
import { JsonMessageRenderer } from '../views/jsonmessage'
import type { CreateOptions } from './parse-create'

/** `docker: <err>` + blank line + `Run 'docker <cmd> --help' for more information` (28.x withHelp). */
export function reportRunError(cli: CliContext, cmd: string, e: DockerError, withHelp = true): number {
  const text = errorText(e)
  cli.stderr.write(`docker: ${text}\n`)
  if (withHelp) cli.stderr.write(`\nRun 'docker ${cmd} --help' for more information\n`)
  return e.exitCode === 1 ? 125 : e.exitCode
}

/** Pull with the daemon's messages rendered to `out` (stderr for run/create). */
export async function pullImage(cli: CliContext, input: string, out = cli.stderr, quiet = false): Promise<Result<ImageRecord>> {
  const ref = toImageRef(input)
  if (!ref.ok) return ref
  const renderer = new JsonMessageRenderer(out, cli.tty, cli.columns)
  const r = await cli.daemon.pull(ref.value, (m) => !quiet && renderer.render(m), cli.cancel)
  if (!r.ok) return r
  return ok(r.value.image)
}

/**
 * docker/cli container/create.go createContainer: look the image up; when missing (and the pull
 * policy allows) say so on stderr, pull, and try again; then ask the daemon to create.
 */
export async function createFromOptions(cli: CliContext, o: CreateOptions): Promise<Result<ContainerRecord>> {
  const ref = toImageRef(o.imageInput)
  // an image ID (or prefix) is a valid reference name too; the daemon resolves either
  let image = cli.daemon.findImage(o.imageInput)
  if (!ref.ok && !image) return ref
  if (o.pull === 'always' && ref.ok) {
    const pulled = await pullImage(cli, o.imageInput, cli.stderr, o.quiet)
    if (!pulled.ok) return pulled
    image = pulled.value
  }
  if (!image) {
    const familiar = ref.ok ? ref.value.familiar : o.imageInput
    if (o.pull === 'never') return fail(daemonError('not-found', `No such image: ${familiar}`, 125))
    cli.stderr.write(`Unable to find image '${familiar}' locally\n`)
    const pulled = await pullImage(cli, o.imageInput, cli.stderr, o.quiet)
    if (!pulled.ok) return pulled
    image = pulled.value
  }
  const { pull: _p, quiet: _q, ...spec } = o
  return cli.daemon.createContainer({ ...spec, image })
}
