import type { ComponentType } from 'preact';
import { AppearanceSettings } from '@/components/options/appearance-settings';
import { DashboardLink } from '@/components/options/dashboard-link';
import { HousePacks } from '@/components/options/house-packs';
import { MastodonInstances } from '@/components/options/mastodon-instances';
import { Profiles } from '@/components/options/profiles';
import { IgnoredFindings, TurnedOffRules } from '@/components/options/rule-settings';
import { ReleaseNotes } from '@/components/options/release-notes';
import { RulesCatalogue } from '@/components/options/rules-catalogue';
import { SiteSettings } from '@/components/options/site-settings';

/** The options page's sections, top to bottom. A feature adds its section here, one line. */
export const SECTIONS: readonly ComponentType[] = [SiteSettings, Profiles, TurnedOffRules, IgnoredFindings, MastodonInstances, HousePacks, DashboardLink, AppearanceSettings, RulesCatalogue, ReleaseNotes];
