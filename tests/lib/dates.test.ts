import { afterEach, describe, expect, it } from "vitest";
import {
  calendarDateInSiteZone,
  formatCalendarDate,
  formatEventDate,
  parsePublicationDate,
} from "@/lib/dates";

const ZONES = [
  "UTC",
  "Asia/Seoul",
  "America/Los_Angeles",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];
const originalZone = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalZone;
});

describe("parsePublicationDate", () => {
  it("reads a calendar date as midnight in Busan", () => {
    expect(parsePublicationDate("2022-08-31")).toEqual({
      calendarDate: "2022-08-31",
      iso: "2022-08-31T00:00:00+09:00",
      epochMs: Date.UTC(2022, 7, 30, 15),
    });
  });

  it("keeps the calendar date written with an offset, whatever UTC says", () => {
    const parsed = parsePublicationDate("2026-03-04T18:30:00-05:00");
    expect(parsed?.calendarDate).toBe("2026-03-04");
    expect(parsed?.iso).toBe("2026-03-04T18:30:00-05:00");
    expect(parsed?.epochMs).toBe(Date.UTC(2026, 2, 4, 23, 30));
  });

  it.each([
    "2024-02-31",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2022-08-31T24:00:00+09:00",
    "31/08/2022",
    "2022-8-31",
    "2022-08-31T09:00:00",
  ])("rejects %s", (text) => {
    expect(parsePublicationDate(text)).toBeNull();
  });

  it("accepts a leap day in a leap year", () => {
    expect(parsePublicationDate("2024-02-29")?.calendarDate).toBe("2024-02-29");
  });
});

describe.each(ZONES)("with TZ=%s on the machine", (zone) => {
  it("formats and parses the same calendar dates", () => {
    process.env.TZ = zone;
    expect(formatCalendarDate("2022-08-31")).toBe("31 August 2022");
    expect(formatCalendarDate("2022-11-01")).toBe("1 November 2022");
    expect(parsePublicationDate("2022-11-01")?.iso).toBe(
      "2022-11-01T00:00:00+09:00",
    );
    // 20:00 UTC on 31 Dec is already 1 January in Busan.
    expect(calendarDateInSiteZone(new Date(Date.UTC(2025, 11, 31, 20)))).toBe(
      "2026-01-01",
    );
    expect(formatEventDate("2019")).toBe("2019");
    expect(formatEventDate("2022-08")).toBe("August 2022");
    expect(formatEventDate("2022-08-26")).toBe("26 August 2022");
    expect(formatEventDate("2023-01")).toBe("January 2023");
  });
});
