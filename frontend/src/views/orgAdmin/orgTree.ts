import type { OrgNode, OrgType } from '@/api/org'
import { PARENT_TYPE } from '@/api/orgAdmin'

/** Every organisation of the tree, parents before their children. */
export function flattenTree(tree: OrgNode[]): OrgNode[] {
  return tree.flatMap((node) => [node, ...flattenTree(node.children ?? [])])
}

/** The organisation with this id, wherever it is in the tree. */
export function findNode(tree: OrgNode[], id: number | null | undefined): OrgNode | null {
  if (id == null) return null
  return flattenTree(tree).find((node) => node.id === id) ?? null
}

/** The ids of the organisation and everything under it. */
function subtreeIds(tree: OrgNode[], id: number | undefined): Set<number> {
  const node = findNode(tree, id)
  return new Set(node ? flattenTree([node]).map((n) => n.id) : [])
}

/**
 * Where an organisation of `type` may sit: the organisations of its parent's type, never the
 * organisation itself (`self`) or anything under it.
 */
export function parentCandidates(tree: OrgNode[], type: OrgType, self?: number): OrgNode[] {
  const parentType = PARENT_TYPE[type]
  if (!parentType) return []
  const excluded = subtreeIds(tree, self)
  return flattenTree(tree).filter((node) => node.type === parentType && !excluded.has(node.id))
}

/** Where the people of a dissolved organisation may go: anywhere but it and what is under it. */
export function moveTargets(tree: OrgNode[], self: number): OrgNode[] {
  const excluded = subtreeIds(tree, self)
  return flattenTree(tree).filter((node) => !excluded.has(node.id))
}

/** The organisation's ancestors' names and its own, top first: 机关党委 / 第一党支部. */
export function pathOf(tree: OrgNode[], id: number): string {
  const names: string[] = []
  for (let node = findNode(tree, id); node; node = findNode(tree, node.parentId)) {
    names.unshift(node.name)
  }
  return names.join(' / ')
}
