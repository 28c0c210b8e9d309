import { describe, expect, it } from 'vitest'
import { frameDiagram, READABLE_SCALE, type DiagramViewer } from './bpmnViewer'

/** A viewer whose canvas fits at `fitScale` and notes what was asked of it. */
function viewerFitting(fitScale: number, elements: Record<string, object>) {
  const calls: string[] = []
  const canvas = {
    addMarker() {},
    zoom(level: number | 'fit-viewport') {
      calls.push(`zoom ${level}`)
      return level === 'fit-viewport' ? fitScale : level
    },
    scrollToElement(element: { id: string }) {
      calls.push(`scroll ${element.id}`)
    },
  }
  const registry = { get: (id: string) => elements[id] }
  const viewer = {
    importXML: async () => undefined,
    get: (name: string) => (name === 'canvas' ? canvas : registry),
    destroy() {},
  } as unknown as DiagramViewer
  return { viewer, calls }
}

describe('frameDiagram', () => {
  it('leaves a diagram that fits readably as fitted', () => {
    const { viewer, calls } = viewerFitting(0.9, { review: { id: 'review' } })
    frameDiagram(viewer, ['review'])
    expect(calls).toEqual(['zoom fit-viewport'])
  })

  it('opens a long diagram at a readable scale on the first open step the diagram knows', () => {
    const { viewer, calls } = viewerFitting(0.2, { decide: { id: 'decide' } })
    frameDiagram(viewer, ['conversionVote', 'decide'])
    expect(calls).toEqual(['zoom fit-viewport', `zoom ${READABLE_SCALE}`, 'scroll decide'])
  })

  it('shows a long diagram with no open step at the readable scale', () => {
    const { viewer, calls } = viewerFitting(0.2, {})
    frameDiagram(viewer, [])
    expect(calls).toEqual(['zoom fit-viewport', `zoom ${READABLE_SCALE}`])
  })
})
