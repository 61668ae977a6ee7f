import type { CuePattern } from './cues';

/*
 * Promotion as brands, shops, freelancers and job seekers write it, beside the comment-section dialect of
 * self-promotion.ts ("check out my channel"): first-person plural offers, shop and order imperatives,
 * "link in bio", "DM us for prices", prices and discounts, sales and deadlines, launches, hiring, funding,
 * awards, milestones and certificates, problem-agitation hooks, events and bookings, a post that is a label
 * and a link. Each pattern is a way of writing, not a topic: the words a post uses to sell, announce or
 * recruit, whatever it sells. Weights as in self-promotion.ts: about 1 for an unmistakable offer, 0.5 for
 * a likely one, 0.25 for a hint. Kinds pick the self-promotion rule's message (plug, sales, ask).
 */

const A = `['\u2019]`;
/** A sentence or line start, after a mark, an emoji or a bullet: where an imperative is an order to the reader. */
const START = String.raw`(?<=^|[.!?:;\n()\u2013\u2014\u2022*>\-]\s*|\p{Extended_Pictographic}\uFE0F?\s*)`;
const lead = (words: string) => String.raw`(?=${words})${START}${words}`;
const NEW = String.raw`(?:new|newest|latest|brand[\s-]new|next|first|upcoming|autumn|fall|spring|summer|winter|holiday|seasonal)`;
/** A money amount in a currency: a price, not "$48 million" of revenue. */
export const PRICE = String.raw`(?:[$\u00a3\u20ac\u00a5]\s?\d[\d,]*(?:[.,]\d{2})?(?!\d)|\d[\d,]*(?:[.,]\d{2})?\s?(?:\u20ac|eur|usd|gbp|dollars|euros|pounds)\b)(?!\s*(?:m|bn|k|million|billion|trillion)\b)`;
const ROLE = String.raw`(?:engineer|developer|designer|manager|barista|intern|interns|analyst|writer|lead|chef|cook|florist|staff|riders?|assistant|director|head\s+of|supervisor|consultant|marketer|recruiter|accountant|nurse|teacher|scientist|architect|editor|producer|specialist|coordinator|associate|officer|representative|agent|technician|cashier|driver|cleaner|receptionist)`;

/** Each lower-case word of an alternation may also open with a capital, at a sentence start. */
const capitalised = (words: string) => words.replace(/(?<![\\\p{L}])(\p{Ll})/gu, (c) => `[${c}${c.toUpperCase()}]`);
/** A pain put to the reader, and a product offered as its answer (a name, a switch, "let us"). */
const PAIN = capitalised(String.raw`(?:tired|sick|fed\s+up|struggling|frustrated|worried|stressed|still\s+paying|still\s+using|still\s+doing|losing|drowning|wasting|hate|ever\s+wish|wish\s+you\s+could|spending\s+(?:hours|too\s+much))`);
const ANSWER = String.raw`(?:(?:${capitalised(String.raw`meet|switch\s+to|say\s+hello\s+to|say\s+goodbye\s+to|introducing|with|download`)})\s+\p{Lu}[\p{L}\p{N}]+|[Ll]et\s+us\b|[Oo]ur\s+\p{L}+|[Ww]e(?:${A}(?:ve|ll|re))?\s+(?:fix|sort|handle|take|make|got|built)\b|[Tt]here${A}s\s+an\s+app)`;

export const BRAND: CuePattern[] = [
  // "Link in bio", "tap the link", "via the link in our bio": the Instagram way of pointing at the shop.
  { re: /\blinks?\s+(?:is\s+)?in\s+(?:(?:our|my|the)\s+)?(?:bio|profile|comments?|stories|story)\b|\b(?:tap|click|hit)\s+(?:the\s+)?link\b|\bswipe\s+up\b/gi, weight: 1, kind: 'sales' },
  // Shop and order imperatives where a request starts: "Shop the drop now", "Order online", "Treat yourself".
  {
    re: new RegExp(
      lead(String.raw`(?:shop|order|buy|book|grab|get|pre-?order|reserve|download|install|claim|upgrade|enrol|enroll)`) +
        String.raw`\s+(?:(?:it|them|one|yours?)\s+)?(?:now|today|online|here|free|for\s+free|in\s+store|yours|your\s+\p{L}+|a\s+table|the\s+(?:drop|collection|look|sale|range|new\s+\p{L}+)|our\s+\p{L}+|before)\b|` +
        lead(String.raw`(?:treat\s+yourself|sign\s+up|subscribe|try\s+it\s+(?:free|for\s+free|today|now))`) +
        String.raw`\b|` +
        lead(String.raw`(?:shop|order|buy|book|grab|get|download|install|try|join|register|claim|reserve)`) +
        String.raw`\s+(?:[\p{L}\p{N}'\u2019-]+\s+){1,3}?(?:now|today|right\s+away|while\s+you\s+can)\b`,
      'giu',
    ),
    weight: 0.9,
    kind: 'sales',
  },
  { re: /\b(?:get|grab|order|book|reserve|claim|secure|save)\s+(?:yours|your\s+(?:seat|spot|place|ticket|tickets|copy|table|slot|free\s+\p{L}+))\b/giu, weight: 0.9, kind: 'sales' },
  { re: /\b(?:book|schedule|request|get)\s+(?:a|an|your)\s+(?:free\s+)?(?:demo|quote|consultation|intro\s+call|discovery\s+call|call|session|audit|site\s+review|tasting|trial|appointment)\b|\b(?:start|try)\s+(?:(?:it|your|a)\s+)?free(?:\s+trial)?\b|\bfree\s+(?:for|trial|demo)\b/gi, weight: 0.8, kind: 'sales' },
  // "DM us for prices", "DM to order", "message us to book": a sale moved to private messages. Service
  // replies ("DM us your order number") are left to the conversation signal.
  {
    re: /\b(?:dm|message|inbox|pm|text|whatsapp|email|call)\s+(?:us|me)?\s*(?:for|to)\s+(?:prices?|pricing|a\s+quote|quotes|details|info|orders?|order|book|buy|bookings?|rates|availability|more\s+info|collaborations?)\b|\b(?:dm|message)\s+(?:us|me)\s+and\s+let['\u2019]?s\s+(?:talk|chat)\b|\bdm\s+to\s+(?:order|book|buy)\b/gi,
    weight: 1,
    kind: 'sales',
  },
  // Prices, discounts, sales and codes.
  { re: new RegExp(PRICE, 'giu'), weight: 0.5, kind: 'sales' },
  { re: new RegExp(String.raw`\b(?:only|just|from|for|at)\s+${PRICE}|${PRICE}\s*(?:each|per\s+\p{L}+|a\s+(?:month|year|head|person|jar|bag|box)|\/\s?(?:mo|month|yr|year|user))\b`, 'giu'), weight: 0.6, kind: 'sales' },
  { re: /\b(?:up\s+to\s+)?\d{1,2}\s?%\s+(?:off|discount)\b|\bsave\s+(?:up\s+to\s+)?\d{1,2}\s?%|\b(?:buy|get)\s+(?:one|1|two|2)\s*,?\s+get\b|\bbogo\b|\bfor\s+the\s+price\s+of\b|\bbundle\s+and\s+save\b|\bno\s+code\s+needed\b|\b(?:use|with|enter)\s+(?:the\s+)?(?:code|coupon)\s+[\w-]{3,}/gi, weight: 1, kind: 'sales' },
  { re: /\b(?:(?:summer|winter|spring|autumn|fall|holiday|flash|clearance|biggest|annual|end[\s-]of[\s-]season|january|warehouse|sample)\s+sale|sale\s+(?:is\s+)?(?:on|live|now\s+on|starts|ends)|black\s+friday|cyber\s+monday|boxing\s+day\s+sale|special\s+offer|(?:best|great|hot)\s+deals?|early[\s-]bird)\b/gi, weight: 0.9, kind: 'sales' },
  { re: /\bSALE\b/g, weight: 0.9, kind: 'sales' },
  { re: /\bsale\b|\bdiscounts?\b|\bdeals?\b(?!\s+with)|\boffers?\b(?=\s+(?:ends|valid|available|inside))|\bfree\s+(?:delivery|returns|gift|consultation)\b/gi, weight: 0.35, kind: 'sales' },
  // Deadlines and scarcity.
  { re: /\b(?:limited[\s-]time|limited\s+(?:edition|stock|spots|places|seats)|while\s+(?:stocks?|supplies)\s+last|(?:only\s+)?\d+\s+(?:spots?|places?|seats?|tickets?)?\s*left|last\s+chance|today\s+only|this\s+weekend\s+only|ends\s+(?:tonight|today|tomorrow|soon|at\s+midnight|on\s+\p{L}+|\p{Lu}\p{Ll}+day)|(?:before|until)\s+(?:they['\u2019]?re|it['\u2019]?s)\s+(?:gone|sold\s+out)|sells?\s+out|selling\s+fast)\b/giu, weight: 0.8, kind: 'sales' },
  // Launches and what is new: "we're launching", "introducing", "it's here", "now available", "back in stock".
  {
    re: new RegExp(
      String.raw`\b(?:we${A}?re|we\s+are|i${A}?m|i\s+am)\s+(?:\p{L}+\s+)?(?:launching|releasing|opening|introducing|unveiling|rolling\s+out)\b|\b(?:launch(?:ing|ed)?|introducing|unveiling|meet)\s+(?:of\s+)?(?:our|my|the\s+${NEW})\b|^(?:introducing|meet|new\s+(?:drop|flavou?r|arrival|release|collection|menu|season)s?)\b|\b(?:it${A}s|they${A}re|we${A}re)\s+(?:here|live|back)\b|\b(?:now|finally)\s+(?:available|live|in\s+stores?|open|on\s+sale|out)\b|\bavailable\s+(?:now|today|from|in\s+(?:stores?|all)|online|on\s+(?:the\s+)?(?:app\s+store|google\s+play|ios|android))\b|\bin\s+(?:stores?|shops?)\s+(?:now|today|tomorrow|from|on|this|next|\p{Lu}\p{Ll}+day)\b|\bback\s+in\s+stock\b|\brestock(?:ed)?\b|\bpre-?orders?\s+(?:are\s+)?(?:open|now)\b|\bjust\s+(?:landed|arrived|launched|dropped|released)\b|\bhas\s+(?:landed|arrived)\b|\b(?:is|are)\s+(?:out|live|up)\s+(?:now|today)\b|\b(?:is|are|it${A}?s|comes|drops|goes)\s+out\s+(?:today|tomorrow|on\s+\p{L}+day)\b|\b(?:is|are)\s+(?:out|live)(?=\s*[.!\u2026]|\s*$)`,
      'giu',
    ),
    weight: 0.8,
    kind: 'plug',
  },
  // The shop window: what a brand says of its goods and its counter. "Say hello to our new ...", "new in:",
  // "now booking", "order by Sunday", "get 2 months free", "your new favourite ...", "the wait is over".
  {
    re: new RegExp(
      String.raw`\bsay\s+(?:hello|hi)\s+to\s+our\s+(?:all[\s-])?new\b|\bnew\s+in\s*[:!\u2014\u2013-]|\bnew\s+arrivals?\s*[:!]|\bnow\s+(?:booking|taking\s+(?:orders|bookings|reservations|pre-?orders))\b|\b(?:bookings|reservations|orders|enrol?ments)\s+(?:are\s+)?(?:now\s+)?open\b|\byour\s+new\s+favou?rite\b|\bthe\s+wait\s+is\s+over\b|\bversion\s+\d+(?:\.\d+)*\s+(?:is\s+)?(?:here|out|live)\b|\bfree\s+\p{L}+\s+(?:with|for)\s+every\s+(?:order|purchase|booking)\b|\bget\s+(?:\d+|one|two|three)\s+(?:\p{L}+\s+)?free\b|${START}(?:order|book)\s+(?:by|before)\s+(?:\p{L}+\s+)?(?:night|noon|midnight|tomorrow|today|tonight|\d|\p{L}+day)\b|\blast\s+(?:day|days|week|weekend|few\s+days)\s+to\s+(?:enrol|enroll|book|buy|order|sign\s+up|register|join|get|grab|save)\b|\bbefore\s+(?:the\s+)?prices?\s+(?:go(?:es)?\s+up|rise|increase)\b|\bour\s+(?:[\p{L}-]+\s+){0,3}?(?:is|are)\s+back\s+for\s+(?:the\s+)?(?:weekend|season|summer|autumn|fall|winter|spring|holidays?|a\s+limited\s+time|one\s+week\s+only)\b`,
      'giu',
    ),
    weight: 1,
    kind: 'sales',
  },
  // "Say hello to the new Orbit X": a product's name after "the new". No `i` flag, so \p{Lu} is a capital.
  { re: /\b[Ss]ay\s+(?:hello|hi)\s+to\s+the\s+(?:all[\s-])?new\s+\p{Lu}/gu, weight: 1, kind: 'plug' },
  // Where to find the brand in person: "find us at stand B12", "catch us at the farmers market".
  {
    re: /\b(?:come\s+(?:and\s+)?)?(?:find|see|visit|meet|catch)\s+us\s+at\s+(?:the\s+)?(?:[\p{L}'\u2019]+\s+){0,2}?(?:market|fair|festival|expo|conference|show|summit|stand|booth|pop-?up|event)\b|\bat\s+(?:stand|booth)\s+[a-z]?\d+\b/giu,
    weight: 1,
    kind: 'plug',
  },
  // Pride in a standing the brand earned: "proud to be a certified B Corp", "named Best Digital Bank".
  {
    re: /\bproud\s+to\s+(?:be|have\s+been|now\s+be)\s+(?:a|an|the)?\s*(?:certified|accredited|official|award-winning|recogni[sz]ed|named|listed|ranked|finalists?|winners?)\b|\b(?:named|voted|crowned|ranked)\s+(?:as\s+)?(?:the\s+)?(?:best(?!\s+(?:man|men|friend|dressed))|top\s+\d+|no\.?\s?1|number\s+one)\b/gi,
    weight: 1,
    kind: 'plug',
  },
  // "Want glowing skin by summer? Our serum does the work for you.": a wish put to the reader, answered by
  // what the writer's product does.
  {
    re: new RegExp(String.raw`\b(?:want|need|looking\s+for|dreaming\s+of|ready\s+for)\b[^?.!\n]{0,60}\?\s*(?:our\s+(?:\p{L}+\s+){0,3}?(?:does|do|will|helps?|makes?|gives?|keeps?|fix(?:es)?|handles?|gets?)\b|meet\s+\p{L}|introducing\s+\p{L}|try\s+our\b)`, 'giu'),
    weight: 0.8,
    kind: 'sales',
  },
  // Growth told as news: "our team grew to 50 people", "we now have 12 shops".
  { re: /\b(?:our\s+team|we)\s+(?:grew|have\s+grown|has\s+grown|doubled|tripled)\s+to\s+\d[\d,]*\b|\bwe\s+now\s+have\s+\d[\d,]*\s+(?:shops|stores|locations|branches|cafes|studios|offices)\b/gi, weight: 0.8, kind: 'plug' },
  // "Our new ...", "our latest ...", "my new course": the writer's own new thing, whatever it is.
  { re: new RegExp(String.raw`\bour\s+${NEW}\s+\p{L}+`, 'giu'), weight: 0.6, kind: 'plug' },
  // What the business does for its customers, in the present tense: "We fix phones", "We help SaaS teams".
  {
    re: /(?<=^|[.!?\n]\s*)(?:we\s+(?:help|fix|repair|make|sell|offer|provide|deliver|ship|roast|bake|build|design|create|cater|install|teach|coach|write|craft|stock|serve|turn)|i\s+help)\s+(?!(?:it|this|that|them|a\s+mistake|mistakes|sure)\b)\p{L}+/giu,
    weight: 0.6,
    kind: 'plug',
  },
  { re: /\b(?:our|my)\s+(?:platform|product|app|tool|service|services|team\s+offers|agency|studio|shop|store|bakery|caf[eé]|restaurant|brand|company|startup|software|solution|course|coaching|programme|program|plan|plans|subscription|catalogue|catalog|range|menu|collection)\s+(?:helps?|lets?|gives?|makes?|saves?|is|are|offers?|comes?|has|covers?|includes?|fixes?|sends?|tames?)\b/giu, weight: 0.8, kind: 'plug' },
  // The maker describing the product: "Our wallets are stitched by hand", "our coffee is roasted every Tuesday".
  { re: /\bour\s+(?:\p{L}+\s+){0,3}?(?:is|are)\s+(?:\p{L}+ly\s+)?(?:made|built|roasted|baked|brewed|designed|crafted|stitched|sewn|sourced|grown|printed|tested|handmade|hand-?\p{L}+|packed|shipped|available|back|here|in|now\s+\p{L}+)\b/giu, weight: 0.6, kind: 'plug' },
  { re: /\b(?:try|taste|visit|discover|explore)\s+our\b/gi, weight: 0.8, kind: 'plug' },
  { re: /\b(?:handmade|hand-?made|hand-?crafted|hand-?stitched|made\s+by\s+hand|small[\s-]batch(?:es)?|built\s+to\s+last|locally\s+sourced|ethically\s+sourced|fair[\s-]trade|made\s+in\s+(?:small|our|the\s+(?:uk|usa|eu))\b)/gi, weight: 0.3, kind: 'plug' },
  { re: /\bthe\s+\p{Lu}[\p{L}&'\u2019-]+\s+(?:promise|way|difference|guarantee|experience|family)\b/gu, weight: 0.5, kind: 'plug' },
  { re: /\bthank\s+you\s+for\s+(?:choosing|shopping\s+with|supporting|trusting)\s+(?:us|our|a\s+small|local)\b|\b(?:registration|registrations|bookings|pre-?orders|entries|applications|enrol?ments|sign-?ups|tickets)\s+(?:is\s+|are\s+)?(?:now\s+)?open\b/gi, weight: 0.6, kind: 'plug' },
  { re: /\b(?:now\s+offering|while\s+you\s+wait|same[\s-]day\s+(?:service|delivery|repairs?|dispatch)|next[\s-]day\s+delivery|walk-?ins?\s+welcome|no\s+appointment\s+needed|get\s+in\s+touch\s+for|available\s+for\s+(?:freelance|hire|work|new\s+projects|bookings)|(?:my|our)\s+calendar\s+is\s+open|(?:capacity|room)\s+for\s+(?:\w+\s+){0,2}(?:more\s+)?clients|taking\s+(?:on\s+)?(?:new\s+)?(?:clients|orders|bookings|commissions))\b/gi, weight: 0.9, kind: 'sales' },
  // Hiring.
  {
    re: new RegExp(String.raw`\b(?:we${A}?re|we\s+are|(?:is|are)\s+now|now|i${A}?m|i\s+am)\s+hiring\b|\bhiring\s+(?:alert|now)\b|\bjoin\s+(?:our|my|the)\s+(?:\p{L}+\s+)?team\b|\b(?:we${A}?re|we\s+are|i${A}?m|i\s+am|is)\s+(?:looking\s+for|seeking|recruiting)\s+(?:a|an|two|three|\d+)?\s*(?:\p{L}+\s+){0,3}?${ROLE}s?\b|\bopen\s+(?:roles|positions|vacanc(?:y|ies))\b|\bvacanc(?:y|ies)\s+for\b|\bapply\s+(?:here|now|today|at|via|through|online|in\s+store)\b|\bapplications?\s+(?:close|are\s+open|open)\b|\bsend\s+(?:your|us\s+your)\s+(?:cv|resume|portfolio|applications?)\b|\burgent(?:ly)?\s+(?:need|needs|required)\b|\b(?:seeks?|seeking)\s+to\s+(?:engage|employ|hire|recruit)\b|\bapplications?\s+(?:should\s+be\s+)?(?:sent|directed|forwarded|submitted)\s+to\b|\bsend\s+(?:their|your|his\s+or\s+her)\s+(?:applications?|cvs?|resumes?)\b|\b(?:cvs|resumes)\s+(?:and\s+referrals\s+)?should\s+be\b`, 'giu'),
    weight: 1,
    kind: 'plug',
  },
  // Funding, awards, milestones, certificates and new jobs: the writer's own news about themselves.
  { re: /\b(?:we|our\s+(?:company|startup|firm|business))\s+(?:were|was|have\s+been|has\s+been|got|just\s+got)\s+acquired\b/gi, weight: 1, kind: 'plug' },
  {
    re: /\b(?:raised|raising|closed|secured|announce)\s+(?:our\s+|a\s+|an\s+)?(?:[$£€]\s?\d[\d.,]*\s?(?:m|k|bn|million|billion)?\s+)?(?:seed|series\s+[a-e]|pre-seed|funding|round|grant|investment)\b|\bseries\s+[a-e]\s+(?:funding|round)\b|\bseed\s+round\b|\b(?:has\s+|have\s+)?raised\s+[$£€]\s?\d/gi,
    weight: 1,
    kind: 'plug',
  },
  {
    re: new RegExp(String.raw`\b(?:we|i|our\s+\p{L}+)\s+(?:just\s+)?(?:won(?![\p{L}'\u2019])|took\s+(?:gold|silver|bronze|home)\b)|\b(?:(?:has|have)\s+been|was|were|got|been|i${A}?ve\s+been|we${A}?ve\s+been)\s+(?:named|shortlisted|nominated|awarded|recogni[sz]ed|featured|selected|accepted)\b(?!\s+(?:best\s+(?:man|men)|maid\s+of\s+honou?r|godparents?|godmother|godfather|after\b))|\b(?:won|wins|winner\s+of)\s+(?:the\s+|an?\s+)?(?:\p{L}+\s+){0,3}awards?\b|\baward[\s-]winning\b`, 'giu'),
    weight: 0.9,
    kind: 'plug',
  },
  {
    re: new RegExp(String.raw`\b(?:(?:so\s+|really\s+|super\s+)?(?:thrilled|excited|proud|delighted|happy|honou?red|pleased|humbled|stoked)\s+to\s+(?:announce|introduce|unveil|reveal|welcome|launch|say|tell|share\s+(?:with\s+(?:you|all\s+of\s+you|(?:my|our)\s+(?:\p{L}+\s+){0,2}?(?:family|network|friends|connections|community))\s+)?(?:that|some|the\s+news|news|our|my\s+(?:new|first|latest)))|big\s+news|exciting\s+(?:news|announcement)|some\s+news|news\s+alert|(?:good|great)\s+news\s*[:!]|we\s+did\s+it|i\s+did\s+it)\b`, 'giu'),
    weight: 0.9,
    kind: 'plug',
  },
  {
    re: new RegExp(String.raw`\b(?:starting|started|start)\s+a\s+new\s+(?:position|role|job)\b|\b(?:new\s+(?:position|role|job)\s+as|i${A}?ve\s+joined|i\s+(?:have\s+)?(?:joined|accepted\s+an?\s+offer))\b|\b(?:(?:just|successfully|recently)\s+)?(?:completed|finished|earned|passed|achieved|obtained|accomplished)\s+(?:the|my|a|an)\s+(?:\p{L}+\s+){0,5}?(?:course|certificate|certification|exam|degree|program|programme|bootcamp|challenge|badge|quiz|internship|simulation)\b|\b(?:(?:just|successfully)\s+)?(?:completed|finished|built|wrapped\s+up|shipped|launched)\s+(?:the\s+development\s+of\s+)?(?:my|our|a|an|the)\s+(?:\p{L}+\s+){0,4}?(?:project|dashboard|portfolio|app|website|prototype|product)\b|\bverified\s+achievement\b|\bgot\s+(?:my|a|the)\s+(?:first\s+)?(?:book\s+deal|job|offer|certificate)\b|#opentowork\b|\b(?:open\s+to\s+(?:new\s+)?(?:opportunities|work|roles)|(?:looking\s+for|seeking)\s+(?:a\s+new\s+role|(?:new\s+)?opportunities|a\s+(?:new\s+)?job)|actively\s+seeking)\b`, 'giu'),
    weight: 0.9,
    kind: 'plug',
  },
  { re: /(?<![\d,.]|\b(?:with|of|from|among|across|to|by|for|than)\s+)\b\d[\d,.]*\s?k?\+?\s+(?:happy\s+|new\s+|paying\s+|active\s+)?(?:customers|clients|followers|subscribers|users|downloads|orders|members|riders|students|sign-?ups)\b(?!\s+(?:who|that|said|say|in\s+the\s+survey))/gi, weight: 0.7, kind: 'plug' },
  // Problem-agitation hooks: a pain put to the reader as a question, then the writer's fix.
  {
    re: /\b(?:tired|sick|fed\s+up|bored|struggling|frustrated|worried|stressed|done|still|can['\u2019]?t|cannot|losing|drowning|wasting|hate|hating|pain|problems?|trouble|hassle|headaches?)\b[^?.!\n]{0,90}\?\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:[^.!?\n]{0,40}\b)?(?:our|we|we['\u2019](?:re|ve|ll))\b/giu,
    weight: 1.1,
    kind: 'sales',
  },
  // The same hook answered by a product named in the next sentence or two ("Sick of juggling five apps? Meet
  // Planly.", "Still paying too much? Switch to Acme today.", "Hate meal prep? Let us do it for you."). No `i`
  // flag: with it, \p{Lu} would match any letter and every "try this" would read as a brand.
  { re: new RegExp(String.raw`(?<![\p{L}])${PAIN}[^?.!\n]{0,90}\?\s*(?:[^?\n]{0,60}?[\s.!,])?${ANSWER}`, 'gu'), weight: 1.1, kind: 'sales' },
  { re: /\b(?:is|are)\s+the\s+(?:fix|answer|solution|cure|remedy)\b/gi, weight: 0.5, kind: 'sales' },
  // A refund offered as a selling point: "love it or your money back", "money-back guarantee".
  { re: /\b(?:or\s+your\s+money\s+back|money[-\s]back\s+guarantee(?:d)?)\b/gi, weight: 0.6, kind: 'sales' },
  {
    re: /\b(?:is|are)\s+(?:losing|costing|killing|hurting|wasting)\s+(?:you\s+)?(?:customers|money|sales|clients|time|hours|leads)\b/gi,
    weight: 0.7,
    kind: 'sales',
  },
  // A brand speaking of itself in the third person, as a press release does: "Kinetic Bikes expands into
  // Scotland", "Acme Corp today announced", "Fernleaf Coffee is delighted to welcome".
  {
    re: /(?<=^|[.!?\n]\s*)\p{Lu}[\p{L}\p{N}&'\u2019.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'\u2019.-]*){0,3}\s+(?:today\s+)?(?:announced|announces|has\s+announced|launches|has\s+launched|unveils|introduces|expands|debuts|welcomes|opens\s+(?:its|a|their)|partners\s+with|teams\s+up\s+with|is\s+(?:(?:so|very)\s+)?(?:pleased|proud|delighted|thrilled|excited|honou?red)\s+to)\b/gu,
    weight: 0.9,
    kind: 'plug',
  },
  // Events and bookings the writer runs: "join us at", "save the date", "tickets on sale", "I'll be speaking".
  {
    re: new RegExp(String.raw`\bjoin\s+(?:us|me)\s+(?:at|for|on|this|next|live|in)\b|\bsave\s+the\s+date\b|\btickets?\s+(?:are\s+)?(?:on\s+sale|available|still\s+available|now\s+available|go\s+on\s+sale)\b|\b(?:i${A}?ll|i\s+will|we${A}?ll|we\s+will)\s+be\s+(?:speaking|talking|presenting|exhibiting|at\s+booth|at\s+stand)\b|\b(?:i${A}?m|i\s+am)\s+(?:speaking|presenting)\s+(?:at|on)\b|\bbooth\s+[A-Z]?\d+|\bfree\s+(?:entry|admission|webinar|workshop|masterclass|class)\b|\b(?:spots|places|seats)\s+(?:are\s+)?limited\b|\bcome\s+(?:and\s+)?(?:say\s+hi|celebrate|see\s+us|visit|try|and\s+get|get)\b|\bregister\s+(?:at|via|here|now|today)\b|\bsave\s+your\s+seat\b`, 'giu'),
    weight: 0.8,
    kind: 'plug',
  },
  // The writer's own new content: "new episode up now", "my new article", "I just published".
  {
    re: new RegExp(String.raw`\bnew\s+on\s+the\s+blog\b|\bnew\s+(?:blog\s+post|post|video|episode|article|reel|podcast|issue|newsletter|edition|chapter|course|ebook|case\s+study)\s*(?:[:!\u2192]|(?:is\s+)?(?:up|out|live|here)\b)|\b(?:newsletter|episode|issue)\s+#?\d+\b|\bin\s+case\s+you\s+missed\s+it\b|\bicymi\b|\b(?:listen|watch|read)\s+(?:it\s+)?(?:via|on|at)\s+(?:the\s+link|my|our)\b|\bsubscribe\s+to\s+(?:our|my)\b`, 'giu'),
    weight: 0.8,
    kind: 'plug',
  },
  { re: new RegExp(String.raw`\b(?:i|we)\s+(?:just\s+)?(?:published|released|posted|wrote|recorded|shipped)\s+(?:a|an|my|our)\s+(?:\p{L}+\s+){0,2}?(?:article|post|video|episode|book|course|guide|paper|talk|report|podcast|newsletter|ebook|app|game)\b`, 'giu'), weight: 0.4, kind: 'plug' },
  // "My article series is up", "part 2 of my series on hiring": the writer's own work, out now.
  {
    re: new RegExp(String.raw`\b(?:my|our)\s+(?:\p{L}+\s+){0,2}?(?:series|articles?|blog\s+post|posts?|videos?|episodes?|podcast|newsletter|book|course|talk|essay|paper|report|guide|interview|study|research)(?:\s+(?:on|about|for|from|with|of)\s+(?:[\p{L}\p{N}'\u2019-]+\s+){0,3}?[\p{L}\p{N}'\u2019-]+)?\s+(?:is|are)\s+(?:now\s+|finally\s+)?(?:up|out|live|published|online|available)\b|\bpart\s+(?:\d+|one|two|three|four|five|six|ii|iii|iv|v|vi)\s+(?:of|to)\s+(?:my|our)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:series|articles?|posts?|essays?|videos?|podcast|newsletter)\b|\b(?:epilogue|sequel|follow-?up)\s+to\s+my\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:series|articles?|posts?|essays?|book)\b`, 'giu'),
    weight: 1,
    kind: 'plug',
  },
  { re: /\bstay\s+tuned\b|\bmore\s+(?:on\s+that|soon|to\s+come)\b|\bwatch\s+this\s+space\b/gi, weight: 0.5, kind: 'plug' },
  // Showing one's own work: the hashtags makers tag it with, "what I've been working on".
  {
    re: /#(?:screenshotsaturday|indiedev|gamedev|indiegame|indiegames|madewithunity|madewithunreal|madewithgodot|wip|devlog|buildinpublic|indiehackers|showyourwork|newmusic|newsingle|newrelease|newbook|booklaunch|shopsmall|shopsmallbusiness|handmade|etsy|etsyshop|newcollection|newproduct|launchday|nowavailable|preorder|opentowork|hiring|nowhiring|jobopening|fedihire|getfedihired)\b/gi,
    weight: 0.6,
    kind: 'plug',
  },
  { re: /\bwhat\s+(?:i|we)(?:['\u2019]ve|\s+have)\s+been\s+(?:working\s+on|building|making|cooking\s+up)\b|\b(?:i|we)(?:['\u2019]ve|\s+have)\s+been\s+working\s+on\s+(?:my|our|a\s+new)\b/gi, weight: 0.7, kind: 'plug' },
  // Customer quotes shown off: "here's what our customers say".
  { re: /\bwhat\s+(?:our|my)\s+(?:customers|clients|users|students|guests)\s+(?:say|are\s+saying|think)\b/gi, weight: 0.8, kind: 'plug' },
];

/**
 * A post that is a label and a link: "Episode 42 is out: <link>", "Spring menu \u2192 <link>", "Full report:
 * <link>". Nothing to read but a pointer, the broadcast form of promotion. Replies are left out: an answer
 * that points to where the answer is ("The size guide is here: <link>") is conversation.
 */
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|app|shop|store|example|ly|me|tv|in|uk|de|eu|dev)(?:\/\S*)?/gi;
const POINTER = /(?::|\u2192|->|\u27a1\uFE0F?|>>|\p{Extended_Pictographic}\uFE0F?)\s*$/u;

export function labelAndLink(text: string): boolean {
  if (/^\s*\.?@[\p{L}\p{N}_]/u.test(text)) return false;
  const links = text.match(LINK) ?? [];
  if (links.length === 0) return false;
  const first = text.search(LINK);
  const label = text.slice(0, first).trim();
  const after = text.replace(LINK, ' ').slice(first).replace(/#[\p{L}\p{N}_]+/gu, ' ');
  const labelWords = label.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
  const afterWords = after.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
  return labelWords.length >= 1 && labelWords.length <= 10 && afterWords.length <= 3 && (POINTER.test(label) || labelWords.length <= 6);
}
