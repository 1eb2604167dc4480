/**
 * The CSP forbids eval: zod must not try its Function-based fast path (it would log a CSP
 * violation). A zod object schema settles jit or jitless when it is built, so every entry point
 * (src/main.tsx and each *.worker.ts) imports this module first, before any module that builds a
 * schema; tests/unit/app/zod-jitless-first.test.ts checks that they do.
 *
 * Set on the object zod keeps its settings in (`globalThis.__zod_globalConfig`, which zod makes
 * when it first loads unless it is there, so that every copy of zod shares it) rather than by
 * `z.config`: the first page does not load zod at all (decision 035), and importing it here
 * would put it there. tests/unit/app/zod-jitless-first.test.ts checks that zod reads this object.
 */
const shared = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(shared.__zod_globalConfig ??= {}).jitless = true;

export {};
