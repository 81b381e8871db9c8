import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import zh from './zh-CN'
import en from './en-US'

const SRC = resolve(__dirname, '..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : []
  })
}

function resolveKey(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages)
}

/** Every literal message key in the code: t('a.b'), label: 'a.b' in route metas and menus, title: 'a.b'. */
function usedKeys(): Map<string, string> {
  const found = new Map<string, string>()
  const patterns = [/\bt\(\s*'([a-zA-Z][\w]*(?:\.[\w]+)+)'/g, /\b(?:title|label|group|text):\s*'([a-z][\w]*\.[\w.]+)'/g]
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8')
    for (const re of patterns) for (const m of text.matchAll(re)) found.set(m[1], file.slice(SRC.length + 1))
  }
  return found
}

describe('messages', () => {
  test('every message key the code uses exists in Chinese and English', () => {
    const missing: string[] = []
    for (const [key, file] of usedKeys()) {
      for (const [name, messages] of [['zh-CN', zh], ['en-US', en]] as const) {
        if (typeof resolveKey(messages, key) !== 'string') missing.push(`${name} ${key} (${file})`)
      }
    }
    expect(missing).toEqual([])
  })

  test('the scan finds the keys (so the test above can fail)', () => {
    expect(usedKeys().size).toBeGreaterThan(100)
  })
})
