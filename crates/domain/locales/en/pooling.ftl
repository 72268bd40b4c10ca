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

pooling-need-title = Give a title of at least 5 characters.
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
