/** Flag definitions several docker commands share (docker/cli cli/flags/options.go, cli/command/*). */
import type { FlagSpec } from '../types'

/** flagsHelper.FormatHelp: --format of list commands. */
export const FORMAT_HELP = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`

/** flagsHelper.InspectFormatHelp: --format of inspect commands. */
export const INSPECT_FORMAT_HELP = `Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`

export const formatFlag: FlagSpec = { name: 'format', type: 'string', usage: FORMAT_HELP }
export const inspectFormatFlag: FlagSpec = { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }

/** DOCKER_CONTENT_TRUST is unset in the playground, so content trust is off: the default is true. */
export function contentTrustFlag(usage = 'Skip image verification'): FlagSpec {
  return { name: 'disable-content-trust', type: 'bool', usage, default: true }
}

/** addPlatformFlag (cli/command/container/opts.go, cli/command/image/opts.go); DOCKER_DEFAULT_PLATFORM is unset. */
export const platformFlag: FlagSpec = {
  name: 'platform',
  type: 'string',
  usage: 'Set platform if server is multi-platform capable',
}
