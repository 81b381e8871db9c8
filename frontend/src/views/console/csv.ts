import { saveBlob } from '@/api/http'

/** CSV (RFC 4180) with a UTF-8 byte-order mark, so Excel opens Chinese text correctly. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v == null ? '' : String(v)
    // a leading = + - @ would be read as a formula by spreadsheet programs
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

export function saveCsv(filename: string, csv: string): void {
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename)
}
