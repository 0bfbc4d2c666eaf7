import { cardItems, noteItems, riskItems, transferItems, type NoteItem, type Practice, type ReportState } from '../schemas/index.ts';

/** The three groups of reportable items a practice page shows, in order, each with its items and the prefix of their labels. */
export const noteGroups = [
  { group: 'card', items: cardItems, labels: 'practice.card' },
  { group: 'transferability', items: transferItems, labels: 'practice.transfer' },
  { group: 'risks', items: riskItems, labels: 'practice.risk' },
] as const;

export type NoteGroup = (typeof noteGroups)[number]['group'];

/** How much the sources say about one item (practice.yaml), wherever in the record it sits. */
export function reportState(d: Pick<Practice, 'evidence' | 'transferability' | 'risks'>, item: NoteItem): ReportState {
  if ((cardItems as readonly string[]).includes(item)) return d.evidence.card[item as (typeof cardItems)[number]];
  if ((transferItems as readonly string[]).includes(item)) return d.transferability[item as (typeof transferItems)[number]];
  return d.risks[item as (typeof riskItems)[number]];
}

export interface NoteMismatch {
  item: NoteItem;
  state: ReportState;
  problem: 'missing' | 'unexpected';
}

/**
 * The notes a text must have and must not have: one per item the sources report (fully or partly), none
 * for an item they do not (the page says "not reported" itself, so a note there would contradict it).
 */
export function noteMismatches(
  d: Pick<Practice, 'evidence' | 'transferability' | 'risks'>,
  notes: Partial<Record<NoteItem, string | undefined>>,
): NoteMismatch[] {
  return noteItems.flatMap((item): NoteMismatch[] => {
    const state = reportState(d, item);
    const has = Boolean(notes[item]?.trim());
    if (state !== 'not-reported' && !has) return [{ item, state, problem: 'missing' }];
    if (state === 'not-reported' && has) return [{ item, state, problem: 'unexpected' }];
    return [];
  });
}

/** The year the status was last reported (`as_of` is a year or a year-month). */
export const asOfYear = (d: Pick<Practice, 'status'>): string => d.status.as_of.slice(0, 4);
