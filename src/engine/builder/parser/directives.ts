/**
 * buildkit frontend/dockerfile/parser/directives.go: `# syntax=`, `# escape=`, `# check=` at the
 * top of the file, before any instruction or other comment; each at most once.
 */
import { DockerfileError } from './errors'

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/
const VALID = new Set(['syntax', 'escape', 'check'])

export class DirectiveParser {
  private done = false
  private seen = new Set<string>()
  readonly found: { name: string; value: string }[] = []

  /** The directive on this line, or null (and no later line can hold one). */
  parseLine(line: string): { name: string; value: string } | null {
    if (this.done) return null
    if (!line.startsWith('#')) {
      this.done = true
      return null
    }
    const m = DIRECTIVE.exec(line.slice(1).replace(/^\s+/, ''))
    const k = m?.[1]!.toLowerCase()
    if (!m || !k || !VALID.has(k)) {
      this.done = true
      return null
    }
    if (this.seen.has(k)) throw new DockerfileError(`only one ${k} parser directive can be used`)
    this.seen.add(k)
    const d = { name: k, value: m[2]! }
    this.found.push(d)
    return d
  }
}
