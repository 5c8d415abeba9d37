import { z } from "zod";

/**
 * Serving engines built for many LoRA adapters over one base model, and how a hosted catalog entry
 * names its adapter on one of them. Each engine takes the adapter in its own field of the
 * OpenAI-compatible chat request (see src/backends/hosted/engine-wire.ts):
 * - `vllm`: `vllm serve <base> --enable-lora --lora-modules <name>=<path> …`; the adapter's name is the `model`.
 * - `lorax`: the adapter id (a Hub repository, or a path with `adapterSource`) is the `model`.
 * - `tgi`: text-generation-inference started with `LORA_ADAPTERS=a,b,…`; on its Messages API the `model`
 *   becomes the request's `adapter_id` (`tgi` or an empty model means the base).
 * - `llama-server`: llama.cpp's server started with `--lora <file>` once per adapter (ids 0, 1, … in that
 *   order); each request carries `lora: [{id, scale}]`, and adapters it does not list run at scale 0.
 * Absent, the endpoint is a plain OpenAI/TGI-compatible server and `model` is sent as it is.
 */
export const ENGINES = ["vllm", "lorax", "tgi", "llama-server"] as const;
export type Engine = (typeof ENGINES)[number];

export const engineFields = {
  /** The multi-LoRA engine behind `url`; needs `adapter`. */
  engine: z.enum(ENGINES).optional(),
  /** The culture adapter on that engine: a name or id (vllm, lorax, tgi), or the integer id (llama-server). */
  adapter: z.union([z.string().min(1), z.number().int().min(0)]).optional(),
  /** llama-server only: the scale the adapter is applied at (default 1). */
  adapterScale: z.number().positive().max(4).optional(),
  /** lorax only: where LoRAX loads the adapter from ("hub" by default, "local", "s3", "pbase"). */
  adapterSource: z.enum(["hub", "local", "s3", "pbase"]).optional(),
};

interface EngineEndpoint {
  url?: string;
  engine?: Engine;
  adapter?: string | number;
  adapterScale?: number;
  adapterSource?: string;
}

/** Problems with an endpoint's engine fields, each with the field it concerns; empty when it is consistent. */
export function engineIssues(endpoint: EngineEndpoint): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const { engine, adapter } = endpoint;
  if (engine === undefined) {
    if (adapter !== undefined) issues.push({ path: "adapter", message: `an adapter needs an engine: one of ${ENGINES.join(", ")}` });
    if (endpoint.adapterScale !== undefined) issues.push({ path: "adapterScale", message: 'adapterScale needs engine "llama-server"' });
    if (endpoint.adapterSource !== undefined) issues.push({ path: "adapterSource", message: 'adapterSource needs engine "lorax"' });
    return issues;
  }
  if (!endpoint.url) issues.push({ path: "engine", message: "an engine is a server you run: give its url (not a provider)" });
  if (adapter === undefined) issues.push({ path: "adapter", message: `engine "${engine}" needs the adapter to serve` });
  else if (engine === "llama-server" && typeof adapter !== "number") {
    issues.push({ path: "adapter", message: "llama-server names adapters by integer id (0 for the first --lora, 1 for the next, …)" });
  } else if (engine !== "llama-server" && typeof adapter !== "string") {
    issues.push({ path: "adapter", message: `engine "${engine}" names adapters by string (the name or id it was started with)` });
  }
  if (typeof adapter === "string" && /^(https?:|\/)/.test(adapter)) {
    // @huggingface/inference refuses such a model before sending anything.
    issues.push({
      path: "adapter",
      message: 'the client takes a model starting with "/" or "http(s):" for a URL and will not send it; give a Hub id, an s3:// location or a relative path',
    });
  }
  if (endpoint.adapterScale !== undefined && engine !== "llama-server") {
    issues.push({ path: "adapterScale", message: 'adapterScale applies to engine "llama-server" only (the others fix the scale when they load the adapter)' });
  }
  if (endpoint.adapterSource !== undefined && engine !== "lorax") {
    issues.push({ path: "adapterSource", message: 'adapterSource applies to engine "lorax" only' });
  }
  return issues;
}
