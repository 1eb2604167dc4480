import { CHROMIUM_FLAGS } from '../../scripts/find-chromium.mjs';

/**
 * The features Playwright itself switches off (playwright-core 1.65.1, chromiumSwitches.ts). Chromium
 * keeps only the last --disable-features on its command line, so ours must repeat them;
 * tests/unit/scripts/chromium-args.test.ts fails when Playwright's list holds a name this one lacks.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * Browser chrome no flow sees: the address bar's WebUI popups (Chromium 156 loads them in a renderer
 * of their own in every browser, headless too), the preloaded top-chrome WebUI, and the spare
 * renderer Chromium starts ahead of a next site. Each browser's start cost about 3.6 CPU-s with
 * them and 2.1 without (load 15-20, 3 starts each); the browser flows start about 45 browsers.
 */
export const UNSEEN_BROWSER_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  'PreloadTopChromeWebUI',
  'SpareRendererForSitePerProcess',
] as const;

/** The flags every browser of the flows starts with (playwright.config.ts). */
export const E2E_CHROMIUM_ARGS: readonly string[] = [
  ...CHROMIUM_FLAGS,
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_BROWSER_FEATURES].join(',')}`,
];
