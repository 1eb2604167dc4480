/**
 * The demo school board's OneRoster 1.2 gradebook service (fictional "Toetsplein" LMS): what
 * the ICT coordinator types in demo mode. OAuth2 client credentials, as OneRoster 1.2 asks.
 */
export const ONEROSTER_DEMO = {
  endpoint: 'https://toetsplein.demo-schoolbestuur.example',
  credentials: {
    type: 'oauth2-client',
    tokenUrl: 'https://toetsplein.demo-schoolbestuur.example/oauth/token',
    clientId: 'leerzicht-demo',
    clientSecret: 'demo-oneroster-secret',
  },
} as const;

export const ONEROSTER_BASE = `${ONEROSTER_DEMO.endpoint}/ims/oneroster/gradebook/v1p2`;
/** The one access token the demo token endpoint hands out. */
export const ONEROSTER_ACCESS_TOKEN = 'demo-oneroster-access-token';
export const ONEROSTER_DEFAULT_LIMIT = 100;
export const ONEROSTER_MAX_LIMIT = 500;

/** SLO UUIDs of the 1F reading goals (lezen.line.ts): the LMS tags its reading tests with them. */
export const SLO_LEZEN_1F = { zakelijk: '15887593-f6c3-4e43-ae10-c2876ad657f1', fictie: '51574365-d2cb-486a-96e4-3404bf29bab1' } as const;

/**
 * The brugklas's mentor-lesson tests on digital basic skills (digital-basic-skills.line.ts), one per
 * theme, tagged with the SLO UUIDs of that theme's two goals; offset: how much harder (+) than the
 * pupil's general level.
 */
export const DIGITAL_SKILLS_TESTS = [
  {
    key: 'veilig-internet',
    title: 'Veilig internetgebruik',
    slo: ['42dd467e-785c-4448-bf54-6d9f1e26dd91', '201924f9-6ace-4d39-ad30-0ba709711d00'],
    offset: 0.02,
  },
  {
    key: 'gezond',
    title: 'Gezond computergebruik',
    slo: ['6fd9be2f-025c-4cf1-9f6a-ee23fd652119', '951ca692-4843-4223-bdb5-274f9fd9f7a3'],
    offset: -0.05,
  },
  {
    key: 'smartphone-leren',
    title: 'Smartphone inzetten voor leren',
    slo: ['49940d23-9ae2-4954-ab71-4c2478662843', '0cfdec0a-37de-4a2c-8fe3-dce1c6b37b2e'],
    offset: 0.06,
  },
] as const;
