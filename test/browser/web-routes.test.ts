import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebGateway, type WebGateway } from "../helpers/browser.ts";

/** The pages and their assets over plain HTTP: headers, language of the shell, caching, compression. */
let web: WebGateway;

beforeAll(async () => {
  web = await startWebGateway();
});

afterAll(async () => {
  await web?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${web.url}${path}`, { headers });

describe("web routes", () => {
  it("serves the playground shell with a strict content security policy", async () => {
    const response = await get("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toMatch(/<script type="module" src="\/assets\/playground\.js\?v=[\w-]{16}"><\/script>/);
    expect(html).not.toMatch(/<script>|https?:\/\/(?!127\.0\.0\.1)/); // no inline script, no CDN
  });

  it("writes the shell in the visitor's language and direction", async () => {
    const arabic = await (await get("/", { "accept-language": "ar-EG,ar;q=0.9,en;q=0.5" })).text();
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    const korean = await (await get("/eval", { "accept-language": "ko-KR" })).text();
    expect(korean).toContain('<html lang="ko" dir="ltr">');
    const unknown = await (await get("/", { "accept-language": "tlh" })).text();
    expect(unknown).toContain('<html lang="en" dir="ltr">');
  });

  it("allows the chart runtime's eval only on the evaluator page, and never caches it", async () => {
    const response = await get("/eval");
    expect(response.headers.get("content-security-policy")).toContain("'unsafe-eval'");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("/assets/eval.js?v=");
  });

  it("serves bundled assets with revalidation, long caching for versioned URLs, and gzip", async () => {
    const plain = await get("/assets/playground.js");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(plain.headers.get("cache-control")).toBe("no-cache");
    const etag = plain.headers.get("etag") ?? "";
    const body = await plain.text();
    expect(body).toContain("/v1/chat/completions");
    expect(body).not.toMatch(/^import /m); // one self-contained bundle

    const again = await get("/assets/playground.js", { "if-none-match": etag });
    expect(again.status).toBe(304);

    const versioned = await get(`/assets/playground.js?v=${etag.replaceAll('"', "")}`);
    expect(versioned.headers.get("cache-control")).toContain("immutable");

    const raw = await new Promise<Buffer>((resolve, reject) => {
      // fetch would undo the gzip itself; read the bytes the server sent.
      import("node:http").then(({ get: httpGet }) =>
        httpGet(`${web.url}/assets/style.css`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          expect(res.headers["content-encoding"]).toBe("gzip");
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve(Buffer.concat(chunks)));
        }).on("error", reject),
      );
    });
    expect(gunzipSync(raw).toString("utf8")).toContain("[dir=rtl]");
  });

  it("answers an unknown asset with the API's 404 shape", async () => {
    const response = await get("/assets/../../package.json");
    expect(response.status).toBe(404);
    const missing = await get("/assets/secret.js");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("route_not_found");
  });
});
