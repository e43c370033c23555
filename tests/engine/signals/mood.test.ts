import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/engine/customer';
import { combine, readMood } from '../../../lib/engine/signals/mood';
import thresholds from '../../../rules/data/thresholds.json';

const upset = (t: string) => analyzeCustomer(t)!.upset;

describe('customer mood (signals/mood.ts)', () => {
  // Real-style complaints the old phrase list missed.
  it.each([
    'I haven’t heard back in weeks',
    'My internet is constantly down, refund required',
    'Great, another 3 hours on hold. Thanks a lot.',
    'Still waiting for my refund',
    'This is the third time I’ve asked about this',
    '@ISP look at my download speed. Been like this for past 30 min!',
    'You had no right and i’ll be reporting you to the BBB',
    'Do u expect people to travel with a compass???',
    'Yes I have tried, but it continues without giving',
    // Stacked marks on a why / where-is-my question, or on a bare "So": exasperation.
    'your site tells me my account number must be 12 characters. Mine is 9. So???',
    'hi why are the trains from Manchester to York delayed??',
    'Where is my refund??',
    'I thought #airtel was good. What a waste of money',
    'Today is the day that @Airline lost my business for the rest of my life',
  ])('upset: %s', (t) => {
    expect(upset(t)).toBe(true);
  });

  // Look-alikes: a calm fault, thanks, the customer's own slip, a name, a plain question, praise with a time.
  it.each([
    'My discount code isn’t working at checkout.',
    'My online banking is locked after too many password attempts.',
    'Ok, thank you so much for the excellent service.',
    'Please cancel my order 88213, I ordered the wrong colour by mistake.',
    'I lost my signal and the page didn’t load, this shows up... I am not even mad.',
    'I’ve had some ups and downs banking with Chase, but lately they’ve been really good to me.',
    'Why does the new card work then?',
    // Stacked marks on a plain question are emphasis, not a complaint.
    'Where is the bind button on the xbox one s console???',
    'What time do you open on Sunday??',
    'Priya on your helpline was brilliant, she sorted my transfer in 10 minutes',
    'Okay about 18 MByte. Will go out now, thank you for help. Happy new year still',
  ])('not upset: %s', (t) => {
    expect(upset(t)).toBe(false);
  });

  it('scores each kind of evidence once (two ways of saying one fault are one fault)', () => {
    expect(
      combine([
        { kind: 'fault', weight: 0.4 },
        { kind: 'fault', weight: 0.4 },
      ]),
    ).toBe(0.4);
    expect(
      combine([
        { kind: 'fault', weight: 0.4 },
        { kind: 'repeat', weight: 0.4 },
      ]),
    ).toBe(0.64);
  });

  it('gives the cues with their spans in the message', () => {
    const t = 'Still no refund after 3 weeks!!';
    const m = readMood(t);
    for (const c of m.cues) expect(t.slice(c.start, c.end)).toBe(c.text);
    expect(m.cues.map((c) => c.kind)).toEqual(expect.arrayContaining(['repeat', 'delay', 'shouting']));
    expect(m.score).toBeGreaterThanOrEqual(thresholds.customerUpset);
  });
});

describe('problem reported (apology due though calm)', () => {
  const c = (t: string) => analyzeCustomer(t)!;
  const kinds = (t: string) => readMood(t).cues.map((x) => `${x.kind}:${x.text.toLowerCase()}`);

  it.each([
    ['the app keeps crashing when I open my basket', 'fault:crashing'],
    ['My laptop froze twice during the update', 'fault:froze'],
    ['the payment failed but the money left my account', 'fault:failed'],
    ['Im having trouble with my router since yesterday', 'fault:having trouble'],
    ['we are experiencing some issues with the booking page', 'fault:experiencing some issues'],
    ['I didnt get my refund', 'fault:didnt get my'],
    ['still haven’t received the parcel', 'fault:haven’t received the'],
    ['can you please fix the login page', 'fault:can you please fix'],
    ['please make this stop!!!', 'fault:please make this stop'],
    ['Does not count distance Neither the pace', 'fault:not count'],
    ['its not letting me log in, theres an error', 'fault:not letting'],
    ['just gone and I can’t reload it', 'fault:can’t reload'],
    ['Yes, none of it worked.', 'fault:none of it worked'],
    ['the customer said the GPS was not in the box', 'fault:was not in the box'],
    ['-me erday waiting for UPS', 'delay:waiting'],
    ['anyone thinking of using them, save your money and time', 'service:save your money'],
    ['Terrible again. I don’t recommend.', 'service:don’t recommend'],
    ['And the problem with the battery? Will I lose my books?', 'fault:the problem with the'],
    ['there is an issue with my invoice', 'fault:an issue with my'],
    ['if I received the wrong order should I place a new one?', 'fault:wrong order'],
    ['You sent me the wrong size.', 'fault:wrong size'],
    // Less than was ordered, working only in part, what the firm ought to have done.
    [
      'soooo they just brought me poke with none of the sauces that I ordered',
      'fault:none of the sauces that i ordered',
    ],
    ['the box came without the charger we paid for', 'fault:without the charger we paid for'],
    [
      'I can only download the preview and not the full version of the book.',
      'fault:i can only download the preview and not',
    ],
    ['the app only shows the first page but not the rest', 'fault:the app only shows the first page but not'],
    ['If it is so important it should be included in the manual.', 'fault:it should be included'],
    ['you should have told me about the fee', 'fault:you should have told'],
    ['then I wanted to remove it, but the installation also hangs', 'fault:hangs'],
    // A thing that fails to recognise; asking if it will ever be fixed; a form sent and refused.
    ['The app does not recognize my reader.', 'fault:not recognize'],
    ['Any chance yall are gonna EVER fix the stuck hand tool?', 'emotion:gonna ever fix'],
    [
      'I have  filled the recovery forms but am told am not providing enough info',
      'repeat:i have  filled the recovery forms but am told am not',
    ],
    // Asking how long they must go on waiting.
    [
      'How long do I need to wait for my credit to be processed? I replied on 25/10.',
      'delay:how long do i need to wait',
    ],
    // A problem stated as one.
    ["That's a problem for asking questions about one-way flights.", "fault:that's a problem"],
    // Out of service, a broken promise.
    ['out of service again. May be time to switch', 'fault:out of service'],
    ['the navigation app is not currently available for download', 'fault:not currently available'],
    [
      'I was told my membership wouldn’t be renewed. I was just charged today.',
      'service:i was told my membership wouldn’t',
    ],
    ['we were promised it would be fixed by Monday but nothing', 'service:we were promised it would'],
    // Paid and not served.
    ['unethical practice of not providing the services even after paying for the service', 'money:even after paying'],
    ['I paid for the upgrade and got nothing', 'money:i paid for the upgrade and got nothing'],
  ])('%s → %s', (t, cue) => {
    expect(kinds(t)).toContain(cue);
    expect(c(t).problem).toBe(true);
  });

  // Look-alikes: no problem named, or "wrong" about fit or the customer's own slip.
  it.each([
    'No problem with that, thanks!',
    'It is not an issue with your service, just curious how it works.',
    'I want to return the rug, it’s the wrong size for my room.',
    'I ordered the wrong colour by mistake, can I swap it?',
    // Look-alikes of the cues above: a menu, a preference, a schedule, an expectation, a question.
    'None of the above options suit me, what else is there?',
    'Can I pay without the card I used before?',
    'I only want one and not two, can I change the order?',
    'I can only do Tuesdays, is that ok?',
    // Out of service and broken promise look-alikes: their own schedule, a stock question, a fact to check.
    'I’m not available on Friday, can the engineer come on Monday?',
    'Is the blue one available in a medium?',
    'I was told I could pay by card, is that right?',
    'I was told to contact you about changing my plan.',
    'If that’s a problem I can come on Tuesday instead.',
    'Is that a problem for the warranty?',
    'How long does delivery take to Leeds?',
    'I don’t recognise this name on the letter, who is it?',
    'Thanks, you finally fixed it!',
    'I sent the form but I’m not sure it arrived, can you check?',
    'That’s not an issue, I can wait.',
    'It should arrive tomorrow, right?',
    'Should I have received an email by now?',
    'After paying, do I get a receipt by email?',
    'Hang on, I will look for the receipt now.',
    'We hang out at your café every Sunday, do you open at 9?',
    'I paid for the upgrade and got the new features, how do I use them?',
  ])('no problem reported: %s', (t) => {
    expect(c(t).problem).toBe(false);
  });

  it('a calm fault report is a problem but not an upset mood', () => {
    const r = c('My discount code isn’t working at checkout.');
    expect(r.upset).toBe(false);
    expect(r.problem).toBe(true);
    expect(r.problemText).toMatch(/working/);
  });

  // Look-alikes: the same words with no problem in them.
  it.each([
    'I don’t get it, how do I change my plan?',
    'Can I order the same thing again next month?',
    'Please break the total down by month',
    'I have a question about my plan',
    'No problems at all, thank you!',
    'Could you send me the fix notes for version 2?',
    'Im getting married in June, can I pause my account?',
    'I haven’t made a purchase yet, can I still use the code?',
    'Don’t thank me, have a good day',
    'Our gym does not have it, is there another way?',
    'I’ve decided it doesn’t suit my living room. Can I return it?',
    'I can’t wait to try the new version',
    'It’s £480 and I can’t afford it all at once, can I pay in instalments?',
  ])('no problem: %s', (t) => {
    expect(c(t).problem).toBe(false);
  });

  it('a question that asks to know is no empathy (May I know what is the issue?)', async () => {
    const { analyze } = await import('../../../lib/engine/analyze');
    const r = analyze({
      draft: 'May I know what is the issue?',
      customer: 'I have problems with my watch',
      channel: 'chat',
    });
    expect(r.findings.map((f) => f.ruleId)).toContain('missing-apology');
    const ok = analyze({
      draft: 'I know how annoying that is. May I know what the screen shows?',
      customer: 'I have problems with my watch',
      channel: 'chat',
    });
    expect(ok.findings.map((f) => f.ruleId)).not.toContain('missing-apology');
  });

  it('a price rise is money evidence, not a problem on its own', () => {
    expect(kinds('my bill is going up $50 next month')).toContainEqual(expect.stringMatching(/^money:.*going up/));
    expect(c('Why did our invoice go up 18% this quarter? I need to approve it.').problem).toBe(false);
  });

  it('charged one sum where another was due is money trouble; one sum is not', () => {
    expect(kinds('they tried to charge me £176 for a ticket which can b purchased for £88 online')).toContain(
      'money:charge',
    );
    expect(c('they charged me £176 for a ticket which can be bought for £88').problem).toBe(true);
    expect(c('Can I be charged £20 a month instead of paying upfront?').problem).toBe(false);
  });

  it('an oath is exasperation: evidence with a problem, not upset by itself', () => {
    expect(kinds('what in blazes is going on here? Different prices on each site')).toContain('emotion:what in blazes');
    expect(
      c('Hi, what in blazes is going on here? Different ticket availability on your site. Am I missing something?')
        .upset,
    ).toBe(true);
    expect(kinds('Why on earth does the app log me out every day?')).toContain('emotion:why on earth');
    expect(c('What on earth should I get my dad for his birthday? Any ideas?').upset).toBe(false);
  });

  it('a sign-off formula is no praise, so no sarcasm beside a fault', () => {
    expect(kinds('The installer hangs and I can’t remove the old version. Best regards, Ana')).not.toContainEqual(
      expect.stringMatching(/^sarcasm/),
    );
    expect(kinds('It crashed again, great job guys. Kind regards, Bo')).toContain('sarcasm:great');
  });

  it('profanity reads as shouting', () => {
    expect(kinds('this is such a shitty service')).toContain('shouting:shitty');
    expect(kinds('the shipping was quick')).not.toContainEqual(expect.stringMatching(/^shouting/));
  });

  it('a problem word in any form: the -y adjective of a problem word is one', () => {
    expect(kinds('the app is really glitchy today')).toContain('fault:glitchy');
    expect(kinds('the new update is so buggy')).toContain('fault:buggy');
    expect(c('the app is really glitchy today').problem).toBe(true);
    // -y words that only look like one.
    expect(kinds('it was a lovely sunny day')).not.toContainEqual(expect.stringMatching(/^fault/));
    expect(kinds('that is a pretty early start')).not.toContainEqual(expect.stringMatching(/^fault/));
  });

  it('a problem word stated of a thing is a fault report; asked, negated, supposed or their own act is not', () => {
    expect(c('my card was declined at the till').problem).toBe(true);
    expect(c('there is an error on the checkout page').problem).toBe(true);
    expect(c('I’ve lost my network channels and other channels are glitchy. Need help!').problem).toBe(true);
    expect(c('no errors so far, just checking when it ships').problem).toBe(false);
    expect(c('if it is damaged can I return it?').problem).toBe(false);
    expect(c('I declined the offer, what now?').problem).toBe(false);
    // A word as often theirs or natural as ours.
    expect(c('Can I update my card? My old one expired.').problem).toBe(false);
    expect(c('When is my meter visit booked for? I’ve lost the letter.').problem).toBe(false);
    expect(c('Bought a case yesterday that dropped in price today. Can the difference be refunded?').problem).toBe(
      false,
    );
  });

  it('reaching only part of what was bought is a fault; a plan or a preference is not', () => {
    expect(kinds('I can only see four chapters')).toContainEqual(expect.stringMatching(/^fault:i can only see four/));
    expect(c('I can only access the preview of the book').problem).toBe(true);
    expect(c('I can only do Tuesdays for the visit').problem).toBe(false);
    expect(c('I can only pay by card, is that ok?').problem).toBe(false);
  });

  it('not finding something of their own is a question for help, not a fault report', () => {
    expect(
      c('I have two vouchers but can’t seem to track down my confirmation numbers. Any way to look them up? Thanks!')
        .problem,
    ).toBe(false);
    expect(c('I can’t remember my password for the app').problem).toBe(false);
    // Failing to use the service is one, with or without "seem to".
    expect(c('I can’t seem to log in since the update').problem).toBe(true);
    expect(c('I can’t log in').problem).toBe(true);
  });

  it('a thing reported not possible, a blank screen, a demand on the firm: faults and complaints', () => {
    expect(c('Download not possible, licence error').problem).toBe(true);
    expect(c('it is not possible to pay with my card').problem).toBe(true);
    expect(c('the link always leads to a blank page. Please help.').problem).toBe(true);
    expect(c('Please reach out - your company needs to have a customer service phone number').problem).toBe(true);
    // Asked, hoped, quoted back, or a plain colour.
    expect(c('Is it possible to download it to my phone?').problem).toBe(false);
    expect(c('I would like it delivered on Friday if possible').problem).toBe(false);
    expect(c('so you need to restart it first?').problem).toBe(false);
    expect(c('Do you have the black phone case in stock?').problem).toBe(false);
  });

  it('a why asked of something bad is a complaint; a why asked to know is not', () => {
    expect(c('why is it such a crime to put my phone number in messages?').upset).toBe(true);
    expect(c('Why is the sky blue on your logo?').problem).toBe(false);
    expect(c('why do you guys need my address?').problem).toBe(false);
  });

  it('a break taken is no breakage; trouble since an update is evidence of a fault', () => {
    expect(c('Hello, I would like to take a break from my subscription').problem).toBe(false);
    expect(c('my screen broke yesterday').problem).toBe(true);
    expect(kinds('this is my top bar every time I open messages after updating to iOS 11.1')).toContain(
      'fault:after updating',
    );
    expect(c('this is my top bar every time I open messages after updating to iOS 11.1').upset).toBe(true);
    // Alone, a question about an update is no complaint.
    expect(c('Will the app work after updating to iOS 11?').problem).toBe(false);
  });

  it('asking what is wrong with their thing is a fault report; asking about news is not', () => {
    expect(c('what’s happening to my screen https://t.co/x').problem).toBe(true);
    expect(c('what is going on with my order??').problem).toBe(true);
    expect(c('whats wrong w/ amazon leaving parcels outside').problem).toBe(true);
    expect(c('What’s happening with the sale next week?').problem).toBe(false);
    expect(c('what’s up with you guys today, any news on the summer menu?').problem).toBe(false);
    expect(c('what is wrong with asking for a discount?').problem).toBe(false);
  });

  it('name-calling the firm is a complaint; "they" of someone else with a bad adjective is not', () => {
    expect(c('I want to go to another bank, they are liars').upset).toBe(true);
    expect(c('you guys are the worst').upset).toBe(true);
    expect(c('your staff are incompetent').upset).toBe(true);
    expect(kinds('they are liars')).toContain('service:they are liars');
    expect(kinds('my kids have a cold and they are sick')).not.toContain('service:they are sick');
    expect(c('You guys are the best, thanks!').problem).toBe(false);
    expect(c('they are closed on Sunday, right?').problem).toBe(false);
  });

  it('a worrying situation is a feeling: "it is a bit concerning", not "concerning my order"', () => {
    expect(c('its a bit concerning :(').upset).toBe(true);
    expect(c('this is very alarming').upset).toBe(true);
    expect(c('I am writing concerning my order 4471, can I add a note?').upset).toBe(false);
    expect(c('That is not worrying at all, just curious').upset).toBe(false);
  });

  it('contacts counted or always going one way are a repeat contact; things counted and praise are not', () => {
    expect(c('Good evening. I’ve started two other chats, but they drop').problem).toBe(true);
    expect(c('we have sent 3 emails about this already').problem).toBe(true);
    expect(c('whenever I contact customer support, they tell me I have shortcode enabled').problem).toBe(true);
    expect(c('I have two accounts, can I merge them?').problem).toBe(false);
    expect(c('Every time I call you are so helpful, thanks!').problem).toBe(false);
  });

  it('"that was the problem" after a fix names the cause; "this was a problem" still complains', () => {
    expect(c('I will try another cable. It worked! That was the problem').problem).toBe(false);
    expect(c('This was a problem for me last week and it still is').problem).toBe(true);
  });

  it('nobody who should serve them helping is a complaint; who uses or has a thing is not', () => {
    expect(c('no one at the store could help me').problem).toBe(true);
    expect(c('nobody in your team knows what they are doing').problem).toBe(true);
    expect(c('not one agent has been able to explain it').problem).toBe(true);
    expect(c('nobody in my family uses it').problem).toBe(false);
    expect(c('no one is home on Monday, can you deliver Tuesday?').problem).toBe(false);
    expect(c('nobody in my team has a licence yet, how much is it?').problem).toBe(false);
  });

  it('a thing that keeps misbehaving or acts by itself is a fault; people and good things are not', () => {
    expect(c('my tv keeps turning itself off').problem).toBe(true);
    expect(c('the app keeps asking me to log in').problem).toBe(true);
    expect(c('it restarted by itself').problem).toBe(true);
    expect(c('it turned off on its own').problem).toBe(true);
    expect(c('the app logs me out every few minutes').problem).toBe(true);
    expect(c('the agent hung up on me').problem).toBe(true);
    expect(c('my son keeps calling, can you take his number off the account?').problem).toBe(false);
    expect(c('it keeps getting better').problem).toBe(false);
    expect(c('it pays for itself').problem).toBe(false);
    expect(c('the problem sorted itself out').problem).toBe(false);
    expect(c('please log me out of all devices').problem).toBe(false);
    expect(c('can you sign me out').problem).toBe(false);
  });

  it('a thing that stopped working or drops out is a fault; people stopping and the weather are not', () => {
    expect(c('the charger stopped working after a month').problem).toBe(true);
    expect(c('the wifi drops out every evening').problem).toBe(true);
    expect(c('the screen flickers when I open the camera').problem).toBe(true);
    expect(c('I stopped using the old app, can I delete my account?').problem).toBe(false);
    expect(c('it stopped raining so I can pick it up today').problem).toBe(false);
    expect(c('I dropped out of the course last year, can I re-enroll?').problem).toBe(false);
  });

  it('a charge they do not know or taken twice is a money complaint; a question or their own withdrawal is not', () => {
    expect(c("there's a charge on my card I don't recognise").problem).toBe(true);
    expect(c('you took the money twice').problem).toBe(true);
    expect(c('the payment was taken twice').problem).toBe(true);
    expect(c('what if there is an unauthorised payment?').problem).toBe(false);
    expect(c("I didn't make the payment yet, can I still pay?").problem).toBe(false);
    expect(c('I took the money out twice this week at your ATM, all fine').problem).toBe(false);
  });

  it('what the system says, contradicted, is a fault; doubt and a plain question are not', () => {
    expect(c("my package says delivered but it's not here").problem).toBe(true);
    expect(c('I got an email saying my order was cancelled but the money was taken').problem).toBe(true);
    expect(c("my package is marked delivered but the neighbour doesn't have it either").problem).toBe(true);
    expect(c("It says it's updated but I'm not sure how to check").problem).toBe(false);
    expect(c('the website says you open at 9 but are you open on Sundays?').problem).toBe(false);
  });

  it('something other than ordered, not as described, used or empty is a fault; the order arriving is not', () => {
    expect(c('ordered a large, got a small').problem).toBe(true);
    expect(c('I ordered blue and received red').problem).toBe(true);
    expect(c('hello, the product I receive is not what was on the picture').problem).toBe(true);
    expect(c('the colour is totally different from the website').problem).toBe(true);
    expect(c('the price at checkout was higher than advertised').problem).toBe(true);
    expect(c('they sent me a used product').problem).toBe(true);
    expect(c('the box was empty').problem).toBe(true);
    expect(c('I ordered a phone and got it today, great').problem).toBe(false);
    expect(c('I ordered shoes and got a confirmation email').problem).toBe(false);
    expect(c('I bought a laptop and got a free mouse').problem).toBe(false);
    expect(c('is it different from the old model?').problem).toBe(false);
    expect(c('the photo on the website is different from the one on the box but I love it').problem).toBe(false);
  });

  it('their booking cancelled or their purchase removed by someone else is a fault; their own step is not', () => {
    expect(c('the hotel cancelled my booking the day before').problem).toBe(true);
    expect(c('the course I paid for has been removed from my library').problem).toBe(true);
    expect(c('hi, my subscription renewed even though I cancelled it last month').problem).toBe(true);
    expect(c('I cancelled my order yesterday, did you get it?').problem).toBe(false);
    expect(c('can you cancel my booking for Friday please').problem).toBe(false);
    expect(c('my booking was cancelled as I asked, thanks').problem).toBe(false);
    expect(c('I removed it from my basket by mistake').problem).toBe(false);
    expect(c('even though I paid already, can I change the date?').problem).toBe(false);
  });

  it('"when I…, it just…", "been trying to reach you", "why is my bill so high": complaints; praise and curiosity are not', () => {
    expect(c('when I open the app it just closes').problem).toBe(true);
    expect(c('I have been trying to reach you since Monday').problem).toBe(true);
    expect(c('why is my bill so high this month').problem).toBe(true);
    expect(c('when I open the app it just works, love it').problem).toBe(false);
    expect(c("I've been trying to decide which plan to choose").problem).toBe(false);
    expect(c('why is it so cheap?').problem).toBe(false);
  });

  it('translated chat: paid and not there, slow, charged after cancelling, cut off, closes alone', () => {
    expect(c('Hello, I made a purchase and they charged me but the book is not there').problem).toBe(true);
    expect(c('my kobo is very slow, it takes minutes to open a page').problem).toBe(true);
    expect(c('good evening, I wanted to know why they charged me 9.99 if I canceled').problem).toBe(true);
    expect(c('Hi, the audio of the book is cut every few seconds').problem).toBe(true);
    expect(c('the application closes alone when I open a book').problem).toBe(true);
    expect(c('the book appears in another language than I bought').problem).toBe(true);
    expect(c('I have been trying for 3 days to log in and nothing').problem).toBe(true);
    expect(c('is delivery slow at Christmas?').problem).toBe(false);
    expect(c('I like to take it slow').problem).toBe(false);
    expect(c('I live alone, so please leave it with a neighbour').problem).toBe(false);
    expect(c('what if I’m charged after I cancel?').problem).toBe(false);
    expect(c('the grass is cut on Mondays').problem).toBe(false);
    expect(c("I paid and it's there now, thanks").problem).toBe(false);
  });

  it('anything of theirs cancelled by someone else is a fault; a cancellation they asked for or thank us for is not', () => {
    expect(c('@Acme my train was cancelled, can I get a refund?').problem).toBe(true);
    expect(c('my yoga class was cancelled again').problem).toBe(true);
    expect(c('my subscription has been cancelled, thanks for confirming').problem).toBe(false);
    expect(c('my booking was cancelled as I asked, thanks').problem).toBe(false);
  });
});
