/**
 * curl's progress meter (lib/progress.c in curl 8.5): two header lines, then one line per
 * update, each starting with "\r" so a terminal redraws it in place; a newline when done.
 */
export const METER_HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n'

const KB = 1024
const MB = 1024 * KB
const GB = 1024 * MB

/** max5data: a byte count in at most five columns. */
export function max5(bytes: number): string {
  if (bytes < 100000) return String(bytes).padStart(5)
  if (bytes < 10000 * KB) return `${String(Math.floor(bytes / KB)).padStart(4)}k`
  if (bytes < 100 * MB) return `${String(Math.floor(bytes / MB)).padStart(2)}.${Math.floor((bytes % MB) / (MB / 10))}M`
  if (bytes < 10000 * MB) return `${String(Math.floor(bytes / MB)).padStart(4)}M`
  if (bytes < 100 * GB) return `${String(Math.floor(bytes / GB)).padStart(2)}.${Math.floor((bytes % GB) / (GB / 10))}G`
  return `${String(Math.floor(bytes / GB)).padStart(4)}G`
}

/** time2str: "--:--:--" for nothing, else "HH:MM:SS" (hours space-padded). */
function time2str(seconds: number): string {
  if (seconds <= 0) return '--:--:--'
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds - h * 3600) / 60)
  const s = seconds - h * 3600 - m * 60
  return `${String(h).padStart(2)}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}

export interface MeterState {
  downloaded: number
  uploaded: number
  /** Content-Length of the response, when known. */
  sizeDl?: number
  /** Request body length, when there is one. */
  sizeUl?: number
  /** Time since the transfer started, in microseconds. */
  spentUs: number
}

/** trspeed: bytes per second over the time spent. */
const trspeed = (size: number, us: number) => (us < 1 ? size * 1_000_000 : Math.floor((size * 1_000_000) / us))

/** One meter line (with its leading "\r"). */
export function meterLine(s: MeterState, first = false): string {
  const dlspeed = trspeed(s.downloaded, s.spentUs)
  const ulspeed = trspeed(s.uploaded, s.spentUs)
  // the first update has no earlier sample, so "current" is the average; later ones measure
  // the bytes since the first sample over at least one millisecond
  const current = first ? dlspeed + ulspeed : Math.floor(((s.downloaded + s.uploaded) * 1000) / Math.max(1, Math.floor(s.spentUs / 1000)))
  const percent = (done: number, total: number) => (total > 10000 ? Math.floor(done / Math.floor(total / 100)) : total > 0 ? Math.floor((done * 100) / total) : 0)
  let dlpercen = 0
  let ulpercen = 0
  let dlestimate = 0
  let ulestimate = 0
  if (s.sizeUl !== undefined && ulspeed > 0) {
    ulestimate = Math.floor(s.sizeUl / ulspeed)
    ulpercen = percent(s.uploaded, s.sizeUl)
  }
  if (s.sizeDl !== undefined && dlspeed > 0) {
    dlestimate = Math.floor(s.sizeDl / dlspeed)
    dlpercen = percent(s.downloaded, s.sizeDl)
  }
  const spent = Math.floor(s.spentUs / 1_000_000)
  const estimate = Math.max(ulestimate, dlestimate)
  const expected = (s.sizeUl ?? s.uploaded) + (s.sizeDl ?? s.downloaded)
  const total = percent(s.downloaded + s.uploaded, expected)
  const p3 = (n: number) => String(n).padStart(3)
  return (
    `\r${p3(total)} ${max5(expected)}  ${p3(dlpercen)} ${max5(s.downloaded)}  ${p3(ulpercen)} ${max5(s.uploaded)}  ` +
    `${max5(dlspeed)}  ${max5(ulspeed)} ${time2str(estimate)} ${time2str(spent)} ${time2str(estimate > 0 ? estimate - spent : 0)} ${max5(current)}`
  )
}

/** The line curl draws before anything has moved. */
export const METER_START = meterLine({ downloaded: 0, uploaded: 0, spentUs: 0 }, true)
