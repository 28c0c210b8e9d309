import type { FormSchema } from '@/api/tasks'

interface Component {
  key?: string
  label?: string
  dateLabel?: string
  components?: Component[]
}

/** The label of each keyed field of a form-js schema (nested groups included), by key. */
export function fieldLabels(schema: FormSchema): Map<string, string> {
  const labels = new Map<string, string>()
  const visit = (components: Component[] | undefined) => {
    for (const c of components ?? []) {
      const label = c.label ?? c.dateLabel
      if (c.key && label) labels.set(c.key, label)
      visit(c.components)
    }
  }
  visit((schema as { components?: Component[] }).components)
  return labels
}
