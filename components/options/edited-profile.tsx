import { createContext, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { defaultProfile, profileById } from '@/utils/profiles';
import type { Profile, Settings } from '@/utils/settings';
import { ProfileSelect } from '../shared/profile-select';
import { useSettings } from '../shared/use-settings';

interface EditedProfileChoice {
  id: string | undefined;
  choose(id: string): void;
}

const EditedProfileContext = createContext<EditedProfileChoice>({ id: undefined, choose: () => undefined });

/**
 * Which profile the options page's rule settings show and change. One choice for the whole page, so the
 * turned-off rules, the ignored suggestions and the rule switches always speak of the same profile; it
 * starts on the default profile and is not stored.
 */
export function EditedProfileProvider({ children }: { children: ComponentChildren }) {
  const [id, choose] = useState<string | undefined>(undefined);
  return <EditedProfileContext.Provider value={{ id, choose }}>{children}</EditedProfileContext.Provider>;
}

/** The profile being edited (the default until another is chosen, or when the chosen one is removed). */
export function useEditedProfile(): { profile: Profile; settings: Settings; loaded: boolean; choose(id: string): void } {
  const { id, choose } = useContext(EditedProfileContext);
  const { settings, loaded } = useSettings();
  const profile = (id !== undefined && profileById(settings, id)) || defaultProfile(settings);
  return { profile, settings, loaded, choose };
}

/** "For the profile: [Acme ▾]", above a section's rule settings; nothing while there is only one profile. */
export function EditedProfilePicker() {
  const { profile, settings, choose } = useEditedProfile();
  if (settings.profiles.length < 2) return null;
  return (
    <label class="profile-picker">
      {'For the profile '}
      <ProfileSelect profiles={settings.profiles} value={profile.id} onChoose={choose} />
    </label>
  );
}
