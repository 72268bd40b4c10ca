# The catalogue: needs, proprietary tools and free tools.

catalogue-check-format = this is not an Essaim catalogue: “format” must be “{ $format }” and “version” { $version }
catalogue-check-slug = “{ $slug }” will not do as an identifier: lower-case letters, digits and hyphens only
catalogue-check-slug-twice = the identifier “{ $slug }” appears twice
catalogue-check-name = the name must have 1 to { $max } characters
catalogue-check-description = the description must have 1 to { $max } characters
catalogue-check-website = “{ $value }” is not a web address (example: https://example.org)
catalogue-check-licence = give the licence (an SPDX identifier, for example AGPL-3.0-only)
catalogue-check-wikidata = “{ $value }” is not a Wikidata identifier (example: Q10135)
catalogue-check-framalibre = “{ $value }” is not a Framalibre identifier (lower-case letters, digits and hyphens)
catalogue-check-needs-missing = give at least one need it meets
catalogue-check-need-unknown = the need “{ $slug }” is not in the catalogue
catalogue-check-tool-unknown = the free tool “{ $slug }” is not in the catalogue
catalogue-check-use-difficulty = difficulty of use { $value }: from 1 (like what people know) to 3 (new habits)
catalogue-check-install-difficulty = difficulty of installation { $value }: from 1 (a hosted offer, nothing to install) to 5 (a complex setup)
catalogue-check-tool-in-use = the tool “{ $tool }” is named by provider profiles ({ $profiles }): it must stay in the catalogue

catalogue-title = Catalogue of free software
catalogue-breadcrumb = Breadcrumb
catalogue-intro = For each need of an association, the free software that replaces the tools of the tech giants, what it takes to use and to install it, and the providers in the directory who master it.
catalogue-replace-label = What to replace?
catalogue-replace-submit = See the alternatives
catalogue-needs-title = The needs
catalogue-today = Often used today:
catalogue-use = Use
catalogue-install = Installation
catalogue-use-1 = like what people know
catalogue-use-2 = a few new bearings
catalogue-use-3 = new habits to learn
catalogue-install-1 = hosted offer: nothing to install
catalogue-install-2 = installed on each computer
catalogue-install-3 = a simple server or shared hosting
catalogue-install-4 = a server to administer
catalogue-install-5 = a complex setup, for professionals
catalogue-hosted-badge = hosted offers
catalogue-hosted = Ready-to-use offers
catalogue-hosted-yes = Yes: hosters offer it with nothing to install.
catalogue-hosted-no = No: it is installed on your computers or your server.
catalogue-providers-count = { $count ->
    [0] no provider in the directory masters it yet
    [one] 1 provider in the directory masters it
   *[other] { $count } providers in the directory master it
}
catalogue-replaces = Replaces
catalogue-needs = Needs
catalogue-licence = Licence
catalogue-website = Official website
catalogue-near-label = Near (commune or postcode)
catalogue-near-submit = Search near me
catalogue-place-unknown = no commune matches “{ $place }”: check the spelling, or type the postcode
catalogue-hosts-title = Who hosts it
catalogue-supporters-title = Who supports it
catalogue-providers-none = No provider published in the directory yet.
catalogue-providers-all = See them all in the directory
catalogue-distance = { $km } km away
catalogue-replace-title = Replace
catalogue-replace-intro = The free alternatives, the most advisable first. Give your commune to see the providers near you.
catalogue-alternatives-title = The alternatives
catalogue-nearby = The nearest:
catalogue-check-slug-reserved = the identifier “{ $slug }” is used by the site
catalogue-api-unknown = “{ $value }” is not in the catalogue
