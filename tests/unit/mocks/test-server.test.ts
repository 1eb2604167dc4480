import { describe, expect, it, vi } from 'vitest';
import { SOMMENSPOOR_DEMO } from '../../../mocks/suppliers/sommenspoor/sommenspoor.demo';

describe('the test server (mocks/node.ts)', () => {
  it('answers as the mocked supplier does, its handlers loaded on the first request', async () => {
    const response = await fetch(`${SOMMENSPOOR_DEMO.endpoint}/ping`);
    // No token: the supplier's own 401, so the request reached its handler.
    expect(response.status).toBe(401);
  });

  it('fails a request no supplier answers: an error on the console and a network error, never a real request', async () => {
    const logged: string[] = [];
    // The setup fails a test on any console.error; here the error is the point, so it is read instead.
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    await expect(fetch('https://niemand.example/leerlingen')).rejects.toThrow();
    expect(logged).toEqual([expect.stringContaining('without a matching request handler: GET https://niemand.example/leerlingen')]);
  });
});
