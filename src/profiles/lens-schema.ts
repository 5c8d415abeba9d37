import { z } from "zod";
import { lensId } from "./schema.ts";
import { refuseSafetyOverrides } from "./text-rules.ts";

/**
 * An identity or worldview lens (faith-centred, LGBTQ+-affirming, neurodivergent-friendly) that a
 * request can add to any regional profile. A lens shapes tone and suggestions only: the schema is
 * strict, so it has no field through which a policy could be replaced, and every text is refused at
 * load if it tries to switch safety rules off. The composer always puts the safety policy after it.
 */
export const lensSchema = z
  .object({
    id: lensId,
    name: z.object({ en: z.string().min(3).max(60) }).strict(),
    /** One line for catalogues and `/v1/profiles`: what the lens changes. */
    summary: z.string().min(20).max(300),
    /** The lens's part of the system prompt. */
    systemPrompt: z.string().min(80).max(1500),
    /** Extra supports to offer as options when the lens is on. */
    supports: z.array(z.string().min(10).max(200)).max(6).default([]),
    /** Things the answer must not do under this lens. */
    avoid: z.array(z.string().min(10).max(200)).max(6).default([]),
  })
  .strict()
  .superRefine((lens, ctx) => refuseSafetyOverrides(lens, ctx));

export type Lens = z.infer<typeof lensSchema>;
