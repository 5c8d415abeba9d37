/**
 * What a chat run reads from a request, already validated (src/api/chat-schema.ts checks the wire
 * format; its ChatRequest fits this shape).
 */
export interface ChatInput {
  model?: string;
  profile?: string;
  lenses?: readonly string[];
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  /** BCP-47 hint; wins over detection. */
  language?: string;
  messages: readonly { role: "system" | "developer" | "user" | "assistant"; content: MessageContent }[];
  /** Streamed to the client: the backend may send deltas rather than a whole answer. */
  stream: boolean;
  temperature?: number | null;
  top_p?: number | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  stop?: string | string[] | null;
  seed?: number | null;
  user?: string;
  session_id?: string;
  store_text_consent: boolean;
}

/** OpenAI message content: a string or text parts. */
export type MessageContent = string | readonly { type: "text"; text: string }[];

export function textOf(content: MessageContent): string {
  return typeof content === "string" ? content : content.map((p) => p.text).join("\n");
}
