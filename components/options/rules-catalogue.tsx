import { PRINCIPLE_IDS, PRINCIPLES } from '@/rules/principles';
import type { RuleInfo } from '@/utils/messages';
import { askBackground } from '../shared/ask-background';
import { EditedProfilePicker, useEditedProfile } from './edited-profile';
import { OptionsSection } from './options-page';
import { ruleName, useRuleCatalog } from './rule-settings';
import { useLockedRules } from './use-house-packs';

/**
 * Every built-in rule, grouped by the principle it serves: what it finds, why, a draft it flags and one it
 * leaves alone (the rule's own tested examples), and a switch. Off-by-default rules have no switch: only a
 * house pack turns them on.
 */
export function RulesCatalogue() {
  const { profile } = useEditedProfile();
  const catalog = useRuleCatalog();
  const off = new Set(profile.disabledRules);
  const locked = useLockedRules();
  const groups = PRINCIPLE_IDS.map((id) => ({ principle: PRINCIPLES[id], rules: catalog.filter((rule) => rule.principle === id) })).filter(
    (group) => group.rules.length > 0,
  );
  return (
    <OptionsSection id="rules-catalogue" title="All rules" intro="Every check Rapport makes, by the principle it comes from. Switch off any you do not want.">
      <EditedProfilePicker />
      {groups.map(({ principle, rules }) => (
        <section key={principle.id} class="catalogue-group" aria-label={principle.title}>
          <h3>{principle.title}</h3>
          <p class="muted">{principle.why}</p>
          <ul class="catalogue" aria-label={`Rules for ${principle.title}`}>
            {rules.map((rule) => (
              <CatalogueEntry key={rule.id} rule={rule} profileId={profile.id} locked={locked.has(rule.id)} on={locked.has(rule.id) || (rule.enabledByDefault && !off.has(rule.id))} />
            ))}
          </ul>
        </section>
      ))}
    </OptionsSection>
  );
}

/** `locked`: the organisation's policy keeps the rule on (enterprise policy, `lockedRules`); no switch turns it off. */
function CatalogueEntry({ rule, profileId, on, locked }: { rule: RuleInfo; profileId: string; on: boolean; locked: boolean }) {
  const name = ruleName(rule.id);
  const toggle = () => void askBackground({ type: on ? 'disable-rule' : 'enable-rule', ruleId: rule.id, profileId });
  return (
    <li data-rule={rule.id}>
      <div class="catalogue-head">
        <span class="name">{name}</span>
        {locked ? (
          <span class="note">On: locked by your organisation</span>
        ) : rule.enabledByDefault ? (
          <label class="switch">
            <input type="checkbox" checked={on} onChange={toggle} aria-label={`${name}: ${on ? 'on' : 'off'}`} />
            {on ? 'On' : 'Off'}
          </label>
        ) : (
          <span class="note">Off unless a house pack turns it on</span>
        )}
      </div>
      <p class="about">{rule.summary}</p>
      <p class="muted">{rule.rationale}</p>
      <dl class="examples">
        <dt>Flags</dt>
        <dd>“{rule.fires}”</dd>
        <dt>Leaves alone</dt>
        <dd>“{rule.passes}”</dd>
      </dl>
    </li>
  );
}
