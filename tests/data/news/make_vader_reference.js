// Regenerates vader_reference.tsv from vader_sentences.txt with the reference
// implementation (npm package vader-sentiment 1.1.3, the JavaScript port of
// VADER). Run from this folder after `npm pack vader-sentiment` and
// unpacking it to ./package:  node make_vader_reference.js > vader_reference.tsv
const fs = require('fs');
const vader = require(process.env.VADER_JS || './package/build/vaderSentiment.bundle.js');
const lines = fs.readFileSync(__dirname + '/vader_sentences.txt', 'utf8').split('\n').filter(l => l.length > 0);
process.stdout.write('# text\tneg\tneu\tpos\tcompound  (vader-sentiment 1.1.3 on node)\n');
for (const text of lines) {
  const s = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  process.stdout.write([text, s.neg, s.neu, s.pos, s.compound].join('\t') + '\n');
}
