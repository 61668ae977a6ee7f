import { PLATFORMS } from '@/platforms/index';
import type { StoredPost } from '@/utils/messages';

const KIND_NAMES: Record<StoredPost['kind'], string> = { promotion: 'Promotion', conversation: 'Conversation', value: 'Value', other: 'Other' };

/** The newest posts: kind, platform, date, and the text only where the user chose to keep it. */
export function RecentPosts({ posts, offsetMinutes }: { posts: readonly StoredPost[]; offsetMinutes: number }) {
  return (
    <section class="card" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent posts</h2>
      <ul class="recent">
        {posts.map((p) => (
          <li key={p.id}>
            <span class={`kind kind-${p.kind}`}>{KIND_NAMES[p.kind]}</span> <span>{PLATFORMS[p.platform]?.name ?? p.platform}</span>
            {p.reply && <span class="muted"> reply</span>} <time dateTime={p.at}>{localDay(p.at, offsetMinutes)}</time>
            {typeof p.score === 'number' && <span class="muted"> score {p.score}</span>}
            {p.text !== undefined && <p class="post-text">{p.text}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The post's day in the user's zone, `YYYY-MM-DD`. */
function localDay(at: string, offsetMinutes: number): string {
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10) : at;
}
