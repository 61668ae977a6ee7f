import type { Doc } from '../engine/document';
import { findPersonalData, type PersonalDataKind } from '../detectors/personal-data';
import { privateLifeCues } from '../detectors/private-life';

/** How much one item says "this post exposes someone": numbers that let strangers pay or pose count most. */
const DATA_WEIGHT: Record<PersonalDataKind, number> = {
  card: 1,
  bank: 0.9,
  id: 0.8,
  secret: 0.9,
  email: 0.5,
  phone: 0.55,
  address: 0.6,
};

/**
 * Privacy risk, 0..1: each personal-data item and private-life cue is a chance the post exposes someone,
 * combined as independent chances (1 - product of the misses), so one card number is near 1 and one
 * e-mail address about a half. Other people's private lives count more than the writer's own.
 */
export function privacy(doc: Doc): number {
  let miss = 1;
  for (const chunk of doc.chunks) {
    for (const item of chunk.memo('personal-data:items', findPersonalData)) miss *= 1 - DATA_WEIGHT[item.kind];
  }
  for (const c of privateLifeCues(doc)) miss *= 1 - (c.others || c.kind === 'away' || c.kind === 'homeEmpty' ? 0.5 : 0.3);
  return 1 - miss;
}
