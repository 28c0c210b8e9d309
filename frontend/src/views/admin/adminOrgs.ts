import type { OrgNode } from '@/api/org'

/** Every organisation of the tree, parents before their children. */
export function flattenOrgs(tree: OrgNode[]): OrgNode[] {
  return tree.flatMap((node) => [node, ...flattenOrgs(node.children)])
}

/** The branches (党支部) of the tree: the only organisations a branch role may name. */
export function branchesOf(tree: OrgNode[]): OrgNode[] {
  return flattenOrgs(tree).filter((node) => node.type === 'branch')
}

/** The organisation with this id, wherever it is in the tree. */
export function findOrg(tree: OrgNode[], id: number | null | undefined): OrgNode | null {
  if (id == null) return null
  return flattenOrgs(tree).find((node) => node.id === id) ?? null
}
