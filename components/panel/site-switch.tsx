/** Rapport on or off for one site (settings.disabledSites); a native checkbox with the switch role. */
export function SiteSwitch({
  hostname,
  enabled,
  onChange,
}: {
  hostname: string;
  enabled: boolean;
  onChange(enabled: boolean): void;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        aria-checked={enabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        Coach my posts on <strong>{hostname}</strong>
      </span>
    </label>
  );
}
