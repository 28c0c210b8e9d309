import type { FormSchema } from '@/api/tasks'

interface Component {
  key?: string
  label?: string
  dateLabel?: string
  readonly?: boolean | string
  disabled?: boolean | string
  components?: Component[]
}

function visit(schema: FormSchema, each: (component: Component) => void) {
  const walk = (components: Component[] | undefined) => {
    for (const c of components ?? []) {
      each(c)
      walk(c.components)
    }
  }
  walk((schema as { components?: Component[] }).components)
}

/** The label of each keyed field of a form-js schema (nested groups included), by key. */
export function fieldLabels(schema: FormSchema): Map<string, string> {
  const labels = new Map<string, string>()
  visit(schema, (c) => {
    const label = c.label ?? c.dateLabel
    if (c.key && label) labels.set(c.key, label)
  })
  return labels
}

/**
 * The keys of fields the user may not change: readonly or disabled, as a constant or a FEEL
 * expression (counted as locked, whatever it would say). Their values belong to one task.
 */
export function lockedKeys(schema: FormSchema): Set<string> {
  const keys = new Set<string>()
  visit(schema, (c) => {
    if (c.key && (c.readonly || c.disabled)) keys.add(c.key)
  })
  return keys
}

/** The schema without its locked fields (see `lockedKeys`): what one fills in for many tasks. */
export function withoutLocked(schema: FormSchema): FormSchema {
  const keep = (components: Component[]): Component[] =>
    components
      .filter((c) => !(c.key && (c.readonly || c.disabled)))
      .map((c) => (c.components ? { ...c, components: keep(c.components) } : c))
  const { components } = schema as { components?: Component[] }
  return components ? { ...schema, components: keep(components) } : schema
}
