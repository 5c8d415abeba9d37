/**
 * Typed client for the gateway's public API, used by the pages exactly as any app would use it. The
 * response types come from the server's own modules (type-only imports vanish from the bundle).
 */
import type { modelView, profileView } from "../../api/catalog-views.ts";
import type { BlindServed } from "../../api/blind.ts";
import type { ServedBy } from "../../chat/served-by.ts";
import type { distress } from "../../analysis/distress.ts";
import type { pairwise } from "../../analysis/pairwise.ts";
import type { satisfaction } from "../../analysis/satisfaction.ts";
import type { Lens } from "../../profiles/lens-schema.ts";
import type { RatingItemKey } from "../../profiles/schema.ts";
import { readSseData } from "./sse.ts";

export type ProfileView = ReturnType<typeof profileView>;
export type ModelView = ReturnType<typeof modelView>;
export type LensView = Lens;
export type SatisfactionReport = Awaited<ReturnType<typeof satisfaction>>;
export type PairwiseReport = Awaited<ReturnType<typeof pairwise>>;
export type DistressReport = Awaited<ReturnType<typeof distress>>;

/** The `glocal` object of a chat answer, as the gateway defines it. */
export type AnswerMeta = ServedBy;

export interface ChatTurn {
  role: "user" | "assistant";
  content: string;
}

/** An OpenAI-shaped error answer, or a network failure (status 0). */
export class GatewayError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "GatewayError";
  }
}

async function failure(response: Response): Promise<GatewayError> {
  let message = `HTTP ${response.status}`;
  let code: string | null = null;
  try {
    const body = (await response.json()) as { error?: { message?: string; code?: string | null } };
    if (body.error?.message) message = body.error.message;
    code = body.error?.code ?? null;
  } catch {
    // not JSON: keep the status line
  }
  return new GatewayError(response.status, message, code);
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new GatewayError(0, (error as Error).message, "network_error");
  }
  if (!response.ok) throw await failure(response);
  return response;
}

async function getJson<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
  return (await (await send(path, { headers: { accept: "application/json", ...headers } })).json()) as T;
}

async function sendJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: "application/json" } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, "content-type": "application/json" };
  }
  return (await (await send(path, init)).json()) as T;
}

export const listProfiles = () => getJson<{ data: ProfileView[] }>("/v1/profiles").then((r) => r.data);
export const listLenses = () => getJson<{ data: LensView[] }>("/v1/lenses").then((r) => r.data);
export const listModels = () =>
  getJson<{ data: { id: string; glocal: { type: string } & Partial<ModelView> }[] }>("/v1/models").then((r) =>
    r.data.flatMap((entry) => (entry.glocal.type === "model" ? [entry.glocal as ModelView] : [])),
  );

export interface ChatRequest {
  profile: string;
  lens: string | null;
  messages: ChatTurn[];
  user: string;
  sessionId: string;
}

function chatBody(request: ChatRequest) {
  return {
    model: `glocal/${request.profile}`,
    ...(request.lens ? { lenses: [request.lens] } : {}),
    messages: request.messages,
    user: request.user,
    session_id: request.sessionId,
  };
}

interface ChunkEvent {
  choices?: { delta?: { content?: string } }[];
  glocal?: AnswerMeta;
  error?: { message?: string; code?: string | null };
}

/** Stream one answer: `onText` gets the answer so far; resolves with the full text and its metadata. */
export async function streamChat(
  request: ChatRequest,
  onText: (textSoFar: string, meta: AnswerMeta) => void,
  signal?: AbortSignal,
): Promise<{ text: string; meta: AnswerMeta }> {
  const response = await send("/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ ...chatBody(request), stream: true }),
    signal,
  });
  if (!response.body) throw new GatewayError(response.status, "the answer had no body", null);
  let text = "";
  let meta: AnswerMeta | undefined;
  for await (const data of readSseData(response.body)) {
    if (data === "[DONE]") break;
    const event = JSON.parse(data) as ChunkEvent;
    if (event.error) throw new GatewayError(502, event.error.message ?? "the answer broke off", event.error.code ?? null);
    // The first chunk carries the metadata; the finish chunk repeats it, possibly with more fields.
    if (event.glocal) meta = { ...meta, ...event.glocal };
    text += event.choices?.[0]?.delta?.content ?? "";
    if (meta) onText(text, meta);
  }
  if (!meta) throw new GatewayError(502, "the answer carried no glocal metadata", null);
  return { text, meta };
}

/** One profile's answer in POST /v1/chat/compare: the answer and its metadata, or why it has none. */
export interface ComparedAnswer {
  profile: string;
  message?: { role: "assistant"; content: string };
  glocal?: AnswerMeta;
  error?: { message: string; code?: string | null };
}

/** A blind answer: a position instead of a profile, and only the safety and rating fields of `glocal`. */
export interface BlindAnswer {
  position: string;
  message?: { role: "assistant"; content: string };
  glocal?: BlindServed;
  error?: { message: string; code?: string | null };
}

export type CompareResult =
  | { blind?: false; answers: ComparedAnswer[] }
  | { blind: true; answers: BlindAnswer[]; comparison: { shown_order: string[]; blind_token: string } };

export function compareChat(request: Omit<ChatRequest, "profile"> & { profiles: string[]; blind: boolean }): Promise<CompareResult> {
  return sendJson("POST", "/v1/chat/compare", {
    profiles: request.profiles,
    blind: request.blind,
    ...(request.lens ? { lenses: [request.lens] } : {}),
    messages: request.messages,
    user: request.user,
    session_id: request.sessionId,
  });
}

export type RatingValues = Partial<Record<RatingItemKey, number>>;

export function postRating(meta: AnswerMeta, user: string, items: RatingValues, comment: string | undefined) {
  return sendJson<{ status: string; comment_stored: boolean }>("POST", "/v1/ratings", {
    interaction_id: meta.interaction_id,
    rating_token: meta.rating_token,
    user,
    items,
    ...(comment ? { comment } : {}),
  });
}

/** Who gave each blind answer, in the answer to the recorded choice. */
export interface RevealedAnswer {
  position: string;
  interaction_id: string;
  profile: string | null;
  model: string | null;
}

/**
 * Record a choice. `preferred` is a profile id or "tie" for an open comparison; for a blind one it is the
 * preferred answer's interaction id or "tie", and `blindToken` proves the order the answers were shown in.
 */
export function postComparison(
  answers: readonly Pick<AnswerMeta, "interaction_id" | "rating_token">[],
  preferred: string,
  user: string,
  sessionId: string,
  blindToken?: string,
) {
  const choice = blindToken && preferred !== "tie" ? { preferred_interaction: preferred } : { preferred };
  return sendJson<{ id: string; reveal?: RevealedAnswer[] }>("POST", "/v1/comparisons", {
    interactions: answers.map((meta) => ({ interaction_id: meta.interaction_id, rating_token: meta.rating_token })),
    ...choice,
    ...(blindToken ? { blind_token: blindToken } : {}),
    user,
    session_id: sessionId,
  });
}

export function putSession(sessionId: string, user: string, homeCulture: string | null) {
  return sendJson("PUT", `/v1/sessions/${encodeURIComponent(sessionId)}`, {
    user,
    ...(homeCulture ? { home_culture: homeCulture } : {}),
  });
}

export function postCheckin(sessionId: string, user: string, phase: "before" | "after", distress: number, profile: string) {
  return sendJson("POST", `/v1/sessions/${encodeURIComponent(sessionId)}/checkins`, { user, [phase]: distress, profile });
}

export function deleteUserData(user: string) {
  return sendJson<{ deleted: Record<string, number> }>("DELETE", `/v1/users/${encodeURIComponent(user)}/data`);
}

/** Evaluator endpoints: the key goes in the Authorization header, never in a URL. */
export function evalGet<T>(path: "satisfaction" | "pairwise" | "distress", key: string, query: URLSearchParams): Promise<T> {
  const search = query.toString();
  return getJson<T>(`/v1/eval/${path}${search ? `?${search}` : ""}`, { authorization: `Bearer ${key}` });
}
