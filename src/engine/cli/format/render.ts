/**
 * docker/cli's formatter.Context.Write pipeline (cli/command/formatter/formatter.go, v28.5):
 * pre-process the --format string, execute it once per item, and for "table" formats render
 * the header row with the header functions and align everything with the tabwriter.
 */
import { cliError, fail, ok, type Result } from '../../kernel/errors'
import { executePartial, parseTemplate } from '../template'
import { tabwrite } from './tabwriter'

export interface RenderOptions {
  /** The header labels by field name (docker's SubHeaderContext, a map[string]string). */
  headers: Record<string, string>
}

/** Format.IsTable: the format starts with "table". */
export function isTableFormat(format: string): boolean {
  return format.startsWith('table')
}

/** Context.preFormat: strip "table", "json" means {{json .}}, trim spaces, unescape \t and \n. */
export function templateString(format: string): string {
  let out = format
  if (isTableFormat(format)) out = out.slice('table'.length)
  else if (format === 'json') out = '{{json .}}'
  out = out.replace(/^ +| +$/g, '')
  return out.replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'))
}

const templateError = (message: string) => fail<string>(cliError('invalid-argument', `template parsing error: ${message}`))

/**
 * Renders items the way `docker ps/images --format` does. Errors read as the CLI prints them
 * ("template parsing error: template: :1: …"); a failing row means no output at all.
 */
export function renderFormat(format: string, items: readonly unknown[], opts: RenderOptions): Result<string> {
  const parsed = parseTemplate(templateString(format))
  if (!parsed.ok) return templateError(parsed.error.message)
  let rows = ''
  for (const item of items) {
    const { output, error } = executePartial(parsed.value, item)
    if (error !== undefined) return templateError(error)
    rows += output + '\n'
  }
  if (!isTableFormat(format)) return ok(rows)
  // Go ignores the header's execution error and keeps whatever it wrote before failing.
  const header = executePartial(parsed.value, opts.headers, 'header').output
  return ok(tabwrite(header + '\n' + rows))
}
