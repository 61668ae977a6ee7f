import type { Answers, RequestOf } from '@/utils/messages';
import {
  cleanProfileName,
  PROFILES_MAX,
  profileById,
  withDefaultProfile,
  withNewProfile,
  withoutProfile,
  withPlatformProfile,
  withProfileName,
} from '@/utils/profiles';
import type { Settings } from '@/utils/settings';

type ProfileRequest = 'profile-add' | 'profile-rename' | 'profile-remove' | 'profile-set-default' | 'set-platform-profile';
type ProfileHandlers = { [T in ProfileRequest]: (request: RequestOf<T>) => Promise<Answers[T]> };
type Update = (change: (current: Settings) => Settings) => Promise<Settings>;

/**
 * Profiles made, renamed, removed, made the default and given platforms: each one settings write. Each
 * answers whether it was taken: an unknown profile, an empty name or removing the last profile is refused
 * and changes nothing.
 */
export function profileHandlers(update: Update): ProfileHandlers {
  /** Applies the change if the request is valid for the settings as stored at that moment. */
  const apply = async (valid: (current: Settings) => boolean, edit: (current: Settings) => Settings) => {
    let ok = false;
    await update((current) => {
      ok = valid(current);
      return ok ? edit(current) : current;
    });
    return { ok };
  };
  const exists = (id: string) => (s: Settings) => profileById(s, id) !== undefined;
  return {
    'profile-add': async (request) => {
      let id: string | undefined;
      let full = false;
      await update((current) => {
        full = current.profiles.length >= PROFILES_MAX;
        const added = withNewProfile(current, request.name);
        id = added?.id;
        return added?.settings ?? current;
      });
      if (id) return { ok: true, id };
      return { ok: false, reason: full ? `A browser keeps at most ${PROFILES_MAX} profiles.` : 'A profile needs a name.' };
    },
    'profile-rename': ({ profileId, name }) =>
      apply((s) => exists(profileId)(s) && cleanProfileName(name) !== '', (s) => withProfileName(s, profileId, name)),
    'profile-remove': ({ profileId }) => apply((s) => exists(profileId)(s) && s.profiles.length > 1, (s) => withoutProfile(s, profileId)),
    'profile-set-default': ({ profileId }) => apply(exists(profileId), (s) => withDefaultProfile(s, profileId)),
    'set-platform-profile': ({ platform, profileId }) =>
      apply((s) => profileId === undefined || exists(profileId)(s), (s) => withPlatformProfile(s, platform, profileId)),
  };
}
