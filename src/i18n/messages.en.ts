/**
 * English UI text: the reference catalog. Every key here must exist in every other language
 * (the Korean catalog is typed against this one). `{name}` marks a parameter.
 * Docker's own output is never translated and never comes from here.
 */
export const en = {
  'app.name': 'Wharf',
  'app.tagline': 'Docker playground',
  'app.skipToTerminal': 'Skip to terminal',
  'app.loading': 'Starting…',

  'header.label': 'Wharf toolbar',
  'header.language': 'Language',
  'header.theme': 'Theme',
  'header.fontSize': 'Font size',
  'header.fontSmaller': 'Smaller text',
  'header.fontLarger': 'Larger text',
  'header.fontSizeValue': '{size} px',
  'header.panels': 'Panels',
  'header.showPanels': 'Show panels',
  'header.hidePanels': 'Hide panels',

  'theme.dark': 'Dark',
  'theme.light': 'Light',
  'theme.contrast': 'High contrast',

  'layout.tabs': 'Views',
  'layout.terminalTab': 'Terminal',
  'layout.panelsTab': 'Panels',

  'terminal.label': 'Terminal',
  'terminal.hint': 'Type docker commands here. Press Tab to complete, Up for history, Ctrl+C to stop.',

  'terminal.tabs': 'Terminals',
  'terminal.newTab': 'New terminal',
  'terminal.closeTab': 'Close terminal {n}',
  'terminal.tabName': 'Terminal {n}',
  'terminal.welcome': 'Welcome to Wharf, a Docker playground. Type docker commands; type help for more.',
  'terminal.help':
    'This terminal is a small Linux host with the docker client.\n' +
    '  docker run hello-world          run your first container\n' +
    '  docker run -d -p 8080:80 nginx  start a web server in the background\n' +
    '  docker ps -a / docker images    list containers and images\n' +
    '  docker --help                   every docker command\n' +
    'Host commands: ls cd pwd cat echo printf mkdir rm cp mv grep wc head tail curl clear help.\n' +
    'Keys: Tab completes, Up/Down browse history, Ctrl+C stops, Ctrl+L clears the screen.',
  'terminal.restored': 'Your previous session was restored.',

  'panels.label': 'Docker state',
  'panels.close': 'Close panels',

  'images.title': 'Images',
  'images.empty': 'No images yet. Try {command}.',
  'images.untagged': '<none>',
  'images.size': 'Size',
  'images.inUse': 'Used by {count}',
  'images.pulling': 'Pulling {ref}',
  'images.layerProgress': 'Layer {id}: {status}',

  'containers.title': 'Containers',
  'containers.empty': 'No containers yet. Try {command}.',
  'containers.image': 'Image',
  'containers.ports': 'Ports',
  'containers.state.created': 'Created',
  'containers.state.running': 'Running',
  'containers.state.paused': 'Paused',
  'containers.state.restarting': 'Restarting',
  'containers.state.removing': 'Removing',
  'containers.state.exited': 'Exited',
  'containers.state.dead': 'Dead',

  'ports.title': 'Ports',
  'ports.empty': 'No published ports. Try {command}.',
  'ports.open': 'Open {host} (container {name}, port {port}) in the browser',
  'ports.container': 'Container',
} as const

export type MessageKey = keyof typeof en
export type Catalog = Record<MessageKey, string>
