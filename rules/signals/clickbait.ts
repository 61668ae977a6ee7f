import { tagSentences, type Chunk, type Doc, type LocalSpan, type Sentence as ParsedSentence, type Term } from '../engine/document';

/**
 * Clickbait: how much a sentence reads like a headline written to be clicked rather than to inform.
 *
 * Each sentence is scored on its own (a headline is one sentence; a long post is judged by its most
 * baiting sentence). A score is a weighted sum of cues of two kinds of writing:
 * - bait grammar: talking to the reader ("you", "your"), a number leading a list of plural things
 *   ("21 things that ..."), forward references that hide the subject ("this is what", "these people"),
 *   quizzes ("which ... are you", "can you guess"), curiosity gaps ("what happened next"), intensifiers
 *   and emotional words ("literally", "adorable"), superlatives ("the best ... ever");
 * - report grammar, which counts against: a third-person subject with a present-tense event verb
 *   ("council approves ..."), reporting verbs ("says"), events and institutions (police, court,
 *   election, killed), named places, "X to <verb>" plans, abbreviations (u.s.) and scare quotes.
 * The weights were fitted by logistic regression on lower-cased headlines (clickbait vs news, the shared
 * dev set) and rounded; the cues are about the kind of text, not about any topic, and case is ignored.
 *
 * Posts are not headlines, so the form of each sentence decides which cues count. In a headline-shaped
 * line (the first sentence of a line, no end punctuation) every cue counts. In prose, real questions,
 * conversation (thanks, greetings, replies, emoji) and a personal voice (I, we) pronouns and warm words
 * are ordinary, so only bait structure counts there: numbered list hooks, quizzes, curiosity gaps. The
 * conversation cue is not in the headline data and is weighted by hand. A strong curiosity gap scores at
 * least STRONG_FLOOR wherever it is.
 */

export interface Cue extends LocalSpan {
  id: CueId;
  weight: number;
}

export interface SentenceScore extends LocalSpan {
  /** Probability-like score, 0..1. */
  score: number;
  /** Bait cues that count in this sentence's form, strongest first. */
  cues: Cue[];
  form: SentenceForm;
  /** First sentence of its line: where a headline or a hook sits. */
  leads: boolean;
}

const W = String.raw`[\p{L}\p{N}'\u2019"\u201c\u201d-]+`;
const APOS = String.raw`['\u2019]`;
const NUM_WORD = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|fifty|hundred';
/** A number opening the sentence, perhaps after a filler ("just 18", "here are 9"). */
const LIST_NUM = String.raw`^(?:(?:just|literally|only|here\s+are|these\s+are|the|all|even\s+more)\s+)?(?:\d{1,3}|${NUM_WORD})`;
const YOU = String.raw`you|your|yours|yourself|yourselves|you${APOS}(?:re|ll|ve|d)|ya|y${APOS}all`;

/** Patterns run on lower-cased text without the `i` flag: case-folding Unicode regexes are ~4x slower. */
function re(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/** Cues found with a regular expression (first match each); patterns with `^` look at the sentence start only. */
const REGEX_CUES = {
  // A number opening a list: "17 things", "seven reasons", "21 of the".
  'list-lead': re(String.raw`${LIST_NUM}\s+(?!(?:dead|killed|injured|hurt|die|dies|missing|arrested|held|people (?:dead|killed|injured|die|hurt|missing|arrested))\b)(?:${W}\s+){0,3}?[\p{L}-]+s\b`),
  // The listed things tied back to the reader or a group: "... that will", "... you", "... who".
  'list-relative': re(String.raw`${LIST_NUM}\s+(?:${W}\s+){0,4}?(?:that|who|which|you|your|we|i|everyone|anyone|every|only|to|for|from|about|of the|all|if|when|guaranteed|that${APOS}ll|we${APOS}ve|you${APOS}ll)\b`),
  'number-lead-event': re(String.raw`^(?:\d[\d,.]*|${NUM_WORD})\s+(?:${W}\s+){0,3}?(?:dead|killed|injured|hurt|die|dies|died|missing|arrested|rescued|evacuated|jobs|feared|charged|held|killed|wounded|detained)\b`),
  'number-passive': re(String.raw`${LIST_NUM}\s+(?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}-]+s\s+(?:were\s+|are\s+|have\s+been\s+|to\s+be\s+)?(?:\p{L}{3,}ed|shot|held|hurt|found|made|sent|seen|taken|sold|struck|caught|stolen|chosen|freed|won|lost|hit)\b(?!\s+(?:you|your|by\s+you|it|them)\b)`),
  // The reader's identity, feelings or memories: "you'll never", "you're a", "your life", "make you".
  'you-hook': re(String.raw`\b(?:you${APOS}(?:ll|re|ve)|you\s+(?:won${APOS}?t|will|need|should|must|know|remember|probably|definitely|totally|actually|never|only|always|secretly|literally|really|didn${APOS}?t|wish|forgot|missed|are|were|have\s+to|might|may|love|hate|want|think)|yourself|(?:make|makes|made|leave|leaves|let|lets|help|helps|remind|reminds|tell|tells|show|shows)\s+you|your\s+(?:life|mind|heart|day|childhood|friends?|mom|dad|parents|ex|crush|boyfriend|girlfriend|partner|favou?rite|zodiac|sign|personality|age|taste|type|soul|inner|brain|body|face|hair|skin|eyes))\b`),
  you: re(String.raw`\b(?:${YOU})\b`),
  'you-question': re(String.raw`\b(?:are|do|did|can|could|should|would|will|have|were|does|is)\s+(?:you|your)\b`),
  'quiz-start': re(String.raw`^(?:which|what${APOS}?s?\s+(?:your|you)|how\s+(?:well|much|many|often|\p{L}+)\s+(?:do|are|is|can|did)\s+you|can\s+(?:you|we)|are\s+you|do\s+you|would\s+you|should\s+you|have\s+you|did\s+you)\b`),
  'quiz-which-you': re(String.raw`^which\b[^?]*\bare\s+you\b(?!\s+(?:going|planning|most|looking|using|doing|buying|bringing|watching|reading|hoping|trying|voting|for|on|in|at|with|into|excited|ready|waiting))|^which\b[^?]*\byou\s+(?:are|were)\s*(?:based\b|in\s+a\s+past\s+life|$|\?)|^which\b[^?]*\bshould\s+you\s+(?:date|marry|be|kiss|befriend|get|adopt|live\s+in)\b|^which\b[^?]*\bis\s+your\s+(?:soulmate|spirit\s+animal|twin|soul)\b`),
  'quiz-frame': re(String.raw`^who\s+said\s+it\b|\bbased\s+on\s+(?:your|you|the\s+way\s+you|how\s+you|what\s+you)\b|\bsays?\s+about\s+(?:you|your)\b|^how\s+(?:\p{L}+\s+){1,2}are\s+you\b|\bhow\s+many\s+of\s+these\b|\bhow\s+well\s+do\s+you\b|\bwe\s+know\s+(?:which|what|who|how|if|whether|where|when|your|you)\b|\bquiz\b`),
  'quiz-guess': re(String.raw`\bbet\s+you\s+can${APOS}?t\b|\bwe\s+(?:know|can\s+guess)\s+(?:which|whether|if\s+you|your)\b|\bwe\s+bet\s+you\b|\b(?:can|could|will|do|did)\s+(?:we|you)\s+(?:guess|name|identify|match|spot|pass|predict|solve)\b`),
  'question-start': re(String.raw`^(?:which|what|how|can|are|do|does|did|would|should|could|will|have|has|is|who|when|where|why)\b`),
  'forward-lead': re(String.raw`^(?:(?:this|these|those)(?!\s+(?:song|video|vid|clip|track|tune|album|channel|post|thread|comment|episode|part|beat|voice)\b)(?!\s+(?:time|times|year|years|week|weeks|month|months|summer|winter|spring|fall|autumn|season|seasons|weekend|morning|afternoon|evening|quarter|days|past|coming|decade|century)\b)|here${APOS}s|here\s+(?:are|is)|there${APOS}s|that${APOS}s|meet|behold|watch|look\s+at|guess\s+(?:what|who|which))\b`),
  'forward-phrase': re(String.raw`^(?:and\s+)?(?:this|here)(?:${APOS}s|\s+is|\s+are)\s+(?:exactly\s+)?(?:what|how|why)\b|\b(?:this|that)\s+is\s+what\s+happens\b|\bis\s+(?:exactly\s+)?what\s+(?:happens|happened)\b|^these\s+are\s+the\b|\beverything\s+you\s+(?:need|want)\s+to\s+know\b`),
  'this-these': re(String.raw`\b(?:this|these)\b(?!\s+(?:song|video|vid|clip|track|tune|album|channel|post|thread|comment|episode|part|beat|voice)\b)(?=\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|should|might|must|and|or|but|to|in|on|at|of|for|with|by|from|as|that|so|just|really)\b)\p{L})(?!\s+(?:time|times|year|years|week|weeks|month|months|summer|winter|spring|fall|autumn|season|seasons|weekend|morning|afternoon|evening|quarter|days|past|coming|decade|century)\b)`),
  'gap-believe': re(String.raw`\byou\s+(?:won${APOS}?t|wont|will\s+not|can${APOS}?t|cannot|will\s+never|${APOS}ll\s+never|would\s+never|never)\s+(?:\p{L}+\s+)?(?:believe|guess|imagine|expect)\b|\byou${APOS}ll\s+never\s+(?:believe|guess)\b`),
  'gap-trick': re(String.raw`\b(?:one|this|1|these)\s+(?:(?:simple|weird|little|easy|neat|genius|clever|strange|odd|secret|crazy)\s+)?(?:trick|hack|secret)s?\b|\ba\s+(?:simple|weird|little|neat|genius|clever|strange|odd|crazy)\s+(?:trick|hack)\b`),
  'gap-next': re(String.raw`\bwhat\s+(?:happens|happened|he\s+did|she\s+did|they\s+did|she\s+said|he\s+said|they\s+found|we\s+found)\s+next\b|\byou\s+(?:won${APOS}?t|will\s+never|${APOS}ll\s+never)\s+(?:see\s+(?:it|this)\s+coming|guess)\b`),
  'will-make-you': re(String.raw`\b(?:make|makes)\s+you\s+(?:\p{L}+\s+)?(?:laugh|cry|smile|feel|want|wish|believe|rethink|question|hungry|happy|sad|jealous|nostalgic|scream|squeal|swoon|gasp|die|lol|ugly[-\s]cry|giggle|melt|drool)\b|\b(?:blow|blew)\s+your\s+mind\b|\b(?:melt|warm|break)\s+your\s+heart\b|\brestore\s+your\s+faith\b|\bchange\s+your\s+life\b|\bleave\s+you\s+(?:speechless|in\s+tears|breathless|shook|stunned|shaking)\b|\bgive\s+you\s+(?:chills|goosebumps|all\s+the\s+feels|life)\b|\b(?:will|would|${APOS}ll)\s+(?:shock|surprise|haunt|amaze)\s+you\b`),
  'heres-why': re(String.raw`^(?:and\s+)?here(?:${APOS}s|\s+is)\s+why\b|(?:\band|\u2014|--|\s-|:)\s*here${APOS}s\s+(?:why|what\s+happened|how)\b|\bthe\s+reason\s+(?:why\s+)?(?:will|is\s+(?:so|hilarious|amazing|genius|brilliant))\b`),
  'need-to-see': re(String.raw`\byou\s+(?:need|have|got|gotta)\s+(?:to\s+)?(?:see|watch|hear|try|read)\s+(?:this|these|to\s+believe)\b|\bneed\s+to\s+(?:see|watch)\s+(?:this|these|to\s+believe)\b|\bto\s+be\s+believed\b|\bmust[-\s](?:see|watch|read)\b|\b(?:before|until)\s+you\s+die\b|\bwe\s+need\s+to\s+talk\s+about\b`),
  'group-who': re(String.raw`\b(?:people|everyone|everybody|anyone|anybody|those|guys|girls|women|men|kids|parents|folks|someone|somebody|friends|fans|lovers|nerds|addicts)\s+(?:who|whose)\b|\b(?:every|all\s+the)\s+\p{L}+\s+(?:who|that)\b|\bfor\s+(?:anyone|everyone|people|those)\b`),
  'only-understand': re(String.raw`\b(?:only|will\s+never|would\s+never|instantly|immediately)\s+(?:\p{L}+\s+){0,3}?(?:understand|relate|get\s+it|recognize|recognise)\b|\bso\s+(?:much|very)?\s*(?:real|relatable|accurate)\b|\btoo\s+(?:real|relatable|accurate|pure)\b`),
  intensifier: re(String.raw`\b(?:literally|totally|actually|really|absolutely|seriously|perfectly|completely|basically|honestly|probably|definitely|truly|ridiculously|insanely|incredibly|unbelievably|super(?!\s+(?:bowl|tuesday|league|rugby|g|typhoon|storm|computer|delegates?|pac|majority|highway|market|mario))|hella|freaking|fucking|damn|just\s+so|way\s+too|so\s+(?:much|many|freaking|damn)|af|omg|omfg|lol|lmao|wtf|ftw|yas+|bae|goals|feels|pretty\s+much)\b`),
  'emotion-strong': re(String.raw`\b(?:adorable|cutest|hilarious|hilariously|amazing|amazingly|awesome|epic|insane|incredible|unbelievable|ridiculous|gorgeous|stunning|mind[-\s]?blowing|jaw[-\s]?dropping|heart[-\s]?(?:warming|breaking|melting)|heartbreaking|heartwarming|creepy|terrifying|horrifying|cringe\p{L}*|iconic|legendary|flawless|glorious|badass|fabulous|spectacular|magical|precious|wholesome|relatable|obsessed|delightful|delicious|mesmerizing|mesmerising|satisfying|genius|brilliant|perfection|weirdest|funniest|cringiest|awkward|epic\s+fails?|fails\s+(?:of|that|from)|(?:the\s+)?struggles?\s+(?:of|every|when|that|you|we)|struggle\s+is\s+real|epically|emotional|nostalgic|savage|slay(?:ed|s)?|nailed|shade|squad|lit)\b`),
  'emotion-mild': re(String.raw`\b(?:cute|beautiful|beautifully|perfect|perfectly|weird|funny|lovely|wonderful|fantastic|gross|disgusting|ugly|sexy|hot|crazy|bizarre|surprising|shocking|scary|cry|crying|tears|laugh|laughing|smile|love|loved|loves|adore|favorite|favourite|favorites|favourites)\b`),
  'plain-adjective': re(String.raw`\b(?:good|bad|real|true|honest|great|happy|sad|fun|cool|strange|sweet|nice)\b`),
  superlative: re(String.raw`\b(?:best|worst|most|greatest|biggest|\p{L}{3,}iest|cutest|weirdest|coolest|finest|sweetest|smartest|wildest|craziest|saddest|strangest|grossest|hottest|dumbest|fiercest|loveliest|ultimate)\b`),
  ever: re(String.raw`\b(?:ever|of\s+all\s+time|all[-\s]time|in\s+history|in\s+the\s+world|on\s+the\s+internet|of\s+the\s+year|of\s+your\s+life)\b`),
  'list-noun': re(String.raw`\b(?:things|stuff|moments|reasons|signs|struggles|facts|secrets|tricks|hacks|tips|ideas|gifs|memes|pics|photos|pictures|tweets|posts|texts|quotes|confessions|thoughts|reactions|products|problems|truths|lessons|mistakes|habits|types|kinds|words|looks|outfits|celebrities|celebs)\b`),
  hypothetical: re(String.raw`^(?:what\s+)?if\s+[^,.;:!?]{2,60}?\b(?:were|was|had|wrote|lived|ran|went|did|got|made|became|could|existed)\b|\bthen\s+(?:vs\.?|versus|and)\s+now\b`),
  versus: re(String.raw`\b(?:vs\.?|versus)(?=\s)|\bexpectations?\s+(?:vs\.?|versus|and)\s+reality\b`),
  'people-do': re(String.raw`^(?:\p{L}+\s+){0,2}?(?:people|guys|girls|women|men|kids|parents|couples|adults|americans|brits|strangers|teens|celebrities|celebs|moms|dads|friends|fans|singles|dudes|grandparents|employees|interns|millennials|introverts|lovers|nerds|bffs|roommates)\s+(?:try|tries|react|reacts|explain|talk|discuss|reveal|speak|admit|describe|guess|play|share|confess|answer|taste|rate|review|recreate|attempt|find\s+out|revisit|tell|get|go|watch|wear|wore|tried|reacted|got|are\s+(?:using|loving|obsessed|freaking|sharing|losing|making|turning|tweeting|trying|going))\b|\bfor\s+the\s+(?:very\s+)?first\s+time\b`),
  'and-then': re(String.raw`\band\s+(?:it${APOS}s|they${APOS}re|she${APOS}s|he${APOS}s|that${APOS}s)\b|\band\s+(?:it|the\s+results?|they|she|he|everyone|everybody|nobody|no\s+one|the\s+internet|twitter|people)\s+(?:was|were|is|are|will|got|looked|looks|went|could|did|totally|completely|actually|just|can${APOS}?t|couldn${APOS}?t)\b`),
  'anon-subject': re(String.raw`^(?:a|an|this|one|some|these)\s+(?:\p{L}+\s+){0,2}?(?:guy|girl|dad|mom|mum|woman|man|kid|boy|teen|couple|grandma|grandpa|bride|groom|student|teacher|dog|cat|baby|puppy|kitten|person|family|someone|dude|lady)\b|^someone\b`),
  'just-did': re(String.raw`\bjust\s+(?:\p{L}+ly\s+)?(?:got|made|did|won|dropped|released|posted|shared|revealed|became|turned|discovered|found|broke|proved|had|went|gave|shut|slayed|killed|nailed|destroyed|ruined|bashed|trolled|shook|blessed|hit|took|\p{L}+ed)\b`),
  'list-plain': re(String.raw`^(?:\p{L}+\s+){0,2}?(?:things|signs|reasons|ways|struggles|times|moments|problems|questions|thoughts|photos|pictures|tweets|people|celebrities|texts|secrets|facts|lessons|mistakes)\s+(?:that|who|you|your|we|every|everyone|only|all|when|to|for|from|about|guaranteed)\b`),
  perfect: re(String.raw`\b(?:has|have)\s+(?:\p{L}+ly\s+)?(?:officially\s+|finally\s+|just\s+)?\p{L}+(?:ed|en|wn|un|ne)\b`),
  'what-its-like': re(String.raw`\bwhat\s+(?:it${APOS}?s|it\s+is|it\s+was)\s+(?:really\s+|actually\s+)?like\b|\bwhat\s+it\s+(?:feels|felt|means|takes)\b|^(?:\p{L}+\s+)?proof\s+(?:that\s+)?\p{L}|\bhere${APOS}s\s+the\s+proof\b`),
  ranking: re(String.raw`\b(?:ranked|ranking|rank|definitive|tier\s+list)\b|\b(?:ultimate|official|complete|essential|lazy\s+\p{L}+${APOS}s)\s+(?:guide|poll|quiz|test|checklist|list)\b|^(?:poll|quiz|test)\s*:`),
  'how-to': re(String.raw`^how\s+to\b|\b(?:ways|tips|steps)\s+to\b`),
  exclaim: re(String.raw`[!]`),
  // Conversation: thanks, apologies, greetings, replies. Not in the headline data, so hand-weighted.
  conversation: re(String.raw`\b(?:thanks|thank\s+you|thx|congrats|congratulations|sorry|apologi[sz]e|please|pls|hope\s+(?:you|to\s+see|everyone|all)|hoping|glad|welcome|let\s+(?:us|me)\s+know|dm\s+(?:us|me)|happy\s+(?:birthday|anniversary|holidays|friday|monday|new\s+year)|good\s+(?:luck|morning|night)|see\s+you|cheers|miss\s+you|love\s+you|proud\s+of|hi|hey|hello|dear|you\s+all|y${APOS}all|you\s+guys|heads\s+up|lol|lmao|lmfao|haha\p{L}*|hehe\p{L}*|xd)\b|(?:^|\s)(?:[:;=8][-']?[()\[\]dpo3*/\\|]|<3|\^_?\^)(?=\s|$)|\p{Extended_Pictographic}|^@[\p{L}\p{N}_]+|\b(?:pro|quick|top|hot)\s+tips?\b|\btips?\s*:`),
  // Know-how that delivers (counts against clickbait): the writer says what they learned or found, or marks
  // a thread. "5 things we learned migrating to Postgres" gives the subject; "5 things you won't believe"
  // withholds it. Not in the headline data, so hand-weighted.
  delivers: re(String.raw`\b(?:we|i)(?:${APOS}ve|\s+have|\s+just)?\s+(?:learned|learnt|found|measured|discovered)\b|\b(?:lessons?|takeaways?|notes)\s+(?:from|on)\b|\bhow\s+we\s+\p{L}+|\(thread\)|\bthread\s*(?::|\u{1F447}|\u{1F9F5})|\u{1F9F5}`),
  // Report grammar (counts against clickbait).
  'report-verb': re(String.raw`\b(?:says|said|say|tells|told|claims?|claimed|reports?|reported|announces?|announced|warns?|warned|urges?|urged|confirms?|confirmed|denies|denied|calls\s+for|according\s+to|vows?|insists?|admits?|argues?|predicts?|accuses?|slams?|critici[sz]es?|rejects?|approves?|backs|pledges?|demands?|orders?|rules|ruled|proposes?|unveils?|launches?|releases?|interviews?)\b`),
  'event-word': re(String.raw`\b(?:killed|kills?|dead|dies|died|death|deaths|injured|injures|wounded|arrested|arrests?|charged|sentenced|jailed|convicted|accused|indicted|elected|resigns?|resigned|rescued|evacuated|missing|sued|sues|fined|banned|bans?|crash(?:es)?|blast|bomb(?:s|ing)?|attacks?|explosion|fire|earthquake|quake|storm|hurricane|cyclone|typhoon|flood(?:s|ing)?|drought|shooting|gunman|gunmen|strikes?|protests?|protesters?|protestors?|riots?|war|wins|won|beats|defeats?|loses|falls|fell|rises|rose|plunges?|soars?|surges?|drops|slips|cuts|hits|seeks|faces|leads|signs|joins|quits|opens|closes|agrees?|deal|talks|ruling|verdict|trial|probe|inquiry|investigation|study|survey|poll|funeral|victims?|suspects?|hostages?|clash(?:es)?|violence|ceasefire|truce|sanctions?|summit|visit|visits|record|final|season|match|cup|league|championship|tournament|game\s+\d)\b`),
  institution: re(String.raw`\b(?:police|court|courts|judge|government|govt|minister|ministers|ministry|president|presidential|prime|officials?|senate|senator|senators|congress|congressional|parliament|mps?|lawmakers|legislature|army|troops|military|navy|soldiers|rebels|militants|insurgents|election|elections|vote|votes|voters|party|parties|campaign|bank|banks|market|markets|stocks?|shares|investors|economy|economic|inflation|recession|budget|tax|taxes|oil|prices|profits?|sales|revenue|quarter|billion|million|percent|company|companies|firm|firms|industry|ceo|chief|executive|leader|leaders|state|states|federal|council|mayor|governor|union|agency|authorities|department|committee|commission|regulators?|nations|national|international|united|nato|fbi|cia|nasa|un|eu|uk|us|nuclear|security|hospital|university|workers|jobs|unemployment|law|laws|bill|policy|reform|crisis|aid|refugees|border|immigration|climate|opposition|coalition|administration|diplomat|diplomats|embassy|treaty|airline|airlines|airport|flight|plane|ship|railway|spokesman|spokeswoman|group|groups|residents|citizens|nation|country|city|region|province|capital|republic|kingdom|wikinews|dollar|euro|debt|credit|loan|mortgage|housing|fund|funds|trade|exports?|imports?)\b`),
  'intent-to': re(String.raw`\b(?:likely|set|expected|poised|due|plans?|planning|agrees?|vows?|seeks?|aims?|moves?|votes?|decides?|refuses?|threatens?|pledges?|promises?|prepares?|fails?|hopes?|bids?|asked|ordered|allowed|forced|urged|told|unlikely|ready)\s+to\s+\p{L}+`),
  abbreviation: re(String.raw`\b(?:\p{L}\.){2,}`),
  'scare-quote': re(String.raw`(?:^|\s)['\u2018][^'\u2019\n]{2,60}['\u2019](?=\s|$|[,:;.])`),
  colon: re(String.raw`\S:\s`),
  'mid-number': re(String.raw`(?<=\s)\d[\d,.]*\b|\bat\s+least\b|\baged?\s+\d`),
} as const;

type CueEntry = [keyof typeof REGEX_CUES, RegExp];
const CUE_ENTRIES = Object.entries(REGEX_CUES) as CueEntry[];
let slowCues: CueEntry[] | undefined;
function caseInsensitiveCues(): CueEntry[] {
  slowCues ??= CUE_ENTRIES.map(([id, r]): CueEntry => [id, new RegExp(r.source, 'giu')]);
  return slowCues;
}

/** Cues read from compromise's tags: grammar a word list cannot see (tense, places, a subject before its verb). */
const TAG_CUES = ['place', 'verb-3s', 'past-active', 'to-infinitive', 'superlative-tag', 'past-tense', 'proper-lead'] as const;

export type CueId = keyof typeof REGEX_CUES | (typeof TAG_CUES)[number];
/** Every cue the weights name, in order: the eval's cross-validated refit fits one weight per cue. */
export const CUE_IDS: readonly CueId[] = [...(Object.keys(REGEX_CUES) as (keyof typeof REGEX_CUES)[]), ...TAG_CUES];

/** Fitted on lower-cased headlines, then rounded (see the comment at the top); `conversation` is set by hand. */
export const WEIGHTS: Readonly<Record<CueId, number> & { bias: number }> = {
  bias: -0.8,
  'list-lead': 2.8,
  'list-relative': 2.1,
  'number-lead-event': -0.7,
  'number-passive': -2.1,
  'you-hook': 1.0,
  you: 3.4,
  'you-question': 1.2,
  'quiz-start': 1.4,
  'quiz-which-you': 0.1,
  'quiz-frame': 0.9,
  'quiz-guess': 0.4,
  'question-start': 2.2,
  'forward-lead': 3.5,
  'forward-phrase': 1.6,
  'this-these': 2.7,
  'gap-believe': 0.0,
  'gap-trick': 0.0,
  'gap-next': 0.0,
  'will-make-you': 0.2,
  'heres-why': 0.8,
  'need-to-see': 0.9,
  'group-who': 1.8,
  'only-understand': 0.3,
  intensifier: 2.7,
  'emotion-strong': 3.4,
  'emotion-mild': 3.1,
  'plain-adjective': 1.4,
  superlative: 2.2,
  ever: 0.5,
  'list-noun': 2.2,
  hypothetical: 2.2,
  versus: 1.0,
  'people-do': 3.3,
  'and-then': 1.9,
  'anon-subject': 1.5,
  'just-did': 1.2,
  'list-plain': 0.3,
  perfect: 1.2,
  'what-its-like': 1.0,
  ranking: 1.1,
  'how-to': 0.6,
  exclaim: 0.1,
  'report-verb': -1.2,
  'event-word': -1.8,
  institution: -1.9,
  'intent-to': -0.9,
  abbreviation: -1.3,
  'scare-quote': -1.6,
  colon: 0.7,
  'mid-number': 0.0,
  place: -1.8,
  'verb-3s': -1.0,
  'past-active': 2.2,
  'to-infinitive': -0.9,
  'superlative-tag': 0.3,
  'past-tense': 0.4,
  'proper-lead': 0.5,
  conversation: -2.5,
  delivers: -5.5,
};

export type ClickbaitWeights = Record<CueId, number> & { bias: number };

/**
 * The weights the scores use: WEIGHTS, except while the evaluation's cross-validated mode scores a held-out
 * fold with weights refitted on the other folds. Cues are cached per chunk by id, and the weights applied
 * per analysis, so swapping them needs no fresh parse.
 */
let active: ClickbaitWeights = WEIGHTS;

/** For scripts/eval only: score with `weights` until called again (no argument restores WEIGHTS). */
export function useClickbaitWeights(weights: ClickbaitWeights = WEIGHTS): void {
  active = weights;
}

/** Curiosity gaps strong enough to name on their own, whatever the rest of the sentence says. */
export const STRONG_CUES: ReadonlySet<CueId> = new Set<CueId>(['gap-believe', 'gap-trick', 'gap-next', 'will-make-you', 'heres-why', 'need-to-see', 'quiz-which-you', 'quiz-guess']);

/** A sentence as this signal reads it: compromise's sentences, re-joined after an abbreviation. */
interface Sentence {
  start: number;
  text: string;
  parts: ParsedSentence[];
}

const LEAD = /^[^\p{L}\p{N}]*/u;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;

/** The chunk's sentences, local offsets. compromise ends a sentence at "vs." or "no. 1"; a headline goes on. */
function sentencesOf(chunk: Chunk): Sentence[] {
  const out: Sentence[] = [];
  for (const part of chunk.sentences) {
    const last = out.at(-1);
    if (last && ABBREVIATION_END.test(last.text)) {
      last.text += part.text;
      last.parts.push(part);
    } else {
      out.push({ start: part.start, text: part.text, parts: [part] });
    }
  }
  return out;
}

const ABBREVIATION_END = /(?:^|[\s(])(?:vs?|no|nos|mr|mrs|ms|dr|st|jr|sr|mt|ft|vol|ep|pt|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|e\.g|i\.e|\p{L}(?:\.\p{L})*)\.\s*$/iu;

const NOT_3S = new Set(['is', 'has', 'does', 'was', "'s", 'says', 'its', 'this', 'us', 'as', 'his', 'hers', 'yes', 'plus', 'less']);
const SUBJECT_STOP = new Set(['this', 'these', 'those', 'that', 'you', 'it', 'he', 'she', 'they', 'we', 'i', 'who', 'what', 'which', 'there', 'here']);

/** The cues regular expressions find in one sentence (not those read from tags), offsets local to it. */
function sentenceCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  // Links are not words: blank them out (same length, so offsets hold).
  const original = text.slice(lead).replace(URL, (u) => ' '.repeat(u.length));
  const lower = original.toLowerCase();
  // A few characters change length when lower-cased ("İ"); then match case-insensitively on the original.
  const folded = lower.length === original.length;
  const body = folded ? lower : original;
  const patterns = folded ? CUE_ENTRIES : caseInsensitiveCues();
  // Words inside a quoted title ("Hey Arnold", "Sorry") are not the writer greeting or apologising.
  const unquoted = body.replace(QUOTED, (q) => ' '.repeat(q.length));
  for (const [id, pattern] of patterns) {
    pattern.lastIndex = 0;
    const m = pattern.exec(id === 'conversation' ? unquoted : body);
    // "WHO" in capitals is the health agency, "US" the country: capitals mark an acronym, not a question.
    if (m && id === 'question-start' && /^\p{Lu}{2,}$/u.test(original.slice(m.index, m.index + m[0].length))) continue;
    if (m) cues.push({ id, start: lead + m.index, end: lead + m.index + m[0].length, weight: WEIGHTS[id] });
  }
  return cues;
}

/** Narrative past ("X dumped Y", "X dressed up"): a verb with an object, not a passive report ("X found guilty"). */
function pastObject(next: Term | undefined): boolean {
  if (!next) return false;
  if (PASSIVE_NEXT.has(next.normal)) return false;
  const tags = next.tags;
  return tags.has('Determiner') || tags.has('Possessive') || tags.has('ProperNoun') || tags.has('Particle') || tags.has('Adverb') || (tags.has('Pronoun') && next.normal !== 'it');
}
const PASSIVE_NEXT = new Set(['by', 'for', 'to', 'as', 'in', 'at', 'on', 'guilty', 'dead', 'after', 'over', 'with', 'from', 'into']);

function tagCues(terms: readonly Term[], cues: Cue[]): void {
  const seen = new Set<CueId>();
  const add = (id: CueId, start: number, end: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    cues.push({ id, start, end, weight: WEIGHTS[id] });
  };
  let offset = 0;
  let words = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const start = offset + t.pre.length;
    const end = start + t.text.length;
    offset = end + t.post.length;
    const tags = t.tags;
    if (!t.text || tags.has('Url') || tags.has('HashTag') || tags.has('AtMention') || /:\/\/|^www\./iu.test(t.text)) continue;
    const prev = terms[i - 1];
    if (tags.has('Place') || tags.has('Country') || tags.has('City') || tags.has('Demonym') || tags.has('Organization')) add('place', start, end);
    if (tags.has('Superlative')) add('superlative-tag', start, end);
    if (tags.has('PastTense') && !tags.has('Auxiliary') && !tags.has('Copula')) add('past-tense', start, end);
    if (
      words > 0 &&
      tags.has('PresentTense') &&
      !tags.has('Copula') &&
      !tags.has('Auxiliary') &&
      t.normal.endsWith('s') &&
      !NOT_3S.has(t.normal) &&
      prev &&
      prev.tags.has('Noun') &&
      !prev.tags.has('Pronoun') &&
      !SUBJECT_STOP.has(prev.normal)
    ) {
      add('verb-3s', start, end);
    }
    if (
      tags.has('PastTense') &&
      !tags.has('Auxiliary') &&
      !tags.has('Copula') &&
      prev &&
      (prev.tags.has('Noun') || prev.tags.has('Adjective') || prev.tags.has('Adverb')) &&
      !prev.tags.has('Pronoun') &&
      !prev.tags.has('Determiner') &&
      pastObject(terms[i + 1])
    ) {
      add('past-active', start, end);
    }
    if (t.normal === 'to' && prev && (prev.tags.has('ProperNoun') || prev.tags.has('Singular')) && terms[i + 1]?.tags.has('Infinitive')) {
      add('to-infinitive', start, end);
    }
    if (words === 0 && tags.has('ProperNoun') && !tags.has('Pronoun')) add('proper-lead', start, end);
    words++;
  }
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Cues that mean bait in any sentence, headline or prose. */
export const FORM_FREE_CUES: ReadonlySet<CueId> = new Set<CueId>([
  'list-lead', 'list-relative', 'quiz-which-you', 'quiz-guess', 'gap-believe', 'gap-trick', 'gap-next',
  'will-make-you', 'heres-why', 'need-to-see', 'only-understand', 'forward-phrase', 'quiz-frame',
]);
/** Cues of headline grammar: in a headline-shaped sentence one of these must be present for a flag. */
export const STRUCTURAL_CUES: ReadonlySet<CueId> = new Set<CueId>([
  ...FORM_FREE_CUES, 'quiz-start', 'you-question', 'forward-lead', 'this-these', 'group-who',
]);

/** Tone cues that can carry a headline on their own once its score is high (pronouns and plain words cannot). */
export const TONE_CUES: ReadonlySet<CueId> = new Set<CueId>([
  'you-hook', 'intensifier', 'emotion-strong', 'emotion-mild', 'superlative', 'ever', 'hypothetical', 'people-do',
  'and-then', 'anon-subject', 'just-did', 'ranking', 'what-its-like', 'list-plain', 'past-active', 'versus',
]);

export type SentenceForm = 'headline' | 'prose' | 'question' | 'conversation' | 'personal';

/** A personal voice (I, we) is someone talking, not a headline; "we know which ... you are" is caught as a quiz. */
const PERSONAL = /\b(?:i|i['\u2019](?:m|ve|d|ll)|im|me|my|mine|myself|we|we['\u2019](?:re|ve|ll|d)|our|ours|ourselves)\b/iu;

const QUOTED = /"[^"\n]*"|\u201c[^\u201d\n]*\u201d/gu;

const TRAILER = /(?:\s|https?:\/\/\S+|[#@][\p{L}\p{N}_]+|\p{Extended_Pictographic}|\uFE0F|\u200D|["'\u2019\u201d)\]*_~:;,-])+$/u;

/**
 * A headline is a short line with no end punctuation. Sentences that end with ".", "!" or "?", long ones,
 * and ones that thank, greet or reply are ordinary writing: pronouns and warm words mean nothing there.
 */
export function sentenceForm(text: string, cues: readonly Cue[], first: boolean, diary = false): SentenceForm {
  if (cues.some((c) => c.id === 'conversation') || /^\s*@[\p{L}\p{N}_]/u.test(text)) return 'conversation';
  const core = text.replace(TRAILER, '');
  if (core.endsWith('?')) return 'question';
  if (/[.!\u2026]$/u.test(core)) return 'prose';
  // "I" inside a quoted title ("Never Have I Ever") is not the writer speaking.
  if (diary || PERSONAL.test(text.replace(QUOTED, ' '))) return 'personal';
  const words = core.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words > 30 || !first ? 'prose' : 'headline';
}

/** "Loved meeting you all ...", "Spent the day ...": a diary line with the "I" left out. */
function diaryStart(terms: readonly Term[]): boolean {
  const first = terms.find((t) => /[\p{L}\p{N}]/u.test(t.text));
  return !!first && first.tags.has('PastTense') && first.tags.has('Verb') && !first.tags.has('Participle');
}

/** A curiosity gap or reader quiz is clickbait on its own, whatever else the sentence says. */
const STRONG_FLOOR = 0.85;

/** Whether a cue adds to a sentence's score in its form: every cue in a headline, report grammar and bait structure anywhere. */
const counts = (id: CueId, form: SentenceForm) => form === 'headline' || WEIGHTS[id] < 0 || FORM_FREE_CUES.has(id);

export function scoreCues(cues: readonly Cue[], form: SentenceForm = 'headline', weights: Readonly<ClickbaitWeights> = active): number {
  let sum = weights.bias;
  let strong = false;
  for (const cue of cues) {
    if (counts(cue.id, form)) sum += weights[cue.id];
    if (STRONG_CUES.has(cue.id)) strong = true;
  }
  return strong ? Math.max(STRONG_FLOOR, logistic(sum)) : logistic(sum);
}

interface ChunkSentence extends LocalSpan {
  /** Every cue, offsets local to the chunk. */
  cues: Cue[];
  /** The form if the chunk starts a line (a chunk cut from the middle of a long line holds no headline). */
  form: SentenceForm;
  first: boolean;
}

/**
 * Whether a sentence's score needs its part-of-speech tags. In a headline-shaped sentence every cue counts,
 * tags included (and a diary opening, read from the tags, makes it personal). In other forms only bait
 * structure and report grammar count, and report grammar is there to offset bait: a sentence with no bait
 * cue is not tagged and scores the base rate less its report words, at most logistic(bias) = 0.31, where a
 * full read could take it lower (a place name, a "council approves" verb). No finding depends on that
 * difference; the draft's signal, the highest sentence score, can come out a little higher on plain prose.
 */
function needsTags(cues: readonly Cue[], form: SentenceForm): boolean {
  return form === 'headline' || cues.some((c) => c.weight > 0 && FORM_FREE_CUES.has(c.id));
}

interface SentenceReading {
  sentence: Sentence;
  first: boolean;
  /** The cues its regular expressions find, offsets local to the sentence; the tagged ones join them later. */
  local: Cue[];
  form: SentenceForm;
  needsTags: boolean;
}

/** Per-chunk sentences with the cues found without tags, memoised by the chunk's text. */
function chunkReadings(chunk: Chunk): SentenceReading[] {
  return chunk.memo('clickbait:readings', (c) =>
    sentencesOf(c)
      .filter((s) => /[\p{L}\p{N}]/u.test(s.text))
      .map((sentence, index) => {
        const first = index === 0;
        const local = sentenceCues(sentence.text);
        const form = sentenceForm(sentence.text, local, first);
        return { sentence, first, local, form, needsTags: needsTags(local, form) };
      }),
  );
}

/** Per-chunk sentences and their cues, memoised by the chunk's text. Offsets are local to the chunk. */
function chunkSentences(chunk: Chunk): ChunkSentence[] {
  return chunk.memo('clickbait:sentences', (c) =>
    chunkReadings(c).map(({ sentence: s, first, local, form, needsTags: tagged }) => {
      const cues = [...local];
      if (tagged) {
        const terms = s.parts.flatMap((p) => p.terms);
        tagCues(terms, cues);
        form = sentenceForm(s.text, cues, first, diaryStart(terms));
      }
      return { start: s.start, end: s.start + s.text.trimEnd().length, cues: cues.map((cue) => ({ ...cue, start: cue.start + s.start, end: cue.end + s.start })), form, first };
    }),
  );
}

/** The draft's sentences with their form in the draft: a headline-shaped sentence only counts as one at a line's start. */
function* placedSentences(doc: Doc): Generator<{ chunk: Chunk; sentence: ChunkSentence; form: SentenceForm; startsLine: boolean }> {
  for (const chunk of doc.chunks) {
    const startsLine = chunk.start === 0 || doc.text[chunk.start - 1] === '\n';
    for (const sentence of chunkSentences(chunk)) {
      yield { chunk, sentence, form: sentence.form === 'headline' && !startsLine ? 'prose' : sentence.form, startsLine };
    }
  }
}

/** Every sentence of the draft with its form, score and bait cues (strongest first), in whole-text offsets. */
export function clickbaitSentences(doc: Doc): SentenceScore[] {
  return doc.memo('clickbait:sentences', (d) => {
    // Every sentence of the draft that needs its tags is tagged in one go: a list of headlines, one per
    // line and so one per chunk, needs them all.
    tagSentences(d.chunks.flatMap((c) => chunkReadings(c).filter((r) => r.needsTags).flatMap((r) => r.sentence.parts)));
    const out: SentenceScore[] = [];
    for (const { chunk, sentence: s, form, startsLine } of placedSentences(d)) {
      const cues = s.cues
        .map((cue) => ({ ...cue, weight: active[cue.id], start: cue.start + chunk.start, end: cue.end + chunk.start }))
        .filter((cue) => STRONG_CUES.has(cue.id) || (cue.weight > 0 && (form === 'headline' || FORM_FREE_CUES.has(cue.id))))
        .sort((x, y) => y.weight - x.weight);
      const leads = s.first && startsLine;
      out.push({ start: s.start + chunk.start, end: s.end + chunk.start, score: scoreCues(s.cues, form), cues, form, leads });
    }
    return out;
  });
}

/**
 * Each sentence's cues that count towards its score (as `scoreCues` counts them in the sentence's form): the
 * features the logistic regression behind WEIGHTS was fitted on, for the evaluation to refit per fold.
 */
export function clickbaitFeatures(doc: Doc): { ids: CueId[]; form: SentenceForm }[] {
  return [...placedSentences(doc)].map(({ sentence, form }) => ({ ids: sentence.cues.filter((c) => counts(c.id, form)).map((c) => c.id), form }));
}

/** The most baiting sentence of the draft decides: one clickbait hook is enough to colour a post. */
export function clickbait(doc: Doc): number {
  let max = 0;
  for (const s of clickbaitSentences(doc)) max = Math.max(max, s.score);
  return max;
}
