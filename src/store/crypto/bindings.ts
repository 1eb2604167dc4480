/**
 * What each sealed value is bound to (AES-GCM associated data, see seal.ts): a value moved to
 * another record, or a credential whose connector now points elsewhere, no longer opens.
 */
export const rosterNamesBinding = (ref: string) => `roster-names:${ref}`;
export const groupNameBinding = (group: string) => `group-name:${group}`;
/** A connector's credentials: its id and the origin of its endpoint (scheme, host, port). */
export const credentialsBinding = (source: string, origin: string) => `credentials:${source}@${origin}`;
