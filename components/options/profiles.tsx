import { useState } from 'preact/hooks';
import { PLATFORMS } from '@/platforms/index';
import { PLATFORM_IDS, type PlatformId } from '@/platforms/types';
import type { HousePacks } from '@/utils/house-packs';
import { defaultProfile, PROFILE_NAME_MAX } from '@/utils/profiles';
import type { Profile, Settings } from '@/utils/settings';
import { askBackground } from '../shared/ask-background';
import { clip } from '../shared/text';
import { useSettings } from '../shared/use-settings';
import { OptionsSection } from './options-page';
import { useHousePacks } from './use-house-packs';
import './profiles.css';

/**
 * Profiles: one per brand a person writes for. Each has its own turned-off rules, ignored suggestions and
 * house pack, and claims the platforms it is used on; platforms no profile claims use the default. The
 * side panel shows which profile a composer writes by and switches it there too.
 */
export function Profiles() {
  const { settings } = useSettings();
  const packs = useHousePacks();
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const fallback = defaultProfile(settings);

  const add = async (event: Event) => {
    event.preventDefault();
    const added = await askBackground({ type: 'profile-add', name });
    if (!added) return setStatus('Rapport could not reach its background; try again.');
    if (!added.ok) return setStatus(added.reason);
    setName('');
    setStatus(`Added ${name.trim()}. Choose the platforms it is used on.`);
  };

  return (
    <OptionsSection
      id="profiles"
      title="Profiles"
      intro="Write for more than one brand? Give each a profile: its own house rules and rule settings, used on the platforms you choose. Platforms no profile claims use the default profile."
    >
      <ul class="profiles" aria-label="Profiles">
        {settings.profiles.map((profile) => (
          <ProfileEntry key={profile.id} profile={profile} settings={settings} packs={packs} isDefault={profile.id === fallback.id} onStatus={setStatus} />
        ))}
      </ul>
      <form class="inline-form" onSubmit={(e) => void add(e)}>
        <label>
          New profile{' '}
          <input type="text" value={name} maxLength={PROFILE_NAME_MAX} placeholder="Acme Bank" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="btn" disabled={!name.trim()}>
          Add profile
        </button>
      </form>
      <p class="note" role="status" aria-live="polite">
        {status}
      </p>
    </OptionsSection>
  );
}

interface ProfileEntryProps {
  profile: Profile;
  settings: Settings;
  packs: HousePacks;
  isDefault: boolean;
  onStatus(status: string): void;
}

function ProfileEntry({ profile, settings, packs, isDefault, onStatus }: ProfileEntryProps) {
  const [removing, setRemoving] = useState(false);
  const locked = packs.policy.lockedPack;
  const claimedBy = (platform: PlatformId) => settings.profiles.find((p) => p.platforms?.includes(platform));

  const rename = async (input: HTMLInputElement) => {
    if (input.value.trim() === profile.name) return;
    const answer = await askBackground({ type: 'profile-rename', profileId: profile.id, name: input.value });
    if (answer?.ok) return onStatus(`Renamed to ${input.value.trim()}.`);
    input.value = profile.name;
    onStatus('A profile needs a name; the old one is kept.');
  };
  const claim = (platform: PlatformId, on: boolean) =>
    void askBackground({ type: 'set-platform-profile', platform, ...(on ? { profileId: profile.id } : {}) });
  const choosePack = (packId: string) => void askBackground({ type: 'set-profile-pack', profileId: profile.id, ...(packId ? { packId } : {}) });
  const remove = async () => {
    const answer = await askBackground({ type: 'profile-remove', profileId: profile.id });
    onStatus(answer?.ok ? `Removed ${profile.name}. Its platforms use the default profile now.` : `${profile.name} could not be removed.`);
  };
  const unclaimed = PLATFORM_IDS.filter((id) => !claimedBy(id)).map((id) => PLATFORMS[id].name);

  return (
    <li class="profile" aria-label={profile.name}>
      <div class="profile-head">
        <label class="profile-name">
          <span class="sr-only">Name</span>
          <input
            type="text"
            defaultValue={profile.name}
            key={profile.name}
            maxLength={PROFILE_NAME_MAX}
            aria-label={`Name of ${profile.name}`}
            onChange={(e) => void rename(e.currentTarget as HTMLInputElement)}
          />
        </label>
        {isDefault ? (
          <span class="badge">Default</span>
        ) : (
          <button type="button" class="btn quiet" onClick={() => void askBackground({ type: 'profile-set-default', profileId: profile.id })}>
            Make default
          </button>
        )}
        {settings.profiles.length > 1 &&
          (removing ? (
            <span class="confirm">
              {`Remove ${clip(profile.name, 40)} and its rule settings? `}
              <button type="button" class="btn" onClick={() => void remove()}>
                Remove
              </button>
              <button type="button" class="btn quiet" onClick={() => setRemoving(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" class="btn quiet" aria-label={`Remove ${profile.name}`} onClick={() => setRemoving(true)}>
              Remove…
            </button>
          ))}
      </div>
      <label class="profile-pack">
        {'House rules '}
        <select value={locked ?? profile.housePack ?? ''} disabled={Boolean(locked)} onChange={(e) => choosePack((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">None</option>
          {packs.packs.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {clip(entry.name, 60)}
            </option>
          ))}
        </select>
        {locked && <span class="note"> Set by your organisation for every profile.</span>}
      </label>
      {isDefault ? (
        <p class="about">{unclaimed.length ? `Used on ${unclaimed.join(', ')}: every platform no other profile claims.` : 'Every platform is claimed by another profile.'}</p>
      ) : (
        <fieldset class="profile-platforms">
          <legend>Used on</legend>
          {PLATFORM_IDS.map((id) => {
            const owner = claimedBy(id);
            const other = owner && owner.id !== profile.id ? owner : undefined;
            return (
              <label key={id}>
                <input type="checkbox" checked={owner?.id === profile.id} onChange={(e) => claim(id, (e.currentTarget as HTMLInputElement).checked)} />
                {PLATFORMS[id].name}
                {other && <span class="muted">{` (now ${clip(other.name, 24)})`}</span>}
              </label>
            );
          })}
        </fieldset>
      )}
    </li>
  );
}
