/** The demo connection for Sommenspoor: what the connectors view pre-fills in demo mode. */
export const SOMMENSPOOR_DEMO = {
  endpoint: 'https://api.sommenspoor.example/v2',
  credentials: { type: 'bearer', token: 'demo-sommenspoor-token' },
  school: 'OBS De Vlierboom / Vlierboom College (demo)',
} as const;
