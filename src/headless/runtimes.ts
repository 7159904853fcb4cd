import type { ExternalPrograms } from '../engine/programs'

/** Language runtimes for the headless runner (Node). Filled in with the interactive containers. */
export function nodeRuntimePrograms(): ExternalPrograms {
  return {}
}
