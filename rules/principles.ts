import { PRINCIPLE_IDS, type PrincipleId } from './engine/types';

/**
 * The closed catalogue of coaching principles (ids from shared PRINCIPLES.md). Every rule names exactly
 * one of these; the side panel and the CLI group findings by them, in this order.
 */
export interface Principle {
  id: PrincipleId;
  title: string;
  /** One plain sentence on why the principle matters, shown under its findings. */
  why: string;
  /** The essay the principle comes from, by title. */
  source: string;
  /** Whether a single draft shows it (history-only principles are judged over many posts). */
  inDraft: boolean;
}

export { PRINCIPLE_IDS, type PrincipleId };

export const PRINCIPLES: Record<PrincipleId, Principle> = {
  'know-your-objective': {
    id: 'know-your-objective',
    title: 'Know what the post is for',
    why: 'A post without a purpose for the profile is noise; the objective decides which advice matters.',
    source: 'Sharing Is Caring (prelude); Social Media Strategy in 8 steps',
    inDraft: false,
  },
  'people-first': {
    id: 'people-first',
    title: 'Write for people',
    why: 'Readers stop for posts about their own problems, told in words they use, not for posts about you.',
    source: 'Sharing Is Caring',
    inDraft: true,
  },
  'conversation-not-campaign': {
    id: 'conversation-not-campaign',
    title: 'Talk with people, not at them',
    why: 'Social works as a conversation; announcements read like an advert and get scrolled past.',
    source: 'Sharing Is Caring; Social Media Strategy (Business Social Networking)',
    inDraft: true,
  },
  'content-as-means': {
    id: 'content-as-means',
    title: 'Give people something to answer',
    why: 'Content is only the start: what counts is what readers say and do next.',
    source: 'Sharing Is Caring',
    inDraft: true,
  },
  'add-value': {
    id: 'add-value',
    title: 'Give value before you ask',
    why: 'People follow accounts that help them; a feed that only promotes itself loses them.',
    source: 'Sharing Is Caring',
    inDraft: true,
  },
  'listen-dont-shout': {
    id: 'listen-dont-shout',
    title: 'Don\u2019t shout',
    why: 'Capitals, piles of exclamation marks and hard-sell orders read as yelling, and yelling is ignored.',
    source: 'Sharing Is Caring; Planning a Social Media Strategy',
    inDraft: true,
  },
  'spread-the-love': {
    id: 'spread-the-love',
    title: 'Credit and invite others',
    why: 'Thanking and crediting people builds relationships; tagging strangers for reach spends them.',
    source: 'Sharing Is Caring',
    inDraft: true,
  },
  'be-prepared': {
    id: 'be-prepared',
    title: 'Check the risk before you post',
    why: 'A heated word, a claim you cannot back or promotion next to tragedy is what turns into a crisis.',
    source: 'Sharing Is Caring',
    inDraft: true,
  },
  'measure-progress': {
    id: 'measure-progress',
    title: 'Measure progress',
    why: 'Only what you track over time tells you whether social is doing its job.',
    source: 'Sharing Is Caring; Social Media Strategy in 8 steps',
    inDraft: false,
  },
  'optimise-as-you-go': {
    id: 'optimise-as-you-go',
    title: 'Learn from every post',
    why: 'Recurring findings are the cheapest thing to improve.',
    source: 'Sharing Is Caring; Social media strategy: What really matters',
    inDraft: false,
  },
  'make-a-commitment': {
    id: 'make-a-commitment',
    title: 'Show up regularly',
    why: 'Relationships take time; a steady cadence beats bursts.',
    source: 'Sharing Is Caring',
    inDraft: false,
  },
  'quality-over-quantity': {
    id: 'quality-over-quantity',
    title: 'Earn engagement, don\u2019t beg for it',
    why: 'Likes and follows you asked for are hollow, and platforms demote posts that beg for them.',
    source: 'Social media strategy: What really matters',
    inDraft: true,
  },
  'be-human': {
    id: 'be-human',
    title: 'Sound like a person',
    why: 'People talk to people; buzzwords and press-release phrasing sound like an entity nobody can answer.',
    source: 'Social Media Strategy in 8 steps; Planning a Social Media Strategy',
    inDraft: true,
  },
  'honest-and-open': {
    id: 'honest-and-open',
    title: 'Be straight with people',
    why: 'Hype and curiosity gaps trade a click for trust, and trust is what a brand lives on.',
    source: 'Social Media Strategy (Business Social Networking); Planning a Social Media Strategy',
    inDraft: true,
  },
  'keep-private-private': {
    id: 'keep-private-private',
    title: 'Keep private things private',
    why: 'A post is public and permanent; contact details and private lives do not belong in one.',
    source: 'Planning a Social Media Strategy',
    inDraft: true,
  },
  'channel-fit': {
    id: 'channel-fit',
    title: 'Fit the channel',
    why: 'Each platform has its own limits and habits; a post that ignores them gets cut off or skipped.',
    source: 'Social Media Strategy in 8 steps',
    inDraft: true,
  },
};

export function isPrincipleId(id: string): id is PrincipleId {
  return (PRINCIPLE_IDS as readonly string[]).includes(id);
}
