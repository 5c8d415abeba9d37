/**
 * Stand-ins for the four multi-LoRA serving engines (they need a GPU and model weights, so they cannot
 * run here): real HTTP servers on loopback that speak the OpenAI chat-completions wire format, each
 * configured with the adapters it "loaded" at start, and each refusing a request the way that engine
 * does when the adapter is not named the way its documentation says. An accepted request is answered
 * with text naming the adapter that was applied, so a test sees which weights served it.
 */
import type { Engine } from "../../src/catalog/engine.ts";
import { startOpenAIStubServer, type OpenAIStubServer, type RecordedRequest, type StubBehaviour } from "./openai-stub-server.ts";

export interface EngineStandIn extends OpenAIStubServer {
  engine: Engine;
  /** Bodies of the chat requests it accepted. */
  accepted: Record<string, unknown>[];
}

/** What the answer says for an accepted request: "applied:<adapter>" or "applied:base". */
export function appliedText(adapter: string | number | undefined): string {
  return `applied:${adapter ?? "base"}`;
}

type Check = { ok: true; adapter: string | number | undefined } | { ok: false; behaviour: StubBehaviour };

const refuse = (status: number, body: unknown): Check => ({ ok: false, behaviour: { kind: "status", status, body } });

/** Fields no engine here takes in a chat request: finding one means the gateway mixed up the engines. */
const FOREIGN_FIELDS: Record<Engine, string[]> = {
  vllm: ["lora", "adapter_id", "adapter_source"],
  tgi: ["lora", "adapter_id", "adapter_source"],
  lorax: ["lora", "adapter_id"],
  "llama-server": ["adapter_id", "adapter_source"],
};

function check(engine: Engine, base: string, adapters: readonly (string | number)[], body: Record<string, unknown>): Check {
  const foreign = FOREIGN_FIELDS[engine].filter((field) => field in body);
  if (foreign.length > 0) return refuse(400, { error: `${engine} stand-in: unexpected field(s) ${foreign.join(", ")}` });
  const model = body.model;
  switch (engine) {
    case "vllm":
      // vLLM lists the base and every --lora-modules name in /v1/models; any other model is a 404.
      if (model === base) return { ok: true, adapter: undefined };
      if (typeof model === "string" && adapters.includes(model)) return { ok: true, adapter: model };
      return refuse(404, { object: "error", message: `The model \`${String(model)}\` does not exist.`, type: "NotFoundError", param: null, code: 404 });
    case "tgi":
      // TGI's Messages API: `model` becomes parameters.adapter_id unless it is "tgi" (the base).
      if (model === "tgi" || model === "" || model === undefined) return { ok: true, adapter: undefined };
      if (typeof model === "string" && adapters.includes(model)) return { ok: true, adapter: model };
      return refuse(422, { error: `adapter ${String(model)} is not loaded (LORA_ADAPTERS)`, error_type: "validation" });
    case "lorax": {
      // LoRAX loads any adapter id on demand; "" is the base. adapter_source says where from.
      const source = body.adapter_source ?? "hub";
      if (!["hub", "local", "s3", "pbase"].includes(String(source))) {
        return refuse(422, { error: `unknown adapter_source ${String(source)}`, error_type: "validation" });
      }
      if (model === "") return { ok: true, adapter: undefined };
      if (typeof model === "string" && adapters.includes(model)) return { ok: true, adapter: `${model}@${String(source)}` };
      return refuse(400, { error: `could not load adapter ${String(model)} from ${String(source)}`, error_type: "generation" });
    }
    case "llama-server": {
      // `lora: [{id, scale}]` over the adapters given with --lora at start (ids in that order).
      const lora = body.lora;
      if (lora === undefined) return { ok: true, adapter: undefined };
      const invalid = (message: string) => refuse(400, { error: { code: 400, message, type: "invalid_request_error" } });
      if (!Array.isArray(lora)) return invalid("lora must be an array of {id, scale}");
      const applied: number[] = [];
      for (const item of lora as unknown[]) {
        const { id, scale } = (item ?? {}) as { id?: unknown; scale?: unknown };
        if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id >= adapters.length) return invalid(`invalid adapter id ${String(id)}`);
        if (typeof scale !== "number") return invalid("each lora entry needs a numeric scale");
        if (scale !== 0) applied.push(id);
      }
      if (applied.length !== 1) return { ok: true, adapter: applied.length === 0 ? undefined : applied.join("+") };
      const id = applied[0] as number;
      return { ok: true, adapter: `${String(adapters[id])}#${id}x${(lora as { scale: number }[])[0]?.scale}` };
    }
  }
}

/** An engine with `adapters` loaded over `base` (for llama-server, the adapter files in --lora order). */
export async function startEngineStandIn(engine: Engine, options: { base: string; adapters: readonly string[] }): Promise<EngineStandIn> {
  const accepted: Record<string, unknown>[] = [];
  const stub = await startOpenAIStubServer({
    behaviour: (request: RecordedRequest) => {
      const body = (typeof request.body === "object" && request.body !== null ? request.body : {}) as Record<string, unknown>;
      const outcome = check(engine, options.base, options.adapters, body);
      if (!outcome.ok) return outcome.behaviour;
      accepted.push(body);
      return { kind: "reply", chunks: [appliedText(outcome.adapter), " ok"] };
    },
  });
  return Object.assign(stub, { engine, accepted });
}
