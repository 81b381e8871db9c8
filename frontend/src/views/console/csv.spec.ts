import { describe, expect, test } from 'vitest'
import { toCsv } from './csv'

describe('CSV export', () => {
  test('quotes commas, quotes and line breaks; starts with a BOM for Excel', () => {
    const csv = toCsv([['编号', '事项'], ['A-1', '关于"年报",的申请\n第二行'], [null, 3]])
    expect(csv.startsWith('\ufeff')).toBe(true)
    expect(csv.slice(1)).toBe('编号,事项\r\nA-1,"关于""年报"",的申请\n第二行"\r\n,3\r\n')
  })

  test('cells that spreadsheets would run as formulas are neutralised', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@a', 'ok']]).slice(1)).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@a,ok\r\n`)
  })
})
