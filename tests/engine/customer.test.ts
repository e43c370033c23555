import { describe, expect, it } from 'vitest';
import { analyzeCustomer, extractDetails, toAgentView } from '../../lib/engine/customer';

const upset = (text: string) => analyzeCustomer(text)?.upset;

describe('customer mood', () => {
  it.each([
    ['This is an absolute joke. I have been on hold for 40 minutes!!!', 'angry'],
    ['Absolutely livid. You delivered my bed to the wrong address.', 'angry'],
    ['The dinner set arrived with two plates smashed. Really upset.', 'upset'],
    ['I still haven’t got the password reset email. This is the second time I’m asking.', 'upset'],
    ['still no refund for the cancelled hotel. been 2 weeks', 'upset'],
    ['The lamp arrived with a broken shade. Pretty disappointed.', 'upset'],
    ['fine. whatever. just cancel the broadband order then.', 'withdrawn'],
    ["ok, I'll just not bother with the exchange then. thanks anyway.", 'withdrawn'],
    ['Lovely to be charged for a phone I returned a month ago.', 'upset'],
    ['Great, another week of waiting 🙄', 'upset'],
    ['I was charged £12.99 for a subscription I cancelled in January. Please refund me.', 'upset'],
    ['My husband passed away last month and I need to change the account name.', 'upset'],
    ['Why has my order been cancelled?? I didn’t do anything.', 'upset'],
    ['My parcel never arrived.', 'upset'],
    ['I’ve been charged twice for my order 7781.', 'upset'],
    ['Nobody showed up for the installation this morning.', 'upset'],
    ['I have never been so frustrated with a company.', 'upset'],
    ['This is not what I ordered: the shirt is red, not blue.', 'upset'],
    ['My account was suspended this morning and I need it back urgently.', 'upset'],
    // Charged for what they never asked for, typed without apostrophes; passed from one person to the next.
    ['please delete all the extras I didnt subscribe to', 'upset'],
    ['getting the runaround from your billing team, 3 calls now', 'upset'],
  ])('%s → upset (%s)', (text, mood) => {
    const c = analyzeCustomer(text)!;
    expect(c.upset).toBe(true);
    expect(c.mood).toBe(mood);
    expect(c.moodSignals.length).toBeGreaterThan(0);
  });

  it.each([
    'How do I turn on the voicemail on my new phone?',
    'Is the jumper still available in blue?',
    'Can I order the same thing again next month?',
    'Thanks so much, the driver was lovely!',
    'Please can you confirm our renewal price for next year? We have 25 licences.',
    'I want to return the rug, it’s the wrong size for my room. Order 19920.',
    'Please cancel my order 88213, I ordered the wrong colour by mistake.',
    'Can I update the card I pay with? My old one expired.',
    'What happens if my parcel arrives damaged?',
    'Everything arrived safely, nothing broken. Thanks!',
    'No rush at all, just wondering when the sale starts.',
    'Whatever works for you is fine with me, thanks.',
    'My discount code isn’t working at checkout.',
    'Great service as always, thank you!',
    'Please could you send the invoice urgently, our auditors need it.',
    'I expect it will arrive on Friday, is that right?',
    'I didnt get the chance to read it yet, can you resend the link?',
    'Can I subscribe for a friend as a gift?',
  ])('%s → not upset', (text) => {
    expect(upset(text)).toBe(false);
  });

  it('confusion alone is not upset', () => {
    const c = analyzeCustomer('I’m confused, what does that mean?')!;
    expect(c.mood).toBe('confused');
    expect(c.upset).toBe(false);
  });

  it('returns null for no message', () => {
    expect(analyzeCustomer(undefined)).toBeNull();
    expect(analyzeCustomer('   ')).toBeNull();
  });
});

describe('customer issue', () => {
  it('restates the problem from the agent’s side', () => {
    expect(analyzeCustomer('The dinner set I ordered arrived with two plates smashed. Really upset. Bev')?.issue).toBe(
      'the dinner set you ordered arrived with two plates smashed',
    );
    expect(analyzeCustomer('Hi, my order #A-55120 hasn’t arrived yet, it’s 5 days late.')?.issue).toBe(
      'your order #A-55120 hasn’t arrived yet',
    );
    expect(analyzeCustomer('You delivered my new bed to the wrong address. Livid.')?.issue).toBe(
      'we delivered your new bed to the wrong address',
    );
  });
  it('leaves a trailing verdict or feeling out of the issue', () => {
    expect(
      analyzeCustomer('My kettle stopped working after 3 weeks and this is ridiculous. Order 55123. Jo')?.issue,
    ).toBe('your kettle stopped working after 3 weeks');
    expect(analyzeCustomer('My refund still hasn’t arrived and I’m really fed up.')?.issue).toBe(
      'your refund still hasn’t arrived',
    );
    // "and this is …" that is part of the problem stays.
    expect(analyzeCustomer('The app crashes on login and this is the third update in a row.')?.issue).toBe(
      'the app crashes on login and this is the third update in a row',
    );
  });
  it('tells hardship from bereavement', () => {
    const c = analyzeCustomer(
      'I’ve been refused a mortgage holiday and I don’t understand why. I lost my job last month.',
    )!;
    expect(c.upset).toBe(true);
    expect(c.signals.map((s) => s.kind)).toContain('hardship');
    expect(c.signals.map((s) => s.kind)).not.toContain('grief');
  });
  it('has no issue clause for a bare feeling', () => {
    expect(analyzeCustomer('Ridiculous!!')?.issue).toBeNull();
  });
  it('swaps persons', () => {
    expect(toAgentView('I was charged for my order by you')).toBe('You were charged for your order by us');
  });
  it('makes "you" after a verb the object ("us"), and leaves a subject "you" as "we"', () => {
    expect(toAgentView("You had no right and i'll be reporting you to the BBB")).toBe(
      "We had no right and you'll be reporting us to the BBB",
    );
    expect(toAgentView('I was charged twice and you ignored me')).toBe('You were charged twice and we ignored you');
    expect(toAgentView('the thing you sent was broken')).toBe('the thing we sent was broken');
    expect(toAgentView('nobody is helping you')).toBe('nobody is helping us');
  });
  it('names the subject', () => {
    expect(analyzeCustomer('My parcel was left in the rain and is soaked.')?.subject).toBe('your parcel');
  });
});

describe('extractDetails', () => {
  it('finds ids, emails, phones, postcodes', () => {
    const d = extractDetails(
      'Account number 4400-1982-77, postcode LS6 2QT. My email is d.okafor@example.com, number 07700 900461. Booking SKY-30012. Tracking no. JD014600003829173. Order #A-55120.',
    );
    expect(d).toEqual(
      expect.arrayContaining([
        { kind: 'account', value: '4400-1982-77' },
        { kind: 'postcode', value: 'LS6 2QT' },
        { kind: 'email', value: 'd.okafor@example.com' },
        { kind: 'phone', value: '07700 900461' },
        { kind: 'booking', value: 'SKY-30012' },
        { kind: 'tracking', value: 'JD014600003829173' },
        { kind: 'order', value: 'A-55120' },
      ]),
    );
  });
  it('finds a bare ID and attached photos', () => {
    expect(extractDetails('I can’t log in (ID 88-20411). I’ve attached photos of the damage.')).toEqual([
      { kind: 'account', value: '88-20411' },
      { kind: 'photo', value: 'I’ve attached photos' },
    ]);
  });
  it('does not take words for numbers', () => {
    expect(extractDetails('What is my order status?')).toEqual([]);
  });
});

describe('customer messages from social channels', () => {
  it.each([
    ['@AppleSupport my iphone keeps dying after the update 😡', 'your iphone keeps dying after the update'],
    [
      '@British_Airways you lost my bag and nobody can tell me where it is',
      'we lost your bag and nobody can tell you where it is',
    ],
  ])('%s → upset, issue without the handle or emoji', (text, issue) => {
    const c = analyzeCustomer(text)!;
    expect(c.upset).toBe(true);
    expect(c.issue).toBe(issue);
  });
  it.each([
    '@Uber_Support driver cancelled on me twice in a row, wtf',
    '@VirginMedia internet has been down since 9am, no one answers the phone',
    'my order still hasnt arrived and its been 2 weeks',
  ])('%s → upset', (text) => expect(analyzeCustomer(text)!.upset).toBe(true));
  it.each([
    '@AmazonHelp how do I change my delivery address?',
    'Hey, quick question - do you ship to Canada?',
    'Love the new update, great job guys!',
    'Is it possible to get a refund if the item arrives damaged?',
    'Ordered the wrong size, can I swap it?',
  ])('%s → not upset', (text) => expect(analyzeCustomer(text)!.upset).toBe(false));
});
