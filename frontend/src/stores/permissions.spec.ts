import { describe, expect, test } from 'vitest'
import { hasPermission, satisfies } from './permissions'

describe('permissions (same rule as kernel.auth.Principal.has)', () => {
  test.each([
    [['*'], 'auth.user:manage', true],
    [['catalog.*'], 'catalog.agency:write', true],
    [['catalog.*'], 'auth.user:read', false],
    [['auth.user:read'], 'auth.user:read', true],
    [['auth.user:read'], 'auth.user:manage', false],
    [[], 'audit:read', false],
  ])('%j has %s → %s', (granted, perm, expected) => {
    expect(hasPermission(granted, perm)).toBe(expected)
  })

  test('a requirement of several permissions is met by any one of them', () => {
    expect(satisfies(['auth.user:read'], ['auth.user:read', 'auth.user:manage'])).toBe(true)
    expect(satisfies(['audit:read'], ['auth.user:read', 'auth.user:manage'])).toBe(false)
    expect(satisfies([], undefined)).toBe(true)
    expect(satisfies([], [])).toBe(true)
  })
})
