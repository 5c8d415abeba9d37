import { z } from "zod";
import { engineFields, engineIssues } from "./engine.ts";

/** BCP-47 primary language subtag, e.g. "ko". */
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'a BCP-47 primary language subtag such as "ko"');

const huggingFaceSource = z.object({
  /** Hugging Face repository, "owner/name". */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'a Hugging Face repository "owner/name"'),
  /** File inside the repository. */
  file: z.string().min(1),
  /** Pinned revision (commit or branch); "main" when absent. */
  revision: z.string().optional(),
});

/** A file on this machine, relative to the project root or absolute (test and demo models). */
const localSource = z.object({ path: z.string().min(1) });

export const ggufSource = z.union([huggingFaceSource, localSource]);

const common = {
  name: z.string().min(1),
  languages: z.array(languageCode).min(1),
  licence: z.string().min(1),
  /** False where the licence forbids commercial use. */
  commercial: z.boolean().default(true),
  /** Size of the download in bytes, from the model card or the file listing. */
  sizeBytes: z.number().int().positive().optional(),
  /** Where the facts above were confirmed (model card URL). */
  card: z.string().url().optional(),
  /** Languages the model was built or tuned for (regional fit); the others it serves as a multilingual model. */
  regional: z.array(languageCode).default([]),
  /** The generated random-weights model: gibberish text, for tests and the offline demo. */
  demo: z.boolean().default(false),
  notes: z.string().optional(),
};

/** llama.cpp quantisation of the file, e.g. "Q4_K_M". */
const quantisation = z.string().optional();

export const ggufModel = z.object({
  kind: z.literal("gguf"),
  source: ggufSource,
  quantisation,
  ...common,
});

/** A LoRA adapter GGUF applied over a catalog base model in its own context. */
export const loraModel = z.object({
  kind: z.literal("lora"),
  /** Catalog id of the base GGUF model this adapter was trained on. */
  base: z.string().min(1),
  source: ggufSource,
  quantisation,
  /** LoRA scale applied at load time. */
  scale: z.number().positive().default(1),
  ...common,
});

export const hostedModel = z.object({
  kind: z.literal("hosted"),
  endpoint: z
    .object({
      /** A dedicated Inference Endpoint or any TGI-/OpenAI-compatible base URL. */
      url: z.string().url().optional(),
      /** An Inference Providers provider name ("together", "hf-inference", …). */
      provider: z.string().optional(),
      /** Model name sent upstream; always sent, or the client would send the URL instead. */
      model: z.string().min(1),
      /** Environment variable holding the bearer token; HF_TOKEN when absent. */
      tokenEnv: z.string().optional(),
      timeoutMs: z.number().int().positive().default(60_000),
      /** A multi-LoRA engine and the culture adapter on it (see engine.ts). */
      ...engineFields,
    })
    .refine((e) => (e.url ? 1 : 0) + (e.provider ? 1 : 0) === 1, { message: "give exactly one of url or provider" })
    .superRefine((e, ctx) => {
      for (const issue of engineIssues(e)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    }),
  ...common,
});

export const catalogModel = z.discriminatedUnion("kind", [ggufModel, loraModel, hostedModel]);

/**
 * Output formats of the learned guard classifiers the gateway can parse (src/safety/guard-formats.ts):
 * - "qwen3guard-gen": `Safety: Safe|Unsafe|Controversial`, `Categories: …`, and for answers `Refusal: Yes|No`;
 * - "llama-guard-3": `safe`, or `unsafe` and a line of hazard codes such as `S1,S11`;
 * - "shieldgemma": `Yes` (violates the policy) or `No`.
 * The prompt is the model's own chat template (the GGUF's, or the hosted server's): the gateway sends the
 * conversation as chat messages, the answer under review as the last assistant turn.
 */
export const GUARD_FORMATS = ["qwen3guard-gen", "llama-guard-3", "shieldgemma"] as const;
export const guardFormat = z.enum(GUARD_FORMATS);

/** A guard classifier: a GGUF run by the llama backend or a hosted endpoint, plus the format its answers come in. */
export const guardModel = z.discriminatedUnion("kind", [ggufModel.extend({ format: guardFormat }), hostedModel.extend({ format: guardFormat })]);

const modelId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "lowercase model id");

export const catalogSchema = z.object({
  /** Catalog model id → entry. Ids are lowercase, with dots and dashes. */
  models: z.record(modelId, catalogModel),
  /** Model that `npm start` pulls when none is present. */
  default: z.string().optional(),
  /** Guard classifier id → entry (optional: catalogs without guards stay valid). Never routed to as a chat model. */
  guards: z.record(modelId, guardModel).optional(),
  /** Guard that `npm run models:pull -- --guard` fetches. */
  defaultGuard: z.string().optional(),
});

export type GgufSource = z.infer<typeof ggufSource>;
export type GgufModel = z.infer<typeof ggufModel>;
export type LoraModel = z.infer<typeof loraModel>;
export type HostedModel = z.infer<typeof hostedModel>;
export type CatalogModel = z.infer<typeof catalogModel>;
export type Catalog = z.infer<typeof catalogSchema>;
export type GuardFormat = z.infer<typeof guardFormat>;
export type GuardModel = z.infer<typeof guardModel>;
