import { APPEARANCES, type Appearance } from '@/utils/settings';
import { askBackground } from '../shared/ask-background';
import { useSettings } from '../shared/use-settings';
import { OptionsSection } from './options-page';

const LABELS: Record<Appearance, string> = { system: 'As the browser', light: 'Light', dark: 'Dark' };

/** Light, dark, or the browser's theme, for Rapport's pages and its badge and cards on sites. */
export function AppearanceSettings() {
  const { settings } = useSettings();
  return (
    <OptionsSection id="appearance" title="Appearance" intro="The theme of Rapport's pages and of its badge and cards on the sites you write on.">
      <fieldset class="appearance">
        <legend class="sr-only">Theme</legend>
        {APPEARANCES.map((appearance) => (
          <label key={appearance}>
            <input
              type="radio"
              name="appearance"
              value={appearance}
              checked={settings.appearance === appearance}
              onChange={() => void askBackground({ type: 'set-appearance', appearance })}
            />
            {LABELS[appearance]}
          </label>
        ))}
      </fieldset>
    </OptionsSection>
  );
}
