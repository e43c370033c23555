import rule from '../../rules/consumer-rights';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Credit and return postage for a change of mind are the retailer's policy to set.
    {
      draft: 'We can only offer store credit for unwanted items, and returns are at your own cost.',
      customer: 'I changed my mind about the kettle, can I return it?',
    },
    // Damage the customer caused is not a fault the retailer owes a remedy for.
    {
      draft: "Accidental damage isn't covered by the warranty, but our repair partner can fix the screen for £89.",
      customer: 'I dropped my phone and the screen cracked. Can you fix it under warranty?',
    },
    // A returns window stated to a customer who changed their mind: no fault anywhere.
    {
      draft:
        "Our returns policy covers 14 days from delivery, so the jumper is no longer eligible for return. I'm sorry!",
      customer: "I've changed my mind about the jumper I bought last month, can I send it back?",
    },
    // Wear and tear explained to a customer asking about the warranty, not reporting a fault.
    {
      draft:
        "The two-year warranty covers manufacturing faults; it isn't covered by the warranty if it's normal wear and tear such as scuffs.",
      customer: 'What does the warranty on the boots cover?',
    },
    // A fault described in new words, with a remedy offered.
    {
      draft:
        "I'm so sorry it started sparking. I've arranged a free replacement, and the courier collects the old one on Monday.",
      customer: 'The hairdryer I bought in the sale has started sparking when I switch it on.',
    },
    {
      draft:
        "That green line shouldn't be there. I've booked a free repair, and our engineer will collect the TV on Thursday.",
      customer: "There's a bright green line down the middle of the screen after two months.",
    },
    // Buying a new one the customer asked about is not a refusal.
    {
      draft: 'You can buy a new charging cable from our accessories page for £9.99.',
      customer: 'I lost my charging cable, where can I get another?',
    },
    // A change-of-mind returns policy stated neutrally.
    {
      draft:
        "Our returns period for items you've changed your mind about is 30 days, so it's outside that window for a refund. What I can offer is store credit.",
      customer: "I've decided the lamp doesn't suit my living room. Can I return it? It's unused.",
    },
    {
      draft: 'Unfortunately we cannot accept returns on trainers that have been worn outside.',
      customer: "Can I return the trainers I bought 20 days ago? They're a bit tight.",
    },
    // A remedy is offered for the fault.
    {
      draft:
        "As it's faulty, you're entitled to a full refund, and I've emailed you a free returns label. You don't need to contact the manufacturer.",
      customer: 'My kettle stopped working after three weeks.',
    },
    {
      draft: "We can't offer a refund on this one, but I've arranged a free repair: the engineer visits on Tuesday.",
      customer: 'My washing machine is 8 months old and it is leaking.',
    },
    // No fault anywhere: a policy answer to a policy question.
    {
      draft: 'Sale items are non-refundable, so please check the size guide before you order.',
      customer: 'Do you do refunds on sale items?',
    },
    // "Stopped" the subscription is not a fault.
    {
      draft: "We don't offer refunds for part-months, so your access continues to the end of May.",
      customer: 'I stopped using the service in March. Can I get a refund for April?',
    },
    // A policy that already excepts faulty goods.
    'Sale items are non-refundable unless faulty, and faulty items are always refunded or replaced.',
    // "No refund is needed": the customer was never charged.
    {
      draft: 'No refund is needed, as the payment never went through.',
      customer: 'The app crashed during checkout. Was I charged?',
    },
  ],
  invalid: [
    {
      draft:
        'Hi Connor,\n\nRefurbished items are sold as seen, so we are unable to offer a refund.\n\nKind regards,\nRob',
      customer:
        'I bought a refurbished laptop from you 10 days ago and the screen has started flickering constantly. I would like a refund please.',
      findings: [
        {
          actual: 'sold as seen',
          message: /faulty.*Consumer Rights Act 2015/,
          outputs: [
            "Hi Connor,\n\nAs your laptop is faulty, you're entitled to a refund, repair or replacement, and I'll arrange whichever you prefer.\n\nKind regards,\nRob",
          ],
        },
      ],
    },
    {
      channel: 'chat',
      draft: '🎧 Once headphones are opened we can’t take them back for hygiene reasons, sorry.',
      customer: 'The headphones I bought on Saturday only play in the left ear. Can I bring them back?',
      findings: [
        {
          actual: 'can’t take them back',
          start: 33,
          outputs: [
            "🎧 As your headphones are faulty, you're entitled to a refund, repair or replacement, and I'll arrange whichever you prefer.",
          ],
        },
      ],
    },
    {
      draft:
        "The manufacturer's warranty on this model is 3 months, so it has expired and there's nothing we can do. You may wish to contact the manufacturer directly.",
      customer: "My washing machine is only 4 months old and it's leaking water all over the floor.",
      findings: [{ actual: "there's nothing we can do" }, { actual: 'contact the manufacturer directly' }],
    },
    {
      draft: 'Large furniture items can’t be returned once delivered and assembled.',
      customer: 'The dining table is clearly pine veneer, not solid oak as your website says. I want to return it.',
      findings: [{ actual: 'can’t be returned', message: /not as described/ }],
    },
    {
      channel: 'chat',
      draft:
        "You're outside our 30-day returns window, so we can't help with this one. You could try a local phone repair shop.",
      customer: "My phone from you is 5 months old and now won't charge at all.",
      findings: [{ actual: 'outside our 30-day returns window' }, { actual: 'try a local phone repair shop' }],
    },
    {
      name: 'the fault is stated in the draft when the customer message is unknown',
      draft: "I'm sorry the toaster stopped working after a week. We don't accept returns on sale items.",
      findings: [{ actual: "don't accept returns" }],
    },
    {
      name: 'a negated offer is not an offer',
      draft: "As it's outside the warranty period we're not able to offer a free repair.",
      customer: 'My fridge stopped cooling after 4 months.',
      findings: [
        {
          actual: 'outside the warranty',
          outputs: [
            "As your fridge is faulty, you're entitled to a refund, repair or replacement, and I'll arrange whichever you prefer.",
          ],
        },
      ],
    },
    {
      draft: 'Sorry, this item is non-refundable.',
      customer: 'My speaker stopped working after a week.',
      findings: [{ actual: 'non-refundable' }],
    },
    {
      draft: 'Thanks for getting in touch about order HD-3310. The refund has been declined.',
      customer: 'I returned a faulty hairdryer 2 weeks ago. Where is my refund?',
      findings: [{ actual: 'refund has been declined' }],
    },
    {
      name: 'a fault in other words (sparking) and a sale-items policy',
      draft: '⚡ Please note that sale items are non-refundable, as stated in our terms at checkout.',
      customer: 'The hairdryer I bought in the sale 6 weeks ago has started sparking when I switch it on.',
      findings: [{ actual: 'non-refundable' }],
    },
    {
      name: 'the change-of-mind returns window applied to a screen fault, then the manufacturer',
      draft:
        'Our returns policy covers 14 days from delivery, so your TV is no longer eligible for return. You would need to contact Samsung directly for warranty support.',
      customer:
        "I bought a TV from you two months ago and there's now a bright green line down the middle of the screen.",
      findings: [
        { actual: 'returns policy covers 14 days' },
        { actual: 'contact Samsung directly for warranty support' },
      ],
    },
    {
      name: 'an early fault called wear and tear, and a paid replacement',
      channel: 'chat',
      draft:
        "Stick drift is considered normal wear and tear, so it isn't covered. You can buy a replacement stick module from our store for £17.99.",
      customer: "My controller's left stick started drifting after 5 weeks.",
      findings: [{ actual: 'is considered normal wear and tear' }, { actual: 'You can buy a replacement' }],
    },
    {
      name: 'the returns window has closed for a faulty item',
      draft: "I'm afraid the returns window has closed, so you may be able to claim under the manufacturer's warranty.",
      customer: 'The blender stopped working after 5 weeks.',
      findings: [{ actual: 'returns window has closed' }],
    },
    {
      name: "'I haven't dropped it' is not self-caused damage",
      draft: 'Please contact the manufacturer about this.',
      customer: "The speaker has started crackling after a month. I haven't dropped it or anything.",
      findings: [{ actual: 'contact the manufacturer' }],
    },
    {
      name: "store credit only and return postage at the customer's cost for a fault",
      draft: 'We can only offer store credit for this item. Returns are at your own cost.',
      customer: 'The kettle I bought 10 days ago is leaking. I want my money back.',
      findings: [{ actual: 'can only offer store credit' }, { actual: 'at your own cost' }],
    },
  ],
});
