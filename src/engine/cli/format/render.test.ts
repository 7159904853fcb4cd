import { describe, expect, it } from 'vitest'
import { goStruct } from '../template'
import { renderFormat, templateString } from './render'

const PS_HEADERS = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', RunningFor: 'CREATED', CreatedAt: 'CREATED AT',
  Status: 'STATUS', State: 'STATE', Ports: 'PORTS', Names: 'NAMES', Size: 'SIZE', Labels: 'LABELS',
}
const PS_TABLE = 'table {{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}'
const IMAGES_TABLE = 'table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}\\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\\t{{.Size}}'
const IMAGES_HEADERS = { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', CreatedSince: 'CREATED', Size: 'SIZE' }

const row = (o: Record<string, unknown>) => goStruct(o, '*formatter.ContainerContext')
const c5 = row({
  ID: 'container_id', Image: 'busybox:latest', Command: '"top"', RunningFor: 'About a minute ago',
  Status: 'Up 1 minute', Ports: '8.8.8.8:82->82/tcp', Names: 'c5', State: 'running', Labels: '',
})

function rendered(format: string, items: unknown[], headers: Record<string, string> = PS_HEADERS): string {
  const r = renderFormat(format, items, { headers })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('templateString (Context.preFormat)', () => {
  it('strips table, trims spaces only and unescapes \\t and \\n', () => {
    expect(templateString('table {{.ID}}\\t{{.Names}}  ')).toBe('{{.ID}}\t{{.Names}}')
    expect(templateString('  {{.ID}}\\n ')).toBe('{{.ID}}\n')
    expect(templateString('\t{{.ID}}')).toBe('\t{{.ID}}')
    expect(templateString('json')).toBe('{{json .}}')
    expect(templateString(' json')).toBe('json')
    expect(templateString('table')).toBe('')
  })
})

describe('renderFormat', () => {
  it('prints only the header for an empty docker ps (docker-reference §1.1)', () => {
    expect(rendered(PS_TABLE, [])).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n')
  })

  it('prints only the header for an empty docker images', () => {
    expect(rendered(IMAGES_TABLE, [], IMAGES_HEADERS)).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n')
  })

  it('matches the container-list-without-format golden', () => {
    expect(rendered(PS_TABLE, [c5])).toBe(
      'CONTAINER ID   IMAGE            COMMAND   CREATED              STATUS        PORTS                NAMES\n' +
        'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute   8.8.8.8:82->82/tcp   c5\n',
    )
  })

  it('keeps trailing padding before an empty last column', () => {
    const a = row({ Names: 'a', Image: 'alpine', Ports: '' })
    expect(rendered('table {{.Names}}\\t{{.Image}}\\t{{.Ports}}', [a])).toBe('NAMES     IMAGE     PORTS\na         alpine    \n')
  })

  it('renders images with the N/A fallback', () => {
    const img = { Repository: 'alpine', Tag: 'latest', ID: '1234567890ab', CreatedSince: '3 weeks ago', Size: '7.8MB' }
    const none = { Repository: '<none>', Tag: '<none>', ID: 'ba0987654321', CreatedSince: '', Size: '0B' }
    expect(rendered(IMAGES_TABLE, [img, none], IMAGES_HEADERS)).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\n' +
        'alpine       latest    1234567890ab   3 weeks ago   7.8MB\n' +
        '<none>       <none>    ba0987654321   N/A           0B\n',
    )
  })

  it('has no header and no alignment for a non-table format', () => {
    expect(rendered('{{.Names}}\\t{{.Image}}', [c5, row({ Names: 'longer-name', Image: 'x' })])).toBe('c5\tbusybox:latest\nlonger-name\tx\n')
    expect(rendered('{{.ID}}', [])).toBe('')
  })

  it('renders --format json as {{json .}} per item', () => {
    expect(rendered('json', [{ Names: 'a', ID: 'x' }])).toBe('{"ID":"x","Names":"a"}\n')
  })

  it('keeps header labels intact through docker header functions', () => {
    expect(rendered('table {{.Names | upper}}\\t{{lower .Image}}\\t{{truncate .ID 3}}', [c5])).toBe(
      'NAMES     IMAGE            CONTAINER ID\nC5        busybox:latest   con\n',
    )
    expect(rendered('table {{pad .Names 1 1}}|', [c5])).toBe(' NAMES |\n c5 |\n')
  })

  it('keeps the header written before a header execution error', () => {
    expect(rendered('table {{.Names}}\\t{{json .}}', [row({ Names: 'a' })])).toBe('NAMES     \na         {"Names":"a"}\n')
  })

  it('fails the whole output when a row fails, behind "template parsing error: "', () => {
    const r = renderFormat('table {{.Nope}}', [c5], { headers: PS_HEADERS })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.message).toBe(
        'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
      )
    }
    const p = renderFormat('{{.ID', [c5], { headers: PS_HEADERS })
    expect(p.ok ? '' : p.error.message).toBe('template parsing error: template: :1: unclosed action')
  })
})
