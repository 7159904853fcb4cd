/**
 * Go text/template for `docker --format`, with docker/cli's template functions.
 *
 *   const t = parseTemplate('{{.Names | upper}}')
 *   if (t.ok) executeTemplate(t.value, goStruct({ Names: 'web' }, '*formatter.ContainerContext'))
 *
 * Error messages are Go's raw text ("template: :1: function \"foo\" not defined"); the docker
 * CLI shows them behind "template parsing error: ", which callers add.
 */
import { cliError, fail, ok, type Result } from '../../kernel/errors'
import { ExecError, Executor } from './exec'
import { BUILTIN_FUNCS, DOCKER_FUNCS, HEADER_FUNCS, type GoFunction } from './funcs'
import { ParseError, parse, type ParsedTemplate } from './parser'

export { goMap, goNil, goSlice, goStruct, INVALID } from './values'
export type { TypedNil } from './values'

export interface Template {
  readonly source: string
  readonly parsed: ParsedTemplate
}

/** Which function set a template executes with: docker's basic set, or its header set. */
export type FunctionSet = 'basic' | 'header'

const FUNCTION_SETS: Record<FunctionSet, Record<string, GoFunction>> = {
  basic: { ...BUILTIN_FUNCS, ...DOCKER_FUNCS },
  header: { ...BUILTIN_FUNCS, ...HEADER_FUNCS },
}
const KNOWN_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(FUNCTION_SETS.basic))

/** templates.Parse: parses src with Go's builtins and docker's functions. */
export function parseTemplate(src: string): Result<Template> {
  try {
    return ok({ source: src, parsed: parse(src, KNOWN_FUNCTIONS) })
  } catch (e) {
    if (e instanceof ParseError) return fail(cliError('invalid-argument', e.message))
    throw e
  }
}

export interface PartialOutput {
  /** What was written before execution stopped (Go writes as it goes). */
  output: string
  /** Go's execution error text, when execution stopped early. */
  error?: string
}

/** Executes t against data and returns what was written even if execution failed. */
export function executePartial(t: Template, data: unknown, functions: FunctionSet = 'basic'): PartialOutput {
  const executor = new Executor(t.parsed, FUNCTION_SETS[functions], data)
  try {
    executor.run(data)
    return { output: executor.out }
  } catch (e) {
    if (e instanceof ExecError) return { output: executor.out, error: e.message }
    throw e
  }
}

/** Template.Execute: the output, or Go's execution error. */
export function executeTemplate(t: Template, data: unknown, functions: FunctionSet = 'basic'): Result<string> {
  const { output, error } = executePartial(t, data, functions)
  return error === undefined ? ok(output) : fail(cliError('invalid-argument', error))
}
