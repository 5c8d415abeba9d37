import { describe, expect, it } from "vitest";
import { loadProfilesDir, PROJECT_ROOT } from "../../src/server.ts";
import { readSseData } from "../../src/web/client/sse.ts";
import { LOCALES, LOCALE_CODES, acceptLanguageTags, isRtl, matchLocale } from "../../src/web/locales/index.ts";
import { en } from "../../src/web/locales/en.ts";
import { join } from "node:path";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  it("cover every language the culture profiles are primarily written in", () => {
    const profiles = loadProfilesDir(join(PROJECT_ROOT, "culture-profiles"));
    const needed = new Set(profiles.flatMap((p) => p.languages.primary));
    const missing = [...needed].filter((language) => matchLocale([language]) !== language);
    expect(missing).toEqual([]);
    expect(needed.size).toBeGreaterThanOrEqual(14);
  });

  it("have every key, non-empty, with the same placeholders as English", () => {
    for (const code of LOCALE_CODES) {
      for (const [key, reference] of Object.entries(en)) {
        const text = (LOCALES[code] as Record<string, string>)[key];
        expect(text?.trim(), `${code}.${key}`).toBeTruthy();
        expect(placeholders(text ?? ""), `${code}.${key}`).toEqual(placeholders(reference));
      }
      expect(Object.keys(LOCALES[code]).sort(), code).toEqual(Object.keys(en).sort());
    }
  });

  it("are translated, not copies of the English", () => {
    // Symbols and names (n, p, Elo, CSV) stay the same everywhere; sentences must not.
    const sentences = Object.entries(en).filter(([, text]) => text.split(" ").length >= 4);
    for (const code of LOCALE_CODES.filter((c) => c !== "en")) {
      const copied = sentences.filter(([key, text]) => (LOCALES[code] as Record<string, string>)[key] === text).map(([key]) => key);
      expect(copied, code).toEqual([]);
    }
  });

  it("lay out Arabic and Persian right to left, the rest left to right", () => {
    expect(LOCALE_CODES.filter(isRtl).sort()).toEqual(["ar", "fa"]);
  });

  it("are picked from Accept-Language by preference, then by primary subtag", () => {
    expect(acceptLanguageTags("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5")).toEqual(["fr-CH", "fr", "en"]);
    expect(acceptLanguageTags("de;q=0.9, ar-EG;q=1")).toEqual(["ar-EG", "de"]);
    expect(matchLocale(acceptLanguageTags("de-DE, ko;q=0.5"))).toBe("ko");
    expect(matchLocale(["hi-Latn"])).toBe("hi");
    expect(matchLocale(["xx", "tlh"])).toBeUndefined();
  });
});

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<string[]> {
  const events: string[] = [];
  for await (const data of readSseData(streamOf(chunks))) events.push(data);
  return events;
}

describe("server-sent events reader", () => {
  it("joins events split across chunks, including inside a multi-byte character", async () => {
    const bytes = new TextEncoder().encode('data: {"t":"요"}\n\n');
    const cut = 12; // inside the three bytes of 요
    const decoder = new TextDecoder();
    const parts = [decoder.decode(bytes.slice(0, cut), { stream: true })];
    expect(parts[0]).not.toContain("요");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.enqueue(new TextEncoder().encode("data: [DONE]\n\n"));
        controller.close();
      },
    });
    const events: string[] = [];
    for await (const data of readSseData(stream)) events.push(data);
    expect(events).toEqual(['{"t":"요"}', "[DONE]"]);
  });

  it("reads multi-line data, ignores comments and other fields, and keeps a final event without a blank line", async () => {
    expect(await collect([": keep-alive\n\n", "event: x\ndata: a\ndata: b\n\n", "id: 1\r\ndata: c\r\n\r\n", "data: last"])).toEqual(["a\nb", "c", "last"]);
  });
});
