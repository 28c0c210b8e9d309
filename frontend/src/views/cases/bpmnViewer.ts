/** What the case diagram needs of bpmn-js's NavigatedViewer. */
export interface DiagramViewer {
  importXML(xml: string): Promise<unknown>
  get<T>(name: string): T
  destroy(): void
}

export interface DiagramCanvas {
  addMarker(element: string, marker: string): void
  /** Sets the zoom (a scale, or fitted to the box) and returns the scale set. */
  zoom(level: number | 'fit-viewport', center?: 'auto'): number
  scrollToElement(element: unknown, padding?: number): void
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

/** Below this scale a diagram's labels cannot be read. */
export const READABLE_SCALE = 0.75

/**
 * Fits the diagram to its box; a long process (发展党员 has some forty steps) would then be too
 * small to read, so it opens at a readable scale instead, scrolled to the first open step (the
 * user pans and zooms for the rest).
 */
export function frameDiagram(viewer: DiagramViewer, active: readonly string[]): void {
  const canvas = viewer.get<DiagramCanvas>('canvas')
  if (canvas.zoom('fit-viewport', 'auto') >= READABLE_SCALE) return
  canvas.zoom(READABLE_SCALE)
  const registry = viewer.get<DiagramRegistry>('elementRegistry')
  const open = active.map((id) => registry.get(id)).find((element) => element)
  if (open) canvas.scrollToElement(open, 80)
}
