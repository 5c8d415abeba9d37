import type { Context } from "hono";
import type { z } from "zod";
import { ApiError, badRequest } from "./errors.ts";
import { describeFirstIssue } from "../util/zod-issues.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Read at most `maxBytes` of the body; stops reading (and answers 413) as soon as the limit is passed. */
async function readLimited(c: Context, maxBytes: number): Promise<Uint8Array> {
  const length = c.req.header("content-length");
  const declared = length === undefined ? Number.NaN : Number(length);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  // A declared length within the limit bounds what the HTTP parser will deliver, so the body can be
  // read in one go (on Node, straight from the socket without a web stream); otherwise read chunk by
  // chunk and stop at the limit.
  if (Number.isFinite(declared)) return new Uint8Array(await c.req.raw.arrayBuffer());
  const body = c.req.raw.body;
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(
    413,
    `request body is larger than ${maxBytes} bytes; send shorter messages or trim the conversation history`,
    "invalid_request_error",
    "request_too_large",
  );
}

/**
 * Parse a JSON request body strictly: JSON content type, size limit, valid UTF-8, valid JSON, then the
 * zod schema. Every failure is a 4xx that names what to fix.
 */
export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T, maxBytes: number): Promise<z.infer<T>> {
  const contentType = c.req.header("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw new ApiError(
      415,
      `send the body as JSON with the header "Content-Type: application/json" (got "${contentType.slice(0, 80) || "none"}")`,
      "invalid_request_error",
      "unsupported_media_type",
    );
  }
  const bytes = await readLimited(c, maxBytes);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw badRequest("request body is not valid UTF-8; encode the JSON as UTF-8", null, "invalid_encoding");
  }
  if (text.trim() === "") throw badRequest("request body is empty; send a JSON object", null, "invalid_json");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw badRequest(`request body is not valid JSON: ${(error as Error).message}`, null, "invalid_json");
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const { field, message } = describeFirstIssue(result.error);
    throw badRequest(message, field || null, "invalid_value");
  }
  return result.data;
}
