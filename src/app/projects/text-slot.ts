/**
 * One text a user is bringing, as the import page holds it while they choose: nothing yet, being
 * read, read (with what was detected), or refused with a reason. Pure: the page reads files and
 * asks the worker; this says what a slot holds and what is wrong with it.
 */
import type { Lang } from '../../core/model.ts';
import { languageProblem } from '../../core/text/decode-text.ts';
import { detectScript, type ChineseScript } from '../../core/text/script.ts';
import { megabytes, textSizeProblem } from '../../core/limits.ts';

export { megabytes };

export type SlotContent =
  | { readonly status: 'empty' }
  | { readonly status: 'reading'; readonly name: string }
  | {
      readonly status: 'ready';
      readonly name: string;
      readonly size: number;
      readonly text: string;
      readonly encoding: string;
      readonly detectedEncoding: string;
      /** How the encoding was chosen, in words ("gb18030: not valid UTF-8 (at byte 0, line 1)"). */
      readonly encodingReason: string;
      /** Places that did not decode and read as U+FFFD: shown, so that nothing misread passes as read. */
      readonly warnings: readonly string[];
      readonly han: number;
      readonly latin: number;
      readonly kana: number;
      /** The script found in a Chinese text, and the one the user chose instead (null: as found). */
      readonly script: ChineseScript;
      readonly scriptChosen: ChineseScript | null;
      readonly pasted: boolean;
      /** What is wrong with the text as Chinese and as English: found once, when it is read (a text can be megabytes). */
      readonly problemAs: Readonly<Record<Lang, string | null>>;
    }
  | {
      readonly status: 'refused';
      readonly name: string;
      readonly reason: string;
      /** The bytes did not decode as any encoding tried: the user may name one and read them so (with U+FFFD where they fail). */
      readonly undecodable?: boolean;
    };

export interface SlotRole {
  readonly lang: Lang;
  readonly label: string;
  readonly optional: boolean;
}

/** What the page asks for: a Chinese text and its English, or two to four Chinese texts and an optional English. */
export type ImportMode = 'zh-en' | 'zh-zh';

export function slotRoles(mode: ImportMode): SlotRole[] {
  return mode === 'zh-en'
    ? [
        { lang: 'zh', label: 'Chinese text', optional: false },
        { lang: 'en', label: 'English translation', optional: false },
      ]
    : [
        { lang: 'zh', label: 'Chinese text A', optional: false },
        { lang: 'zh', label: 'Chinese text B', optional: false },
        { lang: 'zh', label: 'Chinese text C (optional)', optional: true },
        { lang: 'zh', label: 'Chinese text D (optional)', optional: true },
        { lang: 'en', label: 'English translation (optional)', optional: true },
      ];
}

/** Why a file cannot be read as a text, before reading it: too large, or an image, audio or video. */
export function fileProblem(file: { readonly name: string; readonly size: number; readonly type: string }): string | null {
  if (file.size === 0) return `${file.name}: empty file, expected text`;
  const tooLarge = textSizeProblem(file.name, file.size);
  if (tooLarge) return tooLarge;
  if (/^(image|audio|video)\//.test(file.type)) return `${file.name}: ${file.type.split('/')[0]} file (${file.type}), not a text`;
  return null;
}

/** Why a slot's text does not fit its role (empty, or in the other language), or null. */
export function slotProblem(content: SlotContent, role: SlotRole): string | null {
  switch (content.status) {
    case 'empty':
      return role.optional ? null : `${role.label}: not chosen yet`;
    case 'reading':
      return `${content.name}: still being read`;
    case 'refused':
      return content.reason;
    case 'ready':
      return content.problemAs[role.lang];
  }
}

/** A text read into a slot, with what its language checks say. */
export function readySlot(fields: Omit<Extract<SlotContent, { status: 'ready' }>, 'status' | 'problemAs' | 'script' | 'scriptChosen'>): SlotContent {
  return { status: 'ready', ...fields, script: detectScript(fields.text).script, scriptChosen: null, problemAs: { zh: languageProblem(fields.name, 'zh', fields.text), en: languageProblem(fields.name, 'en', fields.text) } };
}
