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
