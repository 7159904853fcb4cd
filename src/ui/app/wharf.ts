/**
 * The one place the app gets its engine and terminal session from.
 *
 *   createWharf(): Wharf
 *     facade     the engine's panel view: panelSnapshot() + subscribe() (src/engine/facade.ts)
 *     connect()  a new terminal session for the terminal view (src/ui/terminal/connection.ts);
 *                main.tsx calls it once
 *
 * This body is a stub (an empty engine and a local-echo terminal) so the UI can run alone;
 * the lead replaces it with the real engine and session.
 */
import type { EngineFacade, PanelSnapshot } from '../../engine/facade'
import type { TerminalConnection } from '../terminal/connection'
import { createLocalEchoConnection } from '../terminal/local-echo'

export interface Wharf {
  facade: EngineFacade
  connect(): TerminalConnection
}

export function createWharf(): Wharf {
  const empty: PanelSnapshot = { images: [], containers: [], ports: [], pulls: [] }
  return {
    facade: { panelSnapshot: () => empty, subscribe: () => () => {} },
    connect: createLocalEchoConnection,
  }
}
