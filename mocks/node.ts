import { getResponse, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/**
 * The test server: every mocked supplier answers, as in the demo worker. The suppliers' handlers
 * (and the demo school behind them) load on the first request, not when a test file starts:
 * most test files make no request, and loading them cost each file about a second. A request no
 * supplier answers fails as `onUnhandledRequest: 'error'` fails it: an error on the console (which
 * fails the test) and a network error, never a real request.
 */
const suppliers = http.all('*', async ({ request }) => {
  const { handlers } = await import('./handlers');
  const response = await getResponse(handlers, request);
  if (response) return response;
  console.error(`[MSW] Error: intercepted a request without a matching request handler: ${request.method} ${request.url}`);
  return HttpResponse.error();
});

export const server = setupServer(suppliers);
