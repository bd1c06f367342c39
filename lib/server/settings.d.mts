// Types for lib/server/settings.mjs, which server.mjs runs as plain JavaScript.
export declare function wholeNumberSetting(
  setting: string | undefined,
  options: {
    readonly name: string;
    readonly unit: string;
    readonly min: number;
    readonly max: number;
    readonly fallback: number;
    readonly hint?: string;
  },
): number;
