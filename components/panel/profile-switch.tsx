import { PLATFORMS } from '@/platforms/index';
import type { PlatformId } from '@/platforms/types';
import { profileFor } from '@/utils/profiles';
import type { Settings } from '@/utils/settings';
import { ProfileSelect } from '../shared/profile-select';

/**
 * The profile this platform's composers write by, and a choice of another: choosing one makes it the
 * profile for the platform (as the options page's "Used on" does), and the draft is checked again with its
 * rules. Shown only when there is more than one profile to choose from.
 */
export function ProfileSwitch({ settings, platform, onChoose }: { settings: Settings; platform: PlatformId; onChoose(profileId: string): void }) {
  if (settings.profiles.length < 2) return null;
  const current = profileFor(settings, platform);
  return (
    <label class="profile-switch">
      {'Writing as '}
      <ProfileSelect profiles={settings.profiles} value={current.id} onChoose={onChoose} />
      {` on ${PLATFORMS[platform].name}`}
    </label>
  );
}
