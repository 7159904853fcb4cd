export { pythonProgram, parsePythonArgs } from './program'
export { warmPythonOnDemand } from './warm'
export { pythonBanner } from './banner'
export type { PyEntry, PyOutput, PyProcessSpec, PyStep, PythonSandboxFactory, PythonSession } from './port'
