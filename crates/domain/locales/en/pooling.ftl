## Pooling ("Mutualisation"): needs, quotes, campaigns, shared maintenance.

pooling-kind-feature = New feature
pooling-kind-tool = New tool
pooling-kind-translation = Translation
pooling-kind-accessibility = Accessibility
pooling-kind-hosting = Hosting
pooling-kind-maintenance = Maintenance

pooling-status-idea = Idea
pooling-status-specification = Specification
pooling-status-funding = Funding
pooling-status-in-development = In development
pooling-status-delivered = Delivered
pooling-status-abandoned = Abandoned

pooling-need-title = Give a title of at least { $min } characters.
pooling-need-title-long = The title has { $max } characters at most.
pooling-need-description = Describe the need in at least { $min } characters: what is missing, for whom, why.
pooling-need-description-long = The description has { $length } characters; { $max } at most.
pooling-need-tool = The catalogue has no free tool “{ $slug }”.
pooling-need-kind = Choose the kind of need.

pooling-amount-missing = Enter an amount in euros.
pooling-amount-positive = The amount must be more than zero.
pooling-amount-number = Write the amount in figures, for example 2400 or 480.50.
pooling-amount-decimals = An amount has two digits after the decimal mark at most (the cents).
pooling-amount-too-large = This amount is too high.

pooling-quote-deliverables = Describe what is delivered in at least { $min } characters.
pooling-quote-date = Enter the quote's validity date (YYYY-MM-DD).
pooling-quote-expired = The validity date must be ahead.

pooling-deadline-date = Enter the deadline as YYYY-MM-DD.
pooling-deadline-past = The deadline must be after today.
pooling-deadline-far = The deadline is { $days } days away; a campaign lasts { $max } days at most.

pooling-pledge-reached = The goal is reached: the campaign is closed, pledges no longer change.
pooling-pledge-released = The campaign expired: the pledges were released.
pooling-pledge-late = The deadline has passed: the campaign takes no more pledges.
pooling-pledge-none = Your association has no pledge to withdraw.

pooling-days-number = Enter a whole number of days a month, at least 1.
pooling-days-over = { $remaining } day(s) remain in this pool; subscribe for fewer, or join the waiting list.

pooling-topic-link = This need is pooled at { $link }: say “us too” for your association, read the specification, the quotes and the campaign.
pooling-need-association = Choose one of your associations: the need is proposed on its behalf.
pooling-join-closed = This need is delivered or abandoned: it takes no new association.
pooling-specification-empty = Write the specification before saving it.
pooling-specification-long = The specification has { $length } characters; { $max } at most.
pooling-specification-stale = Someone saved another version of the specification while you were writing. Your text is below: read the new version, then save again.
pooling-status-stale = This need's status changed meanwhile. Reload the page to see where it stands.
pooling-status-move = This need cannot move straight to that status.
pooling-quote-closed = Quotes are proposed and voted on before the funding campaign; this need is past it.
pooling-choose-expired = This quote is no longer valid: the provider must propose a new one.
pooling-choose-votes = Confirm the quote with the most votes from the associations (at least one).
pooling-pledge-no-campaign = No campaign is open for this need.
pooling-status-campaign-open = The funding campaign is under way: the need moves to development when the goal is reached.

## Pages

pooling-title = Pooling
pooling-breadcrumb = Breadcrumb
pooling-intro = Several associations share a need none can pay for alone: team up, write the specification together, choose a vetted provider's quote and commit together, all or nothing.
pooling-no-money = This site never holds money: when the goal is reached, the provider invoices each association directly for the amount it pledged.
pooling-propose-link = Propose a need
pooling-filters = Filter the needs
pooling-field-status = Status
pooling-field-kind = Kind of need
pooling-field-tool = Software concerned
pooling-any = All
pooling-filter = Filter
pooling-filter-clear = Show all
pooling-none = No need matches. Propose yours: other associations may have it too.
pooling-joined-count = { $count ->
    [0] No association yet
    [one] { $count } association concerned
   *[other] { $count } associations concerned
}

pooling-propose-title = Propose a need
pooling-propose-intro = Describe what your association lacks. The need opens with a forum topic in “Mutualiser des besoins”, so that other associations find it and say “us too”.
pooling-propose-no-association = A need is proposed on behalf of an association, and you have none on this site yet.
pooling-propose-create-association = Create your association's space
pooling-field-association = Association
pooling-field-title = Title
pooling-field-title-hint = What is missing, in one sentence: “Online membership renewal in Paheko”.
pooling-field-description = Description
pooling-field-description-hint = For whom, why, how you do it today. Markdown accepted.
pooling-optional = (optional)
pooling-no-tool = None in particular
pooling-propose-submit = Propose the need

pooling-done-proposed = The need is proposed, and its forum topic open.
pooling-done-joined = Your association is part of this need.
pooling-done-specified = The specification is saved; the former version stays in the history.
pooling-done-status = The need's status changed.
pooling-done-quoted = Your quote is published on the need's page.
pooling-done-voted = Your association's vote is saved.
pooling-done-campaign = The campaign is open: the associations' responsables may pledge.
pooling-done-pledged = Your association's pledge is written in the ledger.
pooling-done-withdrawn = Your association's pledge is withdrawn.
pooling-done-reached = The goal is reached! Every association and the provider receive the final ledger by email.

pooling-topic = Discuss this need on the forum
pooling-associations = Associations concerned
pooling-by-size = By size
pooling-by-region = By region
pooling-size-unknown = Size not given
pooling-region-unknown = Unknown region
pooling-for-association = For:
pooling-join = Us too
pooling-sign-in-to-join = Sign in to say “us too” on behalf of your association

pooling-specification = Specification
pooling-specification-none = The specification is not written yet.
pooling-versions = { $count ->
    [one] One version: see the history
   *[other] { $count } versions: see the history
}
pooling-specification-edit = Edit the specification
pooling-specification-field = Specification
pooling-specification-hint = What is expected, precisely: features, constraints, what is out of scope. Markdown accepted. Every version is kept.
pooling-specification-save = Save this version
pooling-history-title = History of the specification

pooling-quotes = Quotes
pooling-quotes-none = No quote yet. Vetted providers may propose one.
pooling-milestones = Milestones
pooling-valid-until = Valid until
pooling-quote-expired-badge = Expired
pooling-votes = { $count ->
    [0] no vote
    [one] { $count } vote
   *[other] { $count } votes
}
pooling-your-vote = Voted by:
pooling-vote = Vote for this quote
pooling-deadline = Campaign deadline
pooling-deadline-hint = At most 60 days from today (YYYY-MM-DD).
pooling-choose = Confirm this quote and open the campaign
pooling-quote-add = Propose a quote
pooling-quote-as = On behalf of:
pooling-quote-provider = Provider
pooling-quote-amount = Total amount (€)
pooling-amount-hint = In euros, with at most two decimals: 2400 or 2400.50.
pooling-quote-deliverables-field = What is delivered
pooling-quote-milestones-field = Milestones
pooling-quote-milestones-hint = One milestone per line.
pooling-quote-valid-field = Valid until (YYYY-MM-DD)
pooling-quote-submit = Publish the quote

pooling-campaign = Funding campaign
pooling-campaign-none = No campaign yet: it opens when the need's author confirms the quote the associations chose.
pooling-campaign-open = Open
pooling-campaign-reached = Goal reached
pooling-campaign-released = Expired, pledges released
pooling-campaign-progress = Share of the goal pledged
pooling-of-goal = pledged of
pooling-deadline-on = deadline
pooling-shown-anonymous = shown as “an association”
pooling-pledge-amount = Amount your association pledges (€)
pooling-pledge-hint = “We commit this amount if the goal is reached by the deadline.” Nothing is paid on this site.
pooling-pledge-public = Show the association's name in the public ledger
pooling-pledge-submit = Pledge
pooling-pledge-withdraw = Withdraw the pledge
pooling-pledges = Pledges
pooling-pledges-none = No pledge yet.
pooling-an-association = An association
pooling-ledger = Public ledger
pooling-ledger-date = Date
pooling-ledger-event = Event
pooling-ledger-association = Association
pooling-ledger-amount = Amount
pooling-ledger-total = Total pledged
pooling-ledger-pledged = Pledge
pooling-ledger-changed = Change
pooling-ledger-withdrawn = Withdrawal
pooling-ledger-reached = Goal reached
pooling-ledger-released = Pledges released

pooling-statuses = Where the need stands
pooling-status-change = New status
pooling-status-submit = Change the status

## Shared maintenance

pooling-pool-title = The title has { $min } to { $max } characters.
pooling-pool-description = Describe the pool in { $min } to { $max } characters: what the technician does, where, when.
pooling-pool-days = Days per month
pooling-pool-service = Line { $line } of the services: write “what is shared: monthly cost in euros”, for example “Backups: 40”.
pooling-pool-services-many = { $max } services at most.
pooling-pool-departement = “{ $code }” is not a département number.
pooling-pool-departements = Give at least one département where the technician works.
pooling-subscription-exists = Your association is already subscribed to this pool.
pooling-subscription-none = Your association is not subscribed to this pool.

pooling-pools-link = Pool maintenance
pooling-pools-title = Shared maintenance
pooling-pools-intro = Like a community-supported farm, for IT: several associations share a technician's days each month and common services. Each pays its days and its share of the services, directly to the provider.
pooling-pools-place = Commune or postcode
pooling-pools-place-hint = The pools whose technician works in your département.
pooling-pools-search = Search
pooling-pools-unknown-place = No commune matches
pooling-pools-near = Pools working in
pooling-pools-none = No pool here yet. A vetted provider may offer one.
pooling-pools-offer-link = You are a provider: offer a maintenance pool
pooling-pool-days-left = { $left } free day(s) of { $total } a month
pooling-pool-per-day = a day
pooling-pool-per-month = a month
pooling-pool-subscribers = { $count ->
    [0] No association subscribed
    [one] { $count } association subscribed
   *[other] { $count } associations subscribed
}
pooling-pool-subscribers-label = Associations
pooling-pool-waiting = on the waiting list:
pooling-pool-services = Shared services
pooling-pool-services-none = No shared service: each association pays its days only.
pooling-pool-services-shared = Shared equally among the subscribed associations, in all:
pooling-pool-how = Each month, an association owes its days × the rate, plus its equal share of the shared services. The provider invoices it directly; this site never holds money.
pooling-pool-days-unit = day(s) a month
pooling-pool-leave = Leave at the end of the month
pooling-pool-subscribe-title = Subscribe your association
pooling-pool-days-field = Days per month
pooling-pool-days-hint = A whole number. If not enough days remain, join the waiting list.
pooling-pool-subscribe = Subscribe
pooling-pool-wait = Waiting list
pooling-pool-ledger = What each owes
pooling-pool-previous-month = Previous month
pooling-pool-next-month = Next month
pooling-pool-ledger-empty = No association subscribed that month.
pooling-pool-days-cost = Days × rate
pooling-pool-share = Share of the services
pooling-pool-owed = To pay
pooling-pool-ledger-total = Month's total
pooling-pool-done-subscribed = Your association is subscribed from this month.
pooling-pool-done-waiting = Your association is on the waiting list.
pooling-pool-done-left = Your association's subscription ends at the end of this month, still owed.

pooling-offer-title = Offer a maintenance pool
pooling-offer-intro = Offer a technician's days each month, at a day rate, and the services the pool shares. Associations subscribe while days remain.
pooling-offer-no-provider = You must manage a provider profile published in the directory to offer a pool.
pooling-offer-description-hint = What the technician does, where, how often. Markdown accepted.
pooling-offer-days = Technician days per month
pooling-offer-days-hint = Between 1 and 23.
pooling-offer-rate = Day rate (€)
pooling-offer-services = Shared services
pooling-offer-services-hint = One a line, “what is shared: monthly cost”, for example “Encrypted backups: 40”.
pooling-offer-departements = Départements
pooling-offer-departements-hint = Their numbers, separated by spaces: 35 22 56.
pooling-offer-submit = Offer the pool

pooling-api-invalid = Value “{ $value }” not recognised for the parameter { $param }.
pooling-api-not-found = No pooled need under this identifier.
