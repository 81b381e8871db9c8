import { describe, expect, test } from 'vitest'
import { dateOf, dateTimeOf, fileKind, fileSize, highlightParts, markedParts } from './entryFormat'

describe('entry formatting', () => {
  test('the service’s highlighted fragments become text parts: marks are marked, everything else is plain text', () => {
    expect(markedParts('关于加强<em>校车</em>安全管理的<em>通知</em>')).toEqual([
      { text: '关于加强', mark: false }, { text: '校车', mark: true }, { text: '安全管理的', mark: false }, { text: '通知', mark: true },
    ])
    // escaped markup in the document stays text; only <em>/<mark> mean anything
    expect(markedParts('&lt;script&gt;alert(1)&lt;/script&gt; <em>年报</em> &amp; <b>x</b>')).toEqual([
      { text: '<script>alert(1)</script> ', mark: false }, { text: '年报', mark: true }, { text: ' & x', mark: false },
    ])
    expect(markedParts(null)).toEqual([])
  })

  test('words of a query are marked where the service gave no highlight, longest first, ignoring case', () => {
    expect(highlightParts('校车安全与校车管理 PDF pdf', '校车 pdf')).toEqual([
      { text: '校车', mark: true }, { text: '安全与', mark: false }, { text: '校车', mark: true }, { text: '管理 ', mark: false },
      { text: 'PDF', mark: true }, { text: ' ', mark: false }, { text: 'pdf', mark: true },
    ])
    expect(highlightParts('a+b (c)', 'a+b')).toEqual([{ text: 'a+b', mark: true }, { text: ' (c)', mark: false }])
    expect(highlightParts('无匹配', '')).toEqual([{ text: '无匹配', mark: false }])
  })

  test('dates are Beijing dates whatever the browser’s zone; sizes and kinds read well', () => {
    expect(dateOf('2026-03-01T17:30:00Z')).toBe('2026-03-02')
    expect(dateOf('2026-03-01')).toBe('2026-03-01')
    expect(dateTimeOf('2026-03-01T17:30:00Z')).toBe('2026-03-02 01:30')
    expect(dateOf(null)).toBe('')
    expect(fileSize(532)).toBe('532 B')
    expect(fileSize(12_700)).toBe('12.4 KB')
    expect(fileSize(3_250_000)).toBe('3.1 MB')
    expect(fileKind('检查表.PDF')).toBe('PDF')
    expect(fileKind('无扩展名')).toBe('')
  })
})
