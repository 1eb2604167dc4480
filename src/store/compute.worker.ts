/**
 * The compute worker: a view's heavy, pure computation off the main thread (compute.api.ts), so the
 * page keeps answering while it runs. One per session, started on first use by compute.client.ts.
 */
import * as Comlink from 'comlink';
import { computeApi } from './compute.api';

Comlink.expose(computeApi);
