"""What encryption at rest costs: start, search and import, encrypted vs plain, in one run.

    python benchmarks/bench_encryption.py [--customers 100000] [--runs 2] [--repeat 5]

1. Import: a generated CSV of ``--customers`` Finnish customers imported (read, checked,
   written in one transaction, as ``tietosuoja customers import``) into a new plain register
   and a new encrypted one, ``--runs`` times each, alternating.
2. Start: ``open_services`` on the imported register (lock, integrity check, schema check)
   plus the customer list's first page, ``--repeat`` times each, alternating. The encrypted
   register is opened both ways a user starts it: with the key from the key store (the raw
   key, one click) and with the passphrase typed (the key derived from it first: PBKDF2-HMAC-
   SHA512, 256,000 rounds, once per start).
3. Search: ``services.customers.search(text, limit=50)`` over the query mix of
   ``bench_core.py`` (60 queries: 1 letter, 2 letters, 3+ letters), ``--repeat`` rounds,
   alternating plain and encrypted query by query.

Medians (and the 95th percentile for search) of wall-clock milliseconds, and how much slower
encrypted is. The aim is under 25 % slower. The encrypted register's key is kept in an
in-process key store, never the one of the person running this."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

AIM = 25.0
PASSPHRASE = "benchmark passphrase 2026"
HEADER = ("measurement", "plain median ms", "encrypted median ms", "difference", "")


def percent(plain: float, encrypted: float) -> str:
    return f"{(encrypted - plain) / plain * 100:+.1f} %"


def verdict(plain: float, encrypted: float) -> str:
    return "ok" if (encrypted - plain) / plain * 100 < AIM else f"over {AIM:.0f} %"


def import_once(folder: Path, csv_path: Path, passphrase: str | None):
    from _data import Timings

    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.services.importing import Importer

    services = open_services(folder, FixedClock(date(2026, 11, 22)), passphrase=passphrase)
    try:
        importer = Importer(services)
        timing = Timings()

        def whole_import():
            return importer.run(importer.preview(importer.read(csv_path)))

        result = timing.time(whole_import)
        assert result.created > 0
        if passphrase:
            services.encryption.remember_key(True)
    finally:
        services.close()
    return timing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2, help="imports of each kind")
    parser.add_argument("--repeat", type=int, default=5, help="starts and search rounds")
    args = parser.parse_args()

    import keyring
    from _data import Rows, Timings, machine_load, print_table, query_mix
    from helpers.csv_samples import write_customers_csv
    from helpers.keyring_backend import MemoryKeyring

    from tietosuoja_desktop.domain.listing import CustomerQuery
    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.storage import encryption

    keyring.set_keyring(MemoryKeyring())
    print(f"bench_encryption: {args.customers:,} customers; {machine_load()}", flush=True)
    print(f"sqlcipher3 {encryption.sqlcipher().sqlite_version}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="bench-encryption-"))
    rows = Rows()
    try:
        csv_path = write_customers_csv(work / "customers.csv", args.customers)
        imports = {"plain": Timings(), "encrypted": Timings()}
        folders = {}
        for run in range(args.runs):
            for kind in ("plain", "encrypted"):
                folder = work / f"{kind}-{run}"
                imports[kind].extend(
                    import_once(folder, csv_path, PASSPHRASE if kind == "encrypted" else None)
                )
                if kind in folders:
                    shutil.rmtree(folders[kind], ignore_errors=True)
                folders[kind] = folder
                print(
                    f"  import {kind} {run + 1}: {imports[kind].wall[-1] / 1000:.1f} s", flush=True
                )
        plain, crypt = imports["plain"].median, imports["encrypted"].median
        rows.append((f"import {args.customers:,}", f"{plain:.0f}", f"{crypt:.0f}",
                     percent(plain, crypt), verdict(plain, crypt)))  # fmt: skip

        clock = FixedClock(date(2026, 11, 22))

        def start(kind: str, passphrase: str | None = None):
            services = open_services(folders[kind], clock, passphrase=passphrase)
            services.customers.page(CustomerQuery(), 0, 100)
            return services

        starts = {"plain": Timings(), "key store": Timings(), "passphrase": Timings()}
        for _ in range(args.repeat):
            starts["plain"].time(lambda: start("plain")).close()
            starts["key store"].time(lambda: start("encrypted")).close()
            starts["passphrase"].time(lambda: start("encrypted", PASSPHRASE)).close()
        plain = starts["plain"].median
        for how in ("key store", "passphrase"):
            crypt = starts[how].median
            rows.append((f"start + first page ({how})", f"{plain:.0f}", f"{crypt:.0f}",
                         percent(plain, crypt), verdict(plain, crypt)))  # fmt: skip

        opened = {kind: open_services(folders[kind], clock) for kind in folders}
        try:
            mix = query_mix(opened["plain"])
            searches = {"plain": Timings(), "encrypted": Timings()}
            for kind in opened:  # one untimed call each: caches warm for both alike
                for queries in mix.values():
                    for query in queries:
                        opened[kind].customers.search(query, limit=50)
            for _ in range(args.repeat):
                for queries in mix.values():
                    for query in queries:
                        for kind in ("plain", "encrypted"):
                            searches[kind].time(
                                lambda k=kind, q=query: opened[k].customers.search(q, limit=50)
                            )
            plain, crypt = searches["plain"], searches["encrypted"]
            for label, low, high in (
                ("search, median", plain.median, crypt.median),
                ("search, p95", plain.p95, crypt.p95),
            ):
                rows.append((label, f"{low:.1f}", f"{high:.1f}", percent(low, high),
                             verdict(low, high)))  # fmt: skip
        finally:
            for services in opened.values():
                services.close()
        sizes = {
            kind: (folder / "tietosuoja.sqlite").stat().st_size / 1e6
            for kind, folder in folders.items()
        }
        print(f"file size: plain {sizes['plain']:.1f} MB, encrypted {sizes['encrypted']:.1f} MB")
        # Converting the whole register, as the settings page and `tietosuoja encrypt` do.
        with open_services(folders["plain"], clock) as services:
            encrypting, decrypting = Timings(), Timings()
            encrypting.time(lambda: services.encryption.encrypt(PASSPHRASE))
            decrypting.time(services.encryption.decrypt)
        print(f"convert the plain register: encrypt {encrypting.median / 1000:.1f} s, "
              f"decrypt {decrypting.median / 1000:.1f} s", flush=True)  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print_table(rows, HEADER)
    print(f"\n{machine_load()}; median of {args.runs} imports, {args.repeat} starts and "
          f"{args.repeat} rounds of the search mix")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
