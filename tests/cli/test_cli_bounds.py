"""No value typed on the command line reaches a traceback: every amount, id, offset, date and
text is bounded and checked in the domain, refused with exit status 2 and nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.properties import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from tietosuoja_desktop.cli import main
from tietosuoja_desktop.services import FixedClock, open_services


def fingerprint(data_dir: Path, clock: FixedClock) -> tuple:
    """Cheap and complete enough: every write adds an audit entry, so their count and the
    newest entry change with any write."""
    services = open_services(data_dir, clock)
    try:
        newest = services.audit.recent(1)
        return services.audit.count(), newest[0] if newest else None
    finally:
        services.close()


@pytest.fixture
def register(plain_data_dir: Path, clock: FixedClock) -> Path:
    """A plain register with a business, a register, customer 1 and request 1 (validation does
    not depend on the file being encrypted; the other CLI tests run both kinds)."""
    data_dir = plain_data_dir
    for argv in (
        ["init", "--name", "Kahvila Esimerkki Tmi", "--business-id", "3354302-8"],
        ["register", "add", "--name", "Asiakasrekisteri", "--purpose", "contract:Tilaukset"],
        ["customers", "add", "--first-name", "Matti", "--last-name", "Meikäläinen"],
        ["requests", "add", "--type", "access", "--customer", "1", "--received", "2026-11-20"],
    ):
        assert main(["--data-dir", str(data_dir), "--json", *argv], clock=clock) == 0
    return data_dir


def run(data_dir: Path, clock: FixedClock, *argv: str) -> int:
    """The exit status of one in-process command; argparse's own refusals exit with 2 too."""
    try:
        return main(["--data-dir", str(data_dir), "--json", *argv], clock=clock)
    except SystemExit as stop:
        return stop.code


def refused(data_dir: Path, clock: FixedClock, capsys, *argv: str) -> str:
    before = fingerprint(data_dir, clock)
    capsys.readouterr()
    assert run(data_dir, clock, *argv) == 2
    assert fingerprint(data_dir, clock) == before
    return capsys.readouterr().err


HUGE = "1180591620717411303424"  # 2**70


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["orders", "add", "--customer", "1", "--amount", "1" + "0" * 30], "amount_cents"),
        (["orders", "add", "--customer", "1", "--amount", "inf"], "amount_cents"),
        (["orders", "add", "--customer", "1", "--amount", "nan"], "amount_cents"),
        (["orders", "add", "--customer", "1", "--amount", "92233720368547758.08"], "amount_cents"),
        (["orders", "add", "--customer", HUGE], "customer"),
        (["customers", "list", "--offset", HUGE], "offset"),
        (["customers", "list", "--offset", "-1"], "offset"),
        (["customers", "show", HUGE], "id"),
        (["requests", "list", "--due-within", HUGE], "due_within"),
    ],
)
def test_huge_and_infinite_numbers_are_refused_with_the_field(register, clock, capsys, argv, field):
    assert refused(register, clock, capsys, *argv).startswith(f"{field}: ")


def test_the_largest_amount_is_taken_and_one_cent_more_refused(register, clock, capsys):
    assert (
        run(register, clock, "orders", "add", "--customer", "1", "--amount", "1000000000000") == 0
    )
    err = refused(
        register, clock, capsys, "orders", "add", "--customer", "1", "--amount", "1000000000000,01"
    )
    assert "1 000 000 000 000" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["orders", "add", "--customer", "1", "--description", "x" * 100_000],
        ["orders", "add", "--customer", "1", "--reference", "INV\x1b[31m-1"],
        ["requests", "add", "--type", "access", "--requester", "A", "--description", "y" * 100_000],
        ["requests", "add", "--type", "access", "--requester", "\u200b\u200c\u200d"],
        ["requests", "add", "--type", "access", "--requester", "Matti \u202eneniäläkieM"],
        ["requests", "add", "--type", "access", "--requester", "Matti", "--contact", "z" * 600],
        ["contacts", "add", "--customer", "1", "--summary", "s" * 100_000],
        ["consents", "add", "--customer", "1", "--purpose", "Uutiskirje", "--evidence", "\x1b"],
        ["customers", "add", "--first-name", "\u200b\ufeff"],
        ["customers", "add", "--last-name", "Virtanen\u2066"],
        ["customers", "update", "1", "--organisation", "1234"],
        ["register", "add", "--name", "Toinen", "--data-categories", "d" * 100_000],
        ["register", "update", "1", "--security-electronic", "Salattu\x1b[2J levy"],
        ["register", "update", "1", "--purpose", "contract:" + "p" * 600],
        [
            "register",
            "update",
            "1",
            "--purpose",
            "legitimate-interests:Markkinointi",
            "--legitimate-interest",
            "Asiakassuhde\x00",
        ],
        ["requests", "fulfil", "1", "--note", "n" * 100_000],
        ["requests", "fulfil", "1", "--note", "Tehty\x1b[31m"],
    ],
    ids=lambda argv: " ".join(argv[:2]),
)
def test_long_texts_control_characters_and_false_names_are_refused(register, clock, capsys, argv):
    assert refused(register, clock, capsys, *argv)


@pytest.mark.parametrize("received", ["1900-01-01", "0001-01-01", "2018-05-24"])
def test_a_request_received_before_the_gdpr_applied_is_refused_saying_why(
    register, clock, capsys, received
):
    err = refused(
        register,
        clock,
        capsys,
        *("--lang", "en", "requests", "add", "--type", "access"),
        *("--customer", "1", "--received", received),
    )
    assert err.startswith("received: ") and "25.5.2018" in err and "GDPR" in err


def test_a_request_received_on_the_day_the_gdpr_applied_is_taken(register, clock):
    argv = ("requests", "add", "--type", "access", "--customer", "1", "--received", "2018-05-25")
    assert run(register, clock, *argv) == 0


# --- random values through every command that takes values ---------------------------------

NUMBERS = st.one_of(
    st.integers(-3, 3), st.integers(-(2**80), 2**80), st.sampled_from([2**63 - 1, 2**63])
).map(str)
TEXTS = st.one_of(
    st.text(max_size=30),
    st.text(st.sampled_from("aä\x1b\x00\t\n\r\u200b\u202e\u2066 -"), max_size=20),
    st.integers(190, 6000).map(lambda n: "é" * n),
)
AMOUNTS = st.one_of(
    st.sampled_from(["inf", "-inf", "nan", "1e30", "92233720368547758.08", "1" * 31, "12,505"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(-(10**16), 10**16).map(lambda cents: f"{cents / 100:.2f}"),
    TEXTS,
)
DATES = st.one_of(st.dates().map(date.isoformat), st.sampled_from(["2026-02-30", "1.1.2020"]))
CHOICES = {"--type": ["access", "erasure"], "--status": ["delivered", "paid"]}


def options(**strategies) -> st.SearchStrategy[list[str]]:
    """Any subset of the options, each with a value drawn from its strategy."""
    pairs = [st.tuples(st.just(name), value) for name, value in strategies.items()]
    return st.lists(st.one_of(*pairs), max_size=len(pairs), unique_by=lambda pair: pair[0]).map(
        lambda chosen: [part for pair in chosen for part in pair]
    )


COMMANDS = {
    "orders add": st.tuples(
        st.just(["orders", "add", "--customer"]),
        NUMBERS.map(lambda n: [n]),
        options(
            **{"--amount": AMOUNTS, "--reference": TEXTS, "--description": TEXTS, "--date": DATES}
        ),
    ),
    "customers add": st.tuples(
        st.just(["customers", "add"]),
        st.just([]),
        options(
            **{
                "--first-name": TEXTS,
                "--last-name": TEXTS,
                "--organisation": TEXTS,
                "--email": TEXTS,
                "--notes": TEXTS,
                "--birth-date": DATES,
                "--customer-since": DATES,
                "--register": NUMBERS,
            }
        ),
    ),
    "customers update": st.tuples(
        st.just(["customers", "update"]),
        NUMBERS.map(lambda n: [n]),
        options(**{"--first-name": TEXTS, "--city": TEXTS, "--notes": TEXTS, "--phone": TEXTS}),
    ),
    "customers list": st.tuples(
        st.just(["customers", "list"]),
        st.just([]),
        options(
            **{"--offset": NUMBERS, "--limit": NUMBERS, "--register": NUMBERS, "--text": TEXTS}
        ),
    ),
    "requests add": st.tuples(
        st.just(["requests", "add", "--type"]),
        st.sampled_from(CHOICES["--type"]).map(lambda kind: [kind]),
        st.tuples(
            st.one_of(
                NUMBERS.map(lambda n: ["--customer", n]), TEXTS.map(lambda t: ["--requester", t])
            ),
            options(**{"--received": DATES, "--contact": TEXTS, "--description": TEXTS}),
        ).map(lambda parts: parts[0] + parts[1]),
    ),
    "requests list": st.tuples(
        st.just(["requests", "list"]),
        st.just([]),
        options(**{"--due-within": NUMBERS, "--customer": NUMBERS}),
    ),
    "requests complete": st.tuples(
        st.just(["requests", "complete"]),
        NUMBERS.map(lambda n: [n]),
        options(**{"--outcome": TEXTS}),
    ),
    "contacts add": st.tuples(
        st.just(["contacts", "add", "--customer"]),
        NUMBERS.map(lambda n: [n]),
        options(**{"--summary": TEXTS, "--date": DATES}),
    ),
    "consents add": st.tuples(
        st.just(["consents", "add", "--customer"]),
        NUMBERS.map(lambda n: [n]),
        options(**{"--purpose": TEXTS, "--evidence": TEXTS, "--at": DATES}),
    ),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_random_values_exit_0_or_2_and_write_nothing_when_refused(register, clock, command):
    # The same examples on every run (CI must not fail on a new draw); 150 a command were run
    # at random on 7.12.2026 without a failure after the NUL-in-search fix.
    @settings(max_examples=examples(12), deadline=None, database=None, derandomize=True)
    @given(COMMANDS[command])
    def check(parts):
        argv = [*parts[0], *parts[1], *parts[2]]
        before = fingerprint(register, clock)
        status = run(register, clock, *argv)
        assert status in (0, 2), argv
        if status == 2:
            assert fingerprint(register, clock) == before, argv

    check()


@pytest.mark.parametrize(
    ("lang", "said"),
    [("fi", "Teksti on liian pitkä: enintään 5000 merkkiä."), ("sv", "högst 5000 tecken")],
)
def test_a_register_text_too_long_is_told_in_the_users_language(
    register, clock, capsys, lang, said
):
    argv = ("--lang", lang, "register", "update", "1", "--recipients", "r" * 5001)
    err = refused(register, clock, capsys, *argv)
    assert err.startswith("recipients: ") and said in err
