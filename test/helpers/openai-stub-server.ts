/**
 * A small real HTTP server on 127.0.0.1 that speaks the OpenAI / TGI chat-completions wire format
 * (`POST …/chat/completions`, JSON or SSE `chat.completion.chunk` events ending in `data: [DONE]`),
 * plus the Hub's provider-mapping route (`GET /api/models/<id>?expand[]=inferenceProviderMapping`)
 * for Inference Providers tests. Its text is canned; its usage figures are what the behaviour says,
 * or else a whitespace word count (it has no tokenizer).
 *
 * On demand it answers instantly, fails with any status, hangs, resets the connection, fails or
 * stalls mid-stream, or refuses connections altogether (stops listening, then listens again on
 * the same port). Every request is recorded (method, path, headers, parsed body) and every
 * request the client abandoned before the response ended is counted.
 */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type StubUsage = { prompt_tokens: number; completion_tokens: number };

export type StubBehaviour =
  /** A normal answer, streamed when the request asks for it. */
  | {
      kind: "reply";
      chunks?: string[];
      finishReason?: string;
      /** Usage to report; false sends none (as many TGI versions do while streaming). */
      usage?: StubUsage | false;
      /** Milliseconds between streamed chunks (a slow model); 0 by default. */
      delayMs?: number;
      /** Stream this many chunks, then wait for `resume` before the rest (ordering tests without timing). */
      pauseAfter?: number;
      resume?: Promise<void>;
    }
  /** An HTTP error (or any status) with a JSON body unless contentType says otherwise. */
  | { kind: "status"; status: number; body?: unknown; contentType?: string; headers?: Record<string, string> }
  /** Read the request and never answer. */
  | { kind: "hang" }
  /** Close the socket without any response. */
  | { kind: "reset" }
  /** Stream `after` chunks, then reset the socket or send an SSE error event. */
  | { kind: "fail-mid-stream"; after: number; how: "reset" | "error-event"; chunks?: string[] }
  /** Stream `after` chunks, then send nothing more while keeping the connection open. */
  | { kind: "stall-mid-stream"; after: number; chunks?: string[] };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface HubProviderMapping {
  provider: string;
  providerId: string;
  status?: "live" | "staging";
  task?: string;
}

export interface StubServerOptions {
  behaviour?: StubBehaviour | ((request: RecordedRequest) => StubBehaviour);
  /** Hub model id → its Inference Providers mapping, served on /api/models/<id>. */
  hubMappings?: Record<string, HubProviderMapping[]>;
  /** Keep every request in `requests` (default true); a benchmark turns it off to save memory. */
  record?: boolean;
}

export interface OpenAIStubServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Requests whose client went away before the response was complete. */
  readonly abandoned: number;
  /** TCP connections accepted so far: fewer than requests when clients reuse keep-alive sockets. */
  readonly connections: number;
  setBehaviour(behaviour: StubBehaviour | ((request: RecordedRequest) => StubBehaviour)): void;
  /** Resolves at the next abandoned request after this call (call it before causing one). */
  nextAbandoned(): Promise<void>;
  /** Stop listening and drop open connections: new connections are refused. */
  refuse(): Promise<void>;
  /** Listen again on the same port. */
  accept(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_CHUNKS = ["Hello", " from", " the", " stub", "."];

export async function startOpenAIStubServer(options: StubServerOptions = {}): Promise<OpenAIStubServer> {
  let behaviour = options.behaviour ?? { kind: "reply" };
  const hubMappings = options.hubMappings ?? {};
  const record = options.record ?? true;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  // Sockets the stub killed on purpose: their unfinished responses are not "abandoned".
  const killedByStub = new WeakSet<Socket>();
  const kill = (socket: Socket) => {
    killedByStub.add(socket);
    socket.destroy();
  };
  let abandoned = 0;
  let connections = 0;
  let abandonWaiters: Array<() => void> = [];
  let sequence = 0;

  const noteAbandoned = () => {
    abandoned++;
    const waiters = abandonWaiters;
    abandonWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const server = http.createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = req.url ?? "/";
    let body: unknown = raw;
    if (raw.length > 0 && (req.headers["content-type"] ?? "").includes("json")) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendJson(res, 400, { error: "Failed to deserialize the JSON body" });
        return;
      }
    }
    const recorded: RecordedRequest = { method: req.method ?? "GET", path, headers: req.headers, body };
    if (record) requests.push(recorded);
    res.on("close", () => {
      if (!res.writableFinished && !killedByStub.has(req.socket)) noteAbandoned();
    });

    const hubMatch = /^\/api\/models\/([^?]+)/.exec(path);
    if (req.method === "GET" && hubMatch?.[1]) {
      const modelId = decodeURIComponent(hubMatch[1]);
      const mapping = hubMappings[modelId];
      if (!mapping) {
        sendJson(res, 404, { error: `Repository not found: ${modelId}` });
        return;
      }
      sendJson(res, 200, {
        _id: `stub-${modelId}`,
        id: modelId,
        inferenceProviderMapping: mapping.map((entry) => ({
          hfModelId: modelId,
          status: "live",
          task: "conversational",
          ...entry,
        })),
      });
      return;
    }

    if (req.method !== "POST" || !/\/chat\/completions\/?(\?.*)?$/.test(path)) {
      sendJson(res, 404, { error: `no route for ${req.method} ${path}` });
      return;
    }

    const current = typeof behaviour === "function" ? behaviour(recorded) : behaviour;
    const request = (typeof body === "object" && body !== null ? body : {}) as ChatRequestBody;
    const id = `chatcmpl-stub-${++sequence}`;
    switch (current.kind) {
      case "hang":
        return;
      case "reset":
        kill(req.socket);
        return;
      case "status": {
        const headers = { "content-type": current.contentType ?? "application/json", ...current.headers };
        const payload = typeof current.body === "string" ? current.body : JSON.stringify(current.body ?? { error: `status ${current.status}` });
        res.writeHead(current.status, headers).end(payload);
        return;
      }
      case "reply": {
        const chunks = current.chunks ?? DEFAULT_CHUNKS;
        const finishReason = current.finishReason ?? "stop";
        const usage = current.usage === undefined ? wordCountUsage(request, chunks) : current.usage;
        if (request.stream) {
          startEventStream(res);
          for (const [index, text] of chunks.entries()) {
            if (index === current.pauseAfter) await current.resume;
            if (current.delayMs && index > 0) await new Promise((done) => setTimeout(done, current.delayMs));
            if (res.destroyed) return;
            writeEvent(res, contentChunk(id, request, text));
          }
          writeEvent(res, finishChunk(id, request, finishReason));
          if (usage && request.stream_options?.include_usage) writeEvent(res, usageChunk(id, request, usage));
          res.end("data: [DONE]\n\n");
        } else {
          sendJson(res, 200, {
            id,
            object: "chat.completion",
            created: nowSeconds(),
            model: request.model ?? "stub",
            system_fingerprint: "glocal-stub",
            choices: [{ index: 0, message: { role: "assistant", content: chunks.join("") }, logprobs: null, finish_reason: finishReason }],
            // The OpenAI format always has usage on non-streamed answers.
            usage: usage ? { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } : null,
          });
        }
        return;
      }
      case "fail-mid-stream":
      case "stall-mid-stream": {
        const chunks = current.chunks ?? DEFAULT_CHUNKS;
        startEventStream(res);
        for (const text of chunks.slice(0, current.after)) writeEvent(res, contentChunk(id, request, text));
        if (current.kind === "stall-mid-stream") return;
        if (current.how === "error-event") {
          // TGI's shape for an error during generation.
          writeEvent(res, { error: "CUDA out of memory", error_type: "generation" });
          res.end();
        } else {
          // Give the written chunks a moment to reach the client before the socket dies.
          setTimeout(() => kill(req.socket), 20);
        }
        return;
      }
    }
  });

  server.on("connection", (socket) => {
    sockets.add(socket);
    connections++;
    socket.on("close", () => sockets.delete(socket));
  });

  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;

  const dropConnections = () => {
    for (const socket of sockets) kill(socket);
  };
  const stopListening = async () => {
    if (!server.listening) return;
    const closed = once(server, "close");
    server.close();
    dropConnections();
    await closed;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    get abandoned() {
      return abandoned;
    },
    get connections() {
      return connections;
    },
    setBehaviour(next) {
      behaviour = next;
    },
    nextAbandoned() {
      return new Promise<void>((resolve) => abandonWaiters.push(resolve));
    },
    refuse: stopListening,
    async accept() {
      if (server.listening) return;
      server.listen(port, "127.0.0.1");
      await once(server, "listening");
    },
    close: stopListening,
  };
}

interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: Array<{ content?: unknown }>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (part: Buffer) => parts.push(part));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
}

function startEventStream(res: http.ServerResponse): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
}

function writeEvent(res: http.ServerResponse, payload: unknown): void {
  res.write(`data: ${JSON.stringify(payload)}\n\n`);
}

function chunkEnvelope(id: string, request: ChatRequestBody) {
  return {
    id,
    object: "chat.completion.chunk",
    created: nowSeconds(),
    model: request.model ?? "stub",
    system_fingerprint: "glocal-stub",
  };
}

function contentChunk(id: string, request: ChatRequestBody, content: string) {
  return {
    ...chunkEnvelope(id, request),
    choices: [{ index: 0, delta: { role: "assistant", content }, logprobs: null, finish_reason: null }],
    usage: null,
  };
}

function finishChunk(id: string, request: ChatRequestBody, finishReason: string) {
  return {
    ...chunkEnvelope(id, request),
    choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }],
    usage: null,
  };
}

function usageChunk(id: string, request: ChatRequestBody, usage: StubUsage) {
  return {
    ...chunkEnvelope(id, request),
    choices: [],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function wordCountUsage(request: ChatRequestBody, chunks: string[]): StubUsage {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const prompt = (request.messages ?? []).reduce((sum, message) => sum + (typeof message.content === "string" ? words(message.content) : 0), 0);
  return { prompt_tokens: prompt, completion_tokens: words(chunks.join("")) };
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
