## The course ("Parcours").

courses-kind-lesson = Leçon
courses-kind-quiz = Quiz

courses-name-missing = Indiquez le nom à inscrire sur l'attestation.
courses-name-too-long = Le nom compte { $length } caractères ; { $max } au plus.
courses-name-control = Le nom contient des caractères invisibles ; retapez-le.

courses-quiz-no-such-question = Ce quiz n'a pas de question « { $question } ».
courses-quiz-no-such-answer = La question { $question } n'a pas de réponse « { $answer } ». Choisissez parmi les réponses proposées.
courses-quiz-one-answer = La question { $question } n'attend qu'une réponse.

## Importing a course folder: every message names its file, and its line when it has one.
courses-source-at-line = { $file }, ligne { $line } : { $problem }
courses-source-in-file = { $file } : { $problem }
courses-source-too-large = le dossier dépasse { $max } Mo.
courses-source-file-too-large = le fichier dépasse { $max } Ko.
courses-source-too-deep = un parcours tient en deux niveaux : course.md et les images à la racine, un dossier par module.
courses-source-unknown-file = ce n'est ni une page Markdown (.md) ni une image ({ $kinds }).
courses-source-stray-text = à la racine, seul course.md est une page ; une leçon va dans le dossier de son module.
courses-source-no-module = ce dossier n'a pas de module.md : ce n'est pas un module, il ne peut contenir que des images.
courses-source-no-course = le fichier course.md manque à la racine du dossier.
courses-source-no-modules = aucun module : un module est un dossier avec un module.md.
courses-source-empty-module = ce module n'a ni leçon ni quiz.
courses-source-same-slug = l'adresse « { $slug } » est déjà celle de { $other } ; renommez l'un des deux fichiers.
courses-source-same-order = l'ordre { $order } est déjà celui de { $other }.
courses-source-bad-slug = « { $slug } » ne convient pas comme adresse : de 2 à 60 lettres minuscules sans accent, chiffres et tirets.
courses-source-bad-name = le nom « { $slug } » ne convient pas comme adresse : de 2 à 60 lettres minuscules sans accent, chiffres et tirets, après un éventuel numéro (01-).
courses-source-bad-kind = le type « { $kind } » n'existe pas : lecon ou quiz.
courses-source-bad-step = l'étape « { $step } » n'existe pas ; les étapes : { $steps }.
courses-source-bad-status = le statut « { $status } » n'existe pas ; les statuts : { $statuses }.
courses-source-bad-minutes = la durée est un nombre de minutes, de 1 à 600.
courses-source-bad-order = l'ordre est un nombre à partir de 1.
courses-source-questions-not-quiz = des questions, mais le type n'est pas quiz (ajoutez type = "quiz").
courses-source-not-utf8 = le fichier n'est pas en UTF-8.
courses-source-no-front-matter = le fichier doit commencer par une ligne +++, suivie de son en-tête TOML et d'une autre ligne +++.
courses-source-unclosed-front-matter = l'en-tête ouvert par +++ n'est jamais fermé par une ligne +++.
courses-source-bad-toml = l'en-tête n'est pas du TOML valide (guillemet, crochet ou signe = oublié ?).
courses-source-wrong-type = « { $key } » doit être : { $expected }.
courses-source-missing = « { $key } » manque dans l'en-tête.
courses-source-unknown-key = « { $key } » n'est pas un champ connu ; les champs : { $known }.
courses-source-image-missing = l'image « { $image } » n'est pas un fichier du parcours (les images sont des fichiers du dossier, jamais des adresses d'autres sites).
courses-source-no-questions = un quiz a au moins une question ([[questions]]).
courses-source-bad-question = la question { $question } a besoin d'un texte, de réponses ([[questions.reponses]]) et, si elle est donnée, d'une valeur plusieurs = true ou false.
courses-source-question-unknown-key = la question { $question } a un champ inconnu « { $key } » ; les champs : texte, plusieurs, reponses.
courses-source-bad-answer = la réponse { $answer } de la question { $question } a besoin d'un texte, d'une explication et, si elle est donnée, d'une valeur correcte = true ou false.
courses-source-few-answers = la question { $question } a besoin d'au moins deux réponses.
courses-source-no-correct-answer = la question { $question } n'a aucune bonne réponse (correcte = true).
courses-source-several-correct = la question { $question } a plusieurs bonnes réponses : ajoutez plusieurs = true.

## Pages.
courses-title = Parcours
courses-breadcrumb = Fil d'Ariane
courses-intro = Des parcours pour apprendre à mener la transition numérique d'une association, pas à pas : des leçons courtes, des quiz pour vérifier, une attestation à la fin. Tout se lit sans compte ; avec un compte, votre progression est gardée.
courses-none = Aucun parcours n'est publié pour l'instant.
courses-unpublished = Non publié
courses-unpublished-notice = Ce parcours n'est pas publié : seuls les modérateurs le voient.
courses-unit-count = { $lessons ->
    [one] 1 leçon
   *[other] { $lessons } leçons
} et { $quizzes ->
    [one] 1 quiz
   *[other] { $quizzes } quiz
}
courses-minutes = { $minutes } min
courses-your-progress = Votre progression
courses-finished = Terminé
courses-start = Commencer le parcours
courses-resume = Reprendre où je m'étais arrêté
courses-outline = Plan du parcours
courses-sign-in-hint = Connectez-vous pour garder votre progression et obtenir l'attestation.
courses-mark-done = J'ai terminé cette leçon
courses-unit-nav = Leçon précédente et suivante
courses-verify-link = Vérifier une attestation

courses-quiz-several = (plusieurs réponses possibles)
courses-quiz-submit = Vérifier mes réponses
courses-quiz-submit-again = Vérifier à nouveau
courses-quiz-score = { $score ->
    [0] Aucune bonne réponse sur { $total }.
    [one] 1 bonne réponse sur { $total }.
   *[other] { $score } bonnes réponses sur { $total }.
}
courses-quiz-best = Votre meilleur score : { $score } sur { $total }.
courses-quiz-try-again = Lisez les explications, puis réessayez autant de fois que vous le voulez.
courses-quiz-right = Bonne réponse.
courses-quiz-wrong = Pas tout à fait.
courses-quiz-answer-right = Juste :
courses-quiz-answer-wrong = Faux :
courses-quiz-visitor = Vos réponses sont corrigées, mais pas gardées sans compte.

courses-attestation-title = Attestation de parcours
courses-attestation-link = Obtenir mon attestation
courses-attestation-completed = a suivi en entier le parcours
courses-attestation-on = le
courses-attestation-code = Code de vérification :
courses-attestation-check = Toute personne peut vérifier cette attestation à l'adresse
courses-attestation-print = Imprimez cette page, ou enregistrez-la en PDF depuis votre navigateur.
courses-attestation-public = Voir la page de vérification
courses-attestation-ready = Vous avez terminé toutes les leçons et réussi tous les quiz. Indiquez le nom à inscrire sur votre attestation.
courses-attestation-name = Nom sur l'attestation
courses-attestation-name-hint = Le vôtre, ou celui de votre structure. Il sera visible de toute personne qui vérifie l'attestation avec son code.
courses-attestation-submit = Créer mon attestation
courses-attestation-not-yet = L'attestation s'obtient quand toutes les leçons sont terminées et tous les quiz réussis.
courses-attestation-not-finished = Terminez toutes les leçons et réussissez tous les quiz avant de demander l'attestation.

courses-verify-title = Vérifier une attestation
courses-verify-label = Code de l'attestation
courses-verify-hint = Douze lettres et chiffres, par exemple ABCD-EFGH-JKMN.
courses-verify-submit = Vérifier
courses-verify-valid = Cette attestation est authentique.
courses-verify-unknown = Aucune attestation ne porte ce code :
courses-verify-name = Délivrée à
courses-verify-course = Parcours
courses-verify-date = Le

courses-moderation-title = Parcours à publier
courses-moderation-intro = Les parcours s'écrivent en fichiers Markdown et s'importent sur le serveur avec la commande
courses-moderation-imported = importé le
courses-moderation-published-on = Publié le
courses-moderation-publish = Publier
courses-moderation-withdraw = Retirer
courses-moderation-published = Le parcours est publié.
courses-moderation-withdrawn = Le parcours est retiré : seuls les modérateurs le voient.
courses-publish-conflict = Un autre modérateur vient de changer ce parcours ; voici son état actuel.
