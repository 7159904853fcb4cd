import type { ContainerRecord } from '../../daemon/state'

/** moby daemon/container/view.go: Path and Args joined, args with a space in single quotes. */
export function fullCommand(c: ContainerRecord): string {
  const args = c.args.map((a) => (a.includes(' ') ? `'${a}'` : a))
  return [c.path, ...args].join(' ')
}
