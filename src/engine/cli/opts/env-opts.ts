import { cliError, fail, ok, type Result } from '../../kernel/errors'
import type { RootFs } from '../../fs/rootfs'
import { resolvePath } from '../../fs/path'

/** docker/cli opts.ValidateEnv: `-e K` takes K's value from the client, or stays bare. */
export function normalizeEnv(raw: string, clientEnv: ReadonlyMap<string, string>): Result<string | null> {
  const i = raw.indexOf('=')
  const name = i < 0 ? raw : raw.slice(0, i)
  if (name === '') return fail(cliError('invalid-argument', `invalid environment variable: ${raw}`, 125))
  if (i >= 0) return ok(raw)
  const v = clientEnv.get(raw)
  return ok(v === undefined ? raw : `${raw}=${v}`)
}

/** docker/cli pkg/kvfile: K=V lines, # comments, blank lines skipped. */
export function readEnvFile(fs: RootFs, cwd: string, file: string, clientEnv: ReadonlyMap<string, string>): Result<string[]> {
  let text: string
  try {
    text = fs.readFile(resolvePath(cwd, file))
  } catch {
    return fail(cliError('invalid-argument', `open ${file}: no such file or directory`, 125))
  }
  const out: string[] = []
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/^\s+/, '')
    if (line === '' || line.startsWith('#')) continue
    const i = line.indexOf('=')
    const key = i < 0 ? line : line.slice(0, i)
    if (key === '') return fail(cliError('invalid-argument', `invalid env file (${file}): no variable name on line '${line}'`, 125))
    if (/\s/.test(key)) return fail(cliError('invalid-argument', `invalid env file (${file}): variable '${key}' contains whitespaces`, 125))
    if (i >= 0) out.push(line.replace(/\r$/, ''))
    else {
      const v = clientEnv.get(key)
      if (v !== undefined) out.push(`${key}=${v}`)
    }
  }
  return ok(out)
}
