## The library ("Ressources").

library-title = Resources
library-breadcrumb = Breadcrumb
library-intro = Guides, videos, courses, sheets and testimonies to lead your association's digital transition, chosen and checked by the network.
library-propose-link = Propose a resource
library-search-label = Search for a resource
library-search-placeholder = E.g. GDPR, video calls, sobriety
library-search-submit = Search
library-sort-label = Sort by
library-sort-relevance = Relevance
library-sort-recent = Most recent
library-sort-title = Title
library-results = { $count ->
    [0] No resource
    [one] 1 resource
   *[other] { $count } resources
}
library-empty = No resource matches. Try fewer words or filters.
library-clear-filters = Clear the search and filters
library-filters = Filter
library-apply-filters = Apply the filters
library-facet-audience = Audience
library-facet-theme = Theme
library-facet-format = Format
library-facet-language = Language
library-pages = Result pages
library-page-of = Page { $page } of { $pages }
library-ignored-filter = The filter "{ $param } = { $value }" does not exist: it was ignored.

library-audience-associations = Associations
library-audience-providers = Providers
library-audience-everyone = Everyone
library-theme-strategy = Strategy
library-theme-tools = Tools
library-theme-training = Training
library-theme-law = Law and GDPR
library-theme-sobriety = Sobriety and environment
library-theme-governance = Governance
library-theme-funding = Funding
library-format-guide = Guide
library-format-video = Video
library-format-course = Course
library-format-article = Article
library-format-sheet = How-to sheet
library-format-testimony = Testimony
library-language-fr = French
library-language-en = English
library-language-de = German
library-language-es = Spanish
library-language-it = Italian

library-open = Open the resource
library-verified-on = Checked on
library-to-review = To review
library-report-link = Report a problem (broken link, outdated information…)
library-review-link = Review this resource (moderation)

library-field-title = Title
library-field-url = Address of the resource
library-field-url-hint = The web address where it is found, for example https://www.example.org/guide. If it is not online, attach its file at the bottom of the form.
library-field-summary = Summary
library-field-summary-hint = In a few sentences: what it teaches, for whom, why it is useful.
library-field-audience = Audience
library-field-themes = Themes
library-field-format = Format
library-field-choose = Choose…
library-field-language = Language
library-field-source = Author or source
library-field-source-hint = Who wrote or published it: a person, an association, an administration.
library-field-licence = Licence
library-field-licence-hint = As the resource states it, for example CC BY-SA 4.0.
library-field-year = Year of publication
library-optional = (optional)

library-propose-title = Propose a resource
library-propose-intro = Did a guide, a video or a testimony help you? Propose it: the moderators read it before publishing it.
library-propose-submit = Send the proposal
library-propose-sent = Thank you! Your proposal waits for the moderators; it will be published once checked.

library-status-proposed = Proposed, waiting
library-status-published = Published
library-status-refused = Refused or withdrawn
library-review-public-page = See the public page
library-review-refusal = Reason for refusal:
library-review-publish = Publish
library-review-save = Save the corrections
library-review-refuse-reason = Reason for refusal (kept with the decision)
library-review-withdraw-reason = Reason for withdrawal
library-review-refuse = Refuse
library-review-withdraw = Withdraw from the library
library-review-done = Decision saved.

library-check-title = Give a title of at least 3 characters.
library-check-title-long = The title is longer than { $max } characters.
library-check-url = This is not a valid web address (it must start with https:// or http://).
library-check-summary-short = The summary must be at least { $min } characters long.
library-check-summary-long = The summary is { $count } characters long; the maximum is { $max }.
library-check-audience = Choose who the resource is for.
library-check-themes = Choose at least one theme.
library-check-format = Choose the format of the resource.
library-check-language = Choose the language of the resource.
library-check-source = Give the author or the source.
library-check-source-long = The author or source is longer than { $max } characters.
library-check-licence-long = The licence is longer than { $max } characters.
library-check-year = The year must be between { $first } and { $last }.
library-check-year-number = The year must be a number, for example 2024.
library-check-reason = Give the reason: it is kept in the moderation log.
library-conflict = Another moderator decided meanwhile: reload the page to see their decision.
library-api-invalid = The parameter "{ $param }" cannot be "{ $value }".
library-feed = Atom feed of new resources
library-open-data = Open data:
library-moderation-link = Library to watch
library-moderation-intro = Resources whose link is broken (the page was gone at two checks days apart) and those no moderator checked for a year. Open one to correct its address, mark it checked by saving it, or withdraw it.
library-moderation-empty = Nothing to watch: every link answers and every resource was checked within the year.
library-broken-since = Link broken since { $date }
library-never-verified = Never checked by a moderator
library-broken-notice = This link seems broken: the page was not found at two checks days apart. The moderators know.
library-course-link = Learn step by step with the courses: short lessons, quizzes and a certificate
library-check-need = The catalogue has no need “{ $slug }”.
library-check-tool = The catalogue has no free tool “{ $slug }”.
library-field-steps = Steps of the transition it helps with
library-field-catalogue = Needs and tools of the catalogue it is about
library-field-needs = Needs
library-field-tools = Free tools
library-field-links = In the catalogue
library-check-file-large = The file is over { $max } MB.
library-check-file-kind = This file is neither a PDF, nor an OpenDocument file (ODT, ODS, ODP), nor a PNG or JPEG image.
library-check-file-disguised = This file's name does not say what it holds: it is a { $kind } file. Rename it with the right extension.
library-check-url-or-file = Give the resource's address, or attach its file.
library-field-file = Or attach the file
library-field-file-hint = PDF, ODT, ODS, ODP, PNG or JPEG, 10 MB at most, when the resource is not online.
library-download = Download
library-file-attached = Attached file
library-file-size-kb = { $size } KB
library-file-size-mb = { $size } MB
library-decimal-mark = .
library-to-filters = Filter the resources
