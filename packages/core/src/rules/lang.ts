// The language type lives in model (the one bilingual convention); rules re-uses it.
export type { Lang } from '../model/text';
