import { describe, expect, it } from 'vitest'
import { orgTree } from '@/test/fixtures/admin'
import { branchesOf, findOrg, flattenOrgs } from './adminOrgs'

describe('adminOrgs', () => {
  it('flattens the tree, parents first', () => {
    expect(flattenOrgs(orgTree).map((o) => o.code)).toEqual([
      'committee',
      'commission',
      'branch-1',
      'branch-1-civil',
      'branch-2',
    ])
  })

  it('offers only the branches for branch roles', () => {
    expect(branchesOf(orgTree).map((o) => o.name)).toEqual([
      '第一党支部（审判业务）',
      '第二党支部（执行局）',
    ])
  })

  it('finds an organisation at any depth, and none for no id', () => {
    expect(findOrg(orgTree, 4)?.name).toBe('民事审判党小组')
    expect(findOrg(orgTree, null)).toBeNull()
    expect(findOrg(orgTree, 99)).toBeNull()
  })
})
