import * as z from 'zod/mini';
import { BilingualText } from '../../../shared/domain/bilingual-text.ts';
import { Member } from '../../../shared/domain/member.ts';
import { TagKind } from '../../../shared/domain/document-tag.ts';
import { Language } from '../../../shared/i18n/language.ts';

// What server functions answer, parsed on arrival (STYLE: parse at every boundary).

export const Location = z.object({ block: z.number(), row: z.optional(z.number()), col: z.optional(z.number()) });

export const Summary = z.object({
  at: z.string(),
  accepted: z.object({ commitments: z.number(), tags: z.number(), signOffs: z.number() }),
  unchanged: z.number(),
  refused: z.array(z.object({ what: z.string(), code: z.enum(['invalid', 'forbidden']), detail: z.string() })),
  waiting: z.number(),
  commitmentsNotSent: z.number(),
  problem: z.optional(z.string()),
});
export type Summary = z.infer<typeof Summary>;

export const TagView = z.object({
  id: z.string(),
  kind: TagKind,
  quotedText: z.string(),
  note: z.optional(z.string()),
  owner: z.optional(z.string()),
  dueDate: z.optional(z.string()),
  positions: z.optional(z.object({ government: z.optional(z.string()), csn: z.optional(z.string()) })),
  commitmentCode: z.optional(z.string()),
  lost: z.boolean(),
});
export type TagView = z.infer<typeof TagView>;

export const SettingsView = z.object({ ledgerUrl: z.string(), hasToken: z.boolean(), language: Language, member: z.optional(Member) });
export type SettingsView = z.infer<typeof SettingsView>;

export const SidebarState = z.object({
  language: Language,
  settings: SettingsView,
  docTitle: z.string(),
  waiting: z.number(),
  tags: z.array(TagView),
  retried: z.optional(Summary),
});
export type SidebarState = z.infer<typeof SidebarState>;

const CheckItem = z.object({ source: z.string(), rule: z.optional(z.string()), severity: z.enum(['error', 'warn', 'info']), message: BilingualText, location: Location, field: z.optional(BilingualText) });
export type CheckItem = z.infer<typeof CheckItem>;
export const DocumentCheck = z.object({
  commitments: z.array(z.object({ code: z.string(), title: BilingualText, location: Location, items: z.array(CheckItem) })),
  unplaced: z.array(CheckItem),
});
export type DocumentCheck = z.infer<typeof DocumentCheck>;

const Track = z.object({ state: z.string(), versionHash: z.string(), recordedAt: z.string(), by: z.string(), comment: z.optional(z.string()), isCurrentVersion: z.boolean() });
export type Track = z.infer<typeof Track>;
export const SignOffPanel = z.object({
  code: z.string(),
  title: z.string(),
  versionHash: z.string(),
  problem: z.optional(z.string()),
  status: z.optional(
    z.object({
      government: z.optional(Track),
      csn: z.optional(Track),
      changedSinceSigned: z.optional(z.object({ signedVersionAt: z.string(), changes: z.array(z.object({ path: z.string(), label: BilingualText, before: BilingualText, after: BilingualText })) })),
    }),
  ),
});
export type SignOffPanel = z.infer<typeof SignOffPanel>;

export const SaveOutcome = z.object({ saved: z.boolean(), checked: z.optional(z.boolean()), member: z.optional(Member), problem: z.optional(z.string()) });
export type SaveOutcome = z.infer<typeof SaveOutcome>;

export const Inserted = z.object({ code: z.string(), id: z.string() });
