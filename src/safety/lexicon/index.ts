/** Every language lexicon the risk assessor runs. Add a language here after writing its file. */
import type { Lexicon } from "./types.ts";
import { ar } from "./ar.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fa } from "./fa.ts";
import { fr } from "./fr.ts";
import { ha } from "./ha.ts";
import { hi } from "./hi.ts";
import { id } from "./id.ts";
import { ja } from "./ja.ts";
import { ko } from "./ko.ts";
import { pcm } from "./pcm.ts";
import { pt } from "./pt.ts";
import { ru } from "./ru.ts";
import { sw } from "./sw.ts";
import { tl } from "./tl.ts";
import { tr } from "./tr.ts";
import { yo } from "./yo.ts";
import { zh } from "./zh.ts";

export const ALL_LEXICONS: readonly Lexicon[] = [en, es, fr, pt, de, ko, ja, zh, hi, ar, fa, ru, id, tl, sw, yo, ha, pcm, tr];

/** Languages with a lexicon, as BCP-47 primary tags. */
export const LEXICON_LANGUAGES: readonly string[] = ALL_LEXICONS.map((lexicon) => lexicon.lang);
