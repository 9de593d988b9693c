"""Erasing everyone past retention in one run (Art 5(1)(e), Art 17(1)(a)): the plan (who goes,
who is skipped and why, what is deleted and what kept), then the run, each person in a
transaction of their own, so a run cancelled, failed or killed between people leaves each
person either erased whole or untouched. One audit entry per person (the erasure's), one for
the run; neither names anyone."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..domain.retention_run import AppliedRule, RetentionPlan, RetentionRunResult, SkipReason
from ..storage import retention_queries as queries
from . import audit

Progress = Callable[[int, int], None]


class RetentionRunService:
    def __init__(self, db, clock, registers, erasure) -> None:
        self._db = db
        self._clock = clock
        self._registers = registers
        self._erasure = erasure

    def plan(self) -> RetentionPlan:
        """Who a run would erase today and who it would skip, with the totals."""
        today = self._clock.today()
        registers = self._registers.list()
        with self._db.reading() as session:
            remaining = queries.past_any_ids(session, registers, today)
            skipped: dict[SkipReason, int] = {}
            for reason, ids in (
                (SkipReason.LEGAL_HOLD, queries.held_ids(session, today)),
                (SkipReason.OPEN_REQUEST, queries.open_request_ids(session)),
                (SkipReason.RESTRICTED, queries.restricted_ids(session)),
                (
                    SkipReason.OTHER_REGISTER,
                    queries.kept_by_other_register(session, registers, today),
                ),
            ):
                hit = remaining & ids
                skipped[reason] = len(hit)
                remaining -= hit
            customer_ids = sorted(remaining)
            anonymised, deleted, documents = queries.erasure_totals(session, customer_ids, today)
            rules = tuple(
                AppliedRule(
                    register.id,
                    register.name,
                    register.retention.years,
                    register.retention.anchor,
                    queries.past_rule_counts(session, register, today, customer_ids),
                )
                for register in registers
                if register.retention.years is not None
            )
        return RetentionPlan(
            on=today,
            customer_ids=tuple(customer_ids),
            orders_anonymised=anonymised,
            orders_deleted=deleted,
            documents_deleted=documents,
            skipped=skipped,
            rules=rules,
        )

    def run(
        self,
        plan: RetentionPlan | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> RetentionRunResult:
        """Erase the plan's people (a fresh plan when none is given) one transaction each, in
        order; ``cancel`` is looked at between people. The WAL is checkpointed once at the
        end, so no copy of an erased row stays in it."""
        plan = plan if plan is not None else self.plan()
        started = self._clock.now()
        total = len(plan.customer_ids)
        erased = anonymised = deleted = documents = 0
        cancelled = False
        try:
            for customer_id in plan.customer_ids:
                if cancel is not None and cancel.is_set():
                    cancelled = True
                    break
                with self._db.transaction() as session:
                    summary, _since = self._erasure.erase_in(session, customer_id)
                erased += 1
                anonymised += len(summary.anonymised_orders)
                deleted += summary.deleted["orders"]
                documents += summary.deleted["documents"]
                if progress is not None:
                    progress(erased, total)
        finally:
            if erased:
                self._db.checkpoint()
        finished = self._clock.now()
        with self._db.transaction() as session:
            fields = ["customers"] if erased else []
            audit.record(session, finished, "retention_run", "register", None, fields)
        return RetentionRunResult(
            plan=plan,
            started_at=started,
            finished_at=finished,
            erased=erased,
            orders_anonymised=anonymised,
            orders_deleted=deleted,
            documents_deleted=documents,
            cancelled=cancelled,
        )
