// Reads what crawlers read from a served page: <head> metadata and JSON-LD,
// through a real HTML parser rather than regular expressions.
import { parse, type HTMLElement } from "node-html-parser";

export interface PageHead {
  readonly document: HTMLElement;
  readonly title: string;
  /** Every content value of <meta name|property=key>, in document order. */
  meta(key: string): string[];
  /** The one content value of <meta name|property=key>; throws unless there is exactly one. */
  metaOne(key: string): string;
  links(rel: string): { href: string; type?: string; title?: string }[];
  /** Each <script type="application/ld+json"> as parsed JSON, and its raw text. */
  readonly jsonLd: { value: unknown; raw: string }[];
}

export function readHead(html: string): PageHead {
  const document = parse(html);
  const meta = (key: string) =>
    document
      .querySelectorAll("meta")
      .filter(
        (element) =>
          element.getAttribute("name") === key ||
          element.getAttribute("property") === key,
      )
      .map((element) => element.getAttribute("content") ?? "");
  return {
    document,
    title: document.querySelector("title")?.text ?? "",
    meta,
    metaOne(key) {
      const values = meta(key);
      if (values.length !== 1 || values[0] === undefined)
        throw new Error(`expected one <meta> ${key}, found ${values.length}`);
      return values[0];
    },
    links: (rel) =>
      document.querySelectorAll(`link[rel="${rel}"]`).map((element) => ({
        href: element.getAttribute("href") ?? "",
        type: element.getAttribute("type"),
        title: element.getAttribute("title"),
      })),
    jsonLd: document
      .querySelectorAll('script[type="application/ld+json"]')
      .map((element) => ({
        raw: element.rawText,
        value: JSON.parse(element.rawText),
      })),
  };
}
