// The frontmatter contract: one schema, from which the Article types are
// inferred. Every message says what is wrong; FIELD_FIXES says how to fix it.
// Values arrive from YAML 1.2 (core schema), so dates are still strings here.
import { z } from "zod";
import {
  DATE_FORMAT_HINT,
  parsePublicationDate,
  isCalendarDate,
} from "@/lib/dates";
import { tagSlug } from "@/lib/content/tag-slug";

export const SUMMARY_MAX_LENGTH = 200;

function describeValue(input: unknown): string {
  if (Array.isArray(input)) return "a list";
  if (typeof input === "string") return `the text "${input}"`;
  if (typeof input === "object") return "a set of fields";
  return `the ${typeof input} ${String(input)}`;
}

function expected(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? "is required"
        : issue.input === null
          ? "is empty"
          : `must be ${what}, but YAML read ${describeValue(issue.input)}`,
  };
}

const text = z.string(expected("text")).trim().min(1, "is empty");

const publicationDate = z
  .string(expected("a date in quotes or YYYY-MM-DD"))
  .transform((value, ctx) => {
    const parsed = parsePublicationDate(value);
    if (!parsed) {
      const looksLikeDate = /^\d{4}-\d{2}-\d{2}/.test(value);
      ctx.addIssue({
        code: "custom",
        message: looksLikeDate
          ? `"${value}" is not a calendar date`
          : `"${value}" is not a date`,
      });
      return z.NEVER;
    }
    return parsed;
  });

export type EventPrecision = "year" | "month" | "day";

const EVENT_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Unquoted `2019` arrives as a number; a year is still a valid event date.
const eventDate = z
  .union(
    [z.string(), z.number().int()],
    expected("a year, YYYY-MM or YYYY-MM-DD"),
  )
  .transform((value, ctx) => {
    const written = String(value);
    const match = EVENT_DATE.exec(written);
    const [year, month, day] = (match?.slice(1) ?? []).map((part) =>
      part ? Number(part) : undefined,
    );
    const valid =
      match &&
      year !== undefined &&
      (month === undefined || isCalendarDate(year, month, day ?? 1));
    if (!valid) {
      ctx.addIssue({
        code: "custom",
        message: `"${written}" is not a year, month or calendar date`,
      });
      return z.NEVER;
    }
    const precision: EventPrecision =
      day !== undefined ? "day" : month !== undefined ? "month" : "year";
    return { value: written, precision };
  });

const tags = z
  .array(text, expected("a list of tags"))
  .min(1, "needs at least one tag")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const tag of list) {
      // Tags that share a URL slug share a tag page, so they count as one.
      const key = tagSlug(tag);
      if (!key)
        ctx.addIssue({
          code: "custom",
          message: `"${tag}" has no letters or digits`,
        });
      else if (seen.has(key))
        ctx.addIssue({ code: "custom", message: `lists "${tag}" twice` });
      seen.add(key);
    }
  });

const source = z.strictObject(
  {
    name: text,
    url: z
      .url({ protocol: /^https?$/, error: "must be a full http(s) address" })
      .optional(),
  },
  expected("a set of fields (name, and url when known)"),
);

const update = z.strictObject(
  {
    date: publicationDate,
    note: text,
    correction: z.boolean(expected("true or false")).optional(),
  },
  expected("a set of fields (date, note, correction)"),
);

const timelineEvent = z.strictObject(
  { date: eventDate, title: text },
  expected("a set of fields (date, title)"),
);

export const frontmatterSchema = z
  .strictObject(
    {
      title: text,
      date: publicationDate,
      summary: text.max(
        SUMMARY_MAX_LENGTH,
        `is longer than ${SUMMARY_MAX_LENGTH} characters`,
      ),
      author: text,
      source: source.optional(),
      tags,
      updated: publicationDate.optional(),
      draft: z.boolean(expected("true or false")).optional().default(false),
      image: z
        .string(expected("a path such as /images/photo.jpg"))
        .regex(
          /^\/[^\s]+\.(?:jpe?g|png|webp|avif|gif)$/i,
          "must be a path under public/ ending in an image extension",
        )
        .optional(),
      imageAlt: text.optional(),
      imageCredit: text.optional(),
      updates: z
        .array(update, expected("a list of updates"))
        .optional()
        .default([]),
      events: z
        .array(timelineEvent, expected("a list of events"))
        .optional()
        .default([]),
    },
    expected("a set of fields"),
  )
  .superRefine((data, ctx) => {
    if (data.updated && data.updated.epochMs < data.date.epochMs) {
      ctx.addIssue({
        code: "custom",
        path: ["updated"],
        message: "is before date",
      });
    }
    if (data.image && !data.imageAlt) {
      ctx.addIssue({
        code: "custom",
        path: ["imageAlt"],
        message: "is required when image is set",
      });
    }
    data.updates.forEach((entry, index) => {
      if (entry.date.epochMs < data.date.epochMs) {
        ctx.addIssue({
          code: "custom",
          path: ["updates", index, "date"],
          message: "is before the article date",
        });
      }
    });
  });

export type Frontmatter = z.output<typeof frontmatterSchema>;
export const KNOWN_FIELDS = Object.keys(frontmatterSchema.shape);

/** The fields each part of the frontmatter accepts, keyed like FIELD_FIXES ("" is the top level). */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  "": KNOWN_FIELDS,
  source: Object.keys(source.shape),
  updates: Object.keys(update.shape),
  events: Object.keys(timelineEvent.shape),
};

/** How to fix each field, keyed by its path without list positions (e.g. `updates.date`). */
export const FIELD_FIXES: Readonly<Record<string, string>> = {
  title: 'write the headline as text, e.g. title: "Busan signs deal with FTX"',
  date: DATE_FORMAT_HINT,
  summary: `write one or two sentences of at most ${SUMMARY_MAX_LENGTH} characters`,
  author: "write the byline, e.g. author: CoinJournal",
  source: "write source: with name: and, only when known, url: https://…",
  "source.name": "write the original publisher, e.g. name: CoinJournal",
  "source.url":
    "write the full original address, or leave url out when it is not known",
  tags: "write a list, e.g. tags: [Busan, Binance]",
  updated: `write a date on or after date; ${DATE_FORMAT_HINT}`,
  draft: "write draft: true or draft: false",
  image:
    "put the file under public/ and write its path, e.g. image: /images/busan-port.jpg",
  imageAlt:
    'describe the image for readers who cannot see it, e.g. imageAlt: "Busan harbour at dusk"',
  imageCredit: 'write who made the image, e.g. imageCredit: "Photo: Jane Doe"',
  updates:
    "write a list of { date, note } entries, with correction: true for corrections",
  "updates.date": `write the date of the update, on or after the article date; ${DATE_FORMAT_HINT}`,
  "updates.note": "write what changed, as text",
  "updates.correction": "write correction: true or leave it out",
  events: "write a list of { date, title } entries",
  "events.date":
    "write a year (2019), a month (2022-08) or a day (2022-08-26), in quotes",
  "events.title": "write what happened, as text",
};
