// Types for lib/server/page-memory.mjs, which server.mjs runs as plain JavaScript.
import type { RequestHandler } from "./request-handler.d.mts";

export declare const PAGE_MEMORY_MS: number;
export declare const PAGE_MEMORY_BYTES: number;
export declare function pageMemoryMs(setting: string | undefined): number;
export declare function withPageMemory(
  handle: RequestHandler,
  options?: {
    readonly ms?: number;
    readonly now?: () => number;
    readonly maxBytes?: number;
  },
): RequestHandler;
