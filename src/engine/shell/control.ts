/** Non-local control flow inside the interpreter (exceptions used only for this). */
export class BreakSignal {
  constructor(public levels: number) {}
}
export class ContinueSignal {
  constructor(public levels: number) {}
}
export class ReturnSignal {
  constructor(readonly status: number) {}
}
export class ExitSignal {
  constructor(readonly status: number) {}
}
/** Ctrl+C in an interactive shell: abandon the current command line. */
export class InterruptSignal {}
