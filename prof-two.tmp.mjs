const one = (await import('compromise/one')).default;
one('hello');
const t = performance.now();
const two = (await import('compromise/two')).default;
const t2 = performance.now();
two('We are thrilled to announce our new Series B').compute('tagger');
console.log('two', (t2 - t).toFixed(0), 'first tag', (performance.now() - t2).toFixed(0));
