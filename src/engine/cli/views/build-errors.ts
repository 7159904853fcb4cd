/**
 * What buildx prints when a build fails (buildx cmd/buildx/main.go, buildkit
 * solver/errdefs/source.go `Source.Print`): the failing step's log box, the Dockerfile snippet
 * around the error lines, then `ERROR: failed to build: failed to solve: …`.
 */
import type { BuildFailure } from '../../builder/solver'

export function logBox(box: { name: string; logs: { time: number; text: string }[]; started: number }): string {
  let s = `------\n > ${box.name}:\n`
  for (const l of box.logs.slice(-10)) s += `${((l.time - box.started) / 1000).toFixed(3)} ${l.text}\n`
  return s + '------\n'
}

export function snippet(filename: string, data: string, f: BuildFailure): string {
  if (f.lines.length === 0) return ''
  const lines = data.split('\n')
  let start = Math.min(...f.lines.map((r) => r.start))
  let end = Math.max(...f.lines.map((r) => Math.max(r.start, r.end)))
  if (start > lines.length || start < 1) return ''
  if (end > lines.length) end = lines.length
  const pad = end === start ? 4 : 2
  const prepadStart = start
  for (let p = 0; p < pad; ) {
    if (start > 1) {
      start--
      p++
    }
    if (end !== lines.length) {
      end++
      p++
    }
    p++
  }
  const contains = (l: number) => f.lines.some((r) => r.start <= l && Math.max(r.start, r.end) >= l)
  let s = `${filename}:${prepadStart}\n--------------------\n`
  for (let i = start; i <= end; i++) s += ` ${String(i).padStart(3)} | ${contains(i) ? '>>>' : '   '} ${lines[i - 1]}\n`
  return s + '--------------------\n'
}
