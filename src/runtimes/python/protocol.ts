import type { PyEntry, PyProcessSpec, PyStep } from '../../engine/programs/python/port'

/** Page → Pyodide worker. */
export type ToWorker =
  | { type: 'init'; indexURL: string; interrupt?: SharedArrayBuffer }
  | { type: 'open'; sid: number; spec: PyProcessSpec }
  | { type: 'push'; id: number; sid: number; source: string; incoming: PyEntry[] }
  | { type: 'run'; id: number; sid: number; source: string; filename: string; incoming: PyEntry[] }
  | { type: 'close'; sid: number }

/** Pyodide worker → page. */
export type FromWorker =
  | { type: 'ready'; version: string }
  | { type: 'failed'; message: string }
  | { type: 'out'; sid: number; fd: 'stdout' | 'stderr'; text: string }
  | { type: 'step'; id: number; step: PyStep }
