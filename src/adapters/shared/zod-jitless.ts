import { z } from 'zod';

/**
 * The CSP forbids eval: zod must not try its Function-based fast path (it would log a CSP
 * violation). A zod object schema settles jit or jitless when it is built, so every entry point
 * (src/main.tsx and each *.worker.ts) imports this module first, before any module that builds a
 * schema; tests/unit/app/zod-jitless-first.test.ts checks that they do.
 */
z.config({ jitless: true });
