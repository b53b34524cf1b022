// Demo articles, part A: seven Opinion columns and five News reports for The Ashgrove Review.
// Everything here was written for Masthead's demo. Ashgrove, the river Tarrow, its council,
// neighbourhoods, businesses and people are fictional; no real article, person or outlet appears.
import type { DemoArticle } from './demo.types.ts';

export const demoArticlesA: DemoArticle[] = [
  // ── Opinion, 2019 ──────────────────────────────────────────────────────────
  {
    slug: 'reserves-are-not-for-a-rainy-day-it-is-already-raining',
    title: 'Ashgrove’s reserves are not for a rainy day. It is already raining',
    dek: 'The council is sitting on £10m more than its own policy says it needs, while the services that money could protect disappear one by one.',
    section: 'opinion',
    tags: ['Budget', 'City Council', 'Housing'],
    authors: ['tomasz-wielgosz'],
    publishedAt: '2019-04-11T06:30:00Z',
    excerpt: 'General reserves have grown from £22.8m to £31.4m in four years as libraries closed and advice grants were halved. Prudence has a price, and someone else is paying it.',
    body: `Every February the finance report arrives in the council chamber with the same reassuring sentence on page four: Ashgrove City Council “continues to maintain a prudent level of general reserves”. This year the prudent level is £31.4m, up from £22.8m in 2015. Over the same four years the council has closed two of its five branch libraries, halved its grant to the Eastbank advice centre and cut street-cleaning rounds from nine a week to six.

I do not think anyone in the finance department is hoarding money out of meanness. I taught public budgeting at the Polytechnic for long enough to know where the instinct comes from. A council that runs out of cash is not rescued gracefully; it gets commissioners, a hiring freeze and a decade of bad headlines. Nobody wants to be the finance lead who let that happen. But prudence has a price, and at the moment it is being paid by the people who used to rely on the services that have gone.

## What reserves are for

Councils hold two kinds of reserve. Earmarked reserves are set aside for something known: a pension deficit, a building that needs a new roof, the tail end of a grant. General reserves are the buffer against the unknown — a flood, a court judgment, a contractor going bust.

The council’s own policy, adopted in 2012 and never revisited, says general reserves should sit between 5 and 8 per cent of net revenue spending. On this year’s net budget of £268m, that means somewhere between £13.4m and £21.4m. Ashgrove is holding roughly £10m more than the top of its own range.

> A reserve held against every imaginable risk is not prudence. It is a decision, taken every year and on purpose, to spend money on nothing.

## A modest proposal

I am not suggesting the council spend the lot. What I am proposing is smaller and, I hope, hard to argue with:

- bring general reserves back to the top of the council’s own range over three years, releasing about £10m;
- spend that money only on one-off costs, so that no recurring hole opens in the budget when it runs out;
- publish a one-page account each quarter of what was drawn down, and why.

One-off costs are not hard to find. The repairs backlog on council homes stands at £6.2m and grows every winter the damp gets in. Fixing a leaking roof once is cheaper than patching it for a decade. The Kestrel Hill library building is still standing, still owned by the council and still empty; £1.4m would refit it as a shared library and advice hub, with running costs that the council’s own consultants estimated in 2017 at less than the security contract currently paid to keep it locked.

Cllr Judith Aske, who holds the finance brief, will tell next Thursday’s scrutiny committee that one-off money cannot fund ongoing services. She will be right, and it will not matter, because almost nothing on my list is ongoing.

The rain has not held off while the council waited for a better day. The question for the committee is simple: if not now, what exactly is the reserve for?`,
    comments: [
      {
        name: 'Gwen Hartley',
        email: 'gwen.hartley@example.com',
        body: 'The Kestrel Hill library is the bit that gets me. I walk past it every morning and there is a security van parked outside it more often than there was ever a librarian inside it in the last year it was open.\n\nIf the council really is paying more to keep it shut than it would cost to run, somebody should be asked about that at scrutiny.',
        minutesAfter: 42,
        status: 'approved',
        ip: '198.51.100.23',
        replies: [
          {
            name: 'Rob Cairns',
            email: 'rcairns@example.net',
            body: 'Devil’s advocate: the last time this council ran its reserves down, in the early 2000s, it ended with an emergency budget and about 300 redundancies. I can see why officers are twitchy.',
            minutesAfter: 130,
            status: 'approved',
            ip: '192.0.2.77',
            replies: [
              {
                name: 'Dev Pattani',
                email: 'dev.pattani@example.org',
                body: 'Nobody, including the column, is saying run them down to zero. Going back to the top of the council’s own range still leaves £21m in the pot. That is not recklessness, it is just following their own policy.',
                minutesAfter: 205,
                status: 'approved',
                ip: '203.0.113.41',
              },
            ],
          },
        ],
      },
      {
        name: 'Cheap Meds 24h',
        email: 'deals24h@example.com',
        url: 'https://cheap-meds-24h.example',
        body: 'BEST PRICE pills no prescription needed!!! Fast discreet delivery worldwide, 80% OFF today only. Visit https://cheap-meds-24h.example/offer now!!!',
        minutesAfter: 1440,
        status: 'spam',
        ip: '203.0.113.250',
      },
    ],
  },

  // ── Opinion, 2021 (with correction) ───────────────────────────────────────
  {
    slug: 'bus-fares-are-a-tax-on-the-people-least-able-to-pay',
    firstVersion: { replace: [['That single fare has risen by 31 per cent since 2016', 'That single fare has risen by 41 per cent since 2016']] },
    title: 'Bus fares have become a tax on the people least able to pay',
    dek: 'The council spends £3.1m a year supporting bus routes but has no say over what passengers are charged; the new contract should change that.',
    section: 'opinion',
    tags: ['Transport', 'Work', 'Budget'],
    authors: ['tomasz-wielgosz'],
    publishedAt: '2021-06-17T07:00:00Z',
    excerpt: 'Single fares have risen far faster than wages for the shift workers who depend on the early buses. When the operator’s contract is renewed next spring, councillors should write fares back into it.',
    body: `At ten to six on a weekday morning the number 14 leaves Fennick Green for the Saltings distribution park, and it is full. Not commuter-full, with laptops and takeaway coffee, but full of people in hi-vis jackets and tabards who start work before most of the city has opened its eyes. Every one of them has paid £2.50 for the privilege, and most will pay it again to get home.

That single fare has risen by 31 per cent since 2016, from £1.90. Over the same period the average hourly wage for warehouse and cleaning work in Ashgrove, according to the council’s own labour-market bulletin, rose by 14 per cent. Put those two numbers side by side and you have a tax, levied on the people least able to pay it, collected at the door of the bus.

## Who pays

Tarrow Valley Buses will point out that a weekly ticket, at £21, works out cheaper than ten singles. That is true, and of little comfort to people on zero-hours contracts who do not know on Monday how many shifts they will be given by Friday. A weekly ticket is a bet on your own rota. For the agency workers at the Saltings, it is a bet they often lose.

The council, for its part, spends £3.1m a year supporting routes that the operator says would not otherwise run. That money buys timetables. It does not buy fares. Nothing in the current agreement, signed in 2018 and due for renewal next spring, says anything at all about what passengers pay.

## What the council could do

Renewal is the moment to change that. I would ask councillors to put three conditions into the new agreement:

- a flat single fare of £1.50 on every supported route before 8am and after 7pm, when most shift workers travel;
- a rolling seven-day cap, so that anyone who pays for five singles in a week rides free for the rest of it, without having to buy a ticket in advance;
- publication, every quarter, of passenger numbers on each supported route, so that the public can see what its £3.1m is buying.

The operator estimates that a cap of this kind would cost between £700,000 and £900,000 a year in lost fare income. That is real money. It is also less than a third of what the council already spends, and it would be the first time that spending reached the pockets of passengers rather than the balance sheet of a company.

> A subsidy that keeps the bus running but prices out the people on it is a subsidy for empty seats.

Cllr Idris Penhale, the cabinet member for transport, told me last week that fares are “a commercial matter for the operator”. Until 2018 they were not. The previous agreement included a concessionary early-morning fare, which was quietly dropped in the last renegotiation. Nobody on the council voted to scrap it; it simply was not written down again.

It should be written down again. The people on the 05:50 from Fennick Green are not asking for a favour. They are asking to be able to afford the journey to work that keeps the rest of the city clean, fed and stocked.`,
    editorial: [
      {
        kind: 'correction',
        body: 'An earlier version of this column said that single fares on Tarrow Valley Buses had risen by 41 per cent since 2016. The correct figure is 31 per cent, from £1.90 to £2.50. The text has been amended. We are grateful to the reader who pointed out the error.',
        date: '2021-06-21T09:30:00Z',
        signedBy: 'The Editors',
        alsoOnAuthor: 'tomasz-wielgosz',
      },
    ],
    comments: [
      {
        name: 'Alys Morgan-Reed',
        email: 'alys.morganreed@example.com',
        body: 'I agree with every word of the argument, but I think the percentage in the second paragraph is off. £1.90 to £2.50 is a rise of about 31%, not 41%.\n\nIt doesn’t weaken the case at all. If anything, 31% against 14% wage growth is damning enough on its own.',
        minutesAfter: 95,
        status: 'approved',
        ip: '198.51.100.108',
        replies: [
          {
            name: 'Harriet Doyle',
            email: 'harriet@example.net',
            url: 'https://harrietdoyle.example',
            body: 'Well spotted. The gap between fares and wages is the point either way.',
            minutesAfter: 160,
            status: 'approved',
            ip: '192.0.2.140',
          },
        ],
      },
      {
        name: 'Kwame Asante-Lowe',
        email: 'kwame.al@example.org',
        body: 'I am one of the people on the 05:50. Nights at the Saltings for three years now. Most weeks I get four shifts, some weeks two, some weeks six, and I find out on the Sunday. A weekly ticket is exactly the gamble described here.\n\nThe seven-day cap would make more difference to me than any pay rise I’ve had.',
        minutesAfter: 210,
        status: 'approved',
        ip: '203.0.113.9',
        replies: [
          {
            name: 'Rob Cairns',
            email: 'rcairns@example.net',
            body: 'Genuine question: is the breakdown of the £3.1m published anywhere? I’d like to know which routes it actually pays for.',
            minutesAfter: 300,
            status: 'approved',
            ip: '192.0.2.77',
            replies: [
              {
                name: 'Kwame Asante-Lowe',
                email: 'kwame.al@example.org',
                body: 'It’s in the cabinet papers from March, appendix C. Route by route, but no passenger numbers, which is the column’s third point.',
                minutesAfter: 365,
                status: 'approved',
                ip: '203.0.113.9',
              },
            ],
          },
        ],
      },
      {
        name: 'TruthTeller99',
        email: 'truthteller99@example.net',
        body: 'Typical polytechnic lecturer wanting everything handed out for free. Get a car like the rest of us and stop whining. Nobody reads this rag anyway.',
        minutesAfter: 420,
        status: 'trash',
        ip: '198.51.100.66',
      },
    ],
  },

  // ── Opinion, 2023 ──────────────────────────────────────────────────────────
  {
    slug: 'night-ferry-taught-me-who-keeps-the-city-running',
    title: 'Eleven years on the night ferry taught me who keeps this city running',
    dek: 'A former ferry pilot on the passengers the timetable forgets, and why cutting the late crossings would fall hardest on them.',
    section: 'opinion',
    tags: ['Work', 'The River', 'Transport'],
    authors: ['ines-calloway'],
    publishedAt: '2023-02-09T08:00:00Z',
    excerpt: 'The council wants to save £186,000 a year by ending ferry crossings between 11pm and 5.30am. The people who would lose them are the ones least likely to turn up at a 6.30pm consultation meeting.',
    body: `For eleven years I took the last ferry of the night across the Tarrow, and the first one of the morning back: the 23:40 from Old Quay to Eastbank, then the 05:10 return. In between I slept, badly, in a bunk above the ticket office, and listened to the river.

People imagine the night crossings are for revellers. Some are. On a Saturday in summer you get students, wedding parties and the occasional man trying to bring a bicycle and a kebab aboard at the same time. But on a Tuesday in February the passengers are nurses coming off a late shift at the Royal Tarrow, bakers going in to start the dough, the cleaners who empty the bins in the office blocks along Wharfside, and a security guard called Lenny who, for nine of those eleven years, wished me good evening in exactly the same tone.

## The cut

The council’s draft transport budget, published last week, proposes ending all ferry crossings between 23:00 and 05:30 from April. The saving is put at £186,000 a year. The report says the late crossings carry “on average 41 passengers per night”, and describes that as low.

Forty-one people is not low. It is a full bus. More to the point, it is 41 people for whom the alternative is a 4.2-mile walk round by the Tanner’s Reach bridge, or a taxi fare of about £14 each way.

I asked some of my former regulars what they would do. Most said they did not know. One, a care worker who crosses four nights a week to visit clients in Eastbank, put it more sharply:

> “They’ll save their money and I’ll lose my job. That’s the trade. Nobody in the council chamber is going to notice.”

## Who the timetable forgets

There is a pattern to which services get cut, and it is not hard to spot. Things used at night, by people in uniforms, by people who do not attend consultation evenings because they are working during them. The budget consultation runs for six weeks, with three public meetings, all at 6.30pm on weekdays. I would be surprised if a single night-ferry passenger attends any of them.

What would I ask for instead? Not much:

- keep the 23:40 and 05:10 crossings, even if the ones in between go, which alone would carry about three quarters of the night’s passengers;
- hold one consultation session at the Old Quay terminal, after midnight;
- count passengers properly, hour by hour, for a full year before deciding anything.

None of that is expensive. Keeping two crossings instead of eight would still save most of the £186,000, and it would leave the people who depend on the boat with a way home.

A city is not only the people you see at lunchtime. It is also the people who arrive in the dark to make lunchtime possible. For eleven years I watched them cross the river. I would like someone on the council to go down to Old Quay and watch them too, before they vote.`,
    comments: [
      {
        name: 'OldTarrowBoatman',
        email: 'boatman58@example.net',
        body: 'Worked the Old Quay crossing myself in the eighties, days mind, not nights. Lovely to read this. And I’d bet money I know which Lenny you mean.',
        minutesAfter: 55,
        status: 'approved',
        ip: '192.0.2.15',
      },
      {
        name: 'Gwen Hartley',
        email: 'gwen.hartley@example.com',
        body: 'The point about every consultation meeting being at 6.30pm on a weekday is spot on, and it applies to far more than the ferry.',
        minutesAfter: 180,
        status: 'approved',
        ip: '198.51.100.23',
        replies: [
          {
            name: 'Jen Aldous',
            email: 'jen.aldous@example.net',
            body: 'Nurse at the Royal Tarrow here. I finish at 11pm three nights a week and I have never once been able to get to one of those meetings. The 23:40 is how I get home.',
            minutesAfter: 240,
            status: 'approved',
            ip: '192.0.2.201',
          },
        ],
      },
      {
        name: 'Pete from Millbeck',
        email: 'petemillbeck@example.com',
        body: 'Is anyone organising a petition about this? Happy to stand at the terminal with a clipboard one night if it helps.',
        minutesAfter: 2900,
        status: 'pending',
        ip: '203.0.113.120',
      },
    ],
  },

  // ── Opinion, 2024 ──────────────────────────────────────────────────────────
  {
    slug: 'municipal-energy-company-yes-but-not-this-one',
    title: 'Ashgrove should start an energy company — just not the one on the table',
    dek: 'A council-owned supplier with no power of its own would be a bet on the wholesale market, with the city’s reserves as the stake.',
    section: 'opinion',
    tags: ['Climate', 'Budget', 'City Council'],
    authors: ['tomasz-wielgosz'],
    publishedAt: '2024-03-14T07:15:00Z',
    excerpt: 'There is a good idea buried in next week’s cabinet paper on Tarrow Energy. The council should generate power before it tries to sell it.',
    body: `There is a good idea buried in the cabinet paper that goes before Ashgrove City Council next Wednesday, and I want to say so clearly before I explain why the paper itself should be sent back.

The good idea is that the city should generate and sell some of its own power. Ashgrove owns more roof than almost anyone else in the valley: 61 schools, four leisure centres, two depots, the civic offices and 14,000 council homes. It owns the old water meadows at Saltings, which flood too often to build on and are well suited to solar panels. And it has a river that turned mill wheels for three centuries and could, at two weir sites identified in 2019, turn small turbines again.

## The problem with the plan

The proposal, however, is not to build any of that. It is to set up Tarrow Energy Ltd, a wholly owned council company that would buy electricity on the wholesale market and resell it to households under a local brand. The business case projects 18,000 customers by 2027 and a surplus of £1.2m a year from 2028.

I have read the business case twice. Supply-only energy companies are a trade in which margins are thin, risk is enormous, and the customers you win in a good year are the first to leave when prices turn. The paper’s own sensitivity analysis shows that a wholesale price shock of the kind seen two winters ago would leave the company needing between £9m and £14m of support from the council within a single winter. The council’s general reserve stands at £19.6m.

> A council that wants to sell energy should first own some. Otherwise it is not running a power company; it is placing a bet on the wholesale market with the reserves as the stake.

## A better order of things

I would ask the cabinet to reverse the sequence:

- first, generate: a rooftop solar programme across the council’s own estate, which officers cost at £7.8m for 22 megawatts, paid back through lower bills in under nine years;
- second, use: supply that power to council buildings, schools and, through a private wire, the 2,300 homes on the Eastbank estate;
- only third, sell: once the company has its own generation and a track record, consider a retail offer.

That approach is slower. It makes for a less exciting launch and fewer ribbons to cut. But every stage pays for itself, and none of them leaves the council exposed to a bad January.

The cabinet member for climate, Cllr Neha Villiers, told a public meeting last month that the council “cannot afford to wait”. On the climate, she is right. On the finances, it cannot afford to rush. There is a version of Tarrow Energy that would make the city both greener and better off. It is just not the one in this paper.`,
    comments: [
      {
        name: 'Dev Pattani',
        email: 'dev.pattani@example.org',
        body: 'I spent six years on a trading desk and this is exactly right. Supply-only is a hedging business, and councils are not set up to hedge. The generate-first order is how the sensible ones have done it.',
        minutesAfter: 75,
        status: 'approved',
        ip: '203.0.113.41',
        replies: [
          {
            name: 'Harriet Doyle',
            email: 'harriet@example.net',
            url: 'https://harrietdoyle.example',
            body: 'Genuinely useful to hear from someone who has done it. Would you say the same about the private wire to Eastbank? That part sounds fiddly.',
            minutesAfter: 140,
            status: 'approved',
            ip: '192.0.2.140',
          },
        ],
      },
      {
        name: 'CryptoKing Profits',
        email: 'moonyield@example.net',
        url: 'https://moonyield-profits.example',
        body: 'Why wait for council energy when you can earn 400% returns THIS MONTH with our AI crypto bot?? Guaranteed passive income, no experience needed. Join 50,000 winners at https://moonyield-profits.example/join',
        minutesAfter: 600,
        status: 'spam',
        ip: '198.51.100.251',
      },
    ],
  },

  // ── Opinion, 2026 (co-authored) ───────────────────────────────────────────
  {
    slug: 'finish-the-tarrow-towpath',
    title: 'Finish the towpath: four missing miles are holding Ashgrove back',
    dek: 'The riverside path stops and starts for no good reason, and completing it would cost less than one junction upgrade.',
    section: 'opinion',
    tags: ['The River', 'Transport', 'Climate'],
    authors: ['tomasz-wielgosz', 'ines-calloway'],
    publishedAt: '2026-09-18T06:00:00Z',
    excerpt: 'Fifteen of the Tarrow towpath’s nineteen miles are open. Two of the five gaps could be closed within a year for under £3m; the council should set a date for the rest.',
    body: `One of us spent eleven years working the river; the other has spent rather longer complaining about how the city spends its money. We do not always agree. On this, we do.

The Tarrow towpath runs for 19 miles from the weir at Hatherby down to the estuary at Brannock. Fifteen of those miles are usable: gravelled, lit in places, busy on a dry evening with runners, dog walkers and people cycling to work. The other four are not. They are broken into five gaps, the longest a 1.6-mile stretch between Old Quay and Tanner’s Reach, where the path simply ends at a fence and walkers are sent up a flight of steps onto the inner ring road.

## Why the gaps exist

None of the gaps is an accident of nature. Three run through land sold by the old harbour board in the 1980s to owners who have since changed hands several times. One runs behind the Wharfside retail park, where a 1997 planning condition requiring public access to the riverbank was never enforced. The last is a collapsed section of bank near Millbeck that has been fenced off “temporarily” since 2014.

The council’s own active travel strategy, adopted in March 2025, names completing the towpath as a priority. It puts the cost at £11.3m, including land purchase, two short boardwalk sections and lighting. So far it has allocated £400,000, for a feasibility study.

## What it would buy

For comparison, the upgrade to the Fennick Green junction approved by the same council last year cost £14.8m and was projected to shave about 40 seconds off peak-hour car journeys. Completing the towpath would:

- give roughly 38,000 people who live within ten minutes’ walk of the river a continuous, traffic-free route into the city centre;
- connect four secondary schools, including Millbeck Academy, to a safe cycling route;
- reopen a stretch of riverbank that has been closed to the public for more than a decade.

> A path that stops is not a path. It is a dead end with a nice view.

The usual objection is that the council cannot compel landowners to open up. That is only partly true. The retail park condition is enforceable today; the council’s legal team confirmed as much in a written answer to a councillor’s question in June. The Millbeck bank is council land. Those two gaps alone account for 1.1 miles and could be closed within the current budget cycle for well under £3m.

The rest will take negotiation and, perhaps, compulsory purchase. That is slower, but it is what the powers exist for.

## A deadline, not a study

We would ask the council for one thing: a date. Not another study — there have been three since 2009 — but a public commitment that the towpath will be continuous by the end of 2029, with the two easy gaps closed by next summer.

The river is the reason Ashgrove exists. It would be good to be able to walk the length of it.`,
    comments: [
      {
        name: 'Rob Cairns',
        email: 'rcairns@example.net',
        body: 'I cycle in from Hatherby every day and the steps at the Old Quay end are a joke. You either carry the bike up onto the ring road or you go back a mile and a half.',
        minutesAfter: 30,
        status: 'approved',
        ip: '192.0.2.77',
        replies: [
          {
            name: 'Sunita Brar',
            email: 's.brar@example.org',
            body: 'For what it’s worth, I’m the councillor who asked that written question in June. The answer was unambiguous: the 1997 condition is still live and could be enforced tomorrow.',
            minutesAfter: 95,
            status: 'approved',
            ip: '198.51.100.61',
            replies: [
              {
                name: 'Rob Cairns',
                email: 'rcairns@example.net',
                body: 'Thanks, that’s helpful. So what is actually stopping anyone from enforcing it?',
                minutesAfter: 150,
                status: 'approved',
                ip: '192.0.2.77',
              },
            ],
          },
        ],
      },
      {
        name: 'Alys Morgan-Reed',
        email: 'alys.morganreed@example.com',
        body: 'The Friends of the Tarrow Towpath have mapped all five gaps, with photos, here: https://tarrow-towpath-friends.example/gaps\n\nWorth a look before anyone tells you it is all complicated.',
        minutesAfter: 260,
        status: 'approved',
        ip: '198.51.100.108',
      },
      {
        name: 'Harriet Doyle',
        email: 'harriet@example.net',
        url: 'https://harrietdoyle.example',
        body: 'Lovely piece. One quibble: the Millbeck bank is not only a fencing problem. The collapse there has undercut the old retaining wall, so it needs proper engineering, not just a new path. I would still bet it comes in under the £3m, though.',
        minutesAfter: 400,
        status: 'approved',
        ip: '192.0.2.140',
      },
    ],
  },

  // ── Opinion, 2026 ──────────────────────────────────────────────────────────
  {
    slug: 'housing-target-is-a-number-not-a-plan',
    title: 'Ashgrove’s housing target is a number, not a plan',
    dek: 'Promising 9,000 homes by 2035 is easy; the draft local plan says almost nothing about who will build them, or for whom.',
    section: 'opinion',
    tags: ['Housing', 'City Council'],
    authors: ['tomasz-wielgosz'],
    publishedAt: '2026-10-08T06:30:00Z',
    excerpt: 'More than a third of the homes in the draft local plan sit on “sites to be identified”. Before the consultation closes, read the schedule at the back rather than the summary at the front.',
    body: `Nine thousand homes by 2035. The figure is on the front of the draft local plan, on the banners in the civic centre foyer and in almost every speech the council leader, Cllr Rosalind Marsh, has made since the spring. It is a good round number. It is also, on the evidence of the 212-page document behind it, very nearly the only thing in the plan that is certain.

I have no quarrel with the ambition. Ashgrove needs the homes. The housing register has 6,840 households on it, up from 4,100 in 2019. Average private rents in the city rose 9 per cent in the year to June. Young people who grew up in Eastbank and Millbeck are moving down the valley, not because they want to, but because they cannot find anywhere here they can afford.

## Counting is not building

My quarrel is with the gap between the target and the means. Read the plan closely and the 9,000 breaks down like this:

- about 3,100 homes on sites that already have planning permission, most of which were counted in the previous plan too;
- about 2,400 on council-owned land, including the former Wharfside gasworks approved last month;
- about 3,500 on “sites to be identified”, a phrase that appears 17 times in the document.

In other words, well over a third of the headline number has no site, no developer and no money attached. That is not a plan. It is a hope with a page number.

Nor does the plan say much about who the homes are for. The affordable housing policy asks for 30 per cent on sites of more than ten homes, the same figure as in 2016. Over the past five years, according to the council’s own monitoring report, the city delivered 18 per cent. The viability rules that let developers argue their way down have not been touched.

## What a plan would look like

A real plan would start with the land the council controls and say, site by site, when building will begin and what share will be for social rent. It would put a date on the “sites to be identified” and commit to publishing the shortlist. And it would tighten the viability rules, or at the very least require every case for reduced affordable housing to be published in full before the planning committee votes on it.

> Targets are what you announce. Plans are what you can be held to.

None of this is radical. Several councils in the valley already publish their viability assessments as a matter of routine, and their developers have not fled.

Cllr Marsh told the Review in July that the 9,000 figure was “a floor, not a ceiling”. I would settle for it being a floor with foundations.

The consultation on the draft plan closes on 31 October. If you live in Ashgrove, read the site schedule at the back, not the summary at the front. Then tell the council what you found there.`,
    comments: [
      {
        name: 'Sunita Brar',
        email: 's.brar@example.org',
        body: 'I sit on the planning committee and I asked officers in August for the list behind “sites to be identified”. I was told it would be “premature” to share it. Make of that what you will.',
        minutesAfter: 60,
        status: 'approved',
        ip: '198.51.100.61',
      },
      {
        name: 'Kwame Asante-Lowe',
        email: 'kwame.al@example.org',
        body: 'My daughter is 26, works full time, and has been on the register for four years. She has just moved to a flat share in Lowmill because that was all she could find. The 18 per cent figure explains a lot.',
        minutesAfter: 140,
        status: 'approved',
        ip: '203.0.113.9',
      },
      {
        name: 'Backlinks Pro SEO',
        email: 'outreach.seo@example.org',
        url: 'https://backlinks-pro.example',
        body: 'Hi admin, great blog!! We sell high authority guest posts and do-follow backlinks from 500+ news sites, rank #1 on Google in 7 days GUARANTEED. Cheap packages at https://backlinks-pro.example/packages, reply for price list.',
        minutesAfter: 300,
        status: 'spam',
        ip: '192.0.2.250',
      },
      {
        name: 'Pete from Millbeck',
        email: 'petemillbeck@example.com',
        body: 'Where do you actually send comments on the draft plan? The council website sends me round in circles.',
        minutesAfter: 1500,
        status: 'pending',
        ip: '203.0.113.120',
      },
    ],
  },

  // ── Opinion, 2026 ──────────────────────────────────────────────────────────
  {
    slug: 'stop-selling-school-playing-fields',
    title: 'Stop selling school playing fields to balance the books',
    dek: 'The council wants £6.5m from three sports pitches, and the city will go on paying for that decision long after the money has been spent.',
    section: 'opinion',
    tags: ['Schools', 'Budget', 'City Council'],
    authors: ['tomasz-wielgosz'],
    publishedAt: '2026-11-05T07:00:00Z',
    excerpt: 'Appendix F of the medium-term financial plan lists three school fields for sale. There are better ways to find £6.5m, and the full council votes on 26 November.',
    body: `Buried in appendix F of the council’s medium-term financial plan, between a schedule of depot leases and a note on car-park charges, is a line that deserves far more attention than it has had. It lists three pieces of land for disposal in 2027–28: the lower field at Fennick Green Primary, the all-weather pitch behind Kestrel Hill School, and half of the playing field at the old Tarrowside Middle School site, now used by Millbeck Academy. Estimated receipts: £6.5m.

## A one-off receipt for a permanent loss

I understand the arithmetic. The council faces a gap of £14.2m next year, and the finance team has been told to close it. Land sales are attractive because they do not show up as cuts to a service anyone can name. Nobody is made redundant when a field is sold. No building closes.

But something does close. Fennick Green Primary has 420 pupils and one field; after the sale it would have a tarmac yard and a strip of grass the size of two tennis courts. Kestrel Hill’s pitch is used on weekday evenings by eleven junior football and rugby teams, according to booking records released under a freedom of information request last month. Once a field has houses on it, it does not come back. There is no future budget surplus large enough to buy it back.

> You can close a library and reopen it. You cannot unbuild a cul-de-sac.

## What the money is for

The £6.5m is not earmarked for anything in particular. It goes into the general capital pot, where it will help to pay, among other things, for the second phase of the civic offices refurbishment. I am not against decent offices. I am against selling children’s playing space to pay for them.

There are alternatives, and none of them is painless:

- defer phase two of the civic offices by two years, which the plan itself says would save £4.1m in borrowing costs over the period;
- sell the surplus depot at Saltings, valued at £2.9m and empty since 2023;
- let schools or sports clubs take the fields on long community leases, keeping them in public use and off the council’s maintenance budget.

Any two of those would cover most of the receipts from the fields, and none of them involves taking grass away from children.

Cllr Judith Aske, who has held the finance brief longer than anyone in the council’s history, told me this week that “no option is off the table”. I would ask her to take one option off it.

The full council votes on the financial plan on 26 November. Parents, coaches and anyone who ever learned to kick a ball on a council field have three weeks to make themselves heard.`,
    comments: [
      {
        name: 'M. Okonjo',
        email: 'm.okonjo@example.org',
        body: 'I coach one of those eleven teams on the Kestrel Hill pitch, under-12s on Tuesday and Thursday nights. There is nowhere else in the north of the city with floodlights. If the pitch goes, so does the team.',
        minutesAfter: 35,
        status: 'approved',
        ip: '198.51.100.200',
      },
      {
        name: 'Barry Pinnock',
        email: 'barry.p@example.com',
        body: 'Never mind fields, when are they going to fix the potholes on Lowmill Road? Three tyres this year. Also if anyone wants a caravan, good condition, message me.',
        minutesAfter: 90,
        status: 'trash',
        ip: '192.0.2.33',
      },
      {
        name: 'Gwen Hartley',
        email: 'gwen.hartley@example.com',
        body: 'Selling a primary school field to refurbish the council’s own offices. You could not make it up.',
        minutesAfter: 200,
        status: 'approved',
        ip: '198.51.100.23',
      },
      {
        name: 'Alys Morgan-Reed',
        email: 'alys.morganreed@example.com',
        body: 'Does anyone know the deadline for requesting a deputation at the 26 November meeting? I think the Fennick Green parents’ group would like to speak.',
        minutesAfter: 1300,
        status: 'pending',
        ip: '198.51.100.108',
      },
    ],
  },

  // ── News, 2022 ─────────────────────────────────────────────────────────────
  {
    slug: 'tanners-reach-flood-barrier-delayed-again',
    title: 'Tanner’s Reach flood barrier delayed again as cost rises to £48m',
    dek: 'The barrier, first promised for 2021, will not now be finished before late 2025, the Tarrow Valley Flood Authority has confirmed.',
    section: 'news',
    tags: ['The River', 'Climate', 'Budget'],
    authors: ['maren-okafor'],
    publishedAt: '2022-11-29T10:20:00Z',
    excerpt: 'Soft clay on the east bank and rising steel prices have pushed back the scheme protecting 1,900 homes and businesses. Residents face at least three more winters behind temporary defences.',
    body: `The flood barrier meant to protect 1,900 homes and businesses at Tanner’s Reach will not be complete until late 2025, four years later than first promised, and will cost £48m, almost twice the original estimate.

The Tarrow Valley Flood Authority confirmed the delay in a report to its board on Monday. It blamed ground conditions on the east bank, where contractors found a layer of soft clay up to nine metres deep that had not shown up in the original site survey, and rising prices for steel and concrete.

The barrier was approved in 2018 at a cost of £26.5m, with completion set for autumn 2021. That date slipped to 2023 after the first ground problems were found, and has now slipped again.

## “Another winter of sandbags”

For residents of Tanner’s Lane and Ropewalk Street, which flooded in January 2020 and again in February last year, the news means at least three more winters relying on temporary defences.

“We were told two years, then four years, and now it’s seven,” said Carol Ainsworth, 67, who has lived on Ropewalk Street since 1989 and whose ground floor was under 40cm of water in 2020. “I keep the sandbags in the hall now. My grandchildren think they’re furniture.”

Daniel Osei-Brandt, who runs a bicycle repair shop on Tanner’s Lane, said his insurance premium had risen from £1,100 to £3,450 a year since the last flood. “Every delay is another renewal,” he said. “They can rebuild their cost estimate. I can’t rebuild my margins.”

## Who pays

The authority’s chief engineer, Fiona Lindqvist, told the board that the barrier remained “the right scheme in the right place”, and that redesigning it to avoid the clay would have cost more and taken longer.

“We have not taken these decisions lightly,” she said. “Piling deeper is expensive, but it is the only way to give Tanner’s Reach protection that will last a hundred years.”

The extra £21.5m will come from three sources, according to the report:

- £12m from the authority’s own capital reserves, delaying two smaller schemes upstream at Hatherby and Lowmill;
- £6.5m from Ashgrove City Council, subject to a vote in January;
- £3m from a national resilience fund, which has not yet been confirmed.

Cllr Neha Villiers, who chairs the council’s environment committee, said she would support the contribution but wanted “a cast-iron date, with penalties if it slips again”. The contract, she noted, contains no penalty clause for delays caused by ground conditions.

In the meantime, the authority says it will keep 3.2km of temporary barriers in storage at its Saltings depot and can deploy them within 12 hours of a flood warning. Residents say the last deployment, in February 2021, took closer to 20.

The board will receive a revised programme in March.`,
    comments: [
      {
        name: 'OldTarrowBoatman',
        email: 'boatman58@example.net',
        body: 'Anyone who has worked that stretch could have told them about the clay. The old wharf pilings on the east bank were sunk twice as deep as the ones opposite for exactly that reason.',
        minutesAfter: 85,
        status: 'approved',
        ip: '192.0.2.15',
      },
      {
        name: 'Lorna Quayle',
        email: 'lorna.quayle@example.com',
        body: 'Twelve hours to deploy the temporary barriers is the official figure. My sister is on Ropewalk Street and in 2021 they arrived after the water did.',
        minutesAfter: 190,
        status: 'approved',
        ip: '203.0.113.77',
      },
    ],
  },

  // ── News, 2026 ─────────────────────────────────────────────────────────────
  {
    slug: 'council-approves-wharfside-gasworks-homes',
    title: 'Council approves 340 homes on former Wharfside gasworks site',
    dek: 'After a four-hour meeting the planning committee backed the scheme by seven votes to four, with 35 per cent of the homes for social rent.',
    section: 'news',
    tags: ['Housing', 'City Council', 'The River'],
    authors: ['maren-okafor'],
    publishedAt: '2026-09-24T16:45:00Z',
    excerpt: 'One of the largest empty sites in Ashgrove will finally be built on after councillors approved the Tarrow Quay Homes scheme. Neighbours on Coopers Row say they will ask for the decision to be called in.',
    body: `Ashgrove’s planning committee has approved 340 homes on the former Wharfside gasworks, ending more than a decade of argument over one of the largest empty sites in the city.

Councillors voted seven to four in favour of the scheme on Wednesday evening after a meeting that lasted almost four hours and drew more than 120 members of the public to the civic centre.

The development, by Tarrow Quay Homes, a joint venture between the council and a housing association, will include 119 homes for social rent — 35 per cent of the total — alongside 85 for shared ownership and 136 for private sale. Work on decontaminating the site is due to start in January, with the first residents expected in 2029.

## A long wait

The gasworks closed in 1971, and the site, a 4.3-hectare wedge of land between Wharfside Road and the river, has been fenced off for most of the time since. Two earlier schemes, in 2011 and 2017, collapsed after developers concluded that the cost of removing coal tar and other contamination from the soil made the project unviable.

This time the council has secured £18.4m of national brownfield funding to pay for the clean-up before any homes are built.

“For fifty years this has been a fence with a view of the river behind it,” said Cllr Rosalind Marsh, the council leader, who spoke in favour of the scheme. “Tonight it becomes a neighbourhood.”

## Objections

Not everyone was convinced. Residents of the Coopers Row terraces, which back onto the site, raised concerns about the height of the two tallest blocks, at nine storeys, and about construction traffic on streets laid out for horses and carts.

“Nobody here is against homes,” said Joan Feltham, who chairs the Coopers Row residents’ association and addressed the committee. “We are against nine storeys looking straight into our back bedrooms, and three years of lorries down a street with no pavement on one side.”

The four councillors who voted against cited the building heights and the scheme’s provision of 0.4 parking spaces per home. Cllr Bernard Quill, who represents Wharfside, said the ratio “assumes a bus service that this council is in the process of cutting”.

The committee attached 46 conditions to the approval, including:

- a construction traffic route that avoids Coopers Row entirely;
- a public riverside path along the site’s 380-metre frontage, to be open before the first homes are occupied;
- an independent monitor for soil and air quality throughout the decontamination, reporting monthly.

## What happens next

The decision will now be referred to the regional planning inspector, who has 21 days to decide whether to call it in for a public inquiry. Objectors said they would ask for that.

If the scheme is not called in, Tarrow Quay Homes expects to appoint a contractor by December. A spokesperson for the joint venture said it would hold drop-in sessions for Coopers Row residents “before a single lorry arrives”.`,
    comments: [
      {
        name: 'Gwen Hartley',
        email: 'gwen.hartley@example.com',
        body: 'Finally. I have walked past that fence for thirty years.',
        minutesAfter: 25,
        status: 'approved',
        ip: '198.51.100.23',
      },
      {
        name: 'Lucy Marchetti',
        email: 'lucy.marchetti@example.net',
        body: 'I live on Coopers Row and I think this piece is fair, but it undersells the traffic point. There is literally one pavement on our street, on the other side from most front doors. My kids walk to school down it.\n\nThe condition about the lorry route is good news if it is actually enforced. We’ll see.',
        minutesAfter: 70,
        status: 'approved',
        ip: '203.0.113.88',
        replies: [
          {
            name: 'Dev Pattani',
            email: 'dev.pattani@example.org',
            body: 'Genuinely sympathetic on the lorries. But nine storeys on a riverside brownfield site in a city with 6,000-odd households on the waiting list is hardly outrageous.',
            minutesAfter: 120,
            status: 'approved',
            ip: '203.0.113.41',
            replies: [
              {
                name: 'Lucy Marchetti',
                email: 'lucy.marchetti@example.net',
                body: 'It feels fairly outrageous when it is 14 metres from your back wall. I’m not against the homes. I’d just like the tall blocks at the river end, where they were in the 2017 scheme.',
                minutesAfter: 170,
                status: 'approved',
                ip: '203.0.113.88',
              },
            ],
          },
        ],
      },
      {
        name: 'Essay Writers Express',
        email: 'essayexpress@example.com',
        url: 'https://essay-writers-express.example',
        body: 'Great article!!! Students, struggling with assignments? Our PRO writers deliver 100% original essays in 3 hours, any subject, plagiarism free. Order now at https://essay-writers-express.example and get 25% OFF your first paper!!',
        minutesAfter: 800,
        status: 'spam',
        ip: '203.0.113.251',
      },
    ],
  },

  // ── News, 2026 (co-authored with the data desk) ────────────────────────────
  {
    slug: 'bus-cuts-would-leave-11000-without-evening-service',
    title: 'Bus cuts would leave 11,000 residents without an evening service, Review analysis finds',
    dek: 'Proposed changes to council-supported routes would end buses after 7pm in four neighbourhoods, with Eastbank and Fennick Green hit hardest.',
    section: 'news',
    tags: ['Transport', 'City Council', 'Budget'],
    authors: ['maren-okafor', 'priya-raman-holt'],
    publishedAt: '2026-10-15T05:00:00Z',
    excerpt: 'The council wants to cut its bus subsidy from £3.4m to £2.2m. Our analysis of the proposed timetables shows the number of residents with no evening bus nearby would rise almost fivefold.',
    body: `About 11,000 Ashgrove residents would be left without a bus service after 7pm under proposals to cut council support for evening routes, according to an analysis by the Review.

The council is consulting on reducing its annual bus subsidy from £3.4m to £2.2m from April 2027, as part of efforts to close a £14.2m gap in next year’s budget. The consultation document lists the routes affected but does not say how many people live near them.

To estimate that, the Review matched the proposed timetables against the council’s own address register, counting residents who live more than 400 metres — roughly a five-minute walk — from any stop served after 7pm. Under the current network, about 2,300 residents fall into that category. The proposals would add about 8,900 more, bringing the total to around 11,200.

## Where the gaps would be

The newly affected residents are concentrated in four areas:

- Eastbank, where the 7 and 7A would end at 18:45 (about 3,700 residents);
- Fennick Green, where the 14 would stop after 19:10 on weekdays and not run at all on Sundays (about 2,500);
- the Coopers Row and Wharfside Road area (about 1,600);
- the upper part of Kestrel Hill (about 1,100).

The 14 carries the early shift to the Saltings distribution park, which starts at 6am. Morning journeys would be unaffected, but the last bus home would leave the park before the late shift ends at 10pm.

Eastbank and Fennick Green are also the two neighbourhoods with the lowest car ownership in the city: 48 and 44 per cent of households respectively have no car, according to the most recent census figures, against a city average of 29 per cent.

## “A curfew by timetable”

Ruth Adeyemi, 34, a healthcare assistant who lives in Eastbank and works evenings at the Royal Tarrow hospital, said the cut would leave her with a 40-minute walk home after shifts that end at 11pm. “It’s a curfew by timetable,” she said. “I’ll either walk through the underpass at midnight or I’ll give up the job.”

Cllr Idris Penhale, the cabinet member for transport, said no decision had been taken. “These are proposals, and the consultation is a genuine one,” he said. “But I won’t pretend the money is there to keep every route exactly as it is. Evening services cost roughly three times as much per passenger as daytime ones, and we have to face that.”

Tarrow Valley Buses said it would “work constructively with the council”, but that without support it could not run the evening routes commercially.

## How we did it

Our figures are estimates. They count residents, not passengers, and assume people will walk up to 400 metres to a stop; a longer threshold would reduce the totals. We used the council’s address register for September 2026 and the proposed timetables published on 1 October. The full method and data are published on the Review’s data pages.

The consultation closes on 12 November. A final decision is due at the budget meeting in February.`,
    comments: [
      {
        name: 'Kwame Asante-Lowe',
        email: 'kwame.al@example.org',
        body: 'The 14 again. Five years ago it was the fares, now it is the timetable. Those of us on the late shift at the Saltings will be walking home along the ring road.',
        minutesAfter: 40,
        status: 'approved',
        ip: '203.0.113.9',
      },
      {
        name: 'Harriet Doyle',
        email: 'harriet@example.net',
        url: 'https://harrietdoyle.example',
        body: 'Really useful to see the method spelled out. Why 400 metres, though? Plenty of people would walk further, and plenty of older people couldn’t manage that.',
        minutesAfter: 115,
        status: 'approved',
        ip: '192.0.2.140',
        replies: [
          {
            name: 'Dev Pattani',
            email: 'dev.pattani@example.org',
            body: '400m is the usual planning rule of thumb for bus stops. The piece says a longer threshold lowers the totals, and the data pages let you change it yourself. At 600m it still comes out at well over 7,000.',
            minutesAfter: 190,
            status: 'approved',
            ip: '203.0.113.41',
          },
        ],
      },
      {
        name: 'Jen Aldous',
        email: 'jen.aldous@example.net',
        body: 'Another Royal Tarrow night worker here. Between this and the ferry cuts a few years back, getting home after a late shift is turning into an expedition. I will be responding to the consultation.',
        minutesAfter: 520,
        status: 'pending',
        ip: '192.0.2.201',
      },
    ],
  },

  // ── News, 2026 (republished from The Coastline Ledger) ────────────────────
  {
    slug: 'harbour-dredging-plan-splits-fishing-families',
    title: 'Harbour dredging plan splits Brannock’s fishing families',
    dek: 'A £22m scheme to deepen the Tarrow estuary for larger cargo ships has set the port’s future against the shellfish beds many families depend on.',
    section: 'news',
    tags: ['Ports', 'The River', 'Work'],
    authors: ['desmond-faye'],
    publishedAt: '2026-10-22T09:00:00Z',
    excerpt: 'Deepening the channel at Brannock could double freight and create 140 jobs, but would dig out part of the Gull Bank oyster and mussel beds. In one family, father and daughter are on opposite sides.',
    body: `On the slipway below the harbour office at Brannock, the Penrose family have been landing crab and lobster for four generations. Now they find themselves on opposite sides of an argument that has divided this small port at the mouth of the Tarrow.

The Brannock Harbour Commissioners want to dredge the main channel from its current depth of 6.5 metres to 9 metres, allowing cargo ships of up to 12,000 tonnes to reach the quay at all states of the tide. The £22m scheme would, according to the commissioners, double the port’s freight traffic within a decade and create 140 permanent jobs.

It would also mean removing about 1.4 million cubic metres of sediment from the estuary, including part of the mussel and oyster beds at Gull Bank, which supply roughly a third of the shellfish landed at Brannock each year.

## Two generations, two views

“This harbour has been shrinking my whole life,” said Alan Penrose, 58, who has fished out of Brannock since he left school. “When I started there were 40 boats here. Now there’s 17. If the ships come, there’s work on the quay for my grandsons. If they don’t, there’s nothing.”

His daughter, Kerensa Penrose, 31, who runs the family’s shellfish business, sees it differently. “Dad’s right that we need jobs,” she said. “But Gull Bank isn’t just ours, it’s half the village. You dig it out for the ships and you don’t get it back. The oysters took twenty years to recover after the last time.”

The last time was 1987, when a smaller dredge was carried out without any ecological survey. Harbour records show shellfish landings fell by 70 per cent over the following three years.

## What the commissioners say

The harbour master, Captain Ruth Tremayne, said the new scheme was “nothing like” the work done in 1987.

“We have commissioned a full environmental assessment, we are proposing to relocate part of the Gull Bank beds before work starts, and we have set aside £1.8m for a compensation fund for shellfish businesses,” she said. “We are not pretending there is no cost. We are saying the cost of standing still is higher.”

Critics point out that the relocation method has not been tried on oyster beds in estuary conditions like Brannock’s, and that the compensation fund works out at about £60,000 for each of the 30 licence holders at Gull Bank.

## Interest upstream

The scheme has support further up the Tarrow. Ashgrove City Council has written to the commissioners backing it, arguing that a deeper channel would bring freight back to the city’s own wharves. Firms at the Saltings distribution park, which currently receive most of their goods by road, have also signalled interest.

A public inquiry is expected next spring, and the commissioners hope to begin dredging in 2028.

In the meantime, the question is being argued out at kitchen tables. “We don’t talk about it at Sunday dinner any more,” said Kerensa Penrose. “It’s the only way we still get to have Sunday dinner.”`,
    syndication: {
      outlet: 'The Coastline Ledger',
      outletUrl: 'https://coastline-ledger.example',
      originalUrl: 'https://coastline-ledger.example/2026/10/brannock-dredging-plan-splits-fishing-families',
      originalDate: '2026-10-21T06:00:00Z',
      licence: 'Republished with permission',
      policy: 'canonical',
    },
    comments: [
      {
        name: 'Lorna Quayle',
        email: 'lorna.quayle@example.com',
        body: 'I grew up in Brannock and the awful thing is that both of them are right. The quay needs work and Gull Bank is the village.\n\nWhat I would like to see is the compensation fund tied to the actual landings for five years after the dredge, not a flat sum paid up front.',
        minutesAfter: 90,
        status: 'approved',
        ip: '203.0.113.77',
        replies: [
          {
            name: 'OldTarrowBoatman',
            email: 'boatman58@example.net',
            body: 'I remember 1987. You could smell the estuary from the Ashgrove bridges that summer. Nobody who saw it wants it done that way again.',
            minutesAfter: 210,
            status: 'approved',
            ip: '192.0.2.15',
          },
        ],
      },
      {
        name: 'Rob Cairns',
        email: 'rcairns@example.net',
        body: 'Interesting that Ashgrove council has written in support. Was there ever a vote on that, or did it just go out on the leader’s say-so?',
        minutesAfter: 330,
        status: 'approved',
        ip: '192.0.2.77',
      },
    ],
  },

  // ── News, 2026 ─────────────────────────────────────────────────────────────
  {
    slug: 'millbeck-academy-teachers-vote-to-strike',
    title: 'Millbeck Academy teachers vote to strike over timetable changes',
    dek: 'Staff at the city’s largest secondary school will walk out on three days in December unless the trust drops plans for a longer teaching day.',
    section: 'news',
    tags: ['Schools', 'Work'],
    authors: ['maren-okafor'],
    publishedAt: '2026-11-12T13:30:00Z',
    excerpt: 'Eighty-nine per cent of those voting backed strikes on 2, 3 and 9 December. Riverside Learning Trust says the extra lessons are needed to lift maths and English results.',
    body: `Teachers at Millbeck Academy, Ashgrove’s largest secondary school, have voted to strike on three days next month in a dispute over plans to lengthen the school day and cut planning time.

Of the 94 teachers balloted, 81 voted, and 72 of those backed strike action — a turnout of 86 per cent and a majority of 89 per cent. The walkouts are planned for 2, 3 and 9 December.

The dispute centres on a new timetable that Riverside Learning Trust, which runs Millbeck and four other schools in the Tarrow valley, wants to introduce from January. It would add a sixth teaching period on Mondays, Tuesdays and Thursdays, ending the school day at 3.50pm instead of 3.15pm, and reduce teachers’ non-contact planning time from 10 per cent of the timetable to 8 per cent.

## “Not a sustainable job”

“Nobody here went into teaching to be home by four,” said Martin Lowrie, a chemistry teacher and the union’s representative at the school. “But we are already working 52-hour weeks on average. Take away planning time and add lessons, and you don’t get more teaching. You get worse teaching, and more people leaving.”

Staff turnover at Millbeck was 21 per cent last year, according to figures the school published in its annual report, compared with an average of 14 per cent across the trust.

Teachers say the changes were announced at a staff briefing in September without formal consultation. The trust disputes this, saying it held “a series of listening sessions” before the October half-term.

## The trust’s case

Dr Helen Fairweather, chief executive of Riverside Learning Trust, said the extra time was needed to improve results in maths and English, where Millbeck’s scores fell below the regional average this summer.

“Our pupils deserve every minute of teaching we can give them,” she said. “We have offered additional pay for the extra periods and we remain open to talks. It is disappointing that the union has chosen to disrupt pupils’ education in the run-up to mock exams.”

The trust says it has offered:

- an additional payment of £650 a year for full-time teachers;
- a review of the new timetable after two terms;
- an extra training day in the summer term.

The union says the payment works out at less than £10 for each additional hour in the classroom, before any extra marking or preparation is counted.

## Parents divided

At the school gates on Wednesday afternoon, parents were split. “I back the teachers,” said Sandra Kowal, whose two children are in Years 8 and 10. “The good ones are leaving. My son has had three different maths teachers since September.”

Another parent, who asked not to be named because she works for the trust, was worried about the timing. “My daughter has mocks in January,” she said. “Three days out of school in December isn’t nothing.”

Talks between the union and the trust are scheduled for next Tuesday. The school has said it will stay open to pupils in Years 11 and 13 on strike days if enough staff are available.`,
    comments: [
      {
        name: 'M. Okonjo',
        email: 'm.okonjo@example.org',
        body: 'I teach at another school in the valley. The 52-hour figure is, if anything, on the low side for anyone with a form group and exam classes. Cutting planning time to add lessons is robbing Peter to pay Paul.',
        minutesAfter: 50,
        status: 'approved',
        ip: '198.51.100.200',
      },
      {
        name: 'Pete from Millbeck',
        email: 'petemillbeck@example.com',
        body: 'My lad is in Year 11 at Millbeck. I don’t love the timing, but I like even less that he has had four supply teachers for science since Easter. If the strike gets the trust to listen, fine by me.',
        minutesAfter: 130,
        status: 'approved',
        ip: '203.0.113.120',
      },
    ],
  },
];
