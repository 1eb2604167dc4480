export declare const DEBIAN_CHROMIUM: string;
export declare const APT_INSTALL: string[];
export declare const CHROMIUM_FLAGS: string[];

export type ChromiumLookup =
  | { kind: 'found'; path: string; from: 'CHROMIUM_PATH' | 'Debian' | 'PATH' | 'Playwright'; skipped: string[] }
  | { kind: 'install'; commands: string[]; skipped: string[] }
  | { kind: 'missing'; command: string; skipped: string[] };

export interface ChromiumSystem {
  env: Record<string, string | undefined>;
  isExecutable: (path: string) => boolean;
  uid: number | null;
  which: (name: string) => string | null;
  playwrightChromium: () => string | null;
}

export declare function findChromium(system: ChromiumSystem): ChromiumLookup;
export declare function thisSystem(): ChromiumSystem;
