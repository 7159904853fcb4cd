import { describe, expect, it } from 'vitest'
import { ellipsis } from './ellipsis'
import { stringWidth } from './runewidth'
import { TabWriter, tabwrite } from './tabwriter'

describe('tabwrite with docker settings (minwidth 10, padding 3)', () => {
  it('renders the empty docker ps header (docker-reference §1.1)', () => {
    const header = 'CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n'
    expect(tabwrite(header)).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n')
  })

  it('renders the empty docker images header', () => {
    expect(tabwrite('REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE\n')).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n')
  })

  it('matches the container-list-without-format golden', () => {
    const text =
      'CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n' +
      'container_id\tbusybox:latest\t"top"\tAbout a minute ago\tUp 1 minute\t8.8.8.8:82->82/tcp\tc5\n'
    expect(tabwrite(text)).toBe(
      'CONTAINER ID   IMAGE            COMMAND   CREATED              STATUS        PORTS                NAMES\n' +
        'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute   8.8.8.8:82->82/tcp   c5\n',
    )
  })

  it('keeps the padding of the cell before an empty last cell', () => {
    expect(tabwrite('NAMES\tIMAGE\tPORTS\na\talpine\t\n')).toBe('NAMES     IMAGE     PORTS\na         alpine    \n')
  })

  it('never pads the last cell of a line', () => {
    expect(tabwrite('a\tb\n')).toBe('a         b\n')
  })

  it('uses column blocks: a line without a tab flushes the lines before it', () => {
    const out = tabwrite('long-cell-value\tx\nplain line\nz\ty\n')
    expect(out).toBe('long-cell-value   x\nplain line\nz         y\n')
  })

  it('sizes a column only over the consecutive lines that have it', () => {
    expect(tabwrite('a\tb\tc\nd\te\n')).toBe('a         b         c\nd         e\n')
    expect(tabwrite('a\tbbbbbbbbbbbb\tc\nd\te\tf\n')).toBe('a         bbbbbbbbbbbb   c\nd         e              f\n')
  })

  it('counts East Asian wide characters as two columns', () => {
    expect(tabwrite('名前名前名前\tx\nab\ty\n')).toBe('名前名前名前   x\nab             y\n')
  })

  it('writes text without a final newline as it is', () => {
    const tw = new TabWriter()
    tw.write('a\tb')
    expect(tw.flush()).toBe('a         b')
  })
})

describe('stringWidth', () => {
  it('counts wide, narrow and combining characters', () => {
    expect(stringWidth('abc')).toBe(3)
    expect(stringWidth('한국어')).toBe(6)
    expect(stringWidth('ｆｕｌｌ')).toBe(8)
    expect(stringWidth('e\u0301')).toBe(1)
    expect(stringWidth('🐳')).toBe(2)
  })
})

describe('ellipsis (formatter.Ellipsis)', () => {
  it('cuts ASCII by rune count', () => {
    expect(ellipsis('/docker-entrypoint.sh nginx -g daemon off;', 20)).toBe('/docker-entrypoint.…')
    expect(ellipsis('docker-entrypoint.sh node', 20)).toBe('docker-entrypoint.s…')
    expect(ellipsis('/bin/bash', 20)).toBe('/bin/bash')
    expect(ellipsis('12345678901234567890', 20)).toBe('12345678901234567890')
    expect(ellipsis('123456789012345678901', 20)).toBe('1234567890123456789…')
  })
  it('handles tiny widths like docker', () => {
    expect(ellipsis('abc', 0)).toBe('')
    expect(ellipsis('abc', -1)).toBe('')
    expect(ellipsis('abc', 1)).toBe('a')
    expect(ellipsis('한국', 1)).toBe('한')
  })
  it('measures wide characters as two columns', () => {
    expect(ellipsis('한국어한국어', 6)).toBe('한국…')
    expect(ellipsis('한국어', 6)).toBe('한국어')
    expect(ellipsis('a한국어', 6)).toBe('a한국…')
    expect(ellipsis('é€abcdef', 5)).toBe('é€ab…')
  })
})
