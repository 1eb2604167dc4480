import { z } from 'zod';

/** The CSP forbids eval: zod must not try its Function-based fast path (it would log a CSP violation). */
z.config({ jitless: true });
