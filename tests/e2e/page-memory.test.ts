// @module-tag site/real
// The page memory (lib/server/page-memory.mjs) replays what Next.js sent: an
// article asked for twice within its second, plain and gzipped, reads as
// Next.js's own answer to a request the memory must pass on (a conditional
// one). If Next.js stopped writing through write()/end(), the replay would be
// empty or short and these would fail.
import { describe, expect, it } from "vitest";
import { listedStories } from "../support/listings";
import { rawRequest } from "../support/raw-http";
import { siteUrl } from "../support/site-url";

const PASSED_ON = { "If-None-Match": '"not-a-tag-the-site-sends"' };

async function firstStory(): Promise<string> {
  const [story] = await listedStories("real", "/");
  if (!story) throw new Error("the real site lists no story");
  return story.href;
}

describe("the server's page memory", () => {
  it("replays a page exactly as Next.js sent it", async () => {
    const pathname = await firstStory();
    const base = siteUrl("real");
    const first = await rawRequest(base, "GET", pathname);
    const again = await rawRequest(base, "GET", pathname);
    const fromNext = await rawRequest(base, "GET", pathname, PASSED_ON);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toContain("</html>");
    expect(again.body).toBe(fromNext.body);
    expect(first.body).toBe(fromNext.body);
    expect(again.headers["content-security-policy"]).toBe(
      fromNext.headers["content-security-policy"],
    );
    expect(again.headers["cache-control"]).toBe(
      fromNext.headers["cache-control"],
    );
  });

  it("replays the gzipped page a browser gets", async () => {
    const url = siteUrl("real", await firstStory());
    const gzip = { "Accept-Encoding": "gzip" };
    const first = await fetch(url, { headers: gzip });
    const again = await fetch(url, { headers: gzip });
    const fromNext = await fetch(url, { headers: { ...gzip, ...PASSED_ON } });
    expect(again.headers.get("content-encoding")).toBe("gzip");
    const [firstText, againText, nextText] = await Promise.all(
      [first, again, fromNext].map((response) => response.text()),
    );
    expect(againText).toContain("</html>");
    expect(againText).toBe(nextText);
    expect(firstText).toBe(nextText);
  });
});
