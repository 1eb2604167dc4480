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
