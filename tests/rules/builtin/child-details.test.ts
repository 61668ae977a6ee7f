import childDetails from '../../../rules/builtin/child-details';
import { ruleTester } from '../../support/rule-tester';

ruleTester(childDetails, {
  valid: [
    // One detail is family news.
    'My daughter turned 7 today, where did the time go?',
    'So proud of our son, he read his first book on his own!',
    'First day at school for my little one today.',
    // A school with no child of the writer's, a colleague's full name.
    'Oakfield Primary School opens its new library on Friday.',
    'My colleague Sam Patel is 40 today, happy birthday Sam!',
  ],
  invalid: [
    {
      text: 'So proud of my daughter Emma Clarke, 7, top of her class at St Mary\u2019s Primary!',
      flags: ['my daughter Emma Clarke, 7, top of her class at St Mary\u2019s Primary'],
    },
    {
      text: 'Our son walks home from Oakfield Primary School every Tuesday on his own now, big step!',
      flags: ['Our son walks home from Oakfield Primary School every Tuesday'],
    },
    { text: 'My son Leo Marsh is 9 and already beats me at chess.', flags: ['My son Leo Marsh is 9'] },
  ],
});
