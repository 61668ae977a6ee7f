import type { PlatformId } from '../../platforms/types';
import type { PostKind, Signals } from '../engine/types';
import type { PrincipleId } from '../principles';

/**
 * One published post as the history keeps it: what the engine said about it, never the text (the store
 * may keep the text beside it when the user opts in; nothing here needs it).
 */
export interface PostRecord {
  /** When it was published, as an ISO 8601 time. */
  at: string;
  platform: PlatformId;
  /** The account it was published from, when known (a handle, a page name). */
  profile?: string;
  /** An answer to someone else's post: conversation, whatever its words. */
  reply: boolean;
  /** What the post is for the self-promotion ratio (a reply that does not promote is conversation). */
  kind: PostKind;
  /** The engine's signals for the post; any subset. */
  signals?: Partial<Signals>;
  /** Findings per principle, only the principles with some. */
  principles?: Partial<Record<PrincipleId, number>>;
  /** Findings per rule id, only the rules with some. */
  findings?: Readonly<Record<string, number>>;
  score?: number;
}

/** The fields a ratio needs: any record with a time and a kind will do (the rule's recent summary too). */
export type KindAt = Pick<PostRecord, 'at' | 'kind'>;
