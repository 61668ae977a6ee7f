import type { AnyRule } from '../engine/rule';
import childDetails from './child-details';
import clickbait from './clickbait';
import corporateSpeak from './corporate-speak';
import emojiOverload from './emoji-overload';
import engagementBait from './engagement-bait';
import hardSell from './hard-sell';
import hashtagOverload from './hashtag-overload';
import heatedLanguage from './heated-language';
import hype from './hype';
import hypePromise from './hype-promise';
import lengthLimit from './length-limit';
import longSentence from './long-sentence';
import missingInvitation from './missing-invitation';
import passiveVoice from './passive-voice';
import personalData from './personal-data';
import pressReleaseTone from './press-release-tone';
import privateLife from './private-life';
import riskyClaim from './risky-claim';
import salesPitch from './sales-pitch';
import seeMoreFold from './see-more-fold';
import selfFocus from './self-focus';
import selfPromotion from './self-promotion';
import selfPromotionRatio from './self-promotion-ratio';
import sensitivePromotion from './sensitive-promotion';
import shouting from './shouting';
import tagStuffing from './tag-stuffing';
import travelPlans from './travel-plans';

/** Every built-in rule, in alphabetical order of id. A conventions test checks this list against rules/. */
export const RULES: readonly AnyRule[] = [
  childDetails,
  clickbait,
  corporateSpeak,
  emojiOverload,
  engagementBait,
  hardSell,
  hashtagOverload,
  heatedLanguage,
  hype,
  hypePromise,
  lengthLimit,
  longSentence,
  missingInvitation,
  passiveVoice,
  personalData,
  pressReleaseTone,
  privateLife,
  riskyClaim,
  salesPitch,
  seeMoreFold,
  selfFocus,
  selfPromotion,
  selfPromotionRatio,
  sensitivePromotion,
  shouting,
  tagStuffing,
  travelPlans,
];
