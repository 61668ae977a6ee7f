import { useEffect, useState } from 'preact/hooks';
import { parseFindingKey, parseHouseRuleId } from '@/rules/engine/types';
import type { RuleInfo } from '@/utils/messages';
import { askBackground } from '../shared/ask-background';
import { clip } from '../shared/text';
import { EditedProfilePicker, useEditedProfile } from './edited-profile';
import { OptionsSection } from './options-page';
import { useLockedRules } from './use-house-packs';

/** The built-in rules' one-line summaries, from the background (the engine stays out of the pages). */
export function useRuleCatalog(): RuleInfo[] {
  const [rules, setRules] = useState<RuleInfo[]>([]);
  useEffect(() => {
    let live = true;
    void askBackground({ type: 'rule-catalog' }).then((answer) => {
      if (live && Array.isArray(answer)) setRules(answer);
    });
    return () => {
      live = false;
    };
  }, []);
  return rules;
}

/** A rule id as words: "hard-sell" -> "Hard sell". */
export function ruleName(id: string): string {
  const house = parseHouseRuleId(id);
  if (house) return `${sentence(house.rule)} (house rule of ${house.pack})`;
  return sentence(id);
}

/** What a listed rule is when Rapport's own rules do not include it: a house pack's, or one since retired. */
function missingRuleNote(id: string): string {
  const house = parseHouseRuleId(id);
  return house ? `A rule of the house pack "${house.pack}".` : 'A rule that is no longer part of Rapport.';
}

function sentence(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An ignore key back into its rule and words. Keys are the contract's `findingKey`, a JSON pair; a key in
 * any other form (none is stored since the settings migration) shows whole, its rule unknown.
 */
export function splitIgnoredKey(key: string): { ruleId: string; text: string } {
  const parsed = parseFindingKey(key);
  return parsed ? { ruleId: parsed.ruleId, text: parsed.actual } : { ruleId: '', text: key };
}

export function TurnedOffRules() {
  const { profile, loaded } = useEditedProfile();
  const catalog = useRuleCatalog();
  const locked = useLockedRules();
  const rules = profile.disabledRules;
  return (
    <OptionsSection
      id="turned-off-rules"
      title="Turned-off rules"
      intro="Rules you turned off with “Turn off this rule”. They stay off on every site until you turn them back on."
    >
      <EditedProfilePicker />
      {loaded && rules.length === 0 && <p class="note">No rules are turned off.</p>}
      <ul class="setting-list" aria-label="Turned-off rules">
        {rules.map((id) => {
          const info = catalog.find((r) => r.id === id);
          return (
            <li key={id}>
              <span class="name">{ruleName(id)}</span>
              <span class="about">{info?.summary ?? missingRuleNote(id)}</span>
              {locked.has(id) && <span class="note">Your organisation locked this rule on: it runs whatever this list says.</span>}
              <button type="button" class="btn" aria-label={`Turn ${ruleName(id)} back on`} onClick={() => void askBackground({ type: 'enable-rule', ruleId: id, profileId: profile.id })}>
                Turn back on
              </button>
            </li>
          );
        })}
      </ul>
    </OptionsSection>
  );
}

export function IgnoredFindings() {
  const { profile, loaded } = useEditedProfile();
  const locked = useLockedRules();
  const keys = profile.ignoredKeys;
  return (
    <OptionsSection
      id="ignored-findings"
      title="Ignored suggestions"
      intro="Suggestions you chose to ignore. Rapport stays quiet about these words for that rule, in every draft."
    >
      <EditedProfilePicker />
      {loaded && keys.length === 0 && <p class="note">Nothing is ignored.</p>}
      <ul class="setting-list" aria-label="Ignored suggestions">
        {keys.map((key) => {
          const { ruleId, text } = splitIgnoredKey(key);
          return (
            <li key={key}>
              <span class="name">{text ? `\u201c${clip(text, 120)}\u201d` : '(empty text)'}</span>
              <span class="about">Rule: {ruleId ? ruleName(ruleId) : 'unknown'}</span>
              {locked.has(ruleId) && <span class="note">Your organisation locked this rule on: the suggestion shows anyway.</span>}
              <button type="button" class="btn" aria-label={`Show suggestions for ${clip(text, 40)} again`} onClick={() => void askBackground({ type: 'unignore-finding', key, profileId: profile.id })}>
                Show again
              </button>
            </li>
          );
        })}
      </ul>
    </OptionsSection>
  );
}
