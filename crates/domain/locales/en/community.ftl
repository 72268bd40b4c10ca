community-title = Community
community-lead = The mutual-help forum: ask your questions, compare tools, find who can help and share what worked for you.
community-breadcrumb = Breadcrumb
community-latest = Latest topics
community-categories = Categories
community-category-counts = { $topics ->
    [0] No topics
    [one] 1 topic
   *[other] { $topics } topics
} · { $posts ->
    [0] no posts
    [one] 1 post
   *[other] { $posts } posts
}
community-topic-count = { $count ->
    [0] No topics
    [one] 1 topic
   *[other] { $count } topics
}
community-replies = { $count ->
    [0] no replies
    [one] 1 reply
   *[other] { $count } replies
}
community-unread = { $count ->
    [one] 1 unread
   *[other] { $count } unread
}
community-new = New
community-no-topics = No topics yet. Start the first one!
community-new-topic = New topic
community-pinned = Pinned
community-solved = Solved
community-closed = Closed
community-hidden = Hidden
community-gone = Deleted account
community-pages = Pages of topics
community-filter-label = Filter the topics
community-filter-all = All
community-filter-solved = Solved
community-filter-unsolved = Waiting for an answer
community-search-label = Search the forum
community-search-placeholder = E.g. video calls, accounting, Nextcloud
community-search-submit = Search
community-search-title = Search the forum
community-search-results = Results
community-search-author = Author
community-search-author-hint = Their handle, for example camille-b.
community-search-author-unknown = No member has this handle: check the spelling.
community-search-period = Period
community-period-any = Any time
community-period-week = Past week
community-period-month = Past month
community-period-year = Past year
community-search-count = { $count ->
    [0] No posts found. Try fewer words or another category.
    [one] 1 post found
   *[other] { $count } posts found
}
community-all-categories = All categories
community-category = Category
community-category-choose = Choose a category
community-topic-title = Title
community-topic-title-hint = A clear question draws good answers, for example "Which tool to replace Doodle?".
community-body = Your message
community-body-hint = Markdown formatting: **bold**, *italics*, > quote, - list. Write @handle to let a member know.
community-start-submit = Post the topic
community-reply-title = Reply
community-reply-submit = Post the reply
community-draft-save = Save draft
community-draft-saved = Draft saved. You will find it here when you come back.
community-sign-in-to-reply = Sign in to reply
community-closed-hint = This topic is closed: it takes no more replies.
community-replies-title = Replies
community-solution = Solution
community-solution-title = The solution
community-solution-link = see it in the discussion
community-solve = This is the solution
community-unsolve = No longer the solution
community-quote = Quote
community-quote-wrote = { $name } wrote:
community-thank = Thanks
community-thanks = { $count ->
    [one] 1 thanks
   *[other] { $count } thanks
}
community-edit = Edit
community-edited = edited on
community-delete = Delete
community-flag = Flag
community-hide = Hide
community-show = Show again
community-post-deleted = Post deleted by its author.
community-post-hidden = Post hidden by the moderators.
community-edit-title = Edit the post
community-edit-hint = After five minutes, the previous version stays readable in the post's history.
community-edit-submit = Save
community-history-title = History of the post
community-history-topic-title = Topic title:
community-history-current = Current version
community-history-until = Version replaced on { $date }
community-name-legend = Your name on the forum
community-name-hint = This is your first post: choose how other members will see you. Your email address is never shown.
community-display-name = Display name
community-handle = Handle
community-handle-hint = To mention you (@handle): lower-case letters without accents, digits and hyphens.
community-moderate-title = Moderating the topic
community-moderate-reason = Reason (optional, written to the log)
community-moderate-category = Category (to move it)
community-close = Close
community-reopen = Reopen
community-pin-category = Pin in its category
community-pin-everywhere = Pin everywhere
community-unpin = Unpin
community-move = Move
community-member-since = member since { $date }
community-member-counts = { $posts ->
    [0] no posts
    [one] 1 post
   *[other] { $posts } posts
} · { $thanks ->
    [0] no thanks received
    [one] 1 thanks received
   *[other] { $thanks } thanks received
}
community-member-associations = Associations
community-member-recent = Recent posts
community-member-no-posts = No posts yet.
community-check-title-short = The title is too short: at least { $min } characters, so that the question is clear.
community-check-title-long = The title is too long: { $max } characters at most.
community-check-body-empty = The message is empty.
community-check-body-long = The message is too long: { $max } characters at most.
community-check-draft-long = The draft is too long to be saved.
community-check-category = Choose a category from the list.
community-check-handle = The handle must start with a letter and hold only lower-case letters without accents, digits and hyphens ({ $max } characters at most).
community-check-handle-missing = Choose your name on the forum before posting.
community-check-handle-taken = This handle is taken: choose another one.
community-check-name = Give a display name of { $max } characters at most.
community-topic-closed = This topic is closed: it takes no more replies or edits.
community-delete-first = The first post of a topic with replies cannot be deleted: edit it instead.
community-thank-own = You cannot thank yourself.
community-feed = Atom feed (for a feed reader)
community-api-invalid = Value "{ $value }" not recognised for the parameter { $param }.
community-api-not-found = No public topic has this identifier.
community-watch-muted = Muted: nothing, unless I am mentioned
community-watch-normal = Normal: mentions and replies to my topics
community-watch-tracking = Tracking: as normal, with unread counts
community-watch-watching = Watching: every new post
community-watch-first-post = First posts: every new topic
community-check-watch = This watching level applies to categories only.
community-watch-title = Follow this topic
community-watch-label = Watching level
community-watch-as-category = As its category
community-watch-save = Save
community-watch-saved = Watching level saved.
community-watch-hint = Replying to a topic sets it to "Tracking"; starting it sets it to "Watching".
community-watch-category-label = Follow this category
community-notifications-title = Notifications
community-preferences-link = Choose what the forum sends me
community-notifications-read-all = Mark all as read
community-notifications-none = No notifications yet. You will get some when you are mentioned, when someone replies to your topics, or in what you watch.
community-notification-mention = { $author } mentioned you in “{ $title }”
community-notification-reply = { $author } replied to “{ $title }”
community-notification-new-topic = { $author } started “{ $title }”
community-notification-watched = { $author } wrote in “{ $title }”
community-preferences-title = What the forum sends me
community-preferences-saved = Your choices are saved.
community-unsubscribed = Done: the forum will send you no more emails. You can change this here at any time.
community-preferences-emails = Emails
community-preferences-notifications = An email for each notification (a few minutes later, if it was not read on the site)
community-preferences-digest = The weekly digest
community-preferences-categories = Categories you follow
community-preferences-categories-hint = For each category, what you are notified of.
community-preferences-save = Save my choices
community-unsubscribe-all = Receive nothing more from the forum
community-digest-posts = { $count ->
    [one] 1 post this week
   *[other] { $count } posts this week
}
community-trust-new = New member (links, pace and first day limited)
community-trust-member = Member
community-trust-trusted = Trusted member
community-trust-title = Trust on the forum
community-trust-now = Current level
community-trust-set = Level set by the moderators
community-trust-automatic = Automatic (from reading and time on the forum)
community-trust-links = New members may put at most { $max } links in a post. This limit goes after a few days of reading the forum.
community-trust-pace = { $seconds } more seconds before your next post: new members wait 30 seconds between two posts. Your text is kept below.
community-trust-first-day-topics = New members may start { $max } topics on their first day. Save your text as a draft and come back tomorrow.
community-trust-first-day-replies = New members may write { $max } replies on their first day. Save your text as a draft and come back tomorrow.
community-held = Waiting for approval
community-held-topic = Thank you! As this is your first post, the moderators read it before it is published. You will hear of the replies.
community-held-reply = Thank you! As this is your first post, the moderators read it before it is published.
community-post-held = Post waiting for the moderators' approval.
community-approve = Approve
community-refuse = Refuse
community-categories-admin-title = Forum categories
community-categories-admin-hint = The order goes from the smallest number to the largest. Changing a category's address changes its links.
community-categories-saved = Category saved.
community-categories-new = New category
community-categories-name = Name
community-categories-slug = Address
community-categories-slug-hint = Lower-case letters without accents, digits and hyphens: /communaute/c/address.
community-categories-description = Description
community-categories-position = Order
community-categories-starters = Who may start a topic
community-categories-starters-members = Every member
community-categories-starters-moderators = The moderators only (for announcements, say)
community-categories-save = Save the category
community-check-category-name = Give a name of 2 to { $max } characters.
community-check-category-slug = The address may hold only lower-case letters without accents, digits and hyphens.
community-check-category-slug-taken = Another category already has this address.
community-check-category-description = The description is too long: { $max } characters at most.
community-check-category-position = The order is a whole number from 1 to 1000.
community-check-category-starters = Choose who may start a topic.
community-search-count-more = More than { $count } posts found: add a word or a filter to narrow it.
