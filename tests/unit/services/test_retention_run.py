"""The retention run: its plan (who goes, who is skipped and why, orders anonymised and
deleted, documents deleted, the rules applied) equals what the run then does; the run erases
each person whole, skips the rest, reports progress, stops between people when cancelled, and
is audited without a name."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from helpers import retention_scene
from helpers.retention_scene import exists

from tietosuoja_desktop.domain.enums import OrderStatus, RetentionAnchor
from tietosuoja_desktop.domain.erasure import first_kept_day, must_keep
from tietosuoja_desktop.domain.records import Order
from tietosuoja_desktop.domain.retention_run import AppliedRule, SkipReason


@pytest.fixture
def scene(services):
    return retention_scene.build(services)


def test_the_plan_counts_who_goes_and_who_is_skipped(services, scene, clock):
    plan = services.retention_run.plan()
    assert plan.on == clock.today()
    assert plan.customer_ids == scene.past
    assert plan.skipped == {reason: 1 for reason in SkipReason}
    assert (plan.orders_anonymised, plan.orders_deleted) == (4, 8)
    assert plan.documents_deleted == 4
    [rule] = plan.rules
    assert rule == AppliedRule(
        scene.register_id, "Asiakasrekisteri", 5, RetentionAnchor.CUSTOMER_SINCE, 4
    )


def test_the_run_does_what_the_plan_said(services, scene):
    plan = services.retention_run.plan()
    seen = []
    result = services.retention_run.run(
        plan, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert (result.erased, result.cancelled) == (4, False)
    assert (result.orders_anonymised, result.orders_deleted, result.documents_deleted) == (4, 8, 4)
    assert not any(exists(services, customer_id) for customer_id in scene.past)
    assert all(exists(services, kept) for kept in (*scene.skipped.values(), scene.within))
    for kept in scene.skipped.values():
        assert len(services.activity.orders(kept)) == 3
    again = services.retention_run.plan()
    assert again.people == 0 and again.skipped_total == 4


def test_a_cancel_stops_between_people(services, scene):
    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done == 2:
            cancel.set()

    result = services.retention_run.run(progress=progress, cancel=cancel)
    assert (result.erased, result.cancelled) == (2, True)
    assert [exists(services, c) for c in scene.past] == [False, False, True, True]
    assert result.orders_anonymised == 2 and result.documents_deleted == 2


def test_the_run_is_audited_without_names(services, scene):
    services.retention_run.run()
    entries = services.audit.recent(50)
    assert [e.action for e in entries[:5]] == ["retention_run"] + ["erase"] * 4
    assert entries[0].fields == ("customers",)
    assert not any("Poistuva" in str(entry) for entry in entries)


def test_nobody_past_retention_is_an_empty_run(services):
    plan = services.retention_run.plan()
    assert (plan.people, plan.skipped_total, plan.rules) == (0, 0, ())
    result = services.retention_run.run(plan)
    assert (result.erased, result.cancelled) == (0, False)


def test_the_first_kept_day_agrees_with_the_rule_for_one_order():
    today = date(2026, 11, 22)
    for offset in range(-4000, 10):
        day = today + timedelta(days=offset)
        order = Order(customer_id=1, ordered_on=day, status=OrderStatus.PAID)
        assert must_keep(order, today) is (day >= first_kept_day(today)), day
