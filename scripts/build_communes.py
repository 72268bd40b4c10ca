#!/usr/bin/env python3
"""Builds the French reference data that Essaim ships inside its binary.

Inputs (both open data, Licence Ouverte / Etalab 2.0):
  - the npm package @etalab/decoupage-administratif (communes, départements,
    régions, postcodes), unpacked: `npm pack @etalab/decoupage-administratif@6.0.0
    && tar xzf etalab-decoupage-administratif-6.0.0.tgz` gives `package/`;
  - commune centre coordinates (IGN Admin Express COG 2018), one row per INSEE
    code: `insee,lat,lon`. A current commune takes its own centre, else that of
    one of its former codes, else that of the commune it belonged to in 2018.

Outputs, in crates/domain/data/ (tab-separated, UTF-8, sorted by code):
  - regions.tsv       code, name
  - departements.tsv  code, region code, name
  - communes.tsv      insee, name, postcodes (comma-separated), département,
                      région, lat, lon (empty when unknown), population

Only communes of the 101 départements (metropolitan France and the five
overseas départements) are kept: the overseas collectivities are outside the
taxonomy of départements and régions.

Usage:
  python3 scripts/build_communes.py --etalab package/data \
      --centres ../shared/data/communes-centres-2018.csv
"""

import argparse
import csv
import json
import os
import sys

# Communes that left a commune nouvelle after 2018 and so have no 2018 centre
# of their own: they take the centre of the commune they belonged to (Saline,
# Neussargues en Pinatelle, Essarts en Bocage), a few kilometres off at most.
FORMER_PARENT = {
    "14666": "14712",
    "15031": "15141", "15035": "15141", "15047": "15141", "15171": "15141",
    "85165": "85084", "85212": "85084",
}

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "domain", "data")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--etalab", required=True, help="the package's data/ folder")
    parser.add_argument("--centres", required=True, help="communes-centres-2018.csv")
    args = parser.parse_args()

    def load(name):
        with open(os.path.join(args.etalab, name), encoding="utf-8") as f:
            return json.load(f)

    regions = [r for r in load("regions.json") if r["zone"] in ("metro", "drom")]
    departements = [d for d in load("departements.json") if d["zone"] in ("metro", "drom")]
    if len(regions) != 18 or len(departements) != 101:
        sys.exit(f"expected 18 régions and 101 départements, got {len(regions)} and {len(departements)}")
    kept_deps = {d["code"] for d in departements}

    centres = {}
    with open(args.centres, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            centres[row["insee"]] = (row["lat"], row["lon"])

    communes = [
        c for c in load("communes.json")
        if c["type"] == "commune-actuelle" and c.get("departement") in kept_deps
    ]
    rows, by_old_code, by_parent, missing = [], 0, 0, []
    for c in communes:
        position = centres.get(c["code"])
        if position is None:
            for old in c.get("anciensCodes", []):
                if old in centres:
                    position = centres[old]
                    by_old_code += 1
                    break
        if position is None and FORMER_PARENT.get(c["code"]) in centres:
            position = centres[FORMER_PARENT[c["code"]]]
            by_parent += 1
        if position is None:
            missing.append(f'{c["code"]} {c["nom"]}')
            position = ("", "")
        rows.append([
            c["code"], c["nom"], ",".join(c.get("codesPostaux", [])),
            c["departement"], c["region"], position[0], position[1],
            str(c.get("population", 0)),
        ])

    os.makedirs(OUT, exist_ok=True)
    write(os.path.join(OUT, "regions.tsv"), sorted([r["code"], r["nom"]] for r in regions))
    write(os.path.join(OUT, "departements.tsv"),
          sorted([d["code"], d["region"], d["nom"]] for d in departements))
    write(os.path.join(OUT, "communes.tsv"), sorted(rows))
    print(f"{len(rows)} communes, {by_old_code} placed by a former code, "
          f"{by_parent} by the commune they belonged to, "
          f"{len(missing)} without position: {', '.join(missing)}")


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in rows:
            if any("\t" in field or "\n" in field for field in row):
                sys.exit(f"unexpected tab or newline in {row}")
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
