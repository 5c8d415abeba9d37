import type { HostedModel } from "../../catalog/schema.ts";

/**
 * What a multi-LoRA engine needs in the chat request to apply the entry's adapter: the `model` to send
 * and any extra body fields. These are each engine's documented OpenAI-compatible chat parameters; the
 * client sends them next to `messages` as they are.
 */
export function engineRequestFields(endpoint: HostedModel["endpoint"]): { model: string; extra: Record<string, unknown> } {
  const { engine, adapter } = endpoint;
  if (engine === undefined || adapter === undefined) return { model: endpoint.model, extra: {} };
  switch (engine) {
    case "vllm":
    case "tgi":
      // vLLM serves each --lora-modules name as a model; TGI turns the Messages API `model` into the adapter_id.
      return { model: String(adapter), extra: {} };
    case "lorax":
      return { model: String(adapter), extra: endpoint.adapterSource ? { adapter_source: endpoint.adapterSource } : {} };
    case "llama-server":
      // The model field only labels the answer here; the adapter list chooses the weights.
      return { model: endpoint.model, extra: { lora: [{ id: adapter, scale: endpoint.adapterScale ?? 1 }] } };
  }
}
