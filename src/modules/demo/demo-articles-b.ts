// Demo articles, set B: analysis, culture and news from The Ashgrove Review.
// Everything here is fictional and was written for Masthead's demo: the city of Ashgrove,
// the river Tarrow, its council, neighbourhoods, businesses, people and commenters.
import type { DemoArticle } from './demo.types.ts';

export const demoArticlesB: DemoArticle[] = [
  // ---------------------------------------------------------------------------
  // Analysis: the Tarrow Bridge toll (2019), with a later editor's note and a correction.
  // ---------------------------------------------------------------------------
  {
    slug: 'what-the-tarrow-bridge-tolls-really-cost',
    firstVersion: { replace: [['rose from 13,600 to 16,600, an increase of 22%', 'rose from 12,600 to 16,600, an increase of 32%']] },
    title: 'What the Tarrow Bridge tolls really cost',
    dek: 'A year into the crossing charge, the money raised is smaller, the bill for collecting it larger and the traffic pushed further upstream than the council forecast.',
    section: 'analysis',
    tags: ['Transport', 'City Council', 'Budget', 'Data'],
    authors: ['priya-raman-holt'],
    publishedAt: '2019-06-12T07:30:00Z',
    excerpt:
      'The Tarrow Bridge toll was sold as a way to raise £4.1m a year for repairs. The first full year of figures suggests it cleared less than half that, and moved thousands of daily journeys on to Millward Road.',
    body: `When Ashgrove City Council switched on the cameras at both ends of the Tarrow Bridge on 3 April 2018, the case for the toll fitted on a single slide. The 1930s crossing needed an estimated £38m of structural work over fifteen years. A charge of £1.20 a car, or 60p for drivers with a registered tag, would raise £4.1m a year and pay for the repairs without touching council tax.

Fourteen months on, the council has published the first full year of figures in a paper to its transport scrutiny committee. We have been through them, alongside traffic counts released to the Review under freedom of information rules, and the picture is a good deal less tidy than the slide.

## Less money than promised

Gross toll income for April 2018 to March 2019 came to £3.2m, 22% below forecast. Collecting it cost £1.1m, most of it the fee paid to the camera and billing contractor, and a further £180,000 went on appeals and enforcement.

| Item | Forecast | Actual, 2018–19 |
|---|---|---|
| Gross toll income | £4.10m | £3.20m |
| Collection contract | £0.60m | £1.10m |
| Appeals and enforcement | not costed | £0.18m |
| Left for repairs | £3.50m | £1.92m |

That leaves roughly £1.9m for the bridge, against the £2.5m a year the fifteen-year repair plan needs. The council’s own paper forecasts gross income falling again in 2019–20, to £3.0m, as more drivers change their routes. On those numbers the repair fund would be about £9m short by the time the current collection contract ends.

## Where the traffic went

Before the toll, the bridge carried an average of 21,400 vehicles each weekday. In the same weeks of 2019 it carried 18,400, a fall of 14%. Most of those 3,000 journeys did not vanish. Weekday counts on the untolled Millward Road crossing, two miles upstream, rose from 13,600 to 16,600, an increase of 22%. The council’s air-quality monitor on Millward Road recorded nitrogen dioxide above the legal annual limit for the first time since 2012.

## Who pays

The charge falls hardest on a small group. Just 9% of registered tag-holders made 46% of all tagged crossings, and most of them live in Eastbank and Saltings, on the east side of the river. The city’s main hospital, the college campus and two of its three largest employers sit on the other bank.

A tagged commuter crossing twice each working day pays about £252 a year. Without a tag the figure is £504, a little over 2% of gross pay for a full-time worker on the city’s median wage of £23,900.

> "The first year of any scheme carries set-up costs. We expect the net figure to improve as the contract beds in," a council spokesperson said, adding that the collection contract would be retendered in 2021.

## What to watch

- The retender of the collection contract, and whether the fee can be brought near the £0.6m originally budgeted.
- Whether a discount for Eastbank and Saltings residents, rejected by the cabinet in 2017, returns to the agenda.
- Summer air-quality readings on Millward Road, due to be published in October.

The figures and code behind this piece are published on our data notebooks site.`,
    editorial: [
      {
        kind: 'editors_note',
        body: 'In March 2024 Priya Raman-Holt was appointed to the independent advisory panel set up by Ashgrove City Council to review the design of the successor to the Tarrow Bridge toll scheme, which is due to take effect in 2026. Panel members receive a standard attendance allowance. Since her appointment she has not written or edited the Review’s coverage of tolling, which is now handled by other members of staff.\n\nThis article remains online as first published in June 2019, together with the correction published a week after it appeared. It reflects the figures available at the time and has not been updated.',
        date: '2025-02-10T10:00:00Z',
        signedBy: 'Hannah Voss, Editor-in-Chief',
        alsoOnAuthor: 'priya-raman-holt',
      },
      {
        kind: 'correction',
        body: 'An earlier version of this article gave the weekday traffic count on Millward Road before the toll as 12,600. The correct figure is 13,600, which means the increase was 22% rather than 32%. The text has been corrected.',
        date: '2019-06-19T11:45:00Z',
        signedBy: 'The Editors',
      },
    ],
    comments: [
      {
        name: 'Gareth Lindqvist',
        email: 'gareth.lindqvist@example.com',
        body: 'I live in Eastbank and work shifts at the hospital, so I am one of your 9%. Two crossings a day, five days a week, and I still haven’t got round to the tag because the form wants a utility bill in my name and I rent a room.\n\n£504 a year is not an abstract number to me. It is the difference between running the car and not.',
        minutesAfter: 42,
        status: 'approved',
        ip: '198.51.100.23',
        replies: [
          {
            name: 'Ruth Abara',
            email: 'ruth.abara@example.org',
            body: 'Sympathetic, honestly. But the bridge has to be paid for somehow. The alternative on the table in 2017 was a weight limit and then closing it for most of two years. Would that really have been better for Eastbank?',
            minutesAfter: 95,
            status: 'approved',
            ip: '203.0.113.41',
            replies: [
              {
                name: 'Gareth Lindqvist',
                email: 'gareth.lindqvist@example.com',
                body: 'Nobody is saying don’t fix it. I’m saying the people who happen to live on the wrong side of the river are paying for a bridge the whole city uses. Put it on council tax and share it out.',
                minutesAfter: 131,
                status: 'approved',
                ip: '198.51.100.23',
                replies: [
                  {
                    name: 'Ruth Abara',
                    email: 'ruth.abara@example.org',
                    body: 'Fair point about who uses it. Council tax has its own cap, though, so it would have come out of something else. A proper residents’ discount tied to the tag seems like the least bad option.\n\nEither way it is good to finally see the actual numbers laid out.',
                    minutesAfter: 188,
                    status: 'approved',
                    ip: '203.0.113.41',
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        name: 'Mo Thistlewood',
        email: 'mthistlewood@example.net',
        body: 'Does the Millward Road count include buses? The number 7 was diverted over that crossing in September 2018, which would inflate the increase a bit.',
        minutesAfter: 260,
        status: 'approved',
        ip: '192.0.2.57',
        replies: [
          {
            name: 'Priya Raman-Holt',
            email: 'priya.ramanholt@example.org',
            body: 'Good question. The counts are all motor vehicles, buses included. The route 7 diversion adds about 60 bus movements a day, which is roughly 2% of the increase, so it does not change the picture. I have added a note on this to the notebook.',
            minutesAfter: 305,
            status: 'approved',
            ip: '203.0.113.5',
          },
        ],
      },
      {
        name: 'Cheap Meds Direct',
        email: 'pharmacy-deals@example.net',
        url: 'https://cheap-meds-direct.example',
        body: 'Very informative post!!! Save up to 80% on pills no prescription needed, fast discreet shipping worldwide. Visit https://cheap-meds-direct.example today',
        minutesAfter: 1440,
        status: 'spam',
        ip: '203.0.113.250',
      },
      {
        name: 'Sunita Kerrigan',
        email: 'sunita.k@example.com',
        body: 'I live on Millward Road. You don’t need a monitor to tell you the traffic is worse since April: the queue for the crossing now backs up past the school at half eight every morning. Thank you for putting a number on it.',
        minutesAfter: 2875,
        status: 'approved',
        ip: '198.51.100.88',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Analysis: the council's medium-term financial plan (2026).
  // ---------------------------------------------------------------------------
  {
    slug: 'ashgrove-council-fourteen-million-budget-gap',
    title: 'Ashgrove’s £14m budget gap: where the pressure really comes from',
    dek: 'Four lines in the council’s medium-term plan explain most of next year’s shortfall, and they point to which services will feel the squeeze.',
    section: 'analysis',
    tags: ['Budget', 'City Council', 'Data'],
    authors: ['priya-raman-holt'],
    publishedAt: '2026-09-08T07:05:00Z',
    excerpt:
      'The council must find £14.2m to balance its 2027–28 budget. Adult social care, pay and temporary accommodation account for three-quarters of the new pressure.',
    body: `Ashgrove City Council will need to find £14.2m in savings or new income to balance its budget for 2027–28, according to the medium-term financial plan published on 1 September. By 2029–30 the cumulative gap reaches £31.4m, roughly a tenth of what the council spends on services each year.

Those headline figures have been widely reported. What matters more is where the pressure comes from, because that decides which services are likely to feel it. We have worked through the plan’s 184 pages to pull out the numbers below.

## Four lines explain most of the gap

The council’s net revenue budget for the current year is £312.6m. Before any savings, the plan forecasts spending of £340.1m next year against income of £325.9m. The new spending pressures break down as follows.

| Pressure, 2027–28 | Extra cost | Share |
|---|---|---|
| Adult social care placements | £9.8m | 36% |
| Pay award (assumed 3.5%) | £6.1m | 22% |
| Temporary accommodation | £4.6m | 17% |
| Home-to-school transport | £2.3m | 8% |
| Everything else | £4.7m | 17% |
| **Total** | **£27.5m** | **100%** |

Adult social care is the largest single item. The number of people in council-funded residential placements rose from 1,480 in March 2024 to 1,690 in March 2026, and the average weekly fee paid to care homes rose by 11% over the same period.

Temporary accommodation is the fastest-growing. In July 412 households were in council-arranged temporary homes, against 168 in July 2021. Around a third are in bed-and-breakfast rooms at an average nightly rate of £74.

## The income side

A council tax rise of 4.99%, the most allowed without a local referendum, would raise £6.4m and take a Band D bill from £2,214 to £2,325. Growth in the number of homes paying council tax adds £1.9m, retained business rates £2.7m, and a one-year government grant £2.3m. Together these account for the £13.3m of extra income already built into the forecast.

## What is on the table

The plan lists £8.9m of savings options without committing to any of them:

- closing or merging three of the city’s nine branch libraries (£1.1m);
- ending the subsidy for the Sunday bus network (£0.7m);
- reviewing grants to arts organisations, including the Quayside Playhouse and the Tarrow Book Festival (£0.6m);
- moving to three-weekly general waste collections (£2.4m);
- "demand management" in adult social care (£4.1m).

That leaves £5.3m unidentified, which the plan proposes to cover, for one year only, from the council’s £22m of unallocated reserves.

> "Using reserves buys time, not a solution. Every pound drawn down in 2027 is a pound that will not be there when the next shock arrives," the chief finance officer, Alun Teague, writes in the plan’s section on financial resilience.

## What to watch

The cabinet meets on 24 September to decide which options go out to public consultation, and the final budget vote is scheduled for 23 February 2027. We will update these figures as the consultation papers are published.`,
    comments: [
      {
        name: 'Jonty Pell',
        email: 'jonty@example.org',
        url: 'https://jontypell.example',
        body: 'Three-weekly bins for £2.4m is the one that will get all the attention, but closing three libraries for £1.1m looks like a terrible trade to me. You can’t reopen a library once the building has been sold.',
        minutesAfter: 64,
        status: 'approved',
        ip: '203.0.113.9',
        replies: [
          {
            name: 'Alina Drummond',
            email: 'alina.drummond@example.net',
            body: 'Agreed. The Brackley and Saltings branches were warm spaces all last winter. After the floods the Saltings one was basically the community centre for a month.',
            minutesAfter: 118,
            status: 'approved',
            ip: '192.0.2.114',
            replies: [
              {
                name: 'Jonty Pell',
                email: 'jonty@example.org',
                url: 'https://jontypell.example',
                body: 'Exactly that. It will be interesting to see whether the consultation even lets people rank the options against each other, or just asks yes or no to each one.',
                minutesAfter: 142,
                status: 'approved',
                ip: '203.0.113.9',
              },
            ],
          },
        ],
      },
      {
        name: 'Frank Osei-Barlow',
        email: 'frank.oseibarlow@example.com',
        body: 'The table makes it very clear that social care is the main driver, and that isn’t something the council can fix on its own. Every city this size has the same line in its budget.\n\nThe temporary accommodation number is the one that shocks me. From 168 to 412 households in five years.',
        minutesAfter: 203,
        status: 'approved',
        ip: '198.51.100.142',
      },
      {
        name: 'CryptoMoonGains',
        email: 'moonbags2000@example.com',
        url: 'https://moon-yield-crypto.example',
        body: 'Worried about council tax going up?? I turned £250 into £19,000 in 3 weeks with this one AI trading bot. Guaranteed returns, no risk. DM me or sign up at https://moon-yield-crypto.example',
        minutesAfter: 390,
        status: 'spam',
        ip: '198.51.100.251',
      },
      {
        name: 'Hetty Crane',
        email: 'hetty.crane@example.org',
        body: 'Could you publish the social care placement numbers broken down by neighbourhood? It would help to know whether this is an ageing population story or a care home prices story.',
        minutesAfter: 512,
        status: 'approved',
        ip: '203.0.113.77',
        replies: [
          {
            name: 'Priya Raman-Holt',
            email: 'priya.ramanholt@example.org',
            body: 'The plan itself doesn’t break it down that way, but we have asked the council for the figures. On the numbers we do have, it is both: placements are up 14% and the average fee is up 11%.',
            minutesAfter: 590,
            status: 'approved',
            ip: '203.0.113.5',
          },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Analysis: falling primary school rolls (2021).
  // ---------------------------------------------------------------------------
  {
    slug: 'falling-rolls-ashgrove-primary-schools',
    title: 'Falling rolls: why Ashgrove’s primary schools face a surplus of places',
    dek: 'Births in the city have dropped by a fifth in seven years, and the smaller cohorts are already reaching reception classrooms.',
    section: 'analysis',
    tags: ['Schools', 'Data', 'Budget'],
    authors: ['priya-raman-holt'],
    publishedAt: '2021-02-17T06:45:00Z',
    excerpt:
      'A decade after a rush to build classrooms, one in seven reception places in Ashgrove is forecast to sit empty by 2022, and empty seats cost schools money.',
    body: `Ten years ago Ashgrove’s school planners had one problem: finding enough classrooms. Between 2010 and 2015 the council added 1,260 primary places, opening two new schools in Fennick Heath and extending eleven others. A decade on, the problem runs the other way, and it is arriving faster than the city’s plans assumed.

## The births behind the numbers

Births to Ashgrove residents peaked at 3,410 in 2012. By 2019, the latest year for which registrations are complete, they had fallen to 2,730, a drop of exactly 20%. Because children start reception in the September after their fourth birthday, the decline reaches primary classrooms four to five years later, and the council’s own projections show it doing so steadily.

| Reception year | Children starting (actual or forecast) | Places | Empty places |
|---|---|---|---|
| 2019 | 3,190 | 3,330 | 4% |
| 2020 | 3,040 | 3,330 | 9% |
| 2021 | 2,960 | 3,330 | 11% |
| 2022 | 2,880 | 3,330 | 14% |
| 2023 | 2,790 | 3,330 | 16% |

Some of the gap will be filled by families moving into the city, and the forecasts already allow for that. They do not allow for the possibility, raised by several headteachers we spoke to, that the pandemic will push the number of births lower still.

## Why empty seats cost money

Schools in Ashgrove are funded almost entirely per pupil. Under the city’s formula a primary school receives roughly £4,600 for each child on roll. A class planned for 30 that opens with 22 children therefore starts the year £36,800 short, while the teacher, the classroom and the heating bill cost exactly the same.

The shortfall is not spread evenly. In September 2020 six of the city’s 58 primary schools had more than a quarter of their reception places empty, and five of those six were in Millward and Brackley, where the older terraced streets have lost young families to the new estates on the city’s edge. Schools in Eastbank, by contrast, are still turning children away.

> "We planned for growth for so long that nobody quite knows how to plan for shrinking. The danger is that we do it by accident, one budget cut at a time," said Delia Marchbank, head of Millward Primary and chair of the city’s primary heads’ forum.

## The options on the table

The council’s school organisation plan, due before the cabinet in March, is expected to set out three broad approaches:

1. reducing the published admission numbers at schools with persistent vacancies, so that they plan for 45 or 60 children a year rather than 90;
2. federating small schools under a single headteacher and governing body to share costs;
3. in the longer term, merging or closing schools where numbers cannot recover.

The first is the least painful and the most likely. The third would mean the first primary school closure in Ashgrove since 1996.

Secondary schools will not feel the effect until the smaller cohorts reach year 7 from 2025 onwards. That gives the council some time, though not much, to decide whether the two new secondary teaching blocks it approved in 2018 are still needed.`,
  },

  // ---------------------------------------------------------------------------
  // Analysis (co-authored): who is still displaced after the January 2026 floods.
  // ---------------------------------------------------------------------------
  {
    slug: 'january-floods-nine-months-on-who-is-still-displaced',
    title: 'Nine months after the January floods, who is still out of their home?',
    dek: 'Claims data, council records and a survey of 312 households show recovery has been quickest for insured owners and slowest for private renters.',
    section: 'analysis',
    tags: ['The River', 'Climate', 'Housing', 'Data'],
    authors: ['priya-raman-holt', 'maren-okafor'],
    publishedAt: '2026-10-14T06:30:00Z',
    excerpt:
      'Eight in ten flooded households are back home. Among private renters the figure is two in three, and landlords have served 41 no-fault notices on flooded homes since February.',
    body: `On the night of 17 January 2026 the Tarrow rose to 5.84 metres at the Old Quay gauge, 31 centimetres above the previous record, and overtopped the Saltings embankment in two places. By morning 1,140 homes and 96 businesses had water above floor level.

Nine months on, most of those homes are dry and lived in again. But the recovery has not been even. Drawing on claims figures from the Tarrow Valley insurers’ forum, the council’s housing records and a survey of 312 affected households carried out in August with volunteers from the Saltings Residents’ Association, we find a clear divide by tenure.

## Back home, by tenure

| Tenure | Households flooded | Back home by 30 September | Still displaced |
|---|---|---|---|
| Owner-occupied | 486 | 431 (89%) | 55 |
| Private rented | 402 | 268 (67%) | 134 |
| Social rented | 252 | 229 (91%) | 23 |
| **All** | **1,140** | **928 (81%)** | **212** |

Social tenants have fared best, largely because the city’s two housing associations moved quickly to rehouse tenants within their own stock while repairs went on. Owners with buildings insurance were usually back within six months. Private renters are the outliers.

## The insurance gap

Among owners in our survey, 6% had no buildings cover. Among private renters, 27% had no contents insurance, and their return depends not on a claim of their own but on decisions taken by landlords.

Some landlords have chosen not to bring tenants back at all. Council records show 41 no-fault possession notices served on flooded homes between February and August, against an average of four a year on the same streets in the previous three years. Of the 134 private-renting households still displaced, we were able to confirm that at least 58 will not be returning to their former address.

> "I had insurance for my things. What I didn’t have was a landlord who wanted me back," said one tenant from Wharf Street, who asked not to be named. She has lived with her two children in a one-bedroom flat in Brackley since February.

## Where the public money went

- The council’s £500 hardship grant was paid to 1,087 households, a total of £543,500.
- Of the £2.5m recovery fund announced in February, £1.9m had been spent by the end of September, most of it on drying-out equipment, skips and emergency repairs to council-owned homes.
- Some 212 households remain in temporary or informal accommodation, 96 of them arranged and paid for by the council.

## The defences

The £46m Saltings embankment scheme, approved in 2021, was due to be finished in 2025. After a redesign it is now scheduled for completion in 2028. The Tarrow Valley Drainage Board says the new embankment, built to its current design, would have held the January peak.

*Our survey was not a random sample. Results have been weighted by tenure and street to match the council’s list of flooded addresses. The full method is published on our data notebooks site.*`,
    comments: [
      {
        name: 'Still in Brackley',
        email: 'wharfst.tenant@example.net',
        body: 'I am one of the 134. Eight months in a friend’s spare room, and the letting agent stopped answering my emails in May. Thank you for counting us, because nobody else has.',
        minutesAfter: 48,
        status: 'approved',
        ip: '192.0.2.201',
        replies: [
          {
            name: 'Devika Marr',
            email: 'devika.marr@example.com',
            body: 'So sorry you are still dealing with this. The residents’ association runs a drop-in at the Saltings library every Thursday from 4pm, with a housing adviser from the law centre. They have helped several people challenge notices.',
            minutesAfter: 97,
            status: 'approved',
            ip: '198.51.100.61',
          },
        ],
      },
      {
        name: 'Colm Brennagh',
        email: 'colm.b@example.org',
        body: 'The embankment delay is the real story here. Approved in 2021, due in 2025, now 2028. If it had been finished on time none of these tables would exist.',
        minutesAfter: 156,
        status: 'approved',
        ip: '203.0.113.150',
      },
      {
        name: 'Pat Ridley',
        email: 'pat.ridley@example.net',
        body: 'Would it be possible to do the same breakdown for the 96 businesses? At least four on Wharf Street and Quay Street still haven’t reopened.',
        minutesAfter: 1210,
        status: 'pending',
        ip: '192.0.2.33',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Analysis: the £1.50 flat bus fare (2023).
  // ---------------------------------------------------------------------------
  {
    slug: 'flat-bus-fare-six-months-on',
    title: 'The £1.50 flat fare, six months on: who got back on the bus?',
    dek: 'Bus journeys in Ashgrove are up by almost a fifth since the fare cap began, but the gains are concentrated on a handful of frequent routes.',
    section: 'analysis',
    tags: ['Transport', 'Data', 'Budget'],
    authors: ['priya-raman-holt'],
    publishedAt: '2023-05-09T08:10:00Z',
    excerpt:
      'Six months of operator figures show 1.1m extra bus journeys at a cost of about £1.73 each. The money runs out in March 2024.',
    body: `When Ashgrove City Council capped every single bus fare in the city at £1.50 on 31 October 2022, it promised to judge the experiment on one measure: passengers. Six months of figures from Tarrow Valley Buses, which runs 86% of the city’s services, now allow a first verdict.

## More journeys, unevenly spread

Between November 2022 and April 2023 the company recorded 7.2m boardings on its Ashgrove network, against 6.1m in the same months a year earlier, a rise of 18%. Before the cap the average adult single fare was £2.60, so for a typical passenger the saving was more than 40%.

The growth has not been shared evenly across the network.

| Route | Corridor | Daytime frequency | Change in boardings |
|---|---|---|---|
| 4 | Eastbank – city centre | every 8 min | +31% |
| 11 | Fennick Heath – city centre | every 8 min | +24% |
| 15 | Saltings – Old Quay | every 12 min | +19% |
| 7 | Millward circular | every 20 min | +9% |
| 22 | Brackley – General Hospital | every 30 min | +6% |

The pattern is hard to miss. Where buses come often, the cheaper fare has brought people on board. Where they do not, it has made much less difference.

> "A cheap bus that doesn’t turn up isn’t much use to anybody," said Carys Emberton, who chairs the Ashgrove Bus Users’ Group. "The fare got people to try it. The frequency decides whether they stay."

## What it costs

The council pays Tarrow Valley Buses a fixed £3.8m a year to make up lost fare income, funded by a one-off regional transport grant topped up with £1.1m from council reserves. For the first six months that is roughly £1.9m, or about £1.73 for each additional journey.

Whether that is good value depends on what the extra journeys replaced. In March the council surveyed 1,420 passengers on board. Among those who said they were travelling by bus more often since the cap:

- 31% said they would otherwise have driven;
- 38% would have walked or cycled;
- 19% would not have made the trip at all;
- 12% gave another answer.

If those proportions hold across the network, around 340,000 of the 1.1m extra journeys replaced a car trip. Traffic counts on the main radial roads show a small fall, between 2% and 4%, over the same period, though the council cautions that fuel prices were also high.

## The cliff edge

The grant that pays for the cap runs out on 31 March 2024, and the council’s medium-term plan contains no money to continue it. Officers have told the transport committee that extending the scheme for another year would mean finding £3.8m of savings elsewhere.

Three alternatives are being costed:

1. raising the flat fare to £2, which officers estimate would keep about two-thirds of the growth at half the cost;
2. keeping £1.50 only outside the morning and evening peaks;
3. limiting the cap to under-25s and people looking for work.

A decision is due in the autumn, in time for the 2024–25 budget.`,
  },

  // ---------------------------------------------------------------------------
  // Analysis: rents and wages by neighbourhood (2026).
  // ---------------------------------------------------------------------------
  {
    slug: 'rents-outrun-wages-every-ashgrove-neighbourhood',
    title: 'Rents have outrun wages in every Ashgrove neighbourhood since 2020',
    dek: 'Two-bedroom rents have risen by a third or more across the city while median pay has grown by 24%, and the supply of homes to let has shrunk.',
    section: 'analysis',
    tags: ['Housing', 'Work', 'Data'],
    authors: ['priya-raman-holt'],
    publishedAt: '2026-11-03T07:15:00Z',
    excerpt:
      'A single earner on the median wage would now spend about 44% of take-home pay on a two-bedroom flat in Eastbank, up from 37% in 2020.',
    body: `There is no part of Ashgrove where renting has become more affordable over the past six years. Using listings data for two-bedroom homes advertised between January and September each year, and the city’s median full-time earnings, we compared what tenants pay now with what they paid in 2020. In every one of the six neighbourhoods we looked at, rents rose faster than pay.

## The numbers, neighbourhood by neighbourhood

| Neighbourhood | Median 2-bed rent, 2020 | Median 2-bed rent, 2026 | Change |
|---|---|---|---|
| Eastbank | £640 | £905 | +41% |
| Old Quay | £820 | £1,140 | +39% |
| Saltings | £575 | £790 | +37% |
| Millward | £610 | £820 | +34% |
| Fennick Heath | £690 | £925 | +34% |
| Brackley | £560 | £745 | +33% |

Over the same period median full-time pay in the city rose from £24,700 to £30,600, an increase of 24%. A single earner on that wage would now spend about 44% of their take-home pay on a two-bedroom flat in Eastbank, compared with 37% in 2020. Even in Brackley, the cheapest neighbourhood, the share has passed a third.

Eastbank’s rise is the steepest, and it has an obvious cause. The opening of the college’s new Eastbank campus in 2023 brought around 2,600 students into an area with little purpose-built accommodation, and many family homes have been converted into shared houses.

## Fewer homes to let

Prices are only half the story. The number of two-bedroom homes advertised to let each month fell from an average of 410 in 2020 to 260 this year, a drop of 37%. Agents we spoke to pointed to several causes:

- small landlords selling up as mortgage costs rose, with around 1,900 homes leaving the rented sector since 2022 according to council licensing records;
- growth in short lets, with 620 whole homes now registered as holiday lets, most of them in Old Quay;
- the loss of around 150 flooded homes in Saltings that have not yet returned to the market after January.

> "Every viewing I run now has fifteen or twenty people at it. Two years ago it was four or five," said one letting agent in Millward, who asked not to be named because the firm does not allow staff to speak to the press.

## What the council can do

The council’s powers are limited. It cannot cap rents. It can license landlords, and a city-wide selective licensing scheme covering around 14,000 privately rented homes is due to go to consultation in the new year. It can also approve more homes: the planning committee considers the 420-home Hollin Lane scheme on 19 November, which would be the largest single addition to the city’s housing stock in a decade.

Neither will change the figures in this table quickly. On current trends, median two-bedroom rents in Old Quay will pass £1,250 a month by 2028.

*Rents are medians of advertised asking prices, not rents actually agreed. Earnings are gross median full-time pay for people who work in the city. Our method and data are on the data notebooks site.*`,
    comments: [
      {
        name: 'Owen Tallis',
        email: 'owen.tallis@example.org',
        body: 'As a small landlord with two flats in Millward, I would just point out that my mortgage payments have gone up by more than either of those rent figures. I haven’t raised rents on my existing tenants since 2023 but I’m not far from selling.\n\nNot asking for sympathy, but the "landlords selling up" line in the list is real.',
        minutesAfter: 75,
        status: 'approved',
        ip: '203.0.113.18',
        replies: [
          {
            name: 'Alina Drummond',
            email: 'alina.drummond@example.net',
            body: 'Fair enough, and thank you for not raising rents. But the people who buy those flats mostly aren’t renting them out again, are they? That is exactly why there are fewer homes to let.',
            minutesAfter: 140,
            status: 'approved',
            ip: '192.0.2.114',
          },
        ],
      },
      {
        name: 'Sunita Kerrigan',
        email: 'sunita.k@example.com',
        body: 'The 44% figure is us. Two of us working and we still can’t save anything. Good to see it written down properly rather than just being told to stop buying coffee.',
        minutesAfter: 212,
        status: 'approved',
        ip: '198.51.100.88',
      },
      {
        name: 'Hetty Crane',
        email: 'hetty.crane@example.org',
        body: 'Is there a version of this table for one-bedroom flats? I suspect the picture for single people is worse still.',
        minutesAfter: 1385,
        status: 'pending',
        ip: '203.0.113.77',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Culture: theatre review (2026).
  // ---------------------------------------------------------------------------
  {
    slug: 'low-water-quayside-playhouse-review',
    title: 'Low Water, Quayside Playhouse review: a flood play that refuses easy comfort',
    dek: 'Nell Garroway’s new play spends one night in a Wharf Street terrace as the Tarrow rises, and is at its best when it stops explaining itself.',
    section: 'culture',
    tags: ['Theatre', 'The River'],
    authors: ['elliot-achterberg'],
    publishedAt: '2026-09-26T21:35:00Z',
    excerpt:
      'Garroway rewrote her second act after January’s floods, and it shows, for better and occasionally for worse. Bernadette Quill is magnificent.',
    body: `About forty minutes into *Low Water*, Nell Garroway’s new play at the Quayside Playhouse, the lights go out completely. For perhaps fifteen seconds there is nothing but the sound of water moving somewhere under the floorboards, and three people breathing in the dark. On opening night nobody in the audience moved. Several of them, I would guess, had heard that sound for real in January.

## One night, three generations

The play follows the Dunmore family in a terraced house on Wharf Street over a single night as the Tarrow rises. Maud (Bernadette Quill), who was born in the house, refuses to leave it. Her son Ray (Tobias Wren) has come to carry her out, and has brought his teenage daughter Kit (Ada Lomax) because there was nobody to leave her with. Nobody else arrives. The water does.

Garroway had finished a draft before the floods, and she has said in interviews that she rewrote the second act afterwards. You can tell. The first act is a well-made family drama, with old grievances about money and a sold allotment aired on schedule. The second act is stranger, looser and much better: the family carry furniture upstairs, argue about which photographs matter, and gradually stop talking about anything other than what is in front of them.

> "You keep asking what I’m going to do. I’m going to stand here. That’s doing something."

Quill gives Maud’s stubbornness a dry, almost comic edge that keeps the character from turning into a symbol of endurance, which is the trap the writing sometimes sets for her. Wren has the harder job, playing a man who is right about everything and knows it does not help. Lomax, in her first professional role, is watchful and very funny.

## The room rises too

Fenella Ouma’s design is the evening’s other triumph. The Dunmores’ front room is built on a raked platform that tilts almost imperceptibly over the course of the play, so that by the final scene the furniture is sliding and the actors are bracing against the floor. It is a simple idea, and I have not seen it done so well.

The weaknesses are mostly in the framing. A prologue and epilogue, spoken by Kit as an adult looking back, tell us what the play has already shown us, and tell it less well. A subplot involving a council officer on the phone feels like a leftover from the earlier draft. At two hours and ten minutes, the play could lose fifteen of them.

But when it trusts its actors and its water, *Low Water* is the most affecting new play the Quayside has staged in years, and a generous one. It does not pretend the flood taught anybody a lesson.

- *Low Water* runs at the Quayside Playhouse until 17 October.
- Running time: 2 hours 10 minutes, including an interval.
- Tickets £12 to £28, with £6 seats for residents of homes affected by the January floods.`,
    comments: [
      {
        name: 'Liesel Varga',
        email: 'liesel.varga@example.com',
        url: 'https://lieselreads.example',
        body: 'Saw it on Thursday and agree about the prologue and epilogue. The tilting floor got an audible gasp when people finally noticed it.',
        minutesAfter: 720,
        status: 'approved',
        ip: '198.51.100.204',
        replies: [
          {
            name: 'Jonty Pell',
            email: 'jonty@example.org',
            url: 'https://jontypell.example',
            body: 'I actually liked the epilogue. Having Kit speak as an adult was the only point where the play admitted that people move on, and some of them move away.',
            minutesAfter: 805,
            status: 'approved',
            ip: '203.0.113.9',
            replies: [
              {
                name: 'Liesel Varga',
                email: 'liesel.varga@example.com',
                url: 'https://lieselreads.example',
                body: 'That is a generous reading and I think you may be right. I might go again with the £6 ticket a neighbour can’t use.',
                minutesAfter: 870,
                status: 'approved',
                ip: '198.51.100.204',
              },
            ],
          },
        ],
      },
      {
        name: 'Bazza',
        email: 'bazza.t@example.net',
        body: 'anyone know if the car park on quay street is still free after 6?? got a ticket there last week and it says nothing on the sign',
        minutesAfter: 1030,
        status: 'trash',
        ip: '192.0.2.9',
      },
      {
        name: 'Mo Thistlewood',
        email: 'mthistlewood@example.net',
        body: 'Booked for the Saturday matinee on the strength of this. Good to see the Quayside commissioning something about the city itself.',
        minutesAfter: 1495,
        status: 'approved',
        ip: '192.0.2.57',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Culture: a bookshop anniversary (2022), with a clarification.
  // ---------------------------------------------------------------------------
  {
    slug: 'pellows-books-fifty-years',
    title: 'Fifty years of Pellow’s: the bookshop that outlived three high streets',
    dek: 'Ashgrove’s oldest independent bookshop marks its half-century this month with a successor lined up and a stubborn faith in special orders.',
    section: 'culture',
    tags: ['Books', 'Work'],
    authors: ['elliot-achterberg'],
    publishedAt: '2022-08-18T16:40:00Z',
    excerpt:
      'Edwin and Maureen Pellow opened their shop on Tanner Row in August 1972. Their daughter Frances has run it for twenty years and now plans to hand it to her staff.',
    body: `Frances Pellow keeps a ledger from August 1972 on the shelf behind the till. On the first day her parents opened the shop on Tanner Row they sold eleven books, three maps of the Tarrow valley and a tin of pencils. Total takings: £4.35. "My father wrote ‘a start’ underneath," she says. "Then he wrote nothing else in that column for a week."

Pellow’s Books turns fifty this month, which makes it the oldest independent bookshop in Ashgrove and, by some distance, the most stubborn.

## Three high streets

The shop has survived more than one version of the city centre. It came through the recession of the early 1980s, when half of Tanner Row stood empty. It saw a large chain bookshop open on the High Street in 1994 and close again in 2011. And it moved in 2009, when the landlord decided to sell the Tanner Row building, taking up smaller premises in Cowper’s Yard that it has occupied ever since.

> "Everybody told us the move would finish us. It turned out people would walk an extra three minutes for a shop they liked. They just wanted to be asked," Frances Pellow says.

Today the shop stocks around 14,000 titles, employs six people, four of them full-time, and turned over £610,000 in its last financial year. That is not a fortune, and the margins on books are thin, but it has made a profit in eighteen of the last twenty years.

## The special-order business

The secret, if there is one, is unglamorous. Some 38% of sales are special orders: books that customers ask for and the shop gets in, usually within two days. The shop also supplies reading books to fourteen of the city’s primary schools, a contract that began in 1988 with a single school in Millward and has quietly grown into a fifth of its income.

Tamsin Orde, who joined as a Saturday assistant in 2004 and is now the shop’s manager, keeps a card index of regular customers’ tastes. It has 2,300 cards. "Not a database," she says. "A database wouldn’t remember that Mr Hale only reads crime novels set somewhere colder than here."

## What comes next

Frances Pellow is 61 and plans to step back in 2024. Rather than sell, she intends to transfer the business into employee ownership, with Orde as managing director and the other five staff as co-owners.

The anniversary programme runs until the end of September:

- a reading and signing by the novelist Rhian Castellane on 27 August;
- a display of fifty years of bestsellers, one from each year, in the shop window;
- a free children’s storytelling morning every Saturday in September.

Pellow’s is in Cowper’s Yard, open Monday to Saturday from 9.30am.`,
    editorial: [
      {
        kind: 'clarification',
        body: 'An earlier version of this article said Pellow’s left its original premises on Tanner Row in 2009 "after a dispute with the landlord". The Pellow family has asked us to make clear that the move followed the landlord’s decision to sell the building and that there was no dispute. The article has been amended.',
        date: '2022-08-24T12:10:00Z',
        signedBy: 'The Editors',
      },
    ],
    comments: [
      {
        name: 'Liesel Varga',
        email: 'liesel.varga@example.com',
        url: 'https://lieselreads.example',
        body: 'Pellow’s got me through my A-levels and most of my twenties. Tamsin once found me an out-of-print poetry collection in four days when I had given up looking. Happy fiftieth.',
        minutesAfter: 55,
        status: 'approved',
        ip: '198.51.100.204',
      },
      {
        name: 'Owen Tallis',
        email: 'owen.tallis@example.org',
        body: 'I bought my first proper book there in 1979, a field guide to river birds, from Mr Pellow himself. He talked me out of the expensive edition.\n\nI still have it. The spine has gone but the heron page is intact.',
        minutesAfter: 190,
        status: 'approved',
        ip: '203.0.113.18',
        replies: [
          {
            name: 'Ruth Abara',
            email: 'ruth.abara@example.org',
            body: 'That is such a lovely detail. Talking a customer out of the expensive edition is exactly why that shop is still there.',
            minutesAfter: 251,
            status: 'approved',
            ip: '203.0.113.41',
          },
        ],
      },
      {
        name: 'Best SEO Backlinks',
        email: 'linkpro@example.org',
        url: 'https://rank-boost-backlinks.example',
        body: 'Great article, very well written! We provide high DA guest posts and do-follow backlinks on 5000+ news sites. Boost your rankings fast, cheap packages from $9.99. https://rank-boost-backlinks.example',
        minutesAfter: 2160,
        status: 'spam',
        ip: '192.0.2.250',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Culture: the book festival under a smaller grant (2026).
  // ---------------------------------------------------------------------------
  {
    slug: 'tarrow-book-festival-2026-smaller-and-sharper',
    title: 'A smaller Tarrow Book Festival, and a sharper one',
    dek: 'With its council grant cut by more than a third, this year’s festival has 38 events instead of 61, and the programme is better for the discipline.',
    section: 'culture',
    tags: ['Books', 'Budget', 'City Council'],
    authors: ['elliot-achterberg'],
    publishedAt: '2026-10-22T12:50:00Z',
    excerpt:
      'The festival lost £40,000 of council money and one in three of its events. What survives is tighter, more local and, on paper, the best programme in years.',
    body: `The Tarrow Book Festival opens on 6 November with less money than at any point in the past decade. Its grant from Ashgrove City Council fell this year from £115,000 to £75,000, a cut of 35%, and the festival’s two other main funders held their contributions flat. The result is a programme of 38 events over nine days, down from 61 last year, in one venue, the Corn Exchange, instead of three.

It would be easy to write this as a story of decline. Having spent an afternoon with the programme and another with the festival’s director, I am not convinced that it is one.

## Fewer events, more room

Last year the festival sold 71% of its tickets. Its most popular third of events sold out; the least popular third averaged audiences of 40 in rooms that seat 180. This year, says the director, Oona Farrant, the team cut from the bottom rather than trimming everywhere.

> "We stopped programming for the brochure and started programming for the room. If we couldn’t imagine 150 people wanting to be there on a wet Tuesday, it didn’t go in."

What survives is tighter and more rooted in the city than any programme I can remember here. The highlights:

- **Saturday 7 November:** the novelist Rhian Castellane on *The Salt Ledger*, her novel of the Old Quay warehouses in the 1890s, in conversation with the city archivist.
- **Monday 9 November:** a panel on flooding and memory with three Saltings writers who contributed to this year’s anthology, *High Water Mark*.
- **Wednesday 11 November:** the poet Kofi Brandreth reads from a new collection written during his year as writer-in-residence at Hallam lock.
- **Saturday 14 November:** the children’s day, which has kept all eight of its events and is free for under-16s for the first time.

## The money question

The festival costs about £340,000 to stage. Ticket sales cover 41% of that, sponsors and charitable trusts 37%, and the council’s £75,000 the remaining 22%. Tickets stay at £8, or £4 for concessions, and the festival has kept its author fee at £300 an event, which Farrant calls non-negotiable.

The savings have come from elsewhere. The year-round staff has gone from six people to four, the festival has given up its second and third venues, and the printed brochure has shrunk from 64 pages to 24.

## Next year

The council’s medium-term plan includes a review of all arts grants for 2027–28, with up to £0.6m of savings across the sector. Farrant is blunt about what a second cut of this size would mean: the festival would move to alternate years.

"We can be smaller," she says. "We can’t be smaller twice."

The Tarrow Book Festival runs from 6 to 14 November at the Corn Exchange. The full programme is at tarrowbookfest.example.`,
  },

  // ---------------------------------------------------------------------------
  // Culture: an essay by Ines Calloway on the lock-keepers (2026).
  // ---------------------------------------------------------------------------
  {
    slug: 'what-the-lock-keepers-know',
    title: 'What the lock-keepers know',
    dek: 'Four people still work the locks on the lower Tarrow by hand; a former ferry pilot spends a week with them before the machines arrive.',
    section: 'culture',
    tags: ['Work', 'The River', 'Climate'],
    authors: ['ines-calloway'],
    publishedAt: '2026-11-10T18:25:00Z',
    excerpt:
      'The drainage board plans to automate all seven locks below Ashgrove by 2028. The people who run them now can read the river in ways no sensor yet can.',
    body: `At ten past five on a Tuesday morning in October, Jim Harrowby is standing on the lower gates of Hallam lock with a mug of tea, looking at the water. He is not looking at anything in particular, he says. Just looking. After thirty-one years he can tell from its colour whether the Tarrow is rising, and from the note of the weir whether it is rising fast.

I piloted the Saltings ferry for nine years and thought I knew this river. A week with the people who keep its locks taught me otherwise.

## Four people, seven locks

In 1990 the Tarrow Valley Drainage Board employed eleven lock-keepers on the seven locks between Ashgrove and the estuary. Today it employs four, and each covers two locks, or three in the case of Harrowby, who drives between Hallam, Rooksey and Gull Reach in a van with 190,000 miles on the clock. Their average age is 58. The board has not recruited a new keeper since 2015.

A keeper’s day, as far as I could tell, goes something like this:

- checking and greasing the gates and paddle gear at first light;
- reading and logging water levels every four hours, and more often when rain is forecast upstream;
- clearing debris from the weirs, which last winter meant 14 tonnes of it, including a fridge, a sofa and a great many branches;
- working boats through the locks, from narrowboats to the last two working barges on the river;
- answering the phone to anyone who lives near the water and is worried.

It is the last of these that surprised me. Harrowby has the mobile numbers of about forty households along the lower river. On the night of 17 January he rang all of them.

## What the sensors will miss

The board plans to automate all seven locks by 2028 at a cost of £3.2m, with cameras, level sensors and remote-controlled sluices run from a control room in Old Quay. The keepers will be offered other jobs with the board.

The board’s case is not unreasonable. Automated gates work well on other rivers. Remote sensors do not retire, and they do not need a van.

> "Nobody is pretending a camera knows the river the way Jim does. But we cannot run a flood defence system on the assumption that four particular people will always be available," the board’s operations manager, Ruth Sandiford, told me.

What the keepers worry about is not the machinery but the judgement. In January, Harrowby opened the Rooksey sluices at two in the morning, forty minutes before the gauge alarm would have told him to, because the weir "sounded wrong". The board’s own review of the flood credited the early release with keeping the water 11 centimetres lower on Wharf Street than it would otherwise have been. Eleven centimetres is the height of a doorstep.

On my last morning I asked Harrowby what he would miss. He thought about it for a long time, long enough for a heron to land on the lock beam and leave again.

"Being the one who notices," he said.`,
    comments: [
      {
        name: 'Colm Brennagh',
        email: 'colm.b@example.org',
        body: 'My grandfather kept Gull Reach lock in the 1960s and used to say almost exactly the same thing about the sound of the weir. Beautiful piece.',
        minutesAfter: 88,
        status: 'approved',
        ip: '203.0.113.150',
      },
      {
        name: 'Frank Osei-Barlow',
        email: 'frank.oseibarlow@example.com',
        body: 'Are the drainage board’s automation plans published anywhere? If the review credited the early release with 11cm, I would like to know how the new system is meant to replicate that judgement.',
        minutesAfter: 305,
        status: 'pending',
        ip: '198.51.100.142',
      },
      {
        name: 'Pat Ridley',
        email: 'pat.ridley@example.net',
        body: 'I’m one of the forty numbers. He rang at ten to two and told us to get the car up the hill. We did, and it was the only car on our street that survived.',
        minutesAfter: 1620,
        status: 'approved',
        ip: '192.0.2.33',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // News: the Hollin Lane housing decision (2026).
  // ---------------------------------------------------------------------------
  {
    slug: 'hollin-lane-housing-scheme-approved',
    title: 'Council approves 420 homes on former Hollin Lane dairy depot after five-hour meeting',
    dek: 'The planning committee backed the city’s largest housing scheme in a decade by seven votes to four, despite more than 600 objections.',
    section: 'news',
    tags: ['Housing', 'City Council'],
    authors: ['maren-okafor'],
    publishedAt: '2026-11-19T14:55:00Z',
    excerpt:
      'Calder Rise Homes will build 420 homes on the old dairy depot, 126 of them classed as affordable. Objectors say the site is too dense and the affordable share too low.',
    body: `Plans for 420 homes on the former dairy depot at Hollin Lane were approved by Ashgrove City Council’s planning committee on Wednesday night, after a meeting that ran for more than five hours and drew the largest public gallery the council chamber has seen since the toll debates of 2017.

The committee voted seven to four in favour of the scheme from Calder Rise Homes, the biggest single housing development approved in the city for a decade. The council received 612 objections and 148 letters of support.

## What has been approved

The scheme covers the 6.8-hectare site between Hollin Lane and the railway, which has been largely empty since the dairy closed in 2019. It includes:

- 420 homes, in a mix of terraced houses and flats of up to six storeys;
- 126 affordable homes, or 30% of the total, of which 70 will be for social rent and 56 for shared ownership;
- a 1.2-hectare public park along the line of the old dairy sidings;
- £3.1m in developer contributions, of which £1.8m will go towards primary school places and £900,000 towards a new bus service for the first five years.

The council’s own policy asks for 35% affordable housing on large sites. Officers accepted a lower share after an independent assessment concluded that the higher figure would make the scheme unviable because of the cost of cleaning contaminated land on the site, estimated at £7.4m.

## Inside the chamber

Twenty-two speakers addressed the committee, most of them against. Residents of the Hollin Lane estate raised traffic on the single access road, the height of the six-storey blocks and pressure on the Fennick Heath surgery, which is already closed to new patients.

> "Nobody in this room is against homes. We are against 420 of them with one way in and one way out," said Margaret Ilesworth, chair of the Hollin Lane Residents’ Group.

Councillor Rashid Penhale, who chairs the committee, said the decision had been difficult but that the city could not keep turning down large sites while rents rose. "There are 412 households in temporary accommodation tonight. We have to weigh that against the real concerns we have heard," he said.

The four councillors who voted against said they would have supported a smaller scheme with a higher share of social rent.

## What happens next

Calder Rise Homes said it expected to start clearing the site in spring 2027, with the first homes ready in late 2028 and the whole scheme finished by 2032. The residents’ group said it would take legal advice on whether to seek a judicial review, which must be lodged within six weeks of the decision.`,
    comments: [
      {
        name: 'Devika Marr',
        email: 'devika.marr@example.com',
        body: '126 affordable homes is welcome, but only 70 at social rent, on a site this size, when the council’s own policy says 35%. The viability argument always seems to land in the developer’s favour.',
        minutesAfter: 36,
        status: 'approved',
        ip: '198.51.100.61',
        replies: [
          {
            name: 'Owen Tallis',
            email: 'owen.tallis@example.org',
            body: 'Seventy more social rent homes than there would be if the site stayed empty, though. It has been a fenced-off car park for seven years.',
            minutesAfter: 71,
            status: 'approved',
            ip: '203.0.113.18',
            replies: [
              {
                name: 'Devika Marr',
                email: 'devika.marr@example.com',
                body: 'True. But if the policy is 35% and it is never actually 35%, it isn’t really a policy, is it? The contamination costs were known when the land was bought.',
                minutesAfter: 109,
                status: 'approved',
                ip: '198.51.100.61',
                replies: [
                  {
                    name: 'Owen Tallis',
                    email: 'owen.tallis@example.org',
                    body: 'That is a fair point about the land price, and one I hadn’t thought about. Maybe the assessment should be published in full so people can judge it themselves.',
                    minutesAfter: 164,
                    status: 'approved',
                    ip: '203.0.113.18',
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        name: 'Realist',
        email: 'realist1987@example.com',
        body: 'Another 420 rabbit hutches and the Review cheering it on as usual. You lot should try getting real jobs instead of writing this rubbish.',
        minutesAfter: 58,
        status: 'trash',
        ip: '198.51.100.7',
      },
      {
        name: 'Slim Keto Miracle',
        email: 'keto@example.net',
        url: 'https://keto-slim-miracle.example',
        body: 'Lose 12kg in 2 weeks with no diet and no exercise!!! Doctors HATE this one weird pill. Limited offer, free trial at https://keto-slim-miracle.example',
        minutesAfter: 230,
        status: 'spam',
        ip: '203.0.113.251',
      },
      {
        name: 'Sunita Kerrigan',
        email: 'sunita.k@example.com',
        body: 'The £1.8m for school places is interesting given the Review’s piece a few years ago about Millward and Brackley schools having empty places. Will the money go to the nearest schools or the ones with room?',
        minutesAfter: 298,
        status: 'approved',
        ip: '198.51.100.88',
      },
      {
        name: 'Gareth Lindqvist',
        email: 'gareth.lindqvist@example.com',
        body: 'What happens to the new bus route after the five years of developer money runs out? We have seen how that goes with the flat fare.',
        minutesAfter: 415,
        status: 'pending',
        ip: '198.51.100.23',
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // News: the Saltings ferry (2020).
  // ---------------------------------------------------------------------------
  {
    slug: 'saltings-ferry-to-stop-after-easter',
    title: 'Saltings ferry to stop running after Easter, operator says',
    dek: 'Tarrow Crossings Ltd blames falling passenger numbers and the end of a council subsidy for the closure of a service that has run since 1952.',
    section: 'news',
    tags: ['Transport', 'The River', 'Work'],
    authors: ['maren-okafor'],
    publishedAt: '2020-01-29T10:15:00Z',
    excerpt:
      'The foot ferry between Saltings and Old Quay will make its last crossing on Easter Monday, 13 April. Its operator lost £86,000 last year.',
    body: `The foot ferry between Saltings and Old Quay will stop running after Easter, its operator announced on Tuesday, ending a service that has crossed the Tarrow since 1952.

Tarrow Crossings Ltd said the last sailing would leave Saltings pier at 6.40pm on Easter Monday, 13 April. The company lost £86,000 in the year to September 2019, its third consecutive loss, after Ashgrove City Council ended a £40,000 annual subsidy last spring.

## Falling numbers

The ferry carried 61,000 passengers last year, down from 94,000 in 2014. The company attributes much of the fall to the opening of the Millward Road footbridge extension in 2016 and to the reduction of its own timetable, from every 15 minutes to every half hour, in 2018.

In a statement the company’s managing director, Graham Tulley, said the decision had been "taken with great reluctance after every alternative had been explored".

> "We have asked the council, local businesses and the drainage board for help. We cannot keep running a public service at a private loss. Without support the numbers simply do not work," he said.

Five crew members, including two pilots, will lose their jobs. The company said it would try to find them work on its charter boats, which will continue to operate from Old Quay in the summer months.

## Council response

The council’s cabinet member for transport, Councillor Ama Wetherell, said the authority had "no room in this year’s budget" to restore the subsidy, but that officers would meet the company before the end of February to discuss whether a reduced, commuter-only timetable could be supported.

Passengers who rely on the ferry say the alternatives are poor. Without it, a walk from Saltings to the Old Quay offices takes around 40 minutes by the Millward Road crossing, or two buses.

Lorna Keble, who has used the ferry to get to work for eleven years, said the news had come as a shock. "It’s four minutes across the water. The bus is forty minutes on a good day. I don’t know what I’m going to do," she said.

## What happens next

A petition calling for the council to save the service had gathered more than 2,300 signatures by Wednesday morning. The council’s transport scrutiny committee is due to discuss the closure at its next meeting, on 11 February.

The company said season tickets would be refunded on a pro-rata basis from 14 April, and that the Saltings pier, which it leases from the council, would be handed back at the end of May.`,
    comments: [
      {
        name: 'Pat Ridley',
        email: 'pat.ridley@example.net',
        body: 'I have used that ferry almost every weekday since 1998. It is the only reason I could take the job at Old Quay without a car.\n\nThe half-hourly timetable was the beginning of the end. Nobody could rely on it any more.',
        minutesAfter: 52,
        status: 'approved',
        ip: '192.0.2.33',
      },
      {
        name: 'Colm Brennagh',
        email: 'colm.b@example.org',
        body: 'Signed the petition. £40,000 a year seems a small price for a crossing that takes cars off the Millward Road bridge. Has anyone worked out what the council spends on the bus routes that will have to pick up these passengers?',
        minutesAfter: 133,
        status: 'approved',
        ip: '203.0.113.150',
      },
    ],
  },
];
