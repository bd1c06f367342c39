// The server's whole-number settings from the environment (CDN_CACHE_SECONDS,
// PAGE_MEMORY_MS): one rule for reading them and one shape of error, which
// server.mjs prints before it exits. Plain JavaScript, like server.mjs.

/**
 * `setting` as a whole number from `min` to `max`, `fallback` when unset;
 * anything else throws, naming the setting, its range and the default.
 */
export function wholeNumberSetting(
  setting,
  { name, unit, min, max, fallback, hint = "" },
) {
  if (setting === undefined || setting === "") return fallback;
  const value = Number(setting);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  throw new Error(
    `${name}: "${setting}" is not a whole number of ${unit} from ${min} to ${max} (leave it unset for ${fallback}${hint})`,
  );
}
