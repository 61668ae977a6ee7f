import { PLATFORMS } from '@/platforms/index';
import type { PlatformId } from '@/platforms/types';

/** A choice of one of the nine platforms, by name. */
export function PlatformSelect({ value, onChange, disabled = false }: { value: PlatformId; onChange(platform: PlatformId): void; disabled?: boolean }) {
  return (
    <select value={value} disabled={disabled} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as PlatformId)}>
      {Object.values(PLATFORMS).map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
