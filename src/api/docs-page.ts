import { html } from "hono/html";

type OpenApiDocument = ReturnType<typeof import("./openapi.ts").buildOpenApiDocument>;

/**
 * A small self-contained docs page rendered from the OpenAPI document: no CDN, works offline, so the
 * docs load on the same air-gapped machines the gateway runs on.
 */
export function renderDocsPage(doc: OpenApiDocument) {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(
      item as Record<string, { summary?: string; description?: string; requestBody?: unknown; responses?: Record<string, { description?: string }> }>,
    ).map(([method, op]) => ({ path, method, op })),
  );
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>glocal API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h2{font-size:1.05rem;margin:2rem 0 .3rem}code,pre{font-family:ui-monospace,monospace}
.m{display:inline-block;min-width:3.5rem;font-weight:700;text-transform:uppercase}
pre{background:#f4f4f4;padding:.75rem;overflow:auto;font-size:13px;max-height:30rem}
details{margin:.3rem 0}
</style></head>
<body>
<h1>glocal API <small>${doc.info.version}</small></h1>
<p>${doc.info.description ?? ""} Machine-readable: <a href="/openapi.json">/openapi.json</a>.</p>
${operations.map(
  ({ path, method, op }) => html`<section>
<h2><span class="m">${method}</span> <code>${path}</code></h2>
<p>${op.summary ?? ""}</p>${op.description ? html`<p>${op.description}</p>` : ""}
${op.requestBody ? html`<details><summary>Request body schema</summary><pre>${JSON.stringify(op.requestBody, null, 2)}</pre></details>` : ""}
<ul>${Object.entries(op.responses ?? {}).map(([code, r]) => html`<li><code>${code}</code> ${r.description ?? ""}</li>`)}</ul>
</section>`,
)}
<details><summary>Component schemas</summary><pre>${JSON.stringify(doc.components?.schemas ?? {}, null, 2)}</pre></details>
</body></html>`;
}

/**
 * The interactive reference (Scalar): read the API and try requests against this gateway. Its script is
 * served by the gateway from the installed package, so it works offline; `noscript` readers get the
 * static page's link to the document.
 */
export function renderInteractiveDocsPage(scripts: { scalar: string; init: string }) {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>glocal API</title>
</head>
<body>
<noscript><p>The interactive reference needs JavaScript. The API is described in <a href="/openapi.json">/openapi.json</a>.</p></noscript>
<div id="app"></div>
<script src="${scripts.scalar}"></script>
<script src="${scripts.init}"></script>
</body></html>`;
}
