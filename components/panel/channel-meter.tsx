import type { ChannelReport } from '@/utils/messages';

/** Characters used against the platform's limit, counted the platform's way, and its "see more" fold. */
export function ChannelMeter({ channel, onShowHook }: { channel: ChannelReport; onShowHook?: () => void }) {
  const { used, limit, name } = channel;
  const over = used > limit;
  const ratio = Math.min(1, used / limit);
  const tone = over ? 'over' : ratio >= 0.9 ? 'near' : '';
  return (
    <section class="section" aria-labelledby="channel-heading">
      <h2 id="channel-heading">Fits {name}?</h2>
      <div class="meter-line">
        <span>
          <strong>{used.toLocaleString('en')}</strong> <span class="muted">of {limit.toLocaleString('en')} characters</span>
        </span>
        {over ? (
          <span class="over-text">{(used - limit).toLocaleString('en')} over</span>
        ) : (
          <span class="muted">{(limit - used).toLocaleString('en')} left</span>
        )}
      </div>
      <div
        class={`meter ${tone}`}
        role="meter"
        aria-label={`Length on ${name}`}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={Math.min(used, limit)}
        aria-valuetext={`${used} of ${limit} characters${over ? `, ${used - limit} over the limit` : ''}`}
        style={`--fill:${(ratio * 100).toFixed(1)}%`}
      >
        <span />
      </div>
      <p class="note">{channel.countingNote}</p>
      {channel.fold && (
        <div class="fold">
          <h3>What shows before “see more”</h3>
          <p class={`preview${channel.fold.preview ? '' : ' empty'}`}>
            {channel.fold.preview || 'Your opening lines show here.'}
            {channel.fold.folded && <span class="see-more">{'\u2026 see more'}</span>}
          </p>
          <p class={`hook ${channel.fold.hook}`}>
            <span aria-hidden="true">{channel.fold.hook === 'good' ? '\u2713' : '!'}</span>
            <span>
              {channel.fold.hook === 'weak' ? 'Weak hook: ' : ''}
              {channel.fold.hookMessage}
            </span>
          </p>
          {channel.fold.finding && onShowHook && (
            <button type="button" class="btn link" onClick={onShowHook}>
              Show the opening in the draft
            </button>
          )}
        </div>
      )}
    </section>
  );
}
