## The course ("Parcours").

courses-kind-lesson = Lesson
courses-kind-quiz = Quiz

courses-name-missing = Enter the name to write on the certificate.
courses-name-too-long = The name has { $length } characters; { $max } at most.
courses-name-control = The name holds invisible characters; type it again.

courses-quiz-no-such-question = This quiz has no question “{ $question }”.
courses-quiz-no-such-answer = Question { $question } has no answer “{ $answer }”. Choose among the answers offered.
courses-quiz-one-answer = Question { $question } takes one answer only.

## Importing a course folder: every message names its file, and its line when it has one.
courses-source-at-line = { $file }, line { $line }: { $problem }
courses-source-in-file = { $file }: { $problem }
courses-source-too-large = the folder is over { $max } MB.
courses-source-file-too-large = the file is over { $max } KB.
courses-source-too-deep = a course has two levels: course.md and images at the top, one folder per module.
courses-source-unknown-file = this is neither a Markdown page (.md) nor an image ({ $kinds }).
courses-source-stray-text = at the top, only course.md is a page; a lesson goes in its module's folder.
courses-source-no-module = this folder has no module.md: it is not a module and may only hold images.
courses-source-no-course = course.md is missing at the top of the folder.
courses-source-no-modules = no module: a module is a folder with a module.md.
courses-source-empty-module = this module has neither lesson nor quiz.
courses-source-same-slug = the address “{ $slug }” is already that of { $other }; rename one of the two files.
courses-source-same-order = order { $order } is already that of { $other }.
courses-source-bad-slug = “{ $slug }” does not fit as an address: 2 to 60 lower-case letters without accents, digits and hyphens.
courses-source-bad-name = the name “{ $slug }” does not fit as an address: 2 to 60 lower-case letters without accents, digits and hyphens, after an optional number (01-).
courses-source-bad-kind = there is no type “{ $kind }”: lecon or quiz.
courses-source-bad-step = there is no step “{ $step }”; the steps: { $steps }.
courses-source-bad-status = there is no status “{ $status }”; the statuses: { $statuses }.
courses-source-bad-minutes = the duration is a number of minutes, from 1 to 600.
courses-source-bad-order = the order is a number from 1.
courses-source-questions-not-quiz = questions, but the type is not quiz (add type = "quiz").
courses-source-not-utf8 = the file is not UTF-8.
courses-source-no-front-matter = the file must start with a +++ line, then its TOML header and another +++ line.
courses-source-unclosed-front-matter = the header opened by +++ is never closed by a +++ line.
courses-source-bad-toml = the header is not valid TOML (a quote, bracket or = sign forgotten?).
courses-source-wrong-type = “{ $key }” must be: { $expected }.
courses-source-missing = “{ $key }” is missing from the header.
courses-source-unknown-key = “{ $key }” is not a known field; the fields: { $known }.
courses-source-image-missing = the image “{ $image }” is not a file of the course (images are files of the folder, never addresses of other sites).
courses-source-no-questions = a quiz has at least one question ([[questions]]).
courses-source-bad-question = question { $question } needs a text, answers ([[questions.reponses]]) and, when given, plusieurs = true or false.
courses-source-question-unknown-key = question { $question } has an unknown field “{ $key }”; the fields: texte, plusieurs, reponses.
courses-source-bad-answer = answer { $answer } of question { $question } needs a text, an explanation and, when given, correcte = true or false.
courses-source-few-answers = question { $question } needs at least two answers.
courses-source-no-correct-answer = question { $question } has no right answer (correcte = true).
courses-source-several-correct = question { $question } has several right answers: add plusieurs = true.

## Pages.
courses-title = Courses
courses-breadcrumb = Breadcrumb
courses-intro = Courses to learn how to lead an association's digital transition, step by step: short lessons, quizzes to check, a certificate at the end. Everything reads without an account; with one, your progress is kept.
courses-none = No course is published yet.
courses-unpublished = Not published
courses-unpublished-notice = This course is not published: only moderators see it.
courses-unit-count = { $lessons ->
    [one] 1 lesson
   *[other] { $lessons } lessons
} and { $quizzes ->
    [one] 1 quiz
   *[other] { $quizzes } quizzes
}
courses-minutes = { $minutes } min
courses-your-progress = Your progress
courses-finished = Done
courses-start = Start the course
courses-resume = Resume where I stopped
courses-outline = Course outline
courses-sign-in-hint = Sign in to keep your progress and get the certificate.
courses-mark-done = I have finished this lesson
courses-unit-nav = Previous and next lesson
courses-verify-link = Check a certificate

courses-quiz-several = (several answers possible)
courses-quiz-submit = Check my answers
courses-quiz-submit-again = Check again
courses-quiz-score = { $score ->
    [0] No right answer out of { $total }.
    [one] 1 right answer out of { $total }.
   *[other] { $score } right answers out of { $total }.
}
courses-quiz-best = Your best score: { $score } out of { $total }.
courses-quiz-try-again = Read the explanations, then try again as many times as you like.
courses-quiz-right = Right.
courses-quiz-wrong = Not quite.
courses-quiz-answer-right = Right:
courses-quiz-answer-wrong = Wrong:
courses-quiz-visitor = Your answers are checked, but not kept without an account.

courses-attestation-title = Course certificate
courses-attestation-link = Get my certificate
courses-attestation-completed = completed the whole course
courses-attestation-on = on
courses-attestation-code = Verification code:
courses-attestation-check = Anyone can check this certificate at
courses-attestation-print = Print this page, or save it as PDF from your browser.
courses-attestation-public = See the verification page
courses-attestation-ready = You finished every lesson and passed every quiz. Enter the name to write on your certificate.
courses-attestation-name = Name on the certificate
courses-attestation-name-hint = Yours, or your organisation's. Anyone who checks the certificate with its code will see it.
courses-attestation-submit = Create my certificate
courses-attestation-not-yet = The certificate comes once every lesson is finished and every quiz passed.
courses-attestation-not-finished = Finish every lesson and pass every quiz before asking for the certificate.

courses-verify-title = Check a certificate
courses-verify-label = Certificate code
courses-verify-hint = Twelve letters and digits, for example ABCD-EFGH-JKMN.
courses-verify-submit = Check
courses-verify-valid = This certificate is genuine.
courses-verify-unknown = No certificate has this code:
courses-verify-name = Issued to
courses-verify-course = Course
courses-verify-date = On

courses-moderation-title = Courses to publish
courses-moderation-intro = Courses are written as Markdown files and imported on the server with the command
courses-moderation-imported = imported on
courses-moderation-published-on = Published on
courses-moderation-publish = Publish
courses-moderation-withdraw = Withdraw
courses-moderation-published = The course is published.
courses-moderation-withdrawn = The course is withdrawn: only moderators see it.
courses-publish-conflict = Another moderator just changed this course; here is how it stands now.
