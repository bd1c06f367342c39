// Types for lib/server/request-policy.mjs, which server.mjs runs as plain JavaScript.
export declare const ALLOWED_METHODS: readonly ["GET", "HEAD"];

export type RequestVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly status: 400 | 405;
      readonly body: string;
      readonly headers: Readonly<Record<string, string>>;
    };

export declare function checkRequest(
  method: string,
  rawPathname: string,
): RequestVerdict;

export declare function rawPathname(target: string): string;
