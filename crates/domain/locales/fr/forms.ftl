# Words shared by the forms of every pillar.

form-commune-choice = Plusieurs communes correspondent : laquelle est la vôtre ?
form-commune-none = aucune commune ne s'appelle « { $query } » : vérifiez l'orthographe, ou tapez son code postal
form-postcode-none = aucune commune n'a le code postal { $query } : vérifiez-le, ou tapez le nom de la commune
