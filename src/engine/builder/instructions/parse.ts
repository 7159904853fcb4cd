/**
 * AST → typed instructions and stages: buildkit frontend/dockerfile/instructions/parse.go.
 * Every error is wrapped as `dockerfile parse error on line N: …` (parseError) and carries the
 * node's lines for the snippet.
 */
import { DockerfileError } from '../parser/errors'
import { chompHeredocContent, parseHeredoc } from '../parser/heredoc'
import { goQuote } from '../../cli/template/gofmt'
import { nextValues, type Node } from '../parser/node'
import { BFlags } from './flags'
import { parseGoDuration } from './duration'
import { suggest } from './suggest'
import type { ArgCommand, Command, HealthConfig, KeyValue, Stage } from './types'

const ALL = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']

class InstructionError extends Error {}
const fail = (msg: string): never => {
  throw new InstructionError(msg)
}

function kvps(args: string[], name: string): KeyValue[] {
  if (args.length === 0) fail(`${name} requires at least one argument`)
  if (args.length % 3 !== 0) fail(`Bad input to ${name}, too many arguments`)
  const out: KeyValue[] = []
  for (let j = 0; j < args.length; j += 3) {
    if (!args[j]) fail(`${name} names can not be blank`)
    out.push({ key: args[j]!, value: args[j + 1]!, noDelim: args[j + 2] === '' })
  }
  return out
}

/** handleJSONArgs: JSON form as is; shell form joined into one string. */
function jsonArgs(args: string[], node: Node): string[] {
  if (node.attributes.json) return args
  return [args.join(' ')]
}

function flagsOf(node: Node, setup: (f: BFlags) => void = () => {}): BFlags {
  const f = new BFlags(node.flags)
  setup(f)
  const err = f.parse()
  if (err) fail(err)
  return f
}

function sourcesAndDest(node: Node, args: string[], name: string) {
  if (args.length < 2) fail(`${name} requires at least two arguments, but only one was provided. Destination could not be determined`)
  const dest = args[args.length - 1]!
  if (parseHeredoc(dest)) fail(`${name} cannot accept a heredoc as a destination`)
  const srcs: string[] = []
  const contents: { path: string; data: string; expand: boolean }[] = []
  for (const src of args.slice(0, -1)) {
    const h = parseHeredoc(src)
    if (!h) srcs.push(src)
    else {
      const doc = node.heredocs.find((x) => x.name === h.name)
      const data = doc?.content ?? ''
      contents.push({ path: h.name, data: h.chomp ? chompHeredocContent(data) : data, expand: h.expand })
    }
  }
  return { srcs, dest, contents }
}

function health(node: Node, args: string[]): HealthConfig {
  if (args.length === 0) fail('HEALTHCHECK requires at least one argument')
  let typ = args[0]!.toUpperCase()
  const rest = args.slice(1)
  const h: HealthConfig = { test: [], interval: 0, timeout: 0, startPeriod: 0, startInterval: 0, retries: 0 }
  if (typ === 'NONE') {
    if (rest.length) fail('HEALTHCHECK NONE takes no arguments')
    h.test = ['NONE']
    return h
  }
  const f = flagsOf(node, (f) => f.addString('interval').addString('timeout').addString('start-period').addString('start-interval').addString('retries'))
  if (typ !== 'CMD') fail(`Unknown type ${goQuote(typ)} in HEALTHCHECK (try CMD)`)
  const cmd = jsonArgs(rest, node)
  if (cmd.length === 0 || (cmd.length === 1 && cmd[0] === '')) fail('Missing command after HEALTHCHECK CMD')
  if (!node.attributes.json) typ = 'CMD-SHELL'
  h.test = [typ, ...cmd]
  const interval = (name: string) => {
    const v = f.get(name)
    if (!v) return 0
    const d = parseGoDuration(v)
    if (d === null) return fail(`time: invalid duration ${goQuote(v)}`)
    if (d !== 0 && d < 1e6) fail(`Interval ${goQuote(name)} cannot be less than 1ms`)
    return d
  }
  h.interval = interval('interval')
  h.timeout = interval('timeout')
  h.startPeriod = interval('start-period')
  h.startInterval = interval('start-interval')
  const r = f.get('retries')
  if (r) {
    if (!/^[+-]?\d+$/.test(r)) fail(`strconv.ParseInt: parsing ${goQuote(r)}: invalid syntax`)
    if (Number(r) < 0) fail(`--retries cannot be negative (${Number(r)})`)
    h.retries = Number(r)
  }
  return h
}

function parseCommand(node: Node): Command | Stage | ArgCommand {
  const args = nextValues(node)
  const code = node.original.trim()
  const base = { node, code }
  const lower = node.value.toLowerCase()
  switch (lower) {
    case 'env':
      flagsOf(node)
      return { ...base, kind: 'env', env: kvps(args, 'ENV') }
    case 'label':
      flagsOf(node)
      return { ...base, kind: 'label', labels: kvps(args, 'LABEL') }
    case 'maintainer':
      if (args.length !== 1) fail('MAINTAINER requires exactly one argument')
      flagsOf(node)
      return { ...base, kind: 'maintainer', maintainer: args[0]! }
    case 'add':
    case 'copy': {
      const name = lower.toUpperCase()
      if (args.length < 2) fail(`${name} requires at least two arguments, but only one was provided. Destination could not be determined`)
      const f = flagsOf(node, (f) => {
        f.addString('chown').addString('chmod').addBool('link').addStrings('exclude')
        if (lower === 'copy') f.addString('from').addBool('parents')
        else f.addBool('keep-git-dir').addString('checksum').addBool('unpack')
      })
      return { ...base, kind: lower, ...sourcesAndDest(node, args, name), from: f.get('from'), chown: f.get('chown'), chmod: f.get('chmod') }
    }
    case 'from': {
      let name = ''
      if (args.length === 3 && args[1]!.toLowerCase() === 'as') {
        name = args[2]!.toLowerCase()
        if (!/^[a-z][a-z0-9-_.]*$/.test(name)) fail(`invalid name for build stage: ${goQuote(args[2]!)}, name can't start with a number or contain symbols`)
      } else if (args.length !== 1) fail('FROM requires either one or three arguments')
      const f = flagsOf(node, (f) => f.addString('platform'))
      return { baseName: args[0]!, name, platform: f.get('platform'), node, code, commands: [] }
    }
    case 'onbuild': {
      if (!node.next || node.next.children.length === 0) fail('ONBUILD requires at least one argument')
      flagsOf(node)
      const trigger = node.next!.children[0]!.value.toUpperCase()
      if (trigger === 'ONBUILD') fail('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed')
      if (trigger === 'MAINTAINER' || trigger === 'FROM') fail(`${trigger} isn't allowed as an ONBUILD trigger`)
      let expression = node.original.replace(/^\s*ONBUILD\s*/i, '')
      for (const h of node.heredocs) expression += `\n${h.content}${h.name}`
      return { ...base, kind: 'onbuild', expression }
    }
    case 'workdir':
      if (args.length !== 1) fail('WORKDIR requires exactly one argument')
      flagsOf(node)
      return { ...base, kind: 'workdir', path: args[0]! }
    case 'run':
    case 'cmd':
    case 'entrypoint': {
      flagsOf(node, (f) => {
        if (lower === 'run') f.addStrings('mount').addString('network').addString('security').addString('device')
      })
      let cmdLine: string[] | null = jsonArgs(args, node)
      if (lower === 'entrypoint' && cmdLine.length === 0) cmdLine = null
      return { ...base, kind: lower, cmdLine, prependShell: !node.attributes.json, files: node.heredocs }
    }
    case 'healthcheck':
      return { ...base, kind: 'healthcheck', health: health(node, args) }
    case 'expose':
      if (args.length === 0) fail('EXPOSE requires at least one argument')
      flagsOf(node)
      return { ...base, kind: 'expose', ports: [...args].sort() }
    case 'user':
      if (args.length !== 1) fail('USER requires exactly one argument')
      flagsOf(node)
      return { ...base, kind: 'user', user: args[0]! }
    case 'volume': {
      if (args.length === 0) fail('VOLUME requires at least one argument')
      flagsOf(node)
      const volumes = args.map((v) => v.trim())
      if (volumes.some((v) => v === '')) fail('VOLUME specified can not be an empty string')
      return { ...base, kind: 'volume', volumes }
    }
    case 'stopsignal':
      if (args.length !== 1) fail('STOPSIGNAL requires exactly one argument')
      return { ...base, kind: 'stopsignal', signal: args[0]! }
    case 'arg':
      if (args.length === 0) fail('ARG requires at least one argument')
      return {
        node,
        args: args.map((a) => {
          const i = a.indexOf('=')
          if (i === 0) fail('ARG names can not be blank')
          return i < 0 ? { key: a, value: null } : { key: a.slice(0, i), value: a.slice(i + 1) }
        }),
      }
    case 'shell': {
      flagsOf(node)
      const shell = jsonArgs(args, node)
      if (shell.length === 0) fail('SHELL requires at least one argument')
      if (!node.attributes.json) fail(`SHELL requires the arguments to be in JSON form`)
      return { ...base, kind: 'shell', shell }
    }
  }
  const s = suggest(node.value, ALL)
  return fail(`unknown instruction: ${node.value}${s ? ` (did you mean ${s}?)` : ''}`)
}

export interface ParsedStages {
  stages: Stage[]
  metaArgs: ArgCommand[]
}

const isStage = (c: Command | Stage | ArgCommand): c is Stage => 'baseName' in c
const isArg = (c: Command | Stage | ArgCommand): c is ArgCommand => !('kind' in c) && !('baseName' in c)

/** instructions.Parse: stages, and the ARGs before the first FROM. */
export function parseStages(ast: Node): ParsedStages {
  const stages: Stage[] = []
  const metaArgs: ArgCommand[] = []
  for (const n of ast.children) {
    let cmd: Command | Stage | ArgCommand
    try {
      cmd = parseCommand(n)
    } catch (e) {
      if (!(e instanceof InstructionError)) throw e
      throw new DockerfileError(`dockerfile parse error on line ${n.startLine}: ${e.message}`, [{ start: n.startLine, end: n.endLine }])
    }
    if (stages.length === 0 && isArg(cmd)) {
      metaArgs.push(cmd)
      continue
    }
    if (isStage(cmd)) stages.push(cmd)
    else {
      const st = stages[stages.length - 1]
      if (!st) throw new DockerfileError('no build stage in current context', [{ start: n.startLine, end: n.endLine }])
      const c: Command = isArg(cmd) ? ({ node: n, code: n.original.trim(), kind: 'arg', args: cmd.args } as unknown as Command) : cmd
      st.commands.push(c)
    }
  }
  return { stages, metaArgs }
}
