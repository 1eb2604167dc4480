export type MasteryStatusName = 'not-started' | 'working' | 'nearly' | 'mastered';

/** Colour pairs chosen for at least 4.5:1 contrast (WCAG AA) between text and background. */
export const STATUS_COLOURS: Record<MasteryStatusName, { background: string; text: string }> = {
  'not-started': { background: '#eef0f2', text: '#3d4650' },
  working: { background: '#fbd9c9', text: '#6b2407' },
  nearly: { background: '#fcefb4', text: '#5c4500' },
  mastered: { background: '#c8ead3', text: '#0f4d25' },
};
