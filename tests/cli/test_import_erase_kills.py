"""``tietosuoja customers import`` and ``customers erase`` killed (SIGKILL, a real process) at
points through their work: the next start finds the register intact and the work all done or
not done at all (an import never half in, an erasure never partial), and after an erasure that
went through no byte under the data folder holds the person. The restore's kills:
test_restore_kills.py; the full restore loop: benchmarks/torture_restore.py (issue 16)."""

from __future__ import annotations

import random
import shutil

import pytest
from helpers import torture
from helpers.csv_samples import write_customers_csv
from helpers.sample import REGISTER, person

from tietosuoja_desktop.domain.enums import OrderStatus
from tietosuoja_desktop.domain.records import Order
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.errors import NotFound
from tietosuoja_desktop.storage import integrity

pytestmark = pytest.mark.slow

IMPORTED = 20_000
_random = random.Random(16)
# Seconds after the write-ahead log began to grow: the import keeps its transaction in a large
# page cache, so its pages reach the log at the commit; the kills land in that write and after.
IMPORT_DELAYS = [0.0, *sorted(_random.uniform(0.0, 0.3) for _ in range(4))]
ERASE_DELAYS = [0.0, *sorted(_random.uniform(0.0, 0.15) for _ in range(4))]
TOLD = ("Ronja", "Vähäkangas", "ronja.vahakangas@example.fi", "150385-401Y")


def log_grows_past(data_dir, size: int):
    """Whether the register's write-ahead log holds more than ``size`` bytes: a write began."""
    wal = data_dir / "tietosuoja.sqlite-wal"

    def grown() -> bool:
        try:
            return wal.stat().st_size > size
        except FileNotFoundError:
            return False

    return grown


def count_and_check(data_dir) -> int:
    with open_services(data_dir) as services:
        count = services.customers.count()
    assert integrity.quick_check(data_dir / "tietosuoja.sqlite", None) == []
    return count


@pytest.fixture(scope="module")
def import_scene(tmp_path_factory):
    folder = tmp_path_factory.mktemp("import")
    data_dir = folder / "data"
    with open_services(data_dir) as services:
        services.registers.add(REGISTER)
        services.customers.add(person(last_name="Ennestään", email="ennen@example.fi"))
    return data_dir, write_customers_csv(folder / "asiakkaat.csv", IMPORTED)


@pytest.mark.parametrize("delay", IMPORT_DELAYS, ids=[f"{d:.2f}s" for d in IMPORT_DELAYS])
def test_a_killed_import_is_all_in_or_not_at_all(import_scene, tmp_path, delay):
    source, csv_file = import_scene
    data_dir = tmp_path / "data"
    shutil.copytree(source, data_dir)
    argv = torture.command(data_dir, "customers", "import", str(csv_file))
    torture.kill_while(argv, data_dir, delay=delay, ready=log_grows_past(data_dir, 4096))
    assert count_and_check(data_dir) in (1, 1 + IMPORTED)


@pytest.fixture(scope="module")
def erase_scene(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("erase") / "data"
    with open_services(data_dir) as services:
        register = services.registers.add(REGISTER)
        for index in range(200):
            services.customers.add(
                person(last_name=f"Täyte{index}", email=f"t{index}@example.fi", phone="")
            )
        first, last, email, personal_id = TOLD
        told = services.customers.add(
            person(
                first_name=first,
                last_name=last,
                email=email,
                personal_id=personal_id,
                phone="",
                register_ids=(register.id,),
            )
        )
        for number in range(300):
            services.activity.add_order(
                Order(
                    customer_id=told.id,
                    ordered_on=services.clock.today(),
                    reference=f"T-{number}",  # a voucher number: kept, naming no one
                    description=f"Tilaus {number}",
                    amount_cents=1000 + number,
                    status=OrderStatus.DELIVERED,
                )
            )
    return data_dir, told.id


@pytest.mark.parametrize("delay", ERASE_DELAYS, ids=[f"{d:.2f}s" for d in ERASE_DELAYS])
def test_a_killed_erasure_is_whole_or_not_begun(erase_scene, tmp_path, delay):
    source, customer_id = erase_scene
    data_dir = tmp_path / "data"
    shutil.copytree(source, data_dir)
    argv = torture.command(data_dir, "customers", "erase", str(customer_id), "--yes")
    torture.kill_while(argv, data_dir, delay=delay, ready=log_grows_past(data_dir, 0))
    count = count_and_check(data_dir)
    with open_services(data_dir) as services:
        try:
            services.customers.get(customer_id)
            still_there = True
        except NotFound:
            still_there = False
        orders = services.activity.orders(customer_id) if still_there else []
    if still_there:  # not begun: the person and every order as they were
        assert count == 201 and len(orders) == 300
    else:  # whole: gone, and no byte left behind once the register was opened again
        assert count == 200
        wanted = [value.encode() for value in TOLD[1:]]
        for path in data_dir.rglob("*"):
            if path.is_file() and "backups" not in path.parts:
                data = path.read_bytes()
                assert not any(needle in data for needle in wanted), path.name
