/** What the case diagram needs of bpmn-js's NavigatedViewer. */
export interface DiagramViewer {
  importXML(xml: string): Promise<unknown>
  get<T>(name: string): T
  destroy(): void
}

export interface DiagramCanvas {
  addMarker(element: string, marker: string): void
  zoom(level: 'fit-viewport', center?: 'auto'): unknown
}

export interface DiagramRegistry {
  get(id: string): unknown
}

/**
 * Loads bpmn-js (and its styles) on first use, in its own chunk, and creates a viewer in
 * `container`. Kept apart so the specs can replace it: bpmn-js needs a real SVG layout.
 */
export async function createDiagramViewer(container: HTMLElement): Promise<DiagramViewer> {
  const [{ default: NavigatedViewer }] = await Promise.all([
    import('bpmn-js/lib/NavigatedViewer'),
    import('bpmn-js/dist/assets/diagram-js.css'),
    import('bpmn-js/dist/assets/bpmn-js.css'),
  ])
  return new NavigatedViewer({ container }) as unknown as DiagramViewer
}

/** Marks completed steps `rh-done` and open ones `rh-active` (those the diagram knows). */
export function markActivities(
  viewer: DiagramViewer,
  completed: readonly string[],
  active: readonly string[],
): void {
  const canvas = viewer.get<DiagramCanvas>('canvas')
  const registry = viewer.get<DiagramRegistry>('elementRegistry')
  for (const id of completed) if (registry.get(id)) canvas.addMarker(id, 'rh-done')
  for (const id of active) if (registry.get(id)) canvas.addMarker(id, 'rh-active')
}
