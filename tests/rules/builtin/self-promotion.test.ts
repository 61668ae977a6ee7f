import selfPromotion from '../../../rules/builtin/self-promotion';
import { ruleTester } from '../../support/rule-tester';

const threshold = (value: number) => ({
  house: { name: 'test', rules: [], overrides: { 'self-promotion': { options: { threshold: value } } } },
});

ruleTester(selfPromotion, {
  valid: [
    'Has anyone moved a team from Jira to Linear? What surprised you?',
    'Quick tip for anyone writing cover letters: lead with the problem you solve for them, not your job history.',
    'Thanks @ana for the clear write-up on colour contrast, well worth reading: https://example.com/contrast',
    'We just published a short guide on setting up two-factor auth: https://example.com/2fa. Three steps, ten minutes, and your account is much safer.',
    'If you missed our webinar on onboarding, here is the recording and the checklist we mentioned: https://example.com/onboarding',
    'Check out this thread from @sam on pricing, it changed how I think about discounts.',
    'I subscribe to a few design newsletters and this one has the most practical ideas.',
    'Should I buy now or wait for the autumn models?',
    'Happy Friday everyone! What are you reading this weekend?',
    // Questions about money or promotion ask; they do not offer.
    'How do you make money as a freelance writer in your first year? Honest answers please.',
    'Does this sub allow memes on Fridays? Asking before I post.',
    'I need to check out of the hotel by 11, any good brunch spots near the station?',
    'Type in your postcode and the map shows your nearest recycling point.',
    'Search continues for the missing hikers near the pass.',
    'Ten years of city cycling data in one chart https://example.com/cycling',
    'https://example.com/my-new-course',
    { text: 'Lovely photo! RT @parkrun_sam Sunrise over the lake this morning https://example.com/p/1', options: { platform: 'x' } },
    // A time-stamp link points into the video being discussed, not away from it.
    'https://www.youtube.com/watch?v=abc123&t=95s the best bit',
    // One plug below a raised threshold.
    { text: 'New video is up on my channel, go watch it', options: threshold(0.95) },
  ],
  invalid: [
    {
      text: 'Check out my channel and subscribe, new video every week!',
      flags: ['Check out my channel', 'subscribe'],
      spans: [[0, 20], [25, 34]],
    },
    {
      text: 'Make $500 a week from home, visit my site: example.com/offer',
      flags: ['Make $500 a week', 'visit my site', 'example.com/offer'],
    },
    // A bare link in a comment is a drop (in a post it is a share; missing-invitation asks for a word).
    { text: 'example.com/my-new-course', options: { platform: 'youtube' }, flags: ['example.com/my-new-course'] },
    { text: 'Subscribe to our newsletter for more!', flags: ['Subscribe to our newsletter'] },
    // A request stays a request when it is asked as a question.
    { text: 'Could you guys check out my channel?', flags: ['check out my channel'] },
    { text: 'If you like folk, look up Rusty Nails on Spotify', flags: ['look up Rusty Nails on Spotify'] },
    { text: 'Get 20% off our premium plan with promo code SAVE20', flags: ['20% off', 'promo code'] },
    { text: 'Hey guys, I am a young singer, please give my covers a listen', flags: ['I am a young singer', 'please give my covers a listen'] },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '🔥🔥 follow me for more', flags: ['follow me'], spans: [[5, 14]] },
    // In a comment section, a link in a short comment is a plug.
    {
      text: 'Ten years of city cycling data in one chart https://example.com/cycling',
      options: { platform: 'youtube' },
      flags: ['https://example.com/cycling'],
    },
    // A lower threshold speaks up on a single, milder plug.
    { text: 'Our store opens at nine tomorrow.', options: threshold(0.3), flags: ['Our store'] },
  ],
});
