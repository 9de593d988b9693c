"""Generated CSV files of realistic customers, as many as a test needs."""

from __future__ import annotations

import csv
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
HEADERS = (
    "Etunimi",
    "Sukunimi",
    "Sähköposti",
    "Puhelin",
    "Katuosoite",
    "Postinumero",
    "Postitoimipaikka",
    "Asiakas alkaen",
)
FIRST = ("Aino", "Eero", "Väinö", "Liisa", "Åsa", "Pekka", "Sanna", "Jörgen", "Minna", "Tuomas")
LAST = ("Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Koskinen", "Järvinen", "Ek")
PLACES = (("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"), ("90100", "Oulu"))


def ascii_name(text: str) -> str:
    return text.lower().translate(str.maketrans("åäö", "aao"))


def customer_rows(count: int, seed: int = 1, start: int = 0):
    rng = random.Random(seed)
    for index in range(start, start + count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        postal_code, city = rng.choice(PLACES)
        phone = f"040 {rng.randrange(1_000_000, 9_999_999)}"
        if index % 5 == 0:
            phone = f"+358 50 {rng.randrange(1_000_000, 9_999_999)}"
        yield (
            first,
            last,
            f"{ascii_name(first)}.{ascii_name(last)}.{index}@example.com",
            phone,
            f"Kauppakatu {rng.randrange(1, 99)} A {rng.randrange(1, 30)}",
            postal_code,
            city,
            f"{rng.randrange(1, 28)}.{rng.randrange(1, 13)}.{rng.randrange(2015, 2026)}",
        )


def write_customers_csv(
    path: Path, count: int, *, delimiter: str = ";", encoding: str = "utf-8-sig", seed: int = 1
) -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(HEADERS)
        writer.writerows(customer_rows(count, seed))
    return path


def with_one_bad_byte(path: Path, count: int, *, line: int, bad: bytes = b"\xe4") -> Path:
    """A UTF-8 customer file (no BOM) in which the first ``ä`` or ``ö`` on ``line`` (1 = the
    header) is one Windows-1252 byte instead, as when one row was pasted in from Excel (a line
    without one gets the byte after its first name)."""
    write_customers_csv(path, count, encoding="utf-8")
    lines = path.read_bytes().split(b"\n")
    for letter in ("ä".encode(), "ö".encode(), "Ä".encode(), "Ö".encode(), "å".encode()):
        if letter in lines[line - 1]:
            lines[line - 1] = lines[line - 1].replace(letter, bad, 1)
            break
    else:
        lines[line - 1] = lines[line - 1].replace(b";", bad + b";", 1)
    path.write_bytes(b"\n".join(lines))
    return path


# Birth dates as spreadsheets and web shops write them: every shape parse_date accepts.
BIRTH_DATE_SHAPES = (
    "{d}.{m}.{y}",
    "{d:02}.{m:02}.{y}",
    "{y}-{m:02}-{d:02}",
    "{y}-{m}-{d}",
    "{d:02}/{m:02}/{y}",
    "{d}/{m}/{y}",
    "{y}-{m:02}-{d:02} 00:00:00",
    "{y}-{m:02}-{d:02}T08:30:00",
    "{d}.{m}.{y} 12:00",
)
# Birth dates parse_date accepts but the validator refuses, and texts that are no dates.
BAD_BIRTH_DATES = ("1.1.1899", "31.12.2099", "2027-01-01", "31.2.1980", "1980-13-01", "eilen")
BAD_EMAILS = ("aino.virtanen@", "aino@@example.fi", "aino virtanen@example.fi", "@example.fi")


def import_rows(
    count: int,
    seed: int = 1,
    *,
    birth_dates: float = 0.3,
    bad_emails: float = 0.01,
    bad_birth_dates: float = 0.01,
):
    """The rows of issue 18's import file: :func:`customer_rows` with a birth date on about
    ``birth_dates`` of them (in every shape the import reads) and a bad e-mail address on
    about ``bad_emails``; ``bad_birth_dates`` of the birth dates are refused ones."""
    rng = random.Random(seed + 1)
    for row in customer_rows(count, seed):
        birth = ""
        if rng.random() < birth_dates:
            shape = rng.choice(BIRTH_DATE_SHAPES)
            birth = shape.format(
                d=rng.randrange(1, 29), m=rng.randrange(1, 13), y=rng.randrange(1920, 2008)
            )
            if rng.random() < bad_birth_dates:
                birth = rng.choice(BAD_BIRTH_DATES)
        email = row[2]
        if rng.random() < bad_emails:
            email = rng.choice(BAD_EMAILS)
        yield (*row[:2], email, *row[3:], birth)


def write_import_csv(path: Path, count: int, *, encoding: str = "cp1252", seed: int = 1) -> Path:
    """Issue 18's import file (see :func:`import_rows`) in Excel's Windows-1252."""
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow((*HEADERS, "Syntymäaika"))
        writer.writerows(import_rows(count, seed))
    return path
