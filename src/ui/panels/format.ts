/** Sizes as the docker CLI prints them: decimal units, three significant digits ("187MB", "13.3kB"). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${Number(value.toPrecision(3))}${units[unit]}`
}

/** The 12-hex short ID docker shows, without the "sha256:" prefix. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12)
}

export function fraction(current: number, total: number): number {
  if (!(total > 0)) return 0
  return Math.min(1, Math.max(0, current / total))
}
