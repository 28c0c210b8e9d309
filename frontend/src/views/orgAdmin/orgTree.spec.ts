import { describe, expect, it } from 'vitest'
import { orgTree } from '@/test/fixtures/orgAdmin'
import { findNode, flattenTree, moveTargets, parentCandidates, pathOf } from './orgTree'

const ids = (nodes: { id: number }[]) => nodes.map((n) => n.id)

describe('orgTree', () => {
  it('lists parents before their children', () => {
    expect(ids(flattenTree(orgTree))).toEqual([1, 2, 3, 4, 5])
    expect(findNode(orgTree, 4)?.name).toBe('民事审判党小组')
    expect(findNode(orgTree, 99)).toBeNull()
    expect(findNode(orgTree, undefined)).toBeNull()
  })

  it('offers the organisations of the parent type, never the organisation or what is under it', () => {
    expect(ids(parentCandidates(orgTree, 'group'))).toEqual([3, 5])
    expect(ids(parentCandidates(orgTree, 'branch'))).toEqual([1])
    expect(ids(parentCandidates(orgTree, 'commission'))).toEqual([1])
    expect(parentCandidates(orgTree, 'committee')).toEqual([])
    expect(ids(parentCandidates(orgTree, 'branch', 1))).toEqual([])
  })

  it('moves people anywhere but into the dissolved organisation and what is under it', () => {
    expect(ids(moveTargets(orgTree, 3))).toEqual([1, 2, 5])
    expect(ids(moveTargets(orgTree, 4))).toEqual([1, 2, 3, 5])
  })

  it('names an organisation by its path from the top', () => {
    expect(pathOf(orgTree, 4)).toBe('机关党委 / 第一党支部 / 民事审判党小组')
    expect(pathOf(orgTree, 1)).toBe('机关党委')
  })
})
