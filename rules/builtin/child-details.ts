import { z } from 'zod';
import type { Chunk, LocalSpan } from '../engine/document';
import { defineRule } from '../engine/rule';
import { flagEach } from '../engine/flag';
import { matchSpans } from '../engine/find';

/**
 * A child made findable: a child of the writer's named in full, or their named school, together with another
 * detail that says who or where they are (an age, a routine, a place). One detail ("my daughter turned 7
 * today!") is family news; a name with a school and an age is enough for a stranger to find the child.
 */

/** The writer's child, or a child they know. */
const CHILD = /\b(?:my|our|his|her|their)\s+(?:(?:little|eldest|oldest|youngest|middle|baby|twin|step-?)\s+)?(?:son|daughter|kids?|children|child|boy|girl|toddler|grandson|granddaughter|grandkids?|niece|nephew|little\s+one)\b/gi;
/** A first and a last name, right after the child word or a comma ("my son, Leo Marsh,"). */
const FULL_NAME = /^,?\s+(?:[A-Z][a-z]+)\s+(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/;
const SCHOOL = new RegExp(
  String.raw`\b(?:St\.?\s+)?(?:[A-Z][\p{L}'\u2019.-]+\s+){1,4}(?:Primary|Infants?|Junior|Elementary|Middle|High|Grammar|Academy|Nursery|Preschool|Pre-school|Kindergarten|School|College|Montessori)(?:\s+School)?\b`,
  'gu',
);
const AGE = /\b(?:(?:is|turns?|turned|aged?|now)\s+\d{1,2}\b(?!\s*(?:%|am|pm|:|minutes|hours|days|weeks|months|km|miles|points))|\d{1,2}[-\s]year[-\s]old|,\s*\d{1,2}\s*,)/gi;
/** Where the child is, and when: a routine, a walk home, a place named with "at"/"in" and a time. */
const WHEREABOUTS = /\b(?:walks?\s+(?:home|to\s+school)|(?:gets?|takes?)\s+the\s+bus|bus\s+stop|every\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:pick(?:ing|s)?\s+(?:him|her|them)\s+up|drop(?:ping|s)?\s+(?:him|her|them)\s+off)\s+at|home\s+alone|plays?\s+(?:in|at)\s+the\s+park)\b/gi;

export interface ChildCue extends LocalSpan {
  details: number;
}

/** One span from the child to the last identifying detail, when a full name or a named school comes with another detail. */
export function childCues(chunk: Chunk): ChildCue[] {
  const text = chunk.text;
  const children = matchSpans(CHILD, text);
  if (children.length === 0) return [];
  const names = children.flatMap((c) => {
    const m = FULL_NAME.exec(text.slice(c.end));
    return m ? [{ start: c.end + m[0].search(/[A-Z]/), end: c.end + m[0].length }] : [];
  });
  const schools = matchSpans(SCHOOL, text);
  const ages = matchSpans(AGE, text);
  const places = matchSpans(WHEREABOUTS, text);
  const kinds = [names, schools, ages, places].filter((l) => l.length > 0).length;
  // A name or a school pins the child down; with one more kind of detail they can be found.
  if ((names.length === 0 && schools.length === 0) || kinds < 2) return [];
  const spans = [...children, ...names, ...schools, ...ages, ...places];
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return [{ start, end: text.slice(start, end).replace(/[\s,]+$/, '').length + start, details: kinds }];
}

export default defineRule({
  meta: {
    id: 'child-details',
    principle: 'keep-private-private',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds a child made findable: a child\u2019s full name or named school together with their age, a routine or where they will be.',
      rationale:
        'Children cannot agree to what is posted about them, and a name with a school and an age is enough for a stranger to find them. ' +
        'Proud news keeps its warmth with a first name only, and without the school or the times.',
      whenNotToUse: 'Schools and clubs posting with parents\u2019 written consent can turn this off.',
    },
    examples: {
      bad: [
        'So proud of my daughter Emma Clarke, 7, top of her class at St Mary\u2019s Primary!',
        'Our son walks home from Oakfield Primary School every Tuesday on his own now, big step!',
      ],
      good: ['My daughter turned 7 today, where did the time go?', 'So proud of our son, he read his first book on his own!'],
    },
    messages: {
      found:
        '\u201c{actual}\u201d gives enough about a child (a name, a school, an age, a routine) for a stranger to find them. Keep the pride and drop the school, the surname or the times.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    return flagEach(doc.spans('child-details:cues', childCues), 'found');
  },
});
