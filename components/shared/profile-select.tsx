import type { Profile } from '@/utils/settings';

/** A choice of one of the user's profiles, by name (names are text nodes, never markup). */
export function ProfileSelect({ profiles, value, onChoose }: { profiles: readonly Profile[]; value: string; onChoose(profileId: string): void }) {
  return (
    <select value={value} onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value)}>
      {profiles.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
