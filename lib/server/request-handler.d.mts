// Types for lib/server/request-handler.mjs, which server.mjs runs as plain JavaScript.
import type { IncomingMessage, ServerResponse } from "node:http";

export type RequestHandler = (
  request: IncomingMessage,
  response: ServerResponse,
) => unknown;

export declare function withRequestPolicy(
  handle: RequestHandler,
  options?: { readonly cacheControl?: string },
): RequestHandler;
