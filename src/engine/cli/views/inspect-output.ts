import type { CliContext } from '../types'
import { executeTemplate, parseTemplate } from '../template'

/**
 * docker/cli inspect.Inspect: without a format, every found object in one JSON array; with one,
 * each object rendered on its own line. Errors follow on stderr; any error makes the exit 1.
 */
export function printInspect(cli: CliContext, objects: Record<string, unknown>[], errors: string[], format: string): number {
  if (!format) {
    const body = objects.length ? JSON.stringify(objects, null, 4).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') : '[]'
    cli.stdout.write(body + '\n')
  } else {
    const t = parseTemplate(format)
    if (!t.ok) {
      cli.stderr.write(`template parsing error: ${t.error.message}\n`)
      return 1
    }
    if (!objects.length) cli.stdout.write('\n')
    for (const o of objects) {
      // the raw JSON, decoded as Go decodes it into interface{} values
      const r = executeTemplate(t.value, JSON.parse(JSON.stringify(o)))
      if (!r.ok) {
        cli.stderr.write(`template: ${r.error.message.replace(/^template: /, '')}\n`)
        return 1
      }
      cli.stdout.write(r.value + '\n')
    }
  }
  for (const e of errors) cli.stderr.write(e + '\n')
  return errors.length ? 1 : 0
}
