// Small formatting helpers shared by the catalog pages of the portal and the console.

// dates are shown in the platform's time zone (see api/clock.ts)
export { dateOf, dateTimeOf } from '@/api/clock'

/** A file size for people: 532 B, 12.4 KB, 3.1 MB. */
export function fileSize(bytes: number | null | undefined): string {
  if (bytes == null) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The upper-case extension of a file name ("PDF"), for a small badge next to an attachment. */
export function fileKind(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(filename)
  return m ? m[1].toUpperCase() : ''
}

export interface TextPart {
  text: string
  mark: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' }
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, e: string) => ENTITIES[e])

/**
 * A highlighted fragment from the search service (HTML-escaped text with the matches in <em>, e.g.
 * "…关于<em>校车</em>安全…") as text parts, so the page renders the marks as elements and everything else as plain
 * text (never as HTML).
 */
export function markedParts(fragment: string | null | undefined): TextPart[] {
  if (!fragment) return []
  const out: TextPart[] = []
  const re = /<(em|mark)>([\s\S]*?)<\/\1>/g
  let last = 0
  for (let m = re.exec(fragment); m; m = re.exec(fragment)) {
    if (m.index > last) out.push({ text: decode(stripTags(fragment.slice(last, m.index))), mark: false })
    out.push({ text: decode(stripTags(m[2])), mark: true })
    last = m.index + m[0].length
  }
  if (last < fragment.length) out.push({ text: decode(stripTags(fragment.slice(last))), mark: false })
  return out.filter((p) => p.text)
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '')
}

/**
 * Marks every occurrence of the query's words in `text` (case-insensitive), for fields the service does not
 * highlight itself. Words are the query split on spaces; longer words are matched first.
 */
export function highlightParts(text: string | null | undefined, query: string | null | undefined): TextPart[] {
  if (!text) return []
  const words = [...new Set((query ?? '').split(/[\s\u3000,，;；]+/).filter(Boolean))].sort((a, b) => b.length - a.length)
  if (!words.length) return [{ text, mark: false }]
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi')
  const out: TextPart[] = []
  let last = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) break
    if (m.index > last) out.push({ text: text.slice(last, m.index), mark: false })
    out.push({ text: m[0], mark: true })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false })
  return out
}
