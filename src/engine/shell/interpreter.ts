import { bufferStream } from '../process/types'
import type { AndOr, Case, Command, For, If, List, Loop, Pipeline } from './ast'
import { BreakSignal, ContinueSignal, ExitSignal, InterruptSignal, ReturnSignal } from './control'
import { ExpansionError, expandFields, expandPatternWord, expandString } from './expand'
import { matchPattern } from './glob'
import { type ShellIO, outputOf, withFd } from './io'
import { parse } from './parser'
import { RedirectError, applyRedirects } from './redirects'
import { ShellState } from './shell'
import { runSimpleCommand } from './simple-command'
import { BrokenPipeError, createPipe } from './streams'
import { syntaxErrorMessage } from './flavor'
import { ShellSyntaxError } from './syntax-error'

/** Status of a command killed by SIGPIPE (128 + 13). */
const SIGPIPE_STATUS = 141
/** How many commands run between yields to the event loop, so Ctrl+C and redraws get a turn. */
const YIELD_EVERY = 500

/** The interpreter: runs syntax trees over a ShellState, streaming through pipes. */
export class Shell extends ShellState {
  override async commandSubstitution(source: string): Promise<string> {
    const sub = this.clone()
    const out = bufferStream()
    const io = withFd(this.currentIO, 1, out)
    this.substitutionStatus = await sub.runSource(source, io)
    return out.text()
  }

  /** Parse and run a script; syntax errors print and give status 2. */
  async runSource(source: string, io: ShellIO): Promise<number> {
    let list: List
    try {
      list = parse(source)
    } catch (e) {
      if (e instanceof ShellSyntaxError) return this.reportSyntaxError(e, io, source)
      throw e
    }
    return this.runIsolated(list, io)
  }

  /** `eval` and `.`: run in this shell, letting `exit` and `return` through. */
  async runSourceInPlace(source: string, io: ShellIO): Promise<number> {
    let list: List
    try {
      list = parse(source)
    } catch (e) {
      if (e instanceof ShellSyntaxError) return this.reportSyntaxError(e, io, source)
      throw e
    }
    return this.runList(list, io)
  }

  reportSyntaxError(e: ShellSyntaxError, io: ShellIO, source: string): number {
    this.line = e.line || this.line
    const text = syntaxErrorMessage(this.flavor, e.token, e.unmatched)
    if (this.flavor === 'bash' && this.source.kind === 'command') {
      outputOf(io, 2).write(`${this.name}: -c: line ${this.line}: ${text}\n`)
      const lineText = source.split('\n')[this.line - 1] ?? ''
      if (!e.unmatched && e.token !== 'EOF') outputOf(io, 2).write(`${this.name}: -c: line ${this.line}: \`${lineText}'\n`)
    } else this.error(io, text)
    this.status = 2
    return 2
  }

  /** Run a list as the body of a (sub)shell: `exit` ends it with its status. */
  async runIsolated(list: List, io: ShellIO): Promise<number> {
    try {
      return await this.runList(list, io)
    } catch (e) {
      if (e instanceof ExitSignal) return (this.status = e.status)
      if (e instanceof ReturnSignal) return (this.status = e.status)
      if (e instanceof BreakSignal || e instanceof ContinueSignal) return this.status
      if (e instanceof BrokenPipeError) return SIGPIPE_STATUS
      throw e
    }
  }

  async runList(list: List, io: ShellIO): Promise<number> {
    for (const item of list.items) {
      if (item.background) {
        const sub = this.clone()
        const job = sub.runIsolated({ type: 'list', items: [{ command: item.command, background: false }] }, io)
        this.jobs.push(job)
        this.lastBackground = String(this.session.nextJobPid++)
        this.status = 0
      } else await this.runAndOr(item.command, io)
    }
    return this.status
  }

  private async runAndOr(node: AndOr, io: ShellIO): Promise<number> {
    const all = [{ op: '&&' as const, pipeline: node.first }, ...node.rest]
    let status = 0
    for (let k = 0; k < all.length; k++) {
      const step = all[k]!
      if (k > 0 && (step.op === '&&') !== (status === 0)) continue
      const last = k === all.length - 1
      if (!last) this.conditionDepth++
      try {
        status = await this.runPipeline(step.pipeline, io)
      } finally {
        if (!last) this.conditionDepth--
      }
      if (last && status !== 0 && !step.pipeline.bang && this.options.errexit && this.conditionDepth === 0) throw new ExitSignal(status)
    }
    return status
  }

  private async runPipeline(p: Pipeline, io: ShellIO): Promise<number> {
    let status: number
    if (p.commands.length === 1) status = await this.runCommand(p.commands[0]!, io)
    else {
      const pipes = p.commands.slice(1).map(() => createPipe())
      const stages = p.commands.map(async (cmd, k) => {
        let stageIO = io
        if (k > 0) stageIO = withFd(stageIO, 0, pipes[k - 1]!.input)
        if (k < pipes.length) stageIO = withFd(stageIO, 1, pipes[k]!.output)
        try {
          const sub = this.clone()
          return await sub.runIsolated({ type: 'list', items: [{ command: { type: 'andor', first: { type: 'pipeline', bang: false, commands: [cmd] }, rest: [] }, background: false }] }, stageIO)
        } finally {
          pipes[k]?.closeWrite()
          pipes[k - 1]?.closeRead()
        }
      })
      const statuses = await Promise.all(stages)
      status = statuses[statuses.length - 1]!
    }
    if (p.bang) status = status === 0 ? 1 : 0
    this.status = status
    return status
  }

  private async checkpoint(): Promise<void> {
    if (this.ctx.signals.terminated.cancelled) throw new ExitSignal(143)
    if (this.session.interrupted) {
      this.session.interrupted = false
      throw new InterruptSignal()
    }
    if (++this.session.commandsRun % YIELD_EVERY === 0) await this.ctx.host.clock.sleep(0, this.ctx.signals.terminated)
  }

  async runCommand(cmd: Command, io: ShellIO): Promise<number> {
    await this.checkpoint()
    if (cmd.type === 'simple') {
      this.line = cmd.line
      return (this.status = await runSimpleCommand(this, cmd, io))
    }
    if (cmd.type === 'function') {
      this.functions.set(cmd.name, cmd)
      return (this.status = 0)
    }
    let redirected: ShellIO
    try {
      redirected = await applyRedirects(this, cmd.redirects, io)
    } catch (e) {
      return (this.status = this.reportExpansionFailure(e, io))
    }
    switch (cmd.type) {
      case 'subshell':
        return (this.status = await this.clone().runIsolated(cmd.body, redirected))
      case 'group':
        return this.runList(cmd.body, redirected)
      case 'if':
        return this.runIf(cmd, redirected)
      case 'for':
        return this.runFor(cmd, redirected)
      case 'loop':
        return this.runLoop(cmd, redirected)
      case 'case':
        return this.runCase(cmd, redirected)
    }
  }

  /** Expansion and redirect failures print `<prefix><message>` and give status 1. */
  reportExpansionFailure(e: unknown, io: ShellIO): number {
    if (e instanceof RedirectError || e instanceof ExpansionError) {
      this.error(io, e.message)
      if (e instanceof ExpansionError && !this.interactive) throw new ExitSignal(1)
      return 1
    }
    throw e
  }

  async runCondition(list: List, io: ShellIO): Promise<number> {
    this.conditionDepth++
    try {
      return await this.runList(list, io)
    } finally {
      this.conditionDepth--
    }
  }

  private async runIf(cmd: If, io: ShellIO): Promise<number> {
    for (const b of cmd.branches) {
      if ((await this.runCondition(b.cond, io)) === 0) return this.runList(b.body, io)
    }
    if (cmd.otherwise) return this.runList(cmd.otherwise, io)
    return (this.status = 0)
  }

  /** Runs a loop body; returns 'break' when the loop must end. */
  private async loopBody(body: List, io: ShellIO): Promise<'next' | 'break'> {
    try {
      await this.runList(body, io)
    } catch (e) {
      if (e instanceof BreakSignal) {
        if (--e.levels > 0) throw e
        return 'break'
      }
      if (e instanceof ContinueSignal) {
        if (--e.levels > 0) throw e
        return 'next'
      }
      throw e
    }
    return 'next'
  }

  private async runFor(cmd: For, io: ShellIO): Promise<number> {
    let items: string[]
    try {
      items = cmd.items === null ? [...this.positionalArgs] : (await Promise.all(cmd.items.map((w) => expandFields(this, w)))).flat()
    } catch (e) {
      return (this.status = this.reportExpansionFailure(e, io))
    }
    this.status = 0
    this.loopDepth++
    try {
      for (const item of items) {
        this.setVar(cmd.name, item)
        if ((await this.loopBody(cmd.body, io)) === 'break') break
      }
    } finally {
      this.loopDepth--
    }
    return this.status
  }

  private async runLoop(cmd: Loop, io: ShellIO): Promise<number> {
    let status = 0
    this.loopDepth++
    try {
      for (;;) {
        const cond = await this.runCondition(cmd.cond, io)
        if ((cond === 0) === cmd.until) break
        const next = await this.loopBody(cmd.body, io)
        status = this.status
        if (next === 'break') break
      }
    } finally {
      this.loopDepth--
    }
    return (this.status = status)
  }

  private async runCase(cmd: Case, io: ShellIO): Promise<number> {
    let word: string
    try {
      word = await expandString(this, cmd.word)
    } catch (e) {
      return (this.status = this.reportExpansionFailure(e, io))
    }
    this.status = 0
    for (let k = 0; k < cmd.arms.length; k++) {
      const arm = cmd.arms[k]!
      let matched = false
      for (const p of arm.patterns) if (matchPattern(await expandPatternWord(this, p), word)) matched = true
      if (!matched) continue
      for (let j = k; j < cmd.arms.length; j++) {
        const body = cmd.arms[j]!.body
        if (body) await this.runList(body, io)
        if (!cmd.arms[j]!.fallthrough) break
      }
      return this.status
    }
    return this.status
  }
}
