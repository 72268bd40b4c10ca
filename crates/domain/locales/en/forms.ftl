# Words shared by the forms of every pillar.

form-commune-choice = Several communes match: which one is yours?
form-commune-none = no commune is called “{ $query }”: check the spelling, or type its postcode
form-postcode-none = no commune has the postcode { $query }: check it, or type the commune's name
